/**
 * What the script does not carry, checked against the content it belongs to: the built-in
 * resources (loaded with the planner's file), the sources, and the citations that tie every
 * pathway, planning point, program and resource to where its facts come from. The citations and
 * sources are never shipped: the tests and the build read them.
 */
import * as z from 'zod/mini';
import citations from './citations.json';
import type { ContentIssue } from './issues';
import { builtInResources } from './resources';
import { CitationsSchema, ResourceSchema, SourceSchema, type Content } from './schema';
import sources from './sources.json';

export const LibrarySchema = z.object({
  resources: z.array(ResourceSchema),
  sources: z.array(SourceSchema),
  citations: CitationsSchema,
});
export type Library = z.infer<typeof LibrarySchema>;

export const builtInLibrary = { resources: builtInResources, sources, citations } as Library;

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/** Every problem: a bad shape, an id listed twice, an unknown id, or a fact with no citation. */
export function libraryIssues(input: unknown, content: Content): ContentIssue[] {
  const parsed = LibrarySchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const library = parsed.data;
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  for (const id of duplicates(library.resources.map((r) => r.id))) add('resources', `Duplicate resource id "${id}"`);
  for (const id of duplicates(library.sources.map((s) => s.id))) add('sources', `Duplicate source id "${id}"`);
  const siteIds = new Set(content.sites.map((s) => s.id));
  library.resources.forEach((r, i) =>
    (r.sites ?? []).forEach((id) => siteIds.has(id) || add(`resources.${i}.sites`, `Unknown program "${id}"`)),
  );
  const sourceIds = new Set(library.sources.map((s) => s.id));
  const checkSources = (ids: readonly string[], path: string) =>
    ids.forEach((id) => sourceIds.has(id) || add(path, `Unknown source "${id}"`));
  const { citations: cited } = library;
  for (const pathway of content.pathways) {
    const entry = cited.pathways[pathway.id];
    if (!entry) {
      add(`citations.pathways.${pathway.id}`, 'No sources for this pathway');
      continue;
    }
    checkSources(entry.sources, `citations.pathways.${pathway.id}.sources`);
    for (const element of pathway.elements) {
      const ids = entry.elements[element.id];
      if (ids) checkSources(ids, `citations.pathways.${pathway.id}.elements.${element.id}`);
      else add(`citations.pathways.${pathway.id}.elements.${element.id}`, 'No sources for this planning point');
    }
    for (const id of Object.keys(entry.elements))
      if (!pathway.elements.some((e) => e.id === id))
        add(`citations.pathways.${pathway.id}.elements.${id}`, 'No such planning point');
  }
  for (const [kind, items] of [
    ['sites', content.sites],
    ['resources', library.resources],
  ] as const) {
    for (const { id } of items) if (!cited[kind][id]) add(`citations.${kind}.${id}`, 'No source for this entry');
    const known = new Set(items.map((item) => item.id));
    for (const id of Object.keys(cited[kind]))
      if (!known.has(id)) add(`citations.${kind}.${id}`, 'Cites nothing listed');
  }
  return issues;
}
