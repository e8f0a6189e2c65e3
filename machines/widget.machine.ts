/**
 * Everything that decides what the widget shows, in one machine: the wizard (step and answers)
 * runs as its child `wizard`, the language (which one is drawn while its file loads) as its child
 * `language`, spawned once the page's language is known; its own context holds the effective
 * content, the readiness marks, saved progress on offer, the problems to tell the reader, the
 * loading state of each on-demand file, and presenter mode with the trainer's view. Loading a
 * file is an action the element provides (`loadFile`), which answers with `file.loaded` or
 * `file.failed`, so a unit test drives the whole of it with `createActor` and no DOM.
 */
import { assign, raise, sendTo, setup, spawnChild } from 'xstate';
import type { Content, Resource } from '../data/schema';
import type { PathwayId } from '../data/vocabulary';
import type { Answers } from './answers';
import { languageMachine } from './language.machine';
import { setAction, type ActionField, type ActionPlan } from './action-plan';
import { toggleReadiness, type Readiness } from './readiness';
import type { PartialAnswers, StepId } from './steps';
import type { TeamMember, TeamProblem } from './team';
import { wizardMachine } from './wizard.machine';

/** Files the widget draws with, loaded on demand: the result page, its longer prose, the planner's and the trainer's views. */
export type OnDemandFile = 'result' | 'details' | 'planner' | 'workshop';
export type FileStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** The trainer's views in presenter mode, in toolbar order. */
export type TrainerView = 'compare' | 'why' | 'map' | 'what-if' | 'join';

