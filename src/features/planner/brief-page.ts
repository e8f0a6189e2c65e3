/**
 * The brief's page margins: its title and date at the foot of each page, and "Page 1 of 2". They
 * are `@page` margin boxes of a named page (`pyp-brief`, which the brief's own style asks for),
 * and `@page` rules work only in a document's own sheets, never in a shadow root's: so this sheet
 * goes to the document that prints, the print frame's or the host page's, and touches no other
 * page of the host's.
 */
import type { TFunction } from 'i18next';

/** Any text as a CSS string: every character but letters, digits and spaces escaped, so no text can end it. */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** "Page {{page}} of {{pages}}" as CSS content: the texts around the page counters. */
function pageCounter(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter(Boolean)
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function briefPageCss(t: TFunction, foot: string): string {
  return `@page pyp-brief {
  margin: 10mm 12mm 12mm;
  @bottom-left { content: ${cssString(foot)}; font: 9pt/1.2 system-ui, sans-serif; color: #505a5f; }
  @bottom-right { content: ${pageCounter(t('planner.brief.page'))}; font: 9pt/1.2 system-ui, sans-serif; color: #505a5f; }
}`;
}

/** Adopts the page rules into a document beside its own sheets; the returned function takes them out again. */
export function adoptPageRules(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
