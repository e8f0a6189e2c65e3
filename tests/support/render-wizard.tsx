/** Renders the wizard's views (the result file's too) with a real, started actor and the real English texts. */
import { render } from '@testing-library/preact';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import type { Answers } from '../../machines/answers';
import { wizardMachine } from '../../machines/wizard.machine';
import { addTexts, createI18n } from '../../src/element/i18n';
import { allTexts } from './locales';
import { App } from '../../src/ui/app';
import * as resultFile from '../../src/features/result';
import { WidgetViewContext, type DetailsStatus } from '../../src/ui/context';

export function renderWizard({
  answers,
  details = 'ready',
  language = 'en',
}: { answers?: Answers; details?: DetailsStatus; language?: string } = {}) {
  const actor = createActor(wizardMachine);
  actor.start();
  if (answers) actor.send({ type: 'answers.load', answers });
  const i18n = createI18n();
  addTexts(i18n, allTexts);
  void i18n.changeLanguage(language);
  const widgetView = {
    wizard: actor,
    t: i18n.t,
    content: builtInContent,
    headingLevel: 2,
    details,
    needDetails: async () => {},
    language,
    pending: false,
    notices: [],
    setLanguage: () => {},
    saved: null,
    undo: null,
    restart: () => actor.send({ type: 'wizard.restart' }),
    result: resultFile,
    resultFailed: false,
    retryResult: () => {},
    planner: null,
    workshop: null,
    team: null,
    buildTeam: () => {},
  };
  // A store that never changes: the views draw once from it, and the wizard's own changes through useSelector.
  const store = { get: () => widgetView, subscribe: () => () => {} };
  const view = render(
    <WidgetViewContext.Provider value={store}>
      <App />
    </WidgetViewContext.Provider>,
  );
  return { ...view, actor, t: i18n.t };
}
