/**
 * Readiness marks: for each recommended pathway, the critical elements a community already has in
 * place. Pure; anything that names no known pathway or element is dropped.
 */
import type { Content } from '../data/schema';
import { PATHWAY_IDS, type PathwayId } from '../data/vocabulary';

export type Readiness = Partial<Record<PathwayId, string[]>>;

/** Keeps known pathways and their known elements, once each, in content order. */
export function normaliseReadiness(raw: unknown, content: Content): Readiness {
  const readiness: Readiness = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return readiness;
  for (const pathway of content.pathways) {
    const marked = (raw as Record<string, unknown>)[pathway.id];
    if (!Array.isArray(marked) || !(PATHWAY_IDS as readonly string[]).includes(pathway.id)) continue;
    const ids = pathway.elements.map((e) => e.id).filter((id) => marked.includes(id));
    if (ids.length > 0) readiness[pathway.id] = ids;
  }
  return readiness;
}

/** Marks or unmarks one element of a pathway. */
export function toggleReadiness(
  readiness: Readiness,
  pathway: PathwayId,
  element: string,
  content: Content,
): Readiness {
  const current = readiness[pathway] ?? [];
  const next = current.includes(element) ? current.filter((id) => id !== element) : [...current, element];
  return normaliseReadiness({ ...readiness, [pathway]: next }, content);
}
