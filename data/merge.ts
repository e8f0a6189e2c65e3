/**
 * Merges a validated override into the built-in content: its programs replace built-in ones of
 * the same id or are added; its texts become i18next resources laid over the built-in ones.
 */
import type { Content, Override, Site } from './schema';

/** Texts by language, then namespace. */
export type OverrideTexts = Record<string, Record<string, Record<string, unknown>>>;

/** The effective content: built-in with the override's programs. */
export function mergeContent(base: Content, override: Override): Content {
  if (override.sites.length === 0) return base;
  const added = new Map<string, Site>(override.sites.map(({ description: _description, ...site }) => [site.id, site]));
  const sites = base.sites.map((site) => added.get(site.id) ?? site);
  for (const site of added.values()) if (!base.sites.some((s) => s.id === site.id)) sites.push(site);
  return { ...base, sites };
}

/** The override's texts as resources, program descriptions included under `sites:<id>.description`. */
export function overrideTexts(override: Override): OverrideTexts {
  const texts: OverrideTexts = structuredClone(override.texts) as OverrideTexts;
  for (const site of override.sites) {
    for (const [language, description] of Object.entries(site.description ?? {})) {
      const sites = ((texts[language] ??= {}).sites ??= {}) as Record<string, unknown>;
      sites[site.id] = { ...(sites[site.id] as object | undefined), description };
    }
  }
  return texts;
}
