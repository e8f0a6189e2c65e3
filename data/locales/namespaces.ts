/**
 * How prose files map to i18next namespaces: `<namespace>.json`, and `<namespace>.<part>.json`
 * for a part of it that comes with another file (`ui.planner.json` with the planner's file,
 * `pathways.details.json` with the details file). Parts merge deeply into their namespace.
 */
/** Texts by language, then namespace. */
export type Texts = Record<string, Record<string, Record<string, unknown>>>;

/** The i18next namespaces of the prose. */
export const TEXT_NAMESPACES = ['ui', 'pathways', 'questions', 'reasons', 'sites', 'resources'] as const;

/** `ui.planner.json` → `ui`. */
export const namespaceOf = (fileName: string): string => fileName.split('.')[0]!;

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `into` with `part` merged in, deeply (a new object; neither argument changes). */
export function mergeTree(into: Tree, part: Tree): Tree {
  const merged: Tree = { ...into };
  for (const [key, value] of Object.entries(part))
    merged[key] = isTree(value) && isTree(merged[key]) ? mergeTree(merged[key], value) : value;
  return merged;
}

/** Texts of one language from its files, as `[file name, texts]` pairs. */
export function textsOfFiles(language: string, files: readonly (readonly [string, Tree])[]): Texts {
  const namespaces: Record<string, Tree> = {};
  for (const [file, tree] of files) {
    const namespace = namespaceOf(file);
    namespaces[namespace] = mergeTree(namespaces[namespace] ?? {}, tree);
  }
  return { [language]: namespaces };
}
