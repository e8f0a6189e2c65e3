/**
 * Merges a validated override into the built-in content: its programs replace built-in ones of
 * the same id or are added (their `source` is the agency's own note, not shown); its texts become i18next resources laid over the built-in ones.
 */
import type { Content, Override, Resource, Site } from './schema';
import { mergeById } from './merge-by-id';

/** Texts by language, then namespace. */
export type OverrideTexts = Record<string, Record<string, Record<string, unknown>>>;

/** The effective content: built-in with the override's programs. */
export function mergeContent(base: Content, override: Override): Content {
  if (override.sites.length === 0) return base;
  const sites = mergeById<Site>(
    base.sites,
    override.sites.map(({ description: _description, source: _source, ...site }) => site),
  );
  return { ...base, sites };
}

/** The override's own resources (the built-in ones load with the planner, which merges them by id). */
export function overrideResources(override: Override): Resource[] {
  return override.resources.map(({ description: _description, source: _source, ...resource }) => resource);
}

/** The override's texts as resources, program descriptions included under `sites:<id>.description`. */
export function overrideTexts(override: Override): OverrideTexts {
  const texts: OverrideTexts = structuredClone(override.texts) as OverrideTexts;
  for (const [namespace, items] of [
    ['sites', override.sites],
    ['resources', override.resources],
  ] as const) {
    for (const item of items) {
      for (const [language, description] of Object.entries(item.description ?? {})) {
        const resources = ((texts[language] ??= {})[namespace] ??= {}) as Record<string, unknown>;
        resources[item.id] = { ...(resources[item.id] as object | undefined), description };
      }
    }
  }
  return texts;
}