/** Progress saved on an earlier visit. */
export type SavedProgress = {
  step: StepId;
  answers: PartialAnswers;
  readiness: Readiness;
  actions: ActionPlan;
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

export type WidgetContext = {
  /** The effective content: the built-in one, or with an agency's programs. */
  content: Content;
  /** The agency's own resources (the built-in ones come with the planner's file). */
  resources: Resource[];
  readiness: Readiness;
  /** Who does each planning point not yet in place, by when. */
  actions: ActionPlan;
  /** The community or agency named on the printed brief; '' when none. */
  community: string;
  /** The team page shown instead of the quiz, if any. */
  team: TeamPage | null;
  teamDraft: TeamDraft;
  /** Saved progress offered on the start page until it is used or dropped. */
  offer: SavedProgress | null;
  /** Showing someone else's shared answers: not saved over the reader's own until they change one. */
  fromLink: boolean;
  problems: Problems;
  files: Record<OnDemandFile, FileStatus>;
  presenter: boolean;
  /** The trainer's view shown instead of the quiz, if any. */
  view: TrainerView | null;
  /** Whether the shortcut list is open. */
  help: boolean;
  /** What the reader can still undo, if anything. */
  undo: Undo | null;
};

export type WidgetEvent =
  | { type: 'language.start'; language: string }
  | { type: 'file.load'; file: OnDemandFile }
  | { type: 'file.loaded'; file: OnDemandFile }
  | { type: 'file.failed'; file: OnDemandFile }
  | { type: 'content.use'; content: Content; resources: Resource[] }
  | { type: 'problem'; about: Exclude<keyof Problems, 'team'>; problem: string }
  | { type: 'team.refused'; reason: 'too-many' | 'too-few' }
  | { type: 'readiness.toggle'; pathway: PathwayId; element: string }
  | { type: 'action.set'; pathway: PathwayId; element: string; field: ActionField; value: string }
  | { type: 'team.open'; page: TeamPage }
  | { type: 'team.close' }
  | { type: 'team.draft'; members: TeamDraft }
  | { type: 'progress.offer'; saved: SavedProgress }
  | { type: 'progress.resume' }
  | { type: 'progress.discard' }
  | { type: 'link.open'; answers: Answers }
  | { type: 'plan.open'; answers: Answers; readiness: Readiness; actions: ActionPlan; community?: string }
  | { type: 'community.set'; community: string }
  | { type: 'answers.changed' }
  | { type: 'presenter.set'; on: boolean }
  | { type: 'presenter.show'; view: TrainerView | null }
  | { type: 'presenter.help'; open: boolean }
  | { type: 'widget.restart' }
  | { type: 'undo.offer'; undo: Undo }
  | { type: 'undo.apply' }
  | { type: 'undo.dismiss' };

const NO_FILES: Record<OnDemandFile, FileStatus> = {
  result: 'idle',
  details: 'idle',
  planner: 'idle',
  workshop: 'idle',
};

export const widgetMachine = setup({
  types: {
    context: {} as WidgetContext,
    events: {} as WidgetEvent,
    input: {} as { content: Content },
  },
  actors: { wizard: wizardMachine, language: languageMachine },
  actions: {
    /** Opens the answers of a share link or a plan file in the wizard, at the result. */
    openAnswers: sendTo('wizard', ({ event }) => ({
      type: 'answers.load' as const,
      answers: (event as { answers: Answers }).answers,
    })),
    showResult: sendTo('wizard', { type: 'step.continue' as const }),
    markReady: assign({
      files: ({ context, event }) => ({ ...context.files, [(event as { file: OnDemandFile }).file]: 'ready' }),
    }),
    /** Starts loading a file; provided by the element (or a test), which answers with an event. */
    loadFile: (_, _params: { file: OnDemandFile }) => {
      throw new Error('No file loader was provided.');
    },
  },
}).createMachine({
  id: 'widget',
  context: ({ input }) => ({
    content: input.content,
    resources: [],
    readiness: {},
    actions: {},
    community: '',
    team: null,
    teamDraft: [],
    offer: null,
    fromLink: false,
    problems: {},
    files: NO_FILES,
    presenter: false,
    view: null,
    help: false,
    undo: null,
  }),
  invoke: { id: 'wizard', src: 'wizard' },
  // The language child starts once the page's language is known (the element is in the page).
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
  on: {
    'file.load': {
      // Once each: a file that failed is tried again on the next call.
      guard: ({ context, event }) => ['idle', 'failed'].includes(context.files[event.file]),
      actions: [
        assign({ files: ({ context, event }) => ({ ...context.files, [event.file]: 'loading' }) }),
        { type: 'loadFile', params: ({ event }) => ({ file: event.file }) },
      ],
    },
    'file.loaded': [
      // The trainer's views show each pathway's facts, reasons and fits: the result's files.
      {
        guard: ({ event }) => event.file === 'workshop',
        actions: [
          'markReady',
          raise({ type: 'file.load', file: 'result' }),
          raise({ type: 'file.load', file: 'details' }),
        ],
      },
      { actions: 'markReady' },
    ],
    'file.failed': {
      actions: assign({ files: ({ context, event }) => ({ ...context.files, [event.file]: 'failed' }) }),
    },
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
      actions: assign({
        readiness: ({ context, event }) =>
          toggleReadiness(context.readiness, event.pathway, event.element, context.content),
      }),
    },
    'action.set': {
      actions: assign({
        actions: ({ context, event }) =>
          setAction(context.actions, event.pathway, event.element, event.field, event.value),
      }),
    },
    'community.set': { actions: assign({ community: ({ event }) => event.community }) },
    'team.open': {
      // The team page is part of the planner's file.
      actions: [assign({ team: ({ event }) => event.page }), raise({ type: 'file.load', file: 'planner' })],
    },
    'team.close': { actions: assign({ team: null }) },
    'team.draft': { actions: assign({ teamDraft: ({ event }) => event.members }) },
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
          actions: context.offer!.actions,
          community: context.offer!.community ?? '',
        })),
      ],
    },
    'progress.discard': { actions: assign({ offer: null }) },
    'link.open': { actions: [assign({ fromLink: true, team: null }), 'openAnswers', 'showResult'] },
    'plan.open': {
      actions: [
        assign(({ context, event }) => ({
          readiness: event.readiness,
          actions: event.actions,
          community: event.community ?? '',
          problems: { ...context.problems, plan: undefined },
        })),
        'openAnswers',
        'showResult',
      ],
    },
    // The reader's own change: from now on the answers are theirs to save, and what was replaced is let go.
    'answers.changed': { actions: assign({ fromLink: false, undo: null }) },
    'presenter.set': [
      {
        guard: ({ event }) => event.on,
        actions: [assign({ presenter: true }), raise({ type: 'file.load', file: 'workshop' })],
      },
      { actions: assign({ presenter: false, view: null, help: false }) },
    ],
    'presenter.show': {
      guard: ({ context }) => context.presenter,
      actions: assign({ view: ({ event }) => event.view, help: false }),
    },
    'presenter.help': {
      guard: ({ context }) => context.presenter,
      actions: assign({ help: ({ event }) => event.open }),
    },
    // Undo: the notice that offers it comes with the result's file.
    'undo.offer': {
      actions: [assign({ undo: ({ event }) => event.undo }), raise({ type: 'file.load', file: 'result' })],
    },
    // As saved progress resumes: the answers at their step, the marks and the action plan.
    'undo.apply': {
      guard: ({ context }) => context.undo !== null,
      actions: [
        assign(({ context }) => ({ offer: context.undo!.saved, undo: null, team: null, fromLink: false })),
        raise({ type: 'progress.resume' }),
      ],
    },
    'undo.dismiss': { actions: assign({ undo: null }) },
    'widget.restart': {
      actions: [
        assign({ readiness: {}, actions: {}, community: '', team: null, offer: null, fromLink: false, problems: {} }),
        sendTo('wizard', { type: 'wizard.restart' as const }),
      ],
    },
  },
});
