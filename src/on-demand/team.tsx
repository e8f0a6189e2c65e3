/**
 * On-demand file `pick-your-pathway.team.js`: the team page (several partners' answers side by
 * side, where they agree and where to talk, each one's pathways and the combined result) and the
 * builder of a team link, with their texts and styles. It renders with the script's own Preact.
 */
import teamTexts from '../../data/locales/en/ui.team.json';
import teamCss from '../styles/team.css?inline';

/** This file's English texts (ui.team.json); other languages carry their own. */
export const texts = { en: { ui: teamTexts } };

/** This file's own styles, adopted into each widget's shadow root beside the main sheet. */
export const css = teamCss;

export { TeamPage } from './team/team-page';
