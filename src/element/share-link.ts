/**
 * A share link in the page address (`#pyp=1.…`): its answers open at review, then the result,
 * without being saved over the reader's own progress. A bad link is explained on the start page.
 */
import { shareCodeFromHash } from '../../machines/share-link';
import { onDemandLoaders } from './parts';
import type { ElementHost } from './host';

/** Opens the link's answers; false when the address has no link. `settled` runs when the reader's own progress may be offered instead. */
export function openShareLink({ actor, error }: ElementHost, settled: () => void): boolean {
  const code = shareCodeFromHash(location.hash);
  if (code === null) return false;
  onDemandLoaders.validate().then(({ decodeAnswers }) => {
    const decoded = decodeAnswers(code);
    if (decoded.ok) return actor.send({ type: 'link.open', answers: decoded.answers });
    actor.send({ type: 'problem', about: 'link', problem: decoded.message });
    error(`Share link not opened: ${decoded.message}`);
    settled();
  }, settled);
  return true;
}
