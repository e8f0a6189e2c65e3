/** Selectors that views use to read the wizard's snapshot; pure, no DOM. */
import type { SnapshotFrom } from 'xstate';
import type { AnswerKey } from '../data/vocabulary';
import type { QuestionFlow } from './question-flow';
import { isComplete, plannedQuestions, type PartialAnswers, type StepId } from './steps';

/** What the selectors read of a question flow; the built-in one by default. */
type FlowRead = Pick<QuestionFlow, 'plannedQuestions' | 'isComplete'>;
const builtInFlow: FlowRead = { plannedQuestions, isComplete };
import type { wizardMachine } from './wizard.machine';

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The current step id (the `pyp-step` detail). */
export const selectStep = (snapshot: WizardSnapshot): StepId => snapshot.value as StepId;

/** The answers so far. */
export const selectAnswers = (snapshot: WizardSnapshot): PartialAnswers => snapshot.context.answers;

/** The question whose missing answer the view must flag, if any. */
export const selectMissing = (snapshot: WizardSnapshot): AnswerKey | null => snapshot.context.missing;

/** Whether the current question was opened from review. */
export const selectChanging = (snapshot: WizardSnapshot): boolean => snapshot.context.changing;

/**
 * "Question n of total" for a question step, counting only the questions that are asked; else
 * null. `flow`: that of the machine's question list, when it is not the built-in one.
 */
export function selectProgress(
  snapshot: WizardSnapshot,
  flow: FlowRead = builtInFlow,
): { number: number; total: number } | null {
  const asked = flow.plannedQuestions(snapshot.context.answers);
  const index = asked.indexOf(snapshot.value as AnswerKey);
  return index === -1 ? null : { number: index + 1, total: asked.length };
}

/** Whether every asked question has an answer. */
export const selectIsComplete = (snapshot: WizardSnapshot, flow: FlowRead = builtInFlow): boolean =>
  flow.isComplete(snapshot.context.answers);
