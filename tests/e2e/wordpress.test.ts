/**
 * The WordPress plugin on a real WordPress (Debian's, with MariaDB and PHP's web server): the
 * shortcode and the block put the widget on a page, it runs in Chromium from the plugin's own
 * folder with its integrity hash, and every attribute is escaped.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { uiEs } from '../support/texts';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { ensureWordPress } from '../../scripts/ensure-wordpress.mjs';
import { openPage, useBrowser } from './browser';
import { completeByMouse, heading, scenarios } from './quiz';
import { startWordPress, type WordPressSite } from './wordpress-site';

useBrowser();

const root = fileURLToPath(new URL('../../', import.meta.url));
let site: WordPressSite;

beforeAll(async () => {
  if (!ensureWordPress()) throw new Error('WordPress, PHP and MariaDB are not installed (see above).');
  execFileSync('node', ['scripts/build-wordpress.mjs'], { cwd: root, stdio: 'ignore' });
  site = await startWordPress(`${root}dist/pick-your-pathway-wordpress.zip`);
  console.log(`WordPress ${site.version} at ${site.url}`);
}, 180_000);

afterAll(() => site?.stop());

/** Opens a WordPress page, noting every request that failed or left the site. */
async function open(address: string): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  const page = await openPage(
    address,
    {},
    {
      beforeGoto: async (p) => {
        p.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText}`));
        p.on('request', (r) => void (!r.url().startsWith(site.url) && problems.push(`left the site: ${r.url()}`)));
      },
    },
  );
  return { page, problems };
}

describe('the WordPress plugin', { timeout: 60_000 }, () => {
  it('puts the widget on a page with the shortcode, served from its own folder with its hash, in Spanish', async () => {
    const { page, problems } = await open(
      site.page('Planificación', '[pick_your_pathway lang="es" heading_level="3"]'),
    );
    const widget = page.locator('pick-your-pathway');
    await widget.getByRole('heading', { name: uiEs.intro.title, exact: true, level: 3 }).waitFor();
    const script = page.locator('script[src*="pick-your-pathway.js"]');
    await expect(script.getAttribute('src')).resolves.toContain(
      '/wp-content/plugins/pick-your-pathway/assets/pick-your-pathway.js',
    );
    await expect(script.getAttribute('integrity')).resolves.toMatch(/^sha384-/);
    expect(problems).toEqual([]);
  });

  it('runs the whole quiz to a result with the planner, on a page made with the block', async () => {
    const { page, problems } = await open(site.page('Plan', '<!-- wp:pick-your-pathway/widget {"lang":"en"} /-->'));
    const widget = page.locator('pick-your-pathway');
    await completeByMouse(widget, scenarios[0]!.answers);
    await heading(widget, uiEn.planner.title).waitFor();
    expect(problems).toEqual([]);
  });

  it('escapes every attribute and leaves out the ones that are not valid', async () => {
    const hostile =
      '[pick_your_pathway lang=\'es" onmouseover="alert(1)\' heading_level="<script>" mode="presenter" persist=\'a"><img src=x onerror=alert(2)>\' content_src="javascript:alert(3)"]';
    const { page } = await open(site.page('Hostile', hostile));
    const element = page.locator('pick-your-pathway');
    await element.waitFor({ state: 'attached' });
    const attributes = await element.evaluate((el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
    // Quotes and markup stay text inside the one attribute (WordPress's own filters may trim the markup first).
    expect(Object.keys(attributes).sort()).toEqual(['mode', 'persist']);
    expect(attributes.mode).toBe('presenter');
    expect(attributes.persist).toMatch(/^a"><img /);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  });
});
