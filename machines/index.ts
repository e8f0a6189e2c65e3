/**
 * `pick-your-pathway/core`: the DOM-free core. Importing it registers no element.
 */
export { parseAnswers, safeParseAnswers, AnswersSchema, AnswersError } from './answers';
export { normaliseList } from './lists';
export type { Answers, AnswersIssue } from './answers';
export { encodeAnswers, unpackAnswers } from './share-codec';
export { decodeAnswers } from './share-decode';
export { recommend, isAllowed, reasonsFor, partnerGapsFor, SITES_PER_PATHWAY } from './recommend';
export type { Recommendation, RecommendedPathway, MatchedSite, Fit } from './recommend';
export { whyOut } from './why-out';
export type { WhyOut, OutReason } from './why-out';
export { combineAnswers, parseTeam, teamDisagreements, teamFragment, teamOf, TEAM_PREFIX, MAX_MEMBERS } from './team';
export type { Team, TeamMember, TeamProblem } from './team';
export { teamAgenda } from './team-agenda';
export type { AgendaQuestion, RunningPathway, TeamAgenda } from './team-agenda';
export { wizardMachine, createWizardMachine } from './wizard.machine';
export type { WizardContext, WizardEvent, WizardEmitted } from './wizard.machine';
export {
  STEP_IDS,
  askedQuestions,
  plannedQuestions,
  chooseOption,
  isAnswered,
  isAsked,
  isComplete,
  questionFor,
} from './steps';
export type { PartialAnswers, StepId } from './steps';
export { createQuestionFlow, type QuestionFlow } from './question-flow';
export { stepIdsFor } from './step-ids';
export * from './wizard.selectors';
export { builtInContent } from '../data/content';
export { englishTexts } from '../data/locales/english';
export {
  ContentSchema,
  OverrideSchema,
  PathwaySchema,
  QuestionSchema,
  ResourceSchema,
  SiteSchema,
  SourceSchema,
} from '../data/schema';
export { builtInLibrary, LibrarySchema, libraryIssues } from '../data/library';
export type { Library } from '../data/library';
export type { Content, CriticalElement, Override, Pathway, Question, Resource, Site, Source } from '../data/schema';
export { parseOverride } from '../data/parse';
export { mergeContent } from '../data/merge';
export * from '../data/vocabulary';
export { byFit, outcomeOf, type Outcome } from './outcome';
