/**
 * Work that can wait for the browser to be idle (fetching what a later step needs, drawing what
 * is off screen), so that it never holds up the step a planner is on.
 */

type Cancel = () => void;

/** Runs `callback` once the browser is idle, at the latest after `timeout` ms; returns a cancel function. */
export function whenIdle(callback: () => void, timeout = 1000): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => callback(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
}

/**
 * Runs `callback` once the page has been left alone for `dwell` ms and the browser is then idle:
 * the planner is reading, not clicking through. (Chrome may give no long idle period at all
 * after a click, so the wait is counted in time, not in idle periods.)
 */
export function whenQuiet(callback: () => void, dwell = 1000): Cancel {
  let cancel: Cancel = () => clearTimeout(timer);
  const timer = setTimeout(() => {
    cancel = whenIdle(callback);
  }, dwell);
  return () => cancel();
}
