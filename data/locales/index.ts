/**
 * The English prose the script carries, as i18next resources keyed by content ids. The rest
 * comes with the file that shows it: `pathways.details.json`, `sites.json` and `resources.json`
 * with the details file, `ui.planner.json` with the planner's, `ui.workshop.json` with the
 * workshop's, `reasons.json` with the result's (which the planner and workshop load too). All of English, for the core and the tests, is in english.ts.
 */
import pathways from './en/pathways.json';
import questions from './en/questions.json';
import ui from './en/ui.json';

export const en = { ui, pathways, questions };
