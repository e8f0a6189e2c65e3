/**
 * What an element draws: one store of the widget's view, read from the widget machine, its
 * wizard and language, and the parts loaded; rendered once into the shadow root. Each view reads
 * its fields from the store and is redrawn only when one of them changes (src/ui/context.ts).
 * Every field keeps its identity while what it is made of is unchanged.
 */
import { render } from 'preact';
import type { Resource } from '../../data/schema';
import type { PathwayId } from '../../data/vocabulary';
import type { Answers } from '../../machines/answers';
import { selectShownLanguage } from '../../machines/language.selectors';
import { isComplete, type PartialAnswers } from '../../machines/steps';
import type { OnDemandPart, TeamDraft, TeamPage, Undo } from '../../machines/widget.machine';
import {
  selectLanguage,
  selectNotices,
  selectPart,
  selectWizard,
  type LanguageRef,
} from '../../machines/widget.selectors';
import { mergeById } from '../../data/merge-by-id';
import { App } from '../ui/app';
import { WidgetViewContext, type WidgetView, type WidgetViewStore } from '../ui/context';
import type { PresenterControls } from '../ui/feature-views';
import { headingLevel } from './attributes';
import type { LoadedParts } from './files';
import type { ElementHost } from './host';
import { LANGUAGES } from './i18n';
import { onDemandLoaders } from './parts';

/** Draws the widget: once, when the element is put in the page; views then redraw themselves. */
export function renderView(host: ElementHost, store: WidgetViewStore): void {
  render(
    <WidgetViewContext.Provider value={store}>
      <App />
    </WidgetViewContext.Provider>,
    host.root,
  );
}

type Loaded<Part extends OnDemandPart> = NonNullable<LoadedParts[Part]>;

/** The last value of `make`, made again only when one of its inputs changed. */
function memo<A extends unknown[], R>(make: (...inputs: A) => R): (...inputs: A) => R {
  let last: A | null = null;
  let value: R;
  return (...inputs) => {
    if (!last || inputs.length !== last.length || inputs.some((input, i) => input !== last![i])) {
      last = inputs;
      value = make(...inputs);
    }
    return value;
  };
}

/** An element's view store: it hears the widget machine, its wizard and its language child. */
export type ElementViewStore = WidgetViewStore & {
  /** Tells the views that something outside the machines changed (an attribute, full screen). */
  notify: () => void;
};

