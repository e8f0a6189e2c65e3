/**
 * The wizard's step ids, read from the question list, so that reading saved progress does not
 * bring in the rest of the content. The question order exists only in data/questions.json.
 */
import type { AnswerKey } from '../data/vocabulary';
import builtInQuestions from '../data/questions.json';

/** A wizard step: the start page, a question (by its answer key), review or the result. */
export type StepId = 'intro' | AnswerKey | 'review' | 'result';

/** The steps for a question list, in order: intro, each question, review, result. */
export function stepIdsFor<Key extends string>(
  questions: readonly { id: Key }[],
): ('intro' | Key | 'review' | 'result')[] {
  return ['intro', ...questions.map((q) => q.id), 'review', 'result'];
}

/** Every step of the built-in wizard, in order; the `pyp-step` ids. */
export const STEP_IDS: readonly StepId[] = stepIdsFor(builtInQuestions as { id: AnswerKey }[]);
