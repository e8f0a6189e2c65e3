/** The widget's stylesheet, adopted by every shadow root (allowed under `style-src 'self'`). */
import css from '../ui/widget.css?inline';

let sheet: CSSStyleSheet | null = null;

/** One constructable stylesheet shared by all instances. */
export function wizardStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
