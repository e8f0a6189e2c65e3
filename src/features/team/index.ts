/**
 * The team page, an on-demand part loaded when it opens (a team link, or "Plan together"):
 * partners' answers side by side, or the builder of a team link. A reader on the way to the
 * result downloads none of it.
 */
import teamTexts from '../../../data/locales/en/ui.team.json';
import pathwayTexts from '../../../data/locales/en/pathways.result.json';
import teamCss from './team.css?inline';

/** This part's English texts; other languages carry their own. */
export const texts = { en: { ui: teamTexts, pathways: pathwayTexts } };
export const css = teamCss;
export { TeamPage } from './team-page';
/** The share code of complete answers, for the reader to add their own to a team link. */
export { encodeAnswers as shareCode } from '../../../machines/share-codec';
