/**
 * An element's saved progress: saved on every change once there is some (never someone else's
 * shared answers, never over what was saved by a fresh start page), offered on return while
 * nothing has been answered, and dropped on restart.
 */
import type { SnapshotFrom } from 'xstate';
import type { widgetMachine } from '../../machines/widget.machine';
import { selectWizard } from '../../machines/widget.selectors';
import type { ElementHost } from './host';
import { selectStep } from '../../machines/wizard.selectors';
import { clearProgress, loadProgress, saveProgress, storageKeyFor } from './persistence';

export function saveProgressOf(element: Element, snapshot: SnapshotFrom<typeof widgetMachine>): void {
  const key = storageKeyFor(element);
  const wizard = selectWizard(snapshot).getSnapshot();
  const step = selectStep(wizard);
  const { answers } = wizard.context;
  if (!key || snapshot.context.fromLink || (step === 'intro' && Object.keys(answers).length === 0)) return;
  const { readiness, actions, community } = snapshot.context;
  saveProgress(key, { step, answers, readiness, actions, community, savedAt: new Date().toISOString() });
}

/** Offers progress saved under the element's key; unusable progress is discarded, and `pyp-error` says why. */
export function offerSavedProgress({ element, actor, error }: ElementHost): void {
  const key = storageKeyFor(element);
  if (!key) return;
  void loadProgress(key, actor.getSnapshot().context.content).then((found) => {
    if (found && 'discarded' in found) error(`Saved progress under "${key}" was discarded: ${found.discarded}.`);
    else if (found && Object.keys(selectWizard(actor.getSnapshot()).getSnapshot().context.answers).length === 0)
      actor.send({ type: 'progress.offer', saved: found });
  });
}

/** Clears what was saved, and returns to the start page. */
export function restartAndForget({ element, actor, root }: ElementHost): void {
  const hadOffer = actor.getSnapshot().context.offer !== null;
  actor.send({ type: 'widget.restart' });
  const key = storageKeyFor(element);
  if (key) clearProgress(key);
  // The offer's buttons are gone: keep keyboard and screen-reader users on the page, at Start now.
  if (hadOffer) root.querySelector<HTMLElement>('[part="start-button"]')?.focus();
}
