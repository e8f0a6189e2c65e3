/**
 * On-demand file `pick-your-pathway.result.js`: the result page (each recommended pathway as a
 * card, the pathways already running, all six to explore), with its texts and styles. The
 * script asks for it once the quiz has begun, so it is there by the time the result is shown.
 * It renders with the script's own Preact (see src/runtime.ts).
 */
import reasons from '../../../data/locales/en/reasons.json';
import pathwayTexts from '../../../data/locales/en/pathways.result.json';
import resultTexts from '../../../data/locales/en/ui.result.json';
import resultCss from './result.css?inline';

/** This file's English texts (ui.result.json, reasons.json); other languages carry their own. */
export const texts = { en: { ui: resultTexts, reasons, pathways: pathwayTexts } };

/** This file's own styles, adopted into each widget's shadow root beside the main sheet. */
export const css = resultCss;

export { Result } from './result-page';
export { UndoNotice } from './undo-notice';
