import { it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { walk, wordsOf } from './a11y';
import { scenarios } from './quiz';
useBrowser();
const measure = (page: any) => page.locator('pick-your-pathway').evaluate((host: any) => {
  const root = host.shadowRoot.querySelector('.pyp');
  const right = root.getBoundingClientRect().right - parseFloat(getComputedStyle(root).paddingRight);
  const out: string[] = [];
  for (const el of host.shadowRoot.querySelectorAll('*')) { const b = el.getBoundingClientRect(); if (b.right > right + 0.5) out.push(`${el.tagName}.${el.className} w=${b.width.toFixed(1)} over=${(b.right-right).toFixed(1)} "${el.textContent.trim().slice(0,60)}" disp=${getComputedStyle(el).display} ow=${getComputedStyle(el).overflowWrap}`); }
  return out.join('\n   ');
});
for (const [path, vp] of [['/', { width: 320, height: 640 }], ['/es.html', { width: 320, height: 640 }]] as const) it('scratch ' + path + vp.width, async () => {
  const page = await openPage(path, { viewport: vp });
  for (const sc of [scenarios[1]!, scenarios[0]!]) {
  await walk(page, wordsOf(path === '/es.html' ? 'es' : 'en'), sc.answers, async (s) => { const m = await measure(page); if (m) console.log(path, s.id, '\n   ' + m); }, { errorsOn: ['lead','situations','population','charging','partners','setting','existing'] });
  await page.locator('pick-your-pathway').evaluate((h: any) => h.restart());
  }
});
