/**
 * The team page's own chunk, loaded when the team page opens: a reader on the way to the result
 * downloads none of it (the planner's file keeps only the texts and the styles).
 */
export { TeamBuilder } from './team-builder';
export { TeamView } from './team-view';
