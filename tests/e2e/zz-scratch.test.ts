import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { walk, wordsOf } from './a11y';
import { scenarios } from './quiz';
useBrowser();
const require = createRequire(import.meta.url);
const src = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
it('scratch', async () => {
  for (const path of ['/', '/dark.html']) {
  const page = await openPage(path);
  await page.evaluate(src);
  await walk(page, wordsOf('en'), scenarios[1]!.answers, async (s) => {
    const r = await page.evaluate(async () => {
      const res = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] }, rules: { 'color-contrast': { enabled: true } } });
      const cc = res.passes.find((p: any) => p.id === 'color-contrast');
      return { passes: res.passes.length, ccNodes: cc?.nodes.length, shadowCc: cc?.nodes.filter((n: any) => Array.isArray(n.target[0])).length,
        incomplete: res.incomplete.map((i: any) => `${i.id}: ${i.nodes.length} ${i.nodes.slice(0,3).map((n: any) => JSON.stringify(n.target) + ' ' + (n.any[0]?.message ?? '')).join(' | ')}`), inapplicable: res.inapplicable.length };
    });
    console.log(path, s.id, JSON.stringify(r));
  }, { errorsOn: ['lead'] });
  }
});
