/**
 * On-demand file `pick-your-pathway.validate.js`: validation with zod, needed only when the widget
 * is handed data (answers, a content override, saved progress), so the quiz ships without zod.
 */
export { safeParseAnswers, safeParsePartialAnswers } from '../../machines/answers';
export { applyOverride } from '../../data/override';
export { decodeAnswers } from '../../machines/share-decode';
export { parsePlanFile } from '../../machines/plan-file-parse';
