/**
 * An agency's override, checked against the widget: its shape (zod), and its texts, which may
 * only replace texts the widget has (a typo would otherwise be silently ignored) or describe
 * programs and resources it adds. Gives the effective content, the agency's resources, and the
 * texts to lay on top.
 */
import { describeIssues, type ContentIssue } from './issues';
import { mergeContent, overrideResources, overrideTexts, type OverrideTexts } from './merge';
import { parseOverride } from './parse';
import type { Content, Resource } from './schema';

export type AppliedOverride =
  | { ok: true; content: Content; resources: Resource[]; texts: OverrideTexts }
  | { ok: false; message: string; issues: ContentIssue[] };

/**
 * `base`: the built-in content (passed in, so the validator file does not carry a second copy);
 * `hasEnglishText(namespace, key)`: whether the widget has that text (the details file loaded).
 */
export function applyOverride(
  input: unknown,
  base: Content,
  hasEnglishText: (namespace: string, key: string) => boolean,
): AppliedOverride {
  const parsed = parseOverride(input);
  if (!parsed.ok) return parsed;
  const texts = overrideTexts(parsed.override);
  const newSites = new Set(parsed.override.sites.map((s) => s.id).filter((id) => !base.sites.some((s) => s.id === id)));
  // Built-in resource texts come with the details file, so every override resource may describe itself.
  const newResources = new Set(parsed.override.resources.map((r) => r.id));
  const issues: ContentIssue[] = [];
  const walk = (language: string, namespace: string, node: unknown, path: string[]) => {
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(language, namespace, child, [...path, key]);
      return;
    }
    const added = namespace === 'sites' ? newSites : namespace === 'resources' ? newResources : null;
    const describesNewItem =
      added !== null && added.has(path[0] ?? '') && path[1] === 'description' && path.length === 2;
    if (!describesNewItem && !hasEnglishText(namespace, path.join('.'))) {
      issues.push({ path: ['texts', language, namespace, ...path].join('.'), message: 'No such text in the widget' });
    }
  };
  for (const [language, namespaces] of Object.entries(texts)) {
    for (const [namespace, tree] of Object.entries(namespaces)) walk(language, namespace, tree, []);
  }
  if (issues.length > 0) return { ok: false, message: describeIssues(issues), issues };
  return {
    ok: true,
    content: mergeContent(base, parsed.override),
    resources: overrideResources(parsed.override),
    texts,
  };
}
