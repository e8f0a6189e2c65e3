/** Draws its children once the browser is idle: parts no one sees at first (the print brief) never delay a step. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../../ui/idle';

export function WhenIdle({ children }: { children: ComponentChildren }) {
  const [ready, setReady] = useState(false);
  useEffect(() => (ready ? undefined : whenIdle(() => setReady(true))), []);
  return ready ? <>{children}</> : null;
}
