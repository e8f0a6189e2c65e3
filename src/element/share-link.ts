/**
 * A share link in the page address (`#pyp=1.…`): its answers open at review, then the result,
 * without being saved over the reader's own progress, which an undo brings back. A bad link is
 * explained on the start page.
 */
import { shareCodeFromHash } from '../../machines/share-link';
import { onDemandLoaders } from './parts';
import type { ElementHost } from './host';
import { loadProgress, storageKeyFor } from './persistence';
import { replaceWork } from './progress';

/** Opens the link's answers; false when the address has no link. `settled` runs when the reader's own progress may be offered instead. */
export function openShareLink(host: ElementHost, settled: () => void): boolean {
  const { actor, error, element } = host;
  const code = shareCodeFromHash(location.hash);
  if (code === null) return false;
  const key = storageKeyFor(element);
  onDemandLoaders.validate().then(async ({ decodeAnswers }) => {
    const decoded = decodeAnswers(code);
    if (decoded.ok) {
      // The reader's own saved work is not saved over; the undo leads back to it.
      const saved = key ? await loadProgress(key, actor.getSnapshot().context.content) : null;
      return replaceWork(
        host,
        'link',
        () => actor.send({ type: 'link.open', answers: decoded.answers }),
        saved && !('discarded' in saved) ? saved : null,
      );
    }
    actor.send({ type: 'problem', about: 'link', problem: decoded.message });
    error(`Share link not opened: ${decoded.message}`);
    settled();
  }, settled);
  return true;
}
