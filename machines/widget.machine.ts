/**
 * Everything that decides what the widget shows, in one machine. Its modes are states, side by
 * side: the page's language (waiting, then a `language` child), the page (the quiz, or the team
 * page over it), presenter mode (off, on) and each on-demand part (idle, loading, ready, failed).
 * The wizard (step and answers) runs as its child `wizard` and tells it each step it enters and
 * each answer the reader changes. What follows a change is an action here: progress saved, parts
 * fetched ahead, presenter keys started or stopped, and the page emitted (`page`) when it changes.
 * The element provides what only it can do (`loadPart`, `saveProgress`, `prefetchParts`,
 * `syncPresenter`), so a unit test drives the whole of it with `createActor` and no DOM.
 */
import { assign, emit, raise, sendParent, sendTo, setup, spawnChild } from 'xstate';
import type { Content, Resource } from '../data/schema';
import type { PathwayId } from '../data/vocabulary';
import type { Answers } from './answers';
import { languageMachine } from './language.machine';
import { setAction, type ActionField, type ActionPlan } from './action-plan';
import { toggleReadiness, type Readiness } from './readiness';
import type { PartialAnswers, StepId } from './steps';
import type { TeamMember, TeamProblem } from './team';
import { wizardMachine } from './wizard.machine';

/** The parts the widget draws with, loaded on demand: the result page, its longer prose, the planner's and the trainer's views, the team page. */
export const ON_DEMAND_PARTS = ['result', 'details', 'planner', 'workshop', 'team'] as const;
export type OnDemandPart = (typeof ON_DEMAND_PARTS)[number];
export type PartStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** The trainer's views in presenter mode, in toolbar order. */
export type TrainerView = 'compare' | 'why' | 'map' | 'what-if' | 'join';

/** Progress saved on an earlier visit. */
export type SavedProgress = {
  step: StepId;
  answers: PartialAnswers;
  readiness: Readiness;
  actionPlan: ActionPlan;
  /** The community or agency the printed brief is for ('' when none was given). */
  community?: string;
  savedAt: string;
  /** The partners added to the team link builder so far (saved as their codes). */
  team?: TeamDraft;
};

/** The team link builder's partners, kept while a planner collects links over days. */
export type TeamDraft = (TeamMember & { code: string })[];

/**
 * The team page: the members of an opened team link (with why any were left out), or, with no
 * members, the builder where a team link is put together.
 */
export type TeamPage = { members: TeamMember[]; problems: TeamProblem[] } | { members: null };

/**
 * Undo: what "Start again" (or `restart()`), a plan file or a share link replaced, kept until the
 * reader undoes it, dismisses it or changes an answer (CONTRACT "Bad input": nothing lost
 * without a way back). `kind` says what replaced it.
 */
export type Undo = { kind: 'restart' | 'plan' | 'link'; saved: SavedProgress };

/** What the reader is told went wrong: an override not used, a share link, a team link or a plan file not opened. */
export type Problems = { content?: string; link?: string; plan?: string; team?: 'too-many' | 'too-few' };

/** A page of the widget: a wizard step, the team page or its builder, or a trainer's view. */
export type Page = StepId | 'team' | 'team-builder' | TrainerView;

export type WidgetContext = {
  /** The effective content: the built-in one, or with an agency's programs. */
  content: Content;
  /** The agency's own resources (the built-in ones come with the details part). */
  resources: Resource[];
  readiness: Readiness;
  /** Who does each critical element not yet in place, by when. */
  actionPlan: ActionPlan;
  /** The community or agency named on the printed brief; '' when none. */
  community: string;
  /** The wizard's step, as it last told. */
  step: StepId;
  /** The page last emitted (the element's `pyp-step`). */
  page: Page;
  /** The team page, while it is shown instead of the quiz. */
  team: TeamPage | null;
  teamDraft: TeamDraft;
  /** Saved progress offered on the start page until it is used or dropped. */
  offer: SavedProgress | null;
  /** Showing someone else's shared answers: not saved over the reader's own until they change one. */
  fromLink: boolean;
  problems: Problems;
  /** In presenter mode, the trainer's view shown instead of the quiz, if any. */
  view: TrainerView | null;
  /** In presenter mode, whether the shortcut list is open. */
  help: boolean;
  /** What the reader can still undo, if anything. */
  undo: Undo | null;
};

