/**
 * The frame page's script (`pick-your-pathway.frame.js`), for sites that allow an `<iframe>` but
 * no script: it puts the widget on the page with the query's attributes, tells the host page its
 * height, and forwards the widget's events to the one origin the query names.
 */
import { frameParams } from './frame-params';

const SOURCE = 'pick-your-pathway';
const EVENTS = ['pyp-step', 'pyp-answer', 'pyp-result', 'pyp-error'] as const;

const { attributes, colours, parentOrigin, problems } = frameParams(location.search, location.origin);
const element = document.createElement('pick-your-pathway');
for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
// Through the CSS object model, which a strict style-src allows: the widget reads them with fallbacks.
for (const [name, value] of Object.entries(colours)) element.style.setProperty(name, value);
if (attributes.lang) document.documentElement.lang = attributes.lang;
document.body.style.margin = '0';

if (window.parent !== window) {
  // The height goes to any host (it tells nothing about the reader), so a page without
  // parent-origin can still size the frame.
  let height = -1;
  new ResizeObserver(() => {
    const now = Math.ceil(document.body.getBoundingClientRect().height);
    if (now === height) return;
    height = now;
    window.parent.postMessage({ source: SOURCE, type: 'pyp-resize', height }, '*');
  }).observe(document.body);
  if (parentOrigin) {
    for (const type of EVENTS) {
      element.addEventListener(type, (event) =>
        window.parent.postMessage({ source: SOURCE, type, detail: (event as CustomEvent).detail }, parentOrigin),
      );
    }
  }
}

document.body.append(element);
for (const message of problems) {
  console.warn(`<pick-your-pathway> frame page: ${message}`);
  element.dispatchEvent(
    new CustomEvent('pyp-error', { detail: { message, issues: [] }, bubbles: true, composed: true }),
  );
}
