/**
 * Which language an element shows, from the page alone: no library, so that the start page drawn
 * before the rest of the widget (src/start/) reads it as the widget does.
 */

/** The languages the widget has (one per folder of data/locales), English first. */
export const LANGUAGES: readonly { code: string; name: string }[] = __PYP_LANGUAGES__;

/**
 * The language to show for a BCP 47 tag: its base language when the widget has it
 * (`es-MX` → `es`), else English.
 */
export function toLanguage(tag: string | null | undefined): string {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES.some((l) => l.code === base) ? base : 'en';
}

/** The `lang` that applies to an element: its own, else the nearest ancestor's, across shadow roots. */
function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** The language the page asks for: the element's own `lang`, else the nearest ancestor's, else `<html lang>`. */
export function wantedLanguage(element: Element): string {
  return toLanguage(inheritedLang(element) ?? document.documentElement.lang);
}
