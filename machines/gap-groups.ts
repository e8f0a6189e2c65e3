/**
 * A pathway's gaps as a planner reads them: the members of one partner group together (any one
 * of them is enough), then the situation a possible fit lacks. `recommend()` keeps the
 * contract's flat list of `key:id` gaps; this only groups it.
 */
import type { Pathway } from '../data/schema';
import type { PartnerId } from '../data/vocabulary';

/** One line of "what you still need": partners of which any one will do, or another gap id. */
export type GapLine = { kind: 'partners'; ids: PartnerId[] } | { kind: 'other'; id: string };

export function groupGaps(pathway: Pathway, gaps: readonly string[]): GapLine[] {
  const missing = new Set(gaps);
  const lines: GapLine[] = [];
  for (const group of pathway.partnerGroups) {
    const ids = group.filter((id) => missing.has(`partners:${id}`));
    if (ids.length === 0) continue;
    lines.push({ kind: 'partners', ids });
    for (const id of ids) missing.delete(`partners:${id}`);
  }
  for (const id of gaps) if (missing.has(id)) lines.push({ kind: 'other', id });
  return lines;
}
