// The host snippet for the frame page: sizes each Pick Your Pathway frame to its content, and
// keeps the messages it sent (window.pypMessages) for the page's own use, e.g. analytics.
// `?frame=<address>` replaces the frame's address (the tests use it to embed across origins).
const frame = document.querySelector('iframe.pyp-frame');
const wanted = new URLSearchParams(location.search).get('frame');
if (frame && wanted) frame.src = wanted;
window.pypMessages = [];
addEventListener('message', (event) => {
  if (!frame || event.source !== frame.contentWindow || event.data?.source !== 'pick-your-pathway') return;
  window.pypMessages.push({ origin: event.origin, ...event.data });
  if (event.data.type === 'pyp-resize' && event.data.height > 0) frame.height = String(event.data.height);
});
