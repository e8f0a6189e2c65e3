/**
 * Work that can wait for the browser to be idle (fetching what a later step needs, drawing what
 * is off screen), so that it never holds up the step a planner is on.
 */

type Cancel = () => void;

const idle = (callback: IdleRequestCallback, timeout?: number): Cancel => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, timeout ? { timeout } : undefined);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 50 }), 50);
  return () => clearTimeout(id);
};

/** Runs `callback` once the browser is idle, at the latest after `timeout` ms; returns a cancel function. */
export function whenIdle(callback: () => void, timeout = 1000): Cancel {
  return idle(() => callback(), timeout);
}

/**
 * Runs `callback` in the first idle period of (nearly) the longest kind, 50 ms, which browsers
 * give only when nothing is going on: the planner is reading, not clicking through.
 */
export function whenQuiet(callback: () => void): Cancel {
  let cancel: Cancel;
  const wait = () => {
    cancel = idle((deadline) => (deadline.timeRemaining() >= 40 ? callback() : wait()));
  };
  wait();
  return () => cancel();
}