export type WidgetEvent =
  | { type: 'language.start'; language: string }
  | { type: 'file.load'; file: OnDemandPart }
  | { type: 'file.loaded'; file: OnDemandPart }
  | { type: 'file.failed'; file: OnDemandPart }
  | { type: 'wizard.step'; step: StepId }
  | { type: 'page.check' }
  | { type: 'page.quiz' }
  | { type: 'parts.ahead'; step: StepId }
  | { type: 'content.use'; content: Content; resources: Resource[] }
  | { type: 'problem'; about: Exclude<keyof Problems, 'team'>; problem: string }
  | { type: 'team.refused'; reason: 'too-many' | 'too-few' }
  | { type: 'readiness.toggle'; pathway: PathwayId; element: string }
  | { type: 'actionPlan.set'; pathway: PathwayId; element: string; field: ActionField; value: string }
  | { type: 'team.open'; page: TeamPage }
  | { type: 'team.close' }
  | { type: 'team.draft'; members: TeamDraft }
  | { type: 'progress.offer'; saved: SavedProgress }
  | { type: 'progress.resume' }
  | { type: 'progress.discard' }
  | { type: 'link.open'; answers: Answers }
  | { type: 'plan.open'; answers: Answers; readiness: Readiness; actionPlan: ActionPlan; community?: string }
  | { type: 'community.set'; community: string }
  | { type: 'answers.changed' }
  | { type: 'presenter.set'; on: boolean }
  | { type: 'presenter.show'; view: TrainerView | null }
  | { type: 'presenter.help'; open: boolean }
  | { type: 'widget.restart' }
  | { type: 'undo.offer'; undo: Undo }
  | { type: 'undo.apply' }
  | { type: 'undo.dismiss' };

/** Emitted when the page the reader sees changes (the element's `pyp-step`, and `pyp-result` on the result). */
export type WidgetEmitted = { type: 'page'; page: Page };

/** The page a context shows: the trainer's view when one is open, else the team page, else the wizard's step. */
export function pageOf({ view, team, step }: Pick<WidgetContext, 'view' | 'team' | 'step'>): Page {
  if (view) return view;
  if (team) return team.members ? 'team' : 'team-builder';
  return step;
}

/** A part's states: asked for once (again after a failure), loaded by the element's `loadPart`. */
function part(file: OnDemandPart, whenReady: ('loadResultPart' | 'loadDetailsPart' | 'syncPresenter')[] = []) {
  const isPart = { type: 'isPart' as const, params: { file } };
  return {
    initial: 'idle' as const,
    states: {
      idle: { on: { 'file.load': { guard: isPart, target: 'loading' as const } } },
      loading: {
        entry: { type: 'loadPart' as const, params: { file } },
        on: {
          'file.loaded': { guard: isPart, target: 'ready' as const },
          'file.failed': { guard: isPart, target: 'failed' as const },
        },
      },
      ready: { entry: whenReady },
      failed: { on: { 'file.load': { guard: isPart, target: 'loading' as const } } },
    },
  };
}

/** The events after which progress may have changed, so it is saved. */
const save = 'saveProgress' as const;

