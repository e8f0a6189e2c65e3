/**
 * On-demand file `pick-your-pathway.validate.js`: validation with zod, needed only when an
 * embedder hands the widget data (answers), so that the quiz itself ships without zod.
 */
export { safeParseAnswers } from '../../machines/answers';
