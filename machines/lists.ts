/** List normalisation shared by answers parsing and editing; no zod, so views can use it alone. */

/** Keeps each id once, in vocabulary order. */
export function normaliseList<T extends string>(ids: readonly T[], vocabulary: readonly T[]): T[] {
  const chosen = new Set(ids);
  return vocabulary.filter((id) => chosen.has(id));
}
