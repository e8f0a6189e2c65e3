/** Opening an exported plan file: its answers and readiness marks, then the result, with an undo; a bad file is explained. */
import { onDemandLoaders } from './parts';
import type { ElementHost } from './host';
import { replaceWork } from './progress';

/** Why a file was not used is shown in the planner's tools and fired as `pyp-error`. */
export function openPlanFile(host: ElementHost, text: string): Promise<void> {
  const { actor, error, root } = host;
  const failed = (problem: string) => {
    actor.send({ type: 'problem', about: 'plan', problem });
    error(`Plan file not loaded: ${problem}`);
  };
  return onDemandLoaders.validate().then(
    ({ parsePlanFile }) => {
      const parsed = text
        ? parsePlanFile(text, actor.getSnapshot().context.content)
        : { ok: false as const, message: 'The file is empty or too large.' };
      if (!parsed.ok) return failed(parsed.message);
      const { answers, readiness, actionPlan, community } = parsed;
      replaceWork(host, 'plan', () => actor.send({ type: 'plan.open', answers, readiness, actionPlan, community }));
      // A new result in place of the old one: say so by moving to its heading, as a step change does.
      queueMicrotask(() => root.querySelector<HTMLElement>('[data-step-heading]')?.focus());
    },
    () => failed("the widget's validator did not load, so the file could not be checked"),
  );
}
