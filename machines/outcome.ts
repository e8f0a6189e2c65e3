/**
 * What a result says first, for the result's opening, the printed brief, the team page and
 * presenter mode alike: which pathways to start with, and the six pathways in order of fit.
 */
import type { PathwayId } from '../data/vocabulary';
import type { GlanceRow, GlanceStatus } from './at-a-glance';
import type { Recommendation } from './recommend';

/**
 * Start with the strong fits (best first), else with the one possible fit; or nothing is left to
 * start: every pathway the answers allow already runs (`running`).
 */
export type Outcome =
  { kind: 'strong' | 'possible'; start: PathwayId[] } | { kind: 'running'; start: []; running: PathwayId[] };

export function outcomeOf(result: Recommendation): Outcome {
  const strong = result.pathways.filter((p) => p.fit === 'strong').map((p) => p.id);
  if (strong.length > 0) return { kind: 'strong', start: strong };
  const possible = result.pathways.map((p) => p.id);
  if (possible.length > 0) return { kind: 'possible', start: possible };
  return { kind: 'running', start: [], running: result.existing };
}

const FIT_ORDER: readonly GlanceStatus[] = ['strong', 'possible', 'running', 'out'];

/**
 * The six pathways in order of fit: strong, possible, running, out. Strong fits keep the
 * recommendation's order (best first); the others keep the fixed order.
 */
export function byFit(rows: readonly GlanceRow[], result: Recommendation): GlanceRow[] {
  const rank = (row: GlanceRow) => {
    const recommended = result.pathways.findIndex((p) => p.id === row.pathway);
    return FIT_ORDER.indexOf(row.status) * 100 + (recommended === -1 ? 0 : recommended);
  };
  // Array.prototype.sort is stable: rows of one status keep their fixed order.
  return [...rows].sort((a, b) => rank(a) - rank(b));
}
