/**
 * The result page, an on-demand part (each pathway as a tile in order of fit, the recommended
 * ones as cards), with its texts and styles. The widget asks for it once the quiz has begun, so
 * it is there by the time the result is shown.
 */
import { builtInContent } from '../../../data/content';
import { sitesByPathway } from '../../../machines/recommend';
import { whenIdle } from '../../ui/idle';
import reasons from '../../../data/locales/en/reasons.json';
import pathwayTexts from '../../../data/locales/en/pathways.result.json';
import resultTexts from '../../../data/locales/en/ui.result.json';
import resultCss from './result.css?inline';

/** This file's English texts (ui.result.json, reasons.json); other languages carry their own. */
export const texts = { en: { ui: resultTexts, reasons, pathways: pathwayTexts } };

/** This file's own styles, adopted into each widget's shadow root beside the main sheet. */
export const css = resultCss;

// The programs' collation data, made while the reader still answers: the result draws at once.
whenIdle(() => void sitesByPathway(builtInContent.sites));

export { Result } from './result-page';
export { UndoNotice } from './undo-notice';
