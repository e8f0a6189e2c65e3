/**
 * The question flow of a question list: which questions are asked for given answers, whether one
 * is answered, and how one answer changes when an option is chosen. Everything is read from the
 * list (its order, `askedWhen`, options), so the order and conditions exist only there.
 */
import type { Question } from '../data/schema';
import type { AnswerKey } from '../data/vocabulary';
import type { Answers } from './answers';
import { normaliseList } from './lists';

/** Answers while the quiz is under way. */
export type PartialAnswers = Partial<Answers>;

/** The flow of one question list; `createQuestionFlow` makes it. */
export type QuestionFlow = ReturnType<typeof createQuestionFlow>;

/**
 * The flow of a question list. A question's options are its vocabulary, in order: lists are kept
 * in that order. A condition (`askedWhen`) may only name an earlier question.
 */
export function createQuestionFlow(questions: readonly Question[]) {
  const keys: AnswerKey[] = questions.map((q) => q.id);
  questions.forEach((q, i) => {
    if (q.askedWhen && !keys.slice(0, i).includes(q.askedWhen.key))
      throw new Error(`"${q.id}" is asked when "${q.askedWhen.key}" is answered, which is not an earlier question`);
  });

  /** The question for an answer key. */
  function questionFor(key: AnswerKey): Question {
    const question = questions.find((q) => q.id === key);
    if (!question) throw new Error(`No question for "${key}"`);
    return question;
  }

  /** Whether a question is asked, given the answers so far (charging only when law enforcement leads). */
  function isAsked(key: AnswerKey, answers: PartialAnswers): boolean {
    const when = questionFor(key).askedWhen;
    if (!when) return true;
    const earlier: unknown = answers[when.key];
    return Array.isArray(earlier) ? earlier.includes(when.includes) : earlier === when.includes;
  }

  /** The questions asked for these answers, in order. */
  function askedQuestions(answers: PartialAnswers): AnswerKey[] {
    return keys.filter((key) => isAsked(key, answers));
  }

  /** Whether a question has an answer that lets the quiz go on. */
  function isAnswered(key: AnswerKey, answers: PartialAnswers): boolean {
    const value: unknown = answers[key];
    if (value === undefined) return false;
    return !questionFor(key).required || (Array.isArray(value) ? value.length > 0 : true);
  }

  /**
   * The questions asked, or that may still be asked, for these answers: a conditional question
   * counts until the answer it depends on is given (charging counts until lead is answered).
   */
  function plannedQuestions(answers: PartialAnswers): AnswerKey[] {
    return questions
      .filter((q) => !q.askedWhen || isAsked(q.id, answers) || !isAnswered(q.askedWhen.key, answers))
      .map((q) => q.id);
  }

  /** Whether every asked question is answered. */
  function isComplete(answers: PartialAnswers): answers is Answers {
    return askedQuestions(answers).every((key) => isAnswered(key, answers));
  }

  /** Drops answers to questions that are no longer asked (charging once law enforcement is removed). */
  function withoutUnasked(answers: PartialAnswers): PartialAnswers {
    const kept: PartialAnswers = { ...answers };
    for (const key of keys) if (!isAsked(key, kept)) delete kept[key];
    return kept;
  }

  /**
   * Chooses an option: a single-choice question takes it; a multiple-choice one toggles it, where an
   * exclusive option (charging "none") clears the others and any other option clears it.
   * An id outside the question's options changes nothing.
   */
  function chooseOption(answers: PartialAnswers, key: AnswerKey, id: string): PartialAnswers {
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
    const order = question.options.map((o) => o.id);
    return withoutUnasked({ ...answers, [key]: normaliseList(next, order) });
  }

  /** Records "none yet" for a list question left empty that may be empty (partners, existing). */
  function withEmptyAnswer(answers: PartialAnswers, key: AnswerKey): PartialAnswers {
    const question = questionFor(key);
    if (answers[key] !== undefined || question.required || question.type !== 'multiple') return answers;
    return { ...answers, [key]: [] };
  }

  return {
    questions,
    keys,
    questionFor,
    isAsked,
    askedQuestions,
    plannedQuestions,
    isAnswered,
    isComplete,
    chooseOption,
    withEmptyAnswer,
  };
}
