/**
 * Prints one part of the widget alone, whatever the host page: a copy of it goes into a frame of
 * the widget's own (about:blank, so same origin and under the page's CSP, running no script), with
 * the widget's styles as a constructable sheet, and the frame prints itself. Nodes are copied,
 * never HTML, so it holds under Trusted Types. Without the part, the page prints as it is.
 */
export function printAlone(root: ShadowRoot, part: Element | null, language: string, title: string): void {
  root.querySelector('.print-frame')?.remove();
  if (!part) return window.print();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off screen at a letter page's size; set through the CSSOM, which a strict CSP allows.
  frame.style.cssText = 'position:fixed;top:0;left:-10000px;width:8.5in;height:11in;border:0';
  root.append(frame);
  const doc = frame.contentDocument!;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!view) return window.print();
  doc.documentElement.lang = language;
  doc.title = title;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(
    root.adoptedStyleSheets.map((s) => [...s.cssRules].map((rule) => rule.cssText).join('\n')).join('\n'),
  );
  doc.adoptedStyleSheets = [sheet];
  const wrapper = doc.createElement('div');
  wrapper.className = 'pyp pyp--print';
  wrapper.append(doc.importNode(part, true));
  doc.body.append(wrapper);
  view.addEventListener('afterprint', () => frame.remove());
  view.print();
}
