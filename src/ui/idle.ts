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
