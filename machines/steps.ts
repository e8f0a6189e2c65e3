/**
 * The built-in questions' flow (data/questions.json), function by function, for the views; see
 * question-flow.ts. src/runtime.ts hands these very names to the view files: keep them in step.
 */
import { builtInContent } from '../data/content';
import { createQuestionFlow } from './question-flow';

export type { PartialAnswers, QuestionFlow } from './question-flow';
export { STEP_IDS, type StepId } from './step-ids';

const builtInFlow = createQuestionFlow(builtInContent.questions);

// One by one, not destructured: the build reads these names from the declarations.
export const questionFor = builtInFlow.questionFor;
export const isAsked = builtInFlow.isAsked;
export const askedQuestions = builtInFlow.askedQuestions;
export const plannedQuestions = builtInFlow.plannedQuestions;
export const isAnswered = builtInFlow.isAnswered;
export const isComplete = builtInFlow.isComplete;
export const chooseOption = builtInFlow.chooseOption;
export const withEmptyAnswer = builtInFlow.withEmptyAnswer;
