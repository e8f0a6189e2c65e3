/**
 * Saved progress in localStorage, under the element's `persist` key (`off` disables it; default
 * `pyp:` + the element's id, or `pyp:default`). Storage that is missing, full or blocked is
 * ignored: saving is a convenience, never a reason to fail. What was saved is checked by the
 * validator file (machines/saved-progress.ts) when it is read back.
 */
import type { Content } from '../../data/schema';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../../machines/progress-format';
import type { SavedProgress } from '../../machines/widget.machine';
import { onDemandLoaders } from './parts';

export { PROGRESS_FORMAT };
export type { SavedProgress };

/** The storage key, or null when saving is off. */
export function storageKeyFor(element: Element): string | null {
  const persist = element.getAttribute('persist')?.trim() ?? '';
  if (persist.toLowerCase() === 'off') return null;
  return persist || `pyp:${element.id || 'default'}`;
}

/** Runs a storage call; blocked or full storage gives null. */
function withStorage<T>(use: (storage: Storage) => T): T | null {
  try {
    return use(window.localStorage);
  } catch {
    return null;
  }
}

/** Saves progress; the stored format names the action plan `actions`, as plan files do. */
export function saveProgress(key: string, { actionPlan, ...progress }: SavedProgress): void {
  withStorage((s) =>
    s.setItem(
      key,
      JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, ...progress, actions: actionPlan }),
    ),
  );
}

export function clearProgress(key: string): void {
  withStorage((s) => s.removeItem(key));
}

/**
 * The progress saved under a key, checked. Unusable progress is cleared, and the reason comes
 * back. Null when nothing is saved, no answer is, or the validator cannot be had.
 */
export async function loadProgress(
  key: string,
  content: Content,
): Promise<SavedProgress | { discarded: string } | null> {
  const text = withStorage((s) => s.getItem(key));
  if (text === null) return null;
  const validator = await onDemandLoaders.validate().catch(() => null);
  const found = validator?.parseSavedProgress(text, content) ?? null;
  if (found && 'discarded' in found) clearProgress(key);
  return found;
}
