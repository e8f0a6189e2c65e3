/**
 * On-demand file `pick-your-pathway.validate.js`: validation with zod, needed only when an
 * embedder hands the widget data (answers, a content override), so the quiz ships without zod.
 */
export { safeParseAnswers } from '../../machines/answers';
export { parseOverride } from '../../data/parse';
