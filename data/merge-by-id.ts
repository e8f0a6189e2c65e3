/** Items of `added` replace those of `base` with the same id; the others are appended. */
export function mergeById<T extends { id: string }>(base: readonly T[], added: readonly T[]): T[] {
  const byId = new Map(added.map((item) => [item.id, item]));
  return [
    ...base.map((item) => byId.get(item.id) ?? item),
    ...added.filter((item) => !base.some((b) => b.id === item.id)),
  ];
}
