/**
 * The wizard's forward flow read from the machine definition itself: each step and the steps
 * Continue can lead to, with the guard that decides a conditional one. The decision map is drawn
 * from this, so it cannot drift from the machine.
 */
import type { AnyStateMachine } from 'xstate';

export type FlowEdge = { from: string; to: string; guard: { type: string; params?: Record<string, unknown> } | null };

/** Guards that do not route forward: a missing answer stays put, changes return to review. */
const NOT_FORWARD = new Set(['isUnanswered', 'canReturnToReview', 'opensQuestion']);

export function forwardFlow(machine: AnyStateMachine): { steps: string[]; edges: FlowEdge[] } {
  const steps = Object.keys(machine.root.states);
  const edges: FlowEdge[] = [];
  for (const [step, node] of Object.entries(machine.root.states)) {
    for (const transition of node.transitions.get('step.continue') ?? []) {
      const raw = transition.guard as unknown;
      const guard =
        typeof raw === 'string'
          ? { type: raw }
          : raw && typeof raw === 'object'
            ? (raw as { type: string; params?: Record<string, unknown> })
            : null;
      if (guard && NOT_FORWARD.has(guard.type)) continue;
      for (const target of transition.target ?? []) edges.push({ from: step, to: target.key, guard });
    }
  }
  return { steps, edges };
}
