/**
 * What an element draws: the view context read from the widget machine, rendered into its
 * shadow root. Views only render it and send events.
 */
import { render } from 'preact';
import type { PathwayId } from '../../data/vocabulary';
import { selectShownLanguage } from '../../machines/language.selectors';
import { selectLanguage, selectNotices, selectWizard } from '../../machines/widget.selectors';
import { LANGUAGES } from './i18n';
import { App } from '../ui/app';
import { WizardViewContext, type WizardView } from '../ui/context';
import type { PresenterControls } from '../ui/feature-views';
import { headingLevel } from './attributes';
import type { ElementHost } from './host';
import { openPlanFile } from './plan-file';
import { mergeById } from '../../data/merge-by-id';
import { onDemandLoaders } from './parts';
import { isComplete } from '../../machines/steps';
import type { Answers } from '../../machines/answers';

/** Draws the widget as the machine's snapshot has it. */
export function renderView(host: ElementHost, presenter: PresenterControls | null): void {
  render(
    <WizardViewContext.Provider value={viewOf(host, presenter)}>
      <App />
    </WizardViewContext.Provider>,
    host.root,
  );
}

export function viewOf(host: ElementHost, presenter: PresenterControls | null): WizardView {
  const { actor, texts, element } = host;
  const files = host.files.loaded;
  const snapshot = actor.getSnapshot();
  const { content, resources, readiness, actions, offer, problems, team, undo } = snapshot.context;
  const wizard = selectWizard(snapshot).getSnapshot();
  const language = selectLanguage(snapshot);
  const shown = language ? selectShownLanguage(language.getSnapshot()) : null;
  const { i18n, t } = texts;
  if (i18n.language !== (shown ?? 'en')) void i18n.changeLanguage(shown ?? 'en');
  const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;
  const notices = selectNotices(snapshot).map(({ key, values = {} }) =>
    t(key, values.language ? { ...values, language: languageName(values.language) } : values),
  );
  return {
    actor: selectWizard(snapshot),
    t,
    content,
    headingLevel: headingLevel(element.getAttribute('heading-level')),
    details: snapshot.context.files.details,
    needDetails: () => {
      host.guard(() => actor.send({ type: 'file.load', file: 'details' }));
      return host.files.load('details').catch(() => {});
    },
    language: shown ?? 'en',
    pending: shown === null,
    notices,
    // The switch sets the element's own lang, so the page can see and keep the choice.
    setLanguage: (code) => element.setAttribute('lang', code),
    saved: offer && {
      savedAt: offer.savedAt,
      resume: () => host.guard(() => actor.send({ type: 'progress.resume' })),
      discard: host.restart,
    },
    restart: host.restart,
    undo: undo && { kind: undo.kind, send: (type) => actor.send({ type }) },
    result: files.result ?? null,
    resultFailed: snapshot.context.files.result === 'failed',
    retryResult: () => host.guard(() => actor.send({ type: 'file.load', file: 'result' })),
    planner: files.planner
      ? {
          views: files.planner,
          readiness,
          toggle: (pathway: PathwayId, element: string) => actor.send({ type: 'readiness.toggle', pathway, element }),
          actions,
          setAction: (pathway, element, field, value) =>
            actor.send({ type: 'action.set', pathway, element, field, value }),
          importText: (text: string) => void openPlanFile(host, text),
          community: snapshot.context.community,
          setCommunity: (community) => actor.send({ type: 'community.set', community }),
          qr: onDemandLoaders.qr,
          notice: problems.plan === undefined ? null : t('planner.importFailed', { problem: problems.plan }),
          resources: files.details ? mergeById(files.details.resources, resources) : null,
        }
      : null,
    workshop: files.workshop && presenter ? { views: files.workshop, ...presenter, qr: onDemandLoaders.qr } : null,
    team: team && {
      views: files.planner ?? null,
      failed: snapshot.context.files.planner === 'failed',
      page: team,
      close: () => actor.send({ type: 'team.close' }),
      open: (members) => actor.send({ type: 'team.open', page: { members, problems: [] } }),
      draft: snapshot.context.teamDraft,
      setDraft: (members) => actor.send({ type: 'team.draft', members }),
      openCombined: (answers) => actor.send({ type: 'link.open', answers }),
      decoder: () => onDemandLoaders.validate().then((file) => file.decodeAnswers),
      // The share code comes from the planner's file, there once the reader has seen a result.
      own:
        files.planner && isComplete(wizard.context.answers)
          ? {
              answers: wizard.context.answers as Answers,
              code: files.planner.shareLink(wizard.context.answers as Answers).split('#pyp=')[1]!,
            }
          : null,
    },
    buildTeam: () => actor.send({ type: 'team.open', page: { members: null } }),
  };
}
