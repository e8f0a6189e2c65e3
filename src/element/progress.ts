/**
 * An element's saved progress: saved on every change once there is some (never someone else's
 * shared answers, never over what was saved by a fresh start page), offered on return while
 * nothing has been answered, and dropped on restart, with an undo.
 */
import type { SnapshotFrom } from 'xstate';
import type { SavedProgress, TeamDraft, Undo, widgetMachine } from '../../machines/widget.machine';
import { selectWizard } from '../../machines/widget.selectors';
import type { ElementHost } from './host';
import { selectStep } from '../../machines/wizard.selectors';
import { clearProgress, loadProgress, saveProgress, storageKeyFor } from './persistence';

export function saveProgressOf(element: Element, snapshot: SnapshotFrom<typeof widgetMachine>): void {
  const key = storageKeyFor(element);
  const wizard = selectWizard(snapshot).getSnapshot();
  const step = selectStep(wizard);
  const { answers } = wizard.context;
  const { readiness, actionPlan, community, offer, teamDraft, fromLink } = snapshot.context;
  // The builder's partners as codes alone: read back, each is decoded again.
  const team = teamDraft.map(({ label, code }) => ({ label, code })) as TeamDraft;
  const own = step !== 'intro' || Object.keys(answers).length > 0;
  // With only partners so far, they are saved beside the progress still on offer, never over it.
  if (key && !fromLink && (own || team.length > 0))
    saveProgress(key, {
      ...((!own && offer) || { step, answers, readiness, actionPlan, community }),
      team,
      savedAt: new Date().toISOString(),
    });
}

/** The reader's work now (answers, readiness marks, action plan), or null when there is none to lose. */
function currentWork({ actor }: ElementHost): SavedProgress | null {
  const { readiness, actionPlan } = actor.getSnapshot().context;
  const wizard = selectWizard(actor.getSnapshot()).getSnapshot();
  const { answers } = wizard.context;
  return [answers, readiness, actionPlan].some((part) => Object.keys(part).length)
    ? { step: selectStep(wizard), answers, readiness, actionPlan, savedAt: '' }
    : null;
}

/**
 * Replaces the reader's work by `replace` (a restart, a plan file, a share link), keeping what it
 * replaces for an undo: the work shown, else `saved` (progress saved or on offer).
 */
export function replaceWork(host: ElementHost, kind: Undo['kind'], replace: () => void, saved?: SavedProgress | null) {
  const kept = currentWork(host) ?? saved;
  replace();
  if (kept) host.actor.send({ type: 'undo.offer', undo: { kind, saved: kept } });
}

/** Offers progress saved under the element's key; unusable progress is discarded, and `pyp-error` says why. */
export function offerSavedProgress({ element, actor, error }: ElementHost): void {
  const key = storageKeyFor(element);
  if (!key) return;
  void loadProgress(key, actor.getSnapshot().context.content).then((found) => {
    if (found && 'discarded' in found) return error(`Saved progress under "${key}" was discarded: ${found.discarded}.`);
    if (!found) return;
    // The builder's partners come back at once: they replace nothing.
    if (found.team?.length) actor.send({ type: 'team.draft', members: found.team });
    if (
      Object.keys(found.answers).length > 0 &&
      Object.keys(selectWizard(actor.getSnapshot()).getSnapshot().context.answers).length === 0
    )
      actor.send({ type: 'progress.offer', saved: found });
  });
}

/** Clears what was saved, and returns to the start page; an undo brings it all back. */
export function restartAndForget(host: ElementHost): void {
  const { element, actor } = host;
  const { offer } = actor.getSnapshot().context;
  replaceWork(host, 'restart', () => actor.send({ type: 'widget.restart' }), offer);
  const key = storageKeyFor(element);
  // The save the restart asks for finds nothing of the reader's to keep (only the team builder's partners, which stay).
  if (key) clearProgress(key);
}
