/**
 * The wizard: intro → lead → situations → population → charging (only when law enforcement
 * leads) → partners → setting → existing → review → result. No DOM, Preact or i18n.
 */
import { assign, emit, setup } from 'xstate';
import type { AnswerKey } from '../data/vocabulary';
import type { Answers } from './answers';
import {
  chooseOption,
  isAnswered,
  isAsked,
  isComplete,
  questionFor,
  STEP_IDS,
  withEmptyAnswer,
  type PartialAnswers,
  type StepId,
} from './steps';

export type WizardContext = {
  answers: PartialAnswers;
  /** The question whose Continue was pressed without a required answer, for the view to flag. */
  missing: AnswerKey | null;
  /** Whether a question was opened from review, so that Continue returns there. */
  changing: boolean;
};

export type WizardEvent =
  | { type: 'answer.choose'; key: AnswerKey; id: string }
  | { type: 'step.continue' }
  | { type: 'step.back' }
  | { type: 'review.change'; key: AnswerKey }
  | { type: 'answers.load'; answers: Answers }
  | { type: 'wizard.resume'; answers: PartialAnswers; step: StepId }
  | { type: 'wizard.restart' };

/** Emitted on every change the user makes to an answer (the element's `pyp-answer`). */
export type WizardEmitted = { type: 'answer.changed'; key: AnswerKey; value: unknown; answers: PartialAnswers };

type KeyParams = { key: AnswerKey };

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    emitted: {} as WizardEmitted,
  },
  guards: {
    isUnanswered: ({ context }, { key }: KeyParams) => questionFor(key).required && !isAnswered(key, context.answers),
    isAsked: ({ context }, { key }: KeyParams) => isAsked(key, context.answers),
    isComplete: ({ context }) => isComplete(context.answers),
    /** Changing an answer from review, with every asked question answered again. */
    canReturnToReview: ({ context }) => context.changing && isComplete(context.answers),
    /** Changing from review opened a question that has no answer yet (charging, once law enforcement is added). */
    opensQuestion: ({ context }, { key }: KeyParams) =>
      context.changing && isAsked(key, context.answers) && !isAnswered(key, context.answers),
    isChoiceFor: ({ event }, { key }: KeyParams) => event.type === 'answer.choose' && event.key === key,
    isChangeOf: ({ context, event }, { key }: KeyParams) =>
      event.type === 'review.change' && event.key === key && isAsked(key, context.answers),
    /** Saved progress returns to its step only where that step can be shown with its answers. */
    canResumeAt: ({ event }, { step }: { step: StepId }) => {
      if (event.type !== 'wizard.resume' || event.step !== step) return false;
      if (step === 'review' || step === 'result') return isComplete(event.answers);
      return step === 'intro' || isAsked(step, event.answers);
    },
  },
  actions: {
    choose: assign(({ context, event }) =>
      event.type === 'answer.choose'
        ? { answers: chooseOption(context.answers, event.key, event.id), missing: null }
        : {},
    ),
    announceChange: emit(({ context, event }) => {
      const key = event.type === 'answer.choose' ? event.key : 'lead';
      return { type: 'answer.changed' as const, key, value: context.answers[key], answers: context.answers };
    }),
    flagMissing: assign((_, { key }: KeyParams) => ({ missing: key })),
    accept: assign(({ context }, { key }: KeyParams) => ({
      answers: withEmptyAnswer(context.answers, key),
      missing: null,
    })),
    startChange: assign({ changing: true, missing: null }),
    endChange: assign({ changing: false }),
    clearMissing: assign({ missing: null }),
    load: assign(({ event }) =>
      event.type === 'answers.load' || event.type === 'wizard.resume'
        ? { answers: { ...event.answers }, missing: null, changing: false }
        : {},
    ),
    reset: assign({ answers: {}, missing: null, changing: false }),
  },
}).createMachine({
  id: 'wizard',
  context: { answers: {}, missing: null, changing: false },
  initial: 'intro',
  on: {
    'wizard.restart': { target: '.intro', actions: 'reset' },
    'answers.load': { target: '.review', actions: 'load' },
    'wizard.resume': [
      ...STEP_IDS.map((step) => ({
        guard: { type: 'canResumeAt' as const, params: { step } },
        target: `.${step}`,
        actions: 'load' as const,
      })),
      // A step that no longer fits the answers: keep the answers and start from the first question.
      { target: '.lead', actions: 'load' as const },
    ],
  },
  states: {
    intro: {
      on: { 'step.continue': 'lead' },
    },
    lead: question(
      'lead',
      [{ target: 'intro' }],
      [{ target: 'situations' }],
      [
        // Adding law enforcement from review opens the charging question before review.
        { guard: { type: 'opensQuestion', params: { key: 'charging' } }, target: 'charging' },
      ],
    ),
    situations: question('situations', [{ target: 'lead' }], [{ target: 'population' }]),
    population: question(
      'population',
      [{ target: 'situations' }],
      [{ guard: { type: 'isAsked', params: { key: 'charging' } }, target: 'charging' }, { target: 'partners' }],
    ),
    charging: question('charging', [{ target: 'population' }], [{ target: 'partners' }]),
    partners: question(
      'partners',
      [{ guard: { type: 'isAsked', params: { key: 'charging' } }, target: 'charging' }, { target: 'population' }],
      [{ target: 'setting' }],
    ),
    setting: question('setting', [{ target: 'partners' }], [{ target: 'existing' }]),
    existing: question('existing', [{ target: 'setting' }], [{ target: 'review' }]),
    review: {
      entry: 'endChange',
      on: {
        'step.continue': { guard: 'isComplete', target: 'result' },
        'step.back': 'existing',
        'review.change': (
          ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing'] as const
        ).map((key) => ({
          guard: { type: 'isChangeOf' as const, params: { key } },
          target: key,
          actions: 'startChange' as const,
        })),
      },
    },
    result: {
      on: { 'step.back': 'review' },
    },
  },
});

type StepTarget = 'intro' | AnswerKey | 'review';
type Transition = { guard?: { type: 'isAsked' | 'opensQuestion'; params: KeyParams }; target: StepTarget };

function accept(key: AnswerKey) {
  return { type: 'accept' as const, params: { key } };
}

/**
 * A question step. Continue stays put and flags a missing required answer; when changing from
 * review it returns there once all is answered (after any `first` transition); else it goes `next`.
 * Back returns to review when changing, else goes `back`; answers are always kept.
 */
function question(key: AnswerKey, back: Transition[], next: Transition[], first: Transition[] = []) {
  return {
    on: {
      'answer.choose': {
        guard: { type: 'isChoiceFor' as const, params: { key } },
        actions: ['choose' as const, 'announceChange' as const],
      },
      'step.continue': [
        {
          guard: { type: 'isUnanswered' as const, params: { key } },
          actions: { type: 'flagMissing' as const, params: { key } },
        },
        ...first.map((t) => ({ ...t, actions: accept(key) })),
        { guard: 'canReturnToReview' as const, target: 'review' as const, actions: accept(key) },
        ...next.map((t) => ({ ...t, actions: accept(key) })),
      ],
      'step.back': [
        { guard: 'canReturnToReview' as const, target: 'review' as const, actions: 'endChange' as const },
        ...back.map((t) => ({ ...t, actions: 'clearMissing' as const })),
      ],
    },
  };
}
