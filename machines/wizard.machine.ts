/**
 * The wizard: intro → each question that is asked, in the question list's order → review →
 * result. The question states and their transitions are made from the question list (its order
 * and `askedWhen`), so the flow is written nowhere else. No DOM, Preact or i18n.
 */
import { assign, emit, setup } from 'xstate';
import { builtInContent } from '../data/content';
import type { Question } from '../data/schema';
import type { AnswerKey } from '../data/vocabulary';
import type { Answers } from './answers';
import { createQuestionFlow, type PartialAnswers } from './question-flow';
import { stepIdsFor, type StepId } from './step-ids';

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
type Transition = { guard?: { type: 'isAsked' | 'opensQuestion'; params: KeyParams }; target: string };

/**
 * The transitions to the nearest question among `candidates` (nearest first) that is asked: one
 * guarded by `isAsked` per conditional question, up to the first one always asked; else `otherwise`.
 */
function toNearestAsked(candidates: readonly Question[], otherwise: string): Transition[] {
  const transitions: Transition[] = [];
  for (const q of candidates) {
    if (!q.askedWhen) return [...transitions, { target: q.id }];
    transitions.push({ guard: { type: 'isAsked', params: { key: q.id } }, target: q.id });
  }
  return [...transitions, { target: otherwise }];
}

/** The wizard for a question list; `wizardMachine` is the one for the built-in questions. */
export function createWizardMachine(questions: readonly Question[]) {
  const flow = createQuestionFlow(questions);
  const steps = stepIdsFor(questions);
  const first = flow.keys[0];
  if (!first) throw new Error('The wizard needs at least one question');

  // Typed by the vocabulary's keys, so that a snapshot's value is a step id.
  const questionStates = Object.fromEntries(
    questions.map((q, i) => [
      q.id,
      question(
        q.id,
        toNearestAsked(questions.slice(0, i).reverse(), 'intro'),
        toNearestAsked(questions.slice(i + 1), 'review'),
        // Changing this answer from review can open a later question that depends on it (adding
        // law enforcement opens charging): it is asked before review.
        questions
          .slice(i + 1)
          .filter((later) => later.askedWhen?.key === q.id)
          .map((later) => ({ guard: { type: 'opensQuestion', params: { key: later.id } }, target: later.id })),
      ),
    ]),
  ) as Record<AnswerKey, ReturnType<typeof question>>;

  return setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
      emitted: {} as WizardEmitted,
    },
    guards: {
      isUnanswered: ({ context }, { key }: KeyParams) =>
        flow.questionFor(key).required && !flow.isAnswered(key, context.answers),
      isAsked: ({ context }, { key }: KeyParams) => flow.isAsked(key, context.answers),
      isComplete: ({ context }) => flow.isComplete(context.answers),
      /** Changing an answer from review, with every asked question answered again. */
      canReturnToReview: ({ context }) => context.changing && flow.isComplete(context.answers),
      /** Changing from review opened a question that has no answer yet (charging, once law enforcement is added). */
      opensQuestion: ({ context }, { key }: KeyParams) =>
        context.changing && flow.isAsked(key, context.answers) && !flow.isAnswered(key, context.answers),
      isChoiceFor: ({ event }, { key }: KeyParams) => event.type === 'answer.choose' && event.key === key,
      isChangeOf: ({ context, event }, { key }: KeyParams) =>
        event.type === 'review.change' && event.key === key && flow.isAsked(key, context.answers),
      /** Saved progress returns to its step only where that step can be shown with its answers. */
      canResumeAt: ({ event }, { step }: { step: string }) => {
        if (event.type !== 'wizard.resume' || event.step !== step) return false;
        if (step === 'review' || step === 'result') return flow.isComplete(event.answers);
        return step === 'intro' || flow.isAsked(step as AnswerKey, event.answers);
      },
    },
    actions: {
      choose: assign(({ context, event }) =>
        event.type === 'answer.choose'
          ? { answers: flow.chooseOption(context.answers, event.key, event.id), missing: null }
          : {},
      ),
      announceChange: emit(({ context, event }) => {
        const key = event.type === 'answer.choose' ? event.key : first;
        return { type: 'answer.changed' as const, key, value: context.answers[key], answers: context.answers };
      }),
      flagMissing: assign((_, { key }: KeyParams) => ({ missing: key })),
      accept: assign(({ context }, { key }: KeyParams) => ({
        answers: flow.withEmptyAnswer(context.answers, key),
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
      // For a parent to provide: told each step entered, and each change the reader makes to an answer.
      stepEntered: (_, _params: { step: StepId }) => {},
      answerChanged: () => {},
    },
  }).createMachine({
    id: 'wizard',
    context: { answers: {}, missing: null, changing: false },
    initial: 'intro',
    on: {
      'wizard.restart': { target: '.intro', actions: 'reset' },
      'answers.load': { target: '.review', actions: 'load' },
      'wizard.resume': [
        ...steps.map((step) => ({
          guard: { type: 'canResumeAt' as const, params: { step } },
          target: `.${step}`,
          actions: 'load' as const,
        })),
        // A step that no longer fits the answers: keep the answers and start from the first question.
        { target: `.${first}`, actions: 'load' as const },
      ],
    },
    // Written in step order: the decision map reads the steps in this order (flow-graph.ts).
    states: {
      intro: {
        entry: entered('intro'),
        on: { 'step.continue': first },
      },
      ...questionStates,
      review: {
        entry: ['endChange', entered('review')],
        on: {
          'step.continue': { guard: 'isComplete', target: 'result' },
          'step.back': toNearestAsked([...questions].reverse(), 'intro'),
          'review.change': flow.keys.map((key) => ({
            guard: { type: 'isChangeOf' as const, params: { key } },
            target: key,
            actions: 'startChange' as const,
          })),
        },
      },
      result: {
        entry: entered('result'),
        on: { 'step.back': 'review' },
      },
    },
  });
}

/** The wizard of the built-in questions. */
export const wizardMachine = createWizardMachine(builtInContent.questions);

function entered(step: StepId) {
  return { type: 'stepEntered' as const, params: { step } };
}

function accept(key: AnswerKey) {
  return { type: 'accept' as const, params: { key } };
}

/**
 * A question step. Continue stays put and flags a missing required answer; when changing from
 * review it opens a question this answer made asked (`opens`), else returns there once all is
 * answered; else it goes `next`. Back returns to review when changing, else goes `back`;
 * answers are always kept.
 */
function question(key: AnswerKey, back: Transition[], next: Transition[], opens: Transition[]) {
  return {
    entry: entered(key),
    on: {
      'answer.choose': {
        guard: { type: 'isChoiceFor' as const, params: { key } },
        actions: ['choose' as const, 'announceChange' as const, 'answerChanged' as const],
      },
      'step.continue': [
        {
          guard: { type: 'isUnanswered' as const, params: { key } },
          actions: { type: 'flagMissing' as const, params: { key } },
        },
        ...opens.map((t) => ({ ...t, actions: accept(key) })),
        { guard: 'canReturnToReview' as const, target: 'review', actions: accept(key) },
        ...next.map((t) => ({ ...t, actions: accept(key) })),
      ],
      'step.back': [
        { guard: 'canReturnToReview' as const, target: 'review', actions: 'endChange' as const },
        ...back.map((t) => ({ ...t, actions: 'clearMissing' as const })),
      ],
    },
  };
}
