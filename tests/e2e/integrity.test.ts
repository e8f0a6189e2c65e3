/** The script tag with its published integrity runs; a tampered file is refused by the browser. */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { openPage, useBrowser } from './browser';

useBrowser();

const integrity = () =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/integrity.json', import.meta.url)), 'utf8')) as Record<
    string,
    string
  >;

/** A page of the test server with the README's script snippet and the given integrity value. */
const withSnippet = (hash: string) => async (page: Page) =>
  page.route('**/sri.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>SRI</title><script src="/dist/pick-your-pathway.js" integrity="${hash}" crossorigin="anonymous" defer></script></head><body><pick-your-pathway></pick-your-pathway></body></html>`,
    }),
  );

describe('Subresource Integrity', () => {
  it('runs the script with the hash from dist/integrity.json', async () => {
    const page = await openPage('/sri.html', {}, { beforeGoto: withSnippet(integrity()['pick-your-pathway.js']!) });
    await page.locator('pick-your-pathway').getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
  });

  it('refuses the script when its hash does not match', async () => {
    const wrong = integrity()['pick-your-pathway.es.js']!;
    const page = await openPage('/sri.html', {}, { beforeGoto: withSnippet(wrong), waitForWidget: false });
    await page.waitForLoadState('load');
    await expect(page.evaluate(() => customElements.get('pick-your-pathway') === undefined)).resolves.toBe(true);
  });
});
