/**
 * The English prose the first load carries, as i18next resources keyed by content ids: the
 * pathways' names and one-line descriptions (the questions name them), the questions and the
 * interface. The rest comes with the part that shows it: `pathways.result.json` (summaries and
 * critical elements) with the result's, planner's and workshop's parts; `pathways.details.json`,
 * `sites.json` and `resources.json` with the details part; `ui.<part>.json` with its part;
 * `reasons.json` with the result's. All of English, for the core and the tests, is in english.ts.
 */
import pathways from './en/pathways.json';
import questions from './en/questions.json';
import ui from './en/ui.json';

export const en = { ui, pathways, questions };
