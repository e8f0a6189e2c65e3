/** Renders the wizard's views with a real, started actor and the real English texts. */
import { render } from '@testing-library/preact';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import type { Answers } from '../../machines/answers';
import { wizardMachine } from '../../machines/wizard.machine';
import { createI18n } from '../../src/i18n';
import { App } from '../../src/views/app';
import { WizardViewContext, type DetailsStatus } from '../../src/views/context';

export function renderWizard({ answers, details = 'ready' }: { answers?: Answers; details?: DetailsStatus } = {}) {
  const actor = createActor(wizardMachine);
  actor.start();
  if (answers) actor.send({ type: 'answers.load', answers });
  const i18n = createI18n('en');
  const view = render(
    <WizardViewContext.Provider value={{ actor, t: i18n.t, content: builtInContent, headingLevel: 2, details }}>
      <App lang="en" />
    </WizardViewContext.Provider>,
  );
  return { ...view, actor, t: i18n.t };
}
