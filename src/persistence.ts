/**
 * Saved progress in localStorage, under the element's `persist` key (`off` disables it; default
 * `pyp:` + the element's id, or `pyp:default`). Storage that is missing, full or blocked is
 * ignored: saving is a convenience, never a reason to fail.
 */
import type { Content } from '../data/schema';
import { normaliseReadiness, type Readiness } from '../machines/readiness';
import { STEP_IDS, type PartialAnswers, type StepId } from '../machines/steps';
import { onDemandLoaders } from './on-demand';

export const PROGRESS_FORMAT = 'pick-your-pathway/progress';
export const PROGRESS_VERSION = 1;

export type SavedProgress = { step: StepId; answers: PartialAnswers; readiness: Readiness; savedAt: string };

/** What was found under the key: nothing, something unusable (and why), or progress to check. */
export type StoredProgress =
  | { kind: 'none' }
  | { kind: 'unusable'; reason: string }
  | { kind: 'found'; step: StepId; answers: unknown; readiness: unknown; savedAt: string };

/** The storage key, or null when saving is off. */
export function storageKeyFor(element: Element): string | null {
  const persist = element.getAttribute('persist')?.trim() ?? '';
  if (persist.toLowerCase() === 'off') return null;
  return persist || `pyp:${element.id || 'default'}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads and unwraps saved progress; the answers themselves are checked by the caller. */
export function readProgress(key: string): StoredProgress {
  let text: string | null | undefined;
  try {
    text = storage()?.getItem(key);
  } catch {
    return { kind: 'none' };
  }
  if (text === null || text === undefined) return { kind: 'none' };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { kind: 'unusable', reason: 'it is not valid JSON' };
  }
  if (!saved || typeof saved !== 'object') return { kind: 'unusable', reason: 'it is not an object' };
  const { format, version, step, answers, readiness, savedAt } = saved as Record<string, unknown>;
  if (format !== PROGRESS_FORMAT) return { kind: 'unusable', reason: 'it is not Pick Your Pathway progress' };
  if (version !== PROGRESS_VERSION)
    return {
      kind: 'unusable',
      reason: `it is in format version ${String(version).slice(0, 20)}, not ${PROGRESS_VERSION}`,
    };
  if (!(STEP_IDS as readonly unknown[]).includes(step)) return { kind: 'unusable', reason: 'its step is unknown' };
  return {
    kind: 'found',
    step: step as StepId,
    answers,
    readiness,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  };
}

export function saveProgress(key: string, progress: SavedProgress): void {
  try {
    storage()?.setItem(key, JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, ...progress }));
  } catch {
    // Full or blocked storage: the quiz goes on without saving.
  }
}

export function clearProgress(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * The progress saved under a key, checked: its answers by the validator (loaded on demand) and
 * its marks against the content. Unusable progress is cleared, and the reason comes back. Null
 * when nothing is saved, no answer is, or the validator cannot be had.
 */
export async function loadProgress(
  key: string,
  content: Content,
): Promise<SavedProgress | { discarded: string } | null> {
  const stored = readProgress(key);
  if (stored.kind === 'none') return null;
  const discard = (reason: string) => {
    clearProgress(key);
    return { discarded: reason };
  };
  if (stored.kind === 'unusable') return discard(stored.reason);
  const validator = await onDemandLoaders.validate().catch(() => null);
  if (!validator) return null;
  const parsed = validator.safeParsePartialAnswers(stored.answers);
  if (!parsed.ok) return discard(`its answers do not fit (${parsed.message})`);
  if (Object.keys(parsed.answers).length === 0) return null;
  const readiness = normaliseReadiness(stored.readiness, content);
  return { step: stored.step, answers: parsed.answers, readiness, savedAt: stored.savedAt };
}