export function createViewStore(host: ElementHost, presenter: () => PresenterControls | null): ElementViewStore {
  const { actor, texts, element } = host;
  const listeners = new Set<() => void>();
  let changed = true;
  let current: WidgetView;
  const notify = () => {
    changed = true;
    for (const listener of [...listeners]) host.guard(listener);
  };
  actor.subscribe(notify);
  selectWizard(actor.getSnapshot()).subscribe(notify);
  let heardLanguage: LanguageRef | undefined;
  actor.subscribe((snapshot) => {
    const language = selectLanguage(snapshot);
    if (language && language !== heardLanguage) (heardLanguage = language).subscribe(notify);
  });

  const send = (event: Parameters<typeof actor.send>[0]) => host.guard(() => actor.send(event));
  const loaded = (part: OnDemandPart): LoadedParts[OnDemandPart] =>
    selectPart(actor.getSnapshot(), part) === 'ready' ? host.files.loaded[part] : undefined;
  // The texts change with the language shown, a part's texts and an agency's override: a new `t` redraws every view that reads it.
  const translate = memo((_language: string, _version: number) => texts.t.bind(null) as typeof texts.t);
  const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;
  const notices = memo((joined: string) => (joined === '' ? [] : joined.split('\u0000')));
  const saved = memo((offer: { savedAt: string } | null) =>
    offer ? { savedAt: offer.savedAt, resume: () => send({ type: 'progress.resume' }), discard: host.restart } : null,
  );
  const undo = memo((undo: Undo | null) =>
    undo ? { kind: undo.kind, send: (type: 'undo.apply' | 'undo.dismiss') => send({ type }) } : null,
  );
  const resources = memo((details: LoadedParts['details'], own: Resource[]) =>
    details ? mergeById(details.resources, own) : null,
  );
  const plannerCommands = {
    toggle: (pathway: PathwayId, criticalElement: string) =>
      send({ type: 'readiness.toggle', pathway, element: criticalElement }),
    setAction: (...[pathway, criticalElement, field, value]: Parameters<WidgetPlanner['setAction']>) =>
      send({ type: 'actionPlan.set', pathway, element: criticalElement, field, value }),
    // Opening a plan file is rare: its reader comes when one is opened.
    importText: (text: string) =>
      host.later(
        () => import('./plan-file'),
        ({ openPlanFile }) => void openPlanFile(host, text),
      ),
    setCommunity: (community: string) => send({ type: 'community.set', community }),
    qr: onDemandLoaders.qr,
  };
  type WidgetPlanner = NonNullable<WidgetView['planner']>;
  const planner = memo(
    (
      views: Loaded<'planner'> | null,
      readiness: WidgetPlanner['readiness'],
      actionPlan: WidgetPlanner['actionPlan'],
      community: string,
      notice: string | null,
      resources: Resource[] | null,
    ): WidgetView['planner'] =>
      views ? { views, readiness, actionPlan, community, notice, resources, ...plannerCommands } : null,
  );
  const workshop = memo(
    (
      views: LoadedParts['workshop'],
      controls: PresenterControls | null,
      ..._shown: unknown[]
    ): WidgetView['workshop'] => (views && controls ? { views, ...controls, qr: onDemandLoaders.qr } : null),
  );
  const own = memo((views: Loaded<'team'> | null, answers: PartialAnswers) =>
    views && isComplete(answers) ? { answers: answers as Answers, code: views.shareCode(answers as Answers) } : null,
  );
  const teamCommands = {
    close: () => send({ type: 'team.close' }),
    open: (members: NonNullable<TeamPage['members']>) => send({ type: 'team.open', page: { members, problems: [] } }),
    setDraft: (members: TeamDraft) => send({ type: 'team.draft', members }),
    openCombined: (answers: Answers) => send({ type: 'link.open', answers }),
    decoder: () => onDemandLoaders.validate().then((file) => file.decodeAnswers),
  };
  const team = memo(
    (
      page: TeamPage | null,
      views: Loaded<'team'> | null,
      failed: boolean,
      draft: TeamDraft,
      own: NonNullable<WidgetView['team']>['own'],
    ): WidgetView['team'] => page && { views, failed, page, draft, own, ...teamCommands },
  );
  const commands = {
    needDetails: () => {
      send({ type: 'file.load', file: 'details' });
      return host.files.load('details').catch(() => {});
    },
    // The switch sets the element's own lang, so the page can see and keep the choice.
    setLanguage: (code: string) => element.setAttribute('lang', code),
    restart: host.restart,
    retryResult: () => send({ type: 'file.load', file: 'result' }),
    buildTeam: () => send({ type: 'team.open', page: { members: null } }),
  };

  const make = (): WidgetView => {
    const snapshot = actor.getSnapshot();
    const { context } = snapshot;
    const wizard = selectWizard(snapshot);
    const language = selectLanguage(snapshot);
    const shown = language ? selectShownLanguage(language.getSnapshot()) : null;
    if (texts.i18n.language !== (shown ?? 'en')) void texts.i18n.changeLanguage(shown ?? 'en');
    const t = translate(shown ?? 'en', texts.version);
    const plannerViews = (loaded('planner') as LoadedParts['planner']) ?? null;
    const teamViews = (loaded('team') as LoadedParts['team']) ?? null;
    const controls = presenter();
    return {
      wizard,
      t,
      content: context.content,
      headingLevel: headingLevel(element.getAttribute('heading-level')),
      details: selectPart(snapshot, 'details'),
      language: shown ?? 'en',
      pending: shown === null,
      notices: notices(
        selectNotices(snapshot)
          .map(({ key, values = {} }) =>
            t(key, values.language ? { ...values, language: languageName(values.language) } : values),
          )
          .join('\u0000'),
      ),
      saved: saved(context.offer),
      undo: undo(context.undo),
      result: (loaded('result') as LoadedParts['result']) ?? null,
      resultFailed: selectPart(snapshot, 'result') === 'failed',
      planner: planner(
        plannerViews,
        context.readiness,
        context.actionPlan,
        context.community,
        context.problems.plan === undefined ? null : t('planner.importFailed', { problem: context.problems.plan }),
        resources(loaded('details') as LoadedParts['details'], context.resources),
      ),
      workshop: workshop(
        loaded('workshop') as LoadedParts['workshop'],
        controls,
        controls?.view,
        controls?.help,
        controls?.fullScreen,
      ),
      team: team(
        context.team,
        teamViews,
        selectPart(snapshot, 'team') === 'failed',
        context.teamDraft,
        own(teamViews, wizard.getSnapshot().context.answers),
      ),
      ...commands,
    };
  };

  return {
    get: () => {
      if (changed) {
        changed = false;
        current = make();
      }
      return current;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify,
  };
}
