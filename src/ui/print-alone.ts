/**
 * Prints one part of the widget alone, whatever the host page: a copy of it goes into a frame of
 * the widget's own (about:blank, so same origin and under the page's CSP, running no script), with
 * the widget's styles as a constructable sheet, and the frame prints itself. Nodes are copied,
 * never HTML, so it holds under Trusted Types. Without the part, the page prints as it is.
 */
export function printAlone(
  root: ShadowRoot,
  part: Element | null,
  language: string,
  title: string,
  pageCss = '',
): void {
  root.querySelector('.print-frame')?.remove();
  if (!part) return window.print();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off screen at a letter page's size; set through the CSSOM, which a strict CSP allows.
  frame.style.cssText = 'position:fixed;top:0;left:-10000px;width:8.5in;height:11in;border:0';
  root.append(frame);
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!view) return window.print();
  const doc = standardsDocument(view);
  doc.documentElement.lang = language;
  doc.title = title;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(
    root.adoptedStyleSheets.map((s) => [...s.cssRules].map((rule) => rule.cssText).join('\n')).join('\n'),
  );
  const page = new view.CSSStyleSheet();
  page.replaceSync(pageCss);
  doc.adoptedStyleSheets = [sheet, page];
  const wrapper = doc.createElement('div');
  wrapper.className = 'pyp pyp--print';
  wrapper.append(doc.importNode(part, true));
  doc.body.append(wrapper);
  view.addEventListener('afterprint', () => frame.remove());
  view.print();
}

/**
 * The frame's document in standards mode, with a doctype. about:blank starts in quirks mode (no
 * doctype: tables would not inherit the type size), and no HTML string may set one under Trusted
 * Types; document.open() makes a new document in standards mode, and stopping its parser before
 * it reads an end of input (which would find no doctype and go back to quirks) keeps it so. The
 * doctype and the elements are then nodes. Where that fails, the frame's first document serves.
 */
function standardsDocument(view: Window): Document {
  const doc = view.document;
  try {
    doc.open();
    view.stop();
    if (doc.documentElement) doc.documentElement.remove();
    const html = doc.createElement('html');
    html.append(doc.createElement('head'), doc.createElement('body'));
    doc.append(doc.implementation.createDocumentType('html', '', ''), html);
  } catch {
    // the first document, in quirks mode: the print styles still give tables the text's size
  }
  if (!doc.body) (doc.documentElement ?? doc).append(doc.createElement('body'));
  return doc;
}
