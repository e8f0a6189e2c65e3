/** Every literal text key the views use exists in the English UI resources, and none is unused. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { uiEn as ui } from '../support/texts';

// The views, and the selectors that pick a notice's text key (machines/widget.selectors.ts).
const sourcesIn = (folder: string) => {
  const dir = fileURLToPath(new URL(`../../${folder}/`, import.meta.url));
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
    .map((f) => readFileSync(`${dir}${f}`, 'utf8'));
};
const sources = [...sourcesIn('src'), ...sourcesIn('machines')].join('\n');

const leafKeys = (node: unknown, prefix = ''): string[] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];
const uiKeys = leafKeys(ui).map((k) =>
  k.replace(/_(one|other|strong_one|strong_other)$/, (m) => (m.startsWith('_strong') ? '_strong' : '')),
);

describe('UI texts', () => {
  const used = [...sources.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]!);

  it('has every literal key the views use', () => {
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !uiKeys.includes(key))).toEqual([]);
  });

  it('uses every key it has (directly, or as the prefix of a key built from an id)', () => {
    const prefixes = [...sources.matchAll(/\bt\(\s*`([a-zA-Z][\w.]*)\.\$\{/g)].map((m) => `${m[1]}.`);
    // vite.config.ts reads each locale's own name for the switch; src/entries/offline.ts the offline file's presenter button
    const readByBuild = ['language.name', 'workshop.offline.presenter'];
    // Keys kept in tables (shortcuts, statuses) and passed to t() later count when quoted whole.
    const quoted = new Set([...sources.matchAll(/'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]!));
    const unused = uiKeys.filter(
      (key) =>
        !used.includes(key) &&
        !quoted.has(key) &&
        !readByBuild.includes(key) &&
        !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
