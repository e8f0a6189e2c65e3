/**
 * The question flow as data: which questions are asked for given answers, whether one is
 * answered, and how one answer changes when an option is chosen. Read from the questions content.
 */
import { builtInContent } from '../data/content';
import type { Question } from '../data/schema';
import { ANSWER_OPTIONS, type AnswerKey } from '../data/vocabulary';
import type { Answers } from './answers';
import { normaliseList } from './lists';

/** Answers while the quiz is under way. */
export type PartialAnswers = Partial<Answers>;

export { STEP_IDS, type StepId } from './step-ids';

const questions: readonly Question[] = builtInContent.questions;

/** The question for an answer key. */
export function questionFor(key: AnswerKey): Question {
  const question = questions.find((q) => q.id === key);
  if (!question) throw new Error(`No question for "${key}"`);
  return question;
}

/** Whether a question is asked, given the answers so far (charging only when law enforcement leads). */
export function isAsked(key: AnswerKey, answers: PartialAnswers): boolean {
  const when = questionFor(key).askedWhen;
  if (!when) return true;
  const earlier = answers[when.key];
  return Array.isArray(earlier) ? (earlier as string[]).includes(when.includes) : earlier === when.includes;
}

/** The questions asked for these answers, in order. */
export function askedQuestions(answers: PartialAnswers): AnswerKey[] {
  return questions.map((q) => q.id).filter((key) => isAsked(key, answers));
}

/**
 * The questions asked, or that may still be asked, for these answers: a conditional question
 * counts until the answer it depends on is given (charging counts until lead is answered).
 */
export function plannedQuestions(answers: PartialAnswers): AnswerKey[] {
  return questions
    .filter((q) => !q.askedWhen || isAsked(q.id, answers) || !isAnswered(q.askedWhen.key, answers))
    .map((q) => q.id);
}

/** Whether a question has an answer that lets the quiz go on. */
export function isAnswered(key: AnswerKey, answers: PartialAnswers): boolean {
  const value = answers[key];
  if (value === undefined) return false;
  return !questionFor(key).required || (Array.isArray(value) ? value.length > 0 : true);
}

/** Whether every asked question is answered. */
export function isComplete(answers: PartialAnswers): answers is Answers {
  return askedQuestions(answers).every((key) => isAnswered(key, answers));
}

/** Drops answers to questions that are no longer asked (charging once law enforcement is removed). */
function withoutUnasked(answers: PartialAnswers): PartialAnswers {
  const kept: PartialAnswers = { ...answers };
  for (const q of questions) if (!isAsked(q.id, kept)) delete kept[q.id];
  return kept;
}

/**
 * Chooses an option: a single-choice question takes it; a multiple-choice one toggles it, where an
 * exclusive option (charging "none") clears the others and any other option clears it.
 * An id outside the question's options changes nothing.
 */
export function chooseOption(answers: PartialAnswers, key: AnswerKey, id: string): PartialAnswers {
  const question = questionFor(key);
  const option = question.options.find((o) => o.id === id);
  if (!option) return answers;
  if (question.type === 'single') return withoutUnasked({ ...answers, [key]: id });
  const current = (answers[key] as string[] | undefined) ?? [];
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  let next: string[];
  if (current.includes(id)) next = current.filter((x) => x !== id);
  else if (option.exclusive) next = [id];
  else next = [...current.filter((x) => !exclusive.has(x)), id];
  return withoutUnasked({ ...answers, [key]: normaliseList(next, ANSWER_OPTIONS[key] as readonly string[]) });
}

/** Records "none yet" for a list question left empty that may be empty (partners, existing). */
export function withEmptyAnswer(answers: PartialAnswers, key: AnswerKey): PartialAnswers {
  const question = questionFor(key);
  if (answers[key] !== undefined || question.required || question.type !== 'multiple') return answers;
  return { ...answers, [key]: [] };
}