export const widgetMachine = setup({
  types: {
    context: {} as WidgetContext,
    events: {} as WidgetEvent,
    emitted: {} as WidgetEmitted,
    input: {} as { content: Content },
  },
  actors: {
    // The wizard tells its parent each step it enters and each answer the reader changes.
    wizard: wizardMachine.provide({
      actions: {
        stepEntered: sendParent((_, { step }: { step: StepId }) => ({ type: 'wizard.step' as const, step })),
        answerChanged: sendParent({ type: 'answers.changed' as const }),
      },
    }),
    language: languageMachine,
  },
  guards: {
    isPart: ({ event }, { file }: { file: OnDemandPart }) => 'file' in event && event.file === file,
    isOn: ({ event }) => event.type === 'presenter.set' && event.on,
    isOff: ({ event }) => event.type === 'presenter.set' && !event.on,
    pageChanged: ({ context }) => pageOf(context) !== context.page,
  },
  actions: {
    /** Opens the answers of a share link or a plan file in the wizard, at the result. */
    openAnswers: sendTo('wizard', ({ event }) => ({
      type: 'answers.load' as const,
      answers: (event as { answers: Answers }).answers,
    })),
    showResult: sendTo('wizard', { type: 'step.continue' as const }),
    leaveTeamPage: raise({ type: 'page.quiz' as const }),
    /** Checks whether the page changed; `page.check` emits it if so. */
    announcePage: raise({ type: 'page.check' as const }),
    /** The trainer's views show each pathway's facts, reasons and fits: the result's parts. */
    loadResultPart: raise({ type: 'file.load' as const, file: 'result' as const }),
    loadDetailsPart: raise({ type: 'file.load' as const, file: 'details' as const }),
    // Provided by the element (or a test).
    /** Starts loading a part; answered with `file.loaded` or `file.failed`. */
    loadPart: (_, _params: { file: OnDemandPart }) => {
      throw new Error('No part loader was provided.');
    },
    /** Saves the reader's progress, as the context and the wizard have it now. */
    saveProgress: () => {},
    /** Fetches the result's parts while the reader reads a question. */
    prefetchParts: () => {},
    /** Starts or stops presenter mode's keys, to match the mode and the workshop part. */
    syncPresenter: () => {},
  },
}).createMachine({
  id: 'widget',
  context: ({ input }) => ({
    content: input.content,
    resources: [],
    readiness: {},
    actionPlan: {},
    community: '',
    step: 'intro',
    page: 'intro',
    team: null,
    teamDraft: [],
    offer: null,
    fromLink: false,
    problems: {},
    view: null,
    help: false,
    undo: null,
  }),
  invoke: { id: 'wizard', src: 'wizard' },
  type: 'parallel',
  states: {
    // The language child starts once the page's language is known (the element is in the page).
    language: {
      initial: 'waiting',
      states: {
        waiting: {
          on: {
            'language.start': {
              target: 'live',
              actions: spawnChild('language', {
                id: 'language',
                input: ({ event }) => ({ language: (event as { language: string }).language }),
              }),
            },
          },
        },
        live: {},
      },
    },
    page: {
      initial: 'quiz',
      states: {
        quiz: {
          on: {
            'team.open': {
              target: 'team',
              actions: [
                assign({ team: ({ event }) => event.page }),
                raise({ type: 'file.load', file: 'team' }),
                'announcePage',
              ],
            },
          },
        },
        team: {
          on: {
            'team.open': {
              actions: [assign({ team: ({ event }) => event.page }), 'announcePage'],
            },
            'team.close': { target: 'quiz', actions: [assign({ team: null }), 'announcePage'] },
            // A share link (the combined answers too), an undo or a restart leave the team page for the quiz.
            'page.quiz': { target: 'quiz', actions: [assign({ team: null }), 'announcePage'] },
          },
        },
      },
    },
    presenter: {
      initial: 'off',
      states: {
        off: {
          on: { 'presenter.set': { guard: 'isOn', target: 'on' } },
        },
        on: {
          entry: [raise({ type: 'file.load', file: 'workshop' }), 'syncPresenter'],
          exit: [assign({ view: null, help: false }), 'announcePage', 'syncPresenter'],
          on: {
            'presenter.set': { guard: 'isOff', target: 'off' },
            'presenter.show': { actions: [assign({ view: ({ event }) => event.view, help: false }), 'announcePage'] },
            'presenter.help': { actions: assign({ help: ({ event }) => event.open }) },
          },
        },
      },
    },
    parts: {
      type: 'parallel',
      states: {
        result: part('result'),
        details: part('details'),
        planner: part('planner'),
        workshop: part('workshop', ['loadResultPart', 'loadDetailsPart', 'syncPresenter']),
        team: part('team'),
      },
    },
  },
  on: {
    'page.check': {
      guard: 'pageChanged',
      actions: [
        assign({ page: ({ context }) => pageOf(context) }),
        emit(({ context }) => ({ type: 'page' as const, page: context.page })),
      ],
    },
    'wizard.step': {
      actions: [
        assign(({ context, event }) => ({
          step: event.step,
          // Once the quiz has begun, the offer of saved progress is gone.
          offer: event.step === 'intro' ? context.offer : null,
        })),
        'announcePage',
        raise(({ event }) => ({ type: 'parts.ahead' as const, step: event.step })),
        save,
      ],
    },
    // The result's parts: asked for from review on; fetched while a question is read before that.
    'parts.ahead': [
      {
        guard: ({ event }) => event.step === 'review' || event.step === 'result',
        actions: ['loadResultPart', raise({ type: 'file.load', file: 'planner' })],
      },
      { guard: ({ event }) => event.step !== 'intro', actions: 'prefetchParts' },
    ],
    'content.use': {
      actions: assign(({ context, event }) => ({
        content: event.content,
        resources: event.resources,
        problems: { ...context.problems, content: undefined },
      })),
    },
    problem: {
      actions: assign({ problems: ({ context, event }) => ({ ...context.problems, [event.about]: event.problem }) }),
    },
    'readiness.toggle': {
      actions: [
        assign({
          readiness: ({ context, event }) =>
            toggleReadiness(context.readiness, event.pathway, event.element, context.content),
        }),
        save,
      ],
    },
    'actionPlan.set': {
      actions: [
        assign({
          actionPlan: ({ context, event }) =>
            setAction(context.actionPlan, event.pathway, event.element, event.field, event.value),
        }),
        save,
      ],
    },
    'community.set': { actions: [assign({ community: ({ event }) => event.community }), save] },
    'team.draft': { actions: [assign({ teamDraft: ({ event }) => event.members }), save] },
    'team.refused': {
      actions: assign({ problems: ({ context, event }) => ({ ...context.problems, team: event.reason }) }),
    },
    'progress.offer': { actions: assign({ offer: ({ event }) => event.saved }) },
    'progress.resume': {
      guard: ({ context }) => context.offer !== null,
      actions: [
        sendTo('wizard', ({ context }) => ({
          type: 'wizard.resume' as const,
          answers: context.offer!.answers,
          step: context.offer!.step,
        })),
        assign(({ context }) => ({
          offer: null,
          readiness: context.offer!.readiness,
          actionPlan: context.offer!.actionPlan,
          community: context.offer!.community ?? '',
        })),
        save,
      ],
    },
    'progress.discard': { actions: assign({ offer: null }) },
    'link.open': { actions: [assign({ fromLink: true }), 'leaveTeamPage', 'openAnswers', 'showResult'] },
    'plan.open': {
      actions: [
        assign(({ context, event }) => ({
          readiness: event.readiness,
          actionPlan: event.actionPlan,
          community: event.community ?? '',
          problems: { ...context.problems, plan: undefined },
        })),
        'openAnswers',
        'showResult',
        save,
      ],
    },
    // The reader's own change: from now on the answers are theirs to save, and what was replaced is let go.
    'answers.changed': { actions: [assign({ fromLink: false, undo: null }), save] },
    // Undo: the notice that offers it comes with the result's part.
    'undo.offer': {
      actions: [assign({ undo: ({ event }) => event.undo }), raise({ type: 'file.load', file: 'result' })],
    },
    // As saved progress resumes: the answers at their step, the marks and the action plan.
    'undo.apply': {
      guard: ({ context }) => context.undo !== null,
      actions: [
        assign(({ context }) => ({ offer: context.undo!.saved, undo: null, fromLink: false })),
        'leaveTeamPage',
        raise({ type: 'progress.resume' }),
      ],
    },
    'undo.dismiss': { actions: assign({ undo: null }) },
    'widget.restart': {
      actions: [
        assign({ readiness: {}, actionPlan: {}, community: '', offer: null, fromLink: false, problems: {} }),
        'leaveTeamPage',
        sendTo('wizard', { type: 'wizard.restart' as const }),
      ],
    },
  },
});
