/**
 * The built-in questions' flow (data/questions.json), function by function, for the views; see
 * question-flow.ts.
 */
import { builtInContent } from '../data/content';
import { createQuestionFlow } from './question-flow';

export type { PartialAnswers, QuestionFlow } from './question-flow';
export { STEP_IDS, type StepId } from './step-ids';

const builtInFlow = createQuestionFlow(builtInContent.questions);

export const {
  keys: questionKeys,
  questionFor,
  isAsked,
  askedQuestions,
  plannedQuestions,
  isAnswered,
  isComplete,
  chooseOption,
  withEmptyAnswer,
} = builtInFlow;
