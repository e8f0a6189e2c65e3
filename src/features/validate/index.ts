/**
 * On-demand file `pick-your-pathway.validate.js`: validation with zod, needed only when the widget
 * is handed data (answers, a content override, saved progress, a plan file), so the quiz ships
 * without zod. Fetching an override is here too: the script needs it only with one; and reading
 * a team link, which the validator's decoding serves.
 */
export { safeParseAnswers, safeParsePartialAnswers } from '../../../machines/answers';
export { applyOverride } from '../../../data/override';
export { decodeAnswers } from '../../../machines/share-decode';
export { parsePlanFile } from '../../../machines/plan-file-parse';
export { parseSavedProgress } from '../../../machines/saved-progress';
export { fetchContent } from './content-source';
export { parseTeam, teamOf } from '../../../machines/team';
