/** The script tag with its published integrity runs; a tampered file is refused by the browser. */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { openPage, recordedEvents, useBrowser } from './browser';

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
    const wrong = integrity()['pick-your-pathway.mjs']!;
    const page = await openPage('/sri.html', {}, { beforeGoto: withSnippet(wrong), waitForWidget: false });
    await page.waitForLoadState('load');
    await expect(page.evaluate(() => customElements.get('pick-your-pathway') === undefined)).resolves.toBe(true);
  });

  /** Opens the SRI page with one file of the first load changed by one statement, which marks the page if it runs. */
  const openTampered = (pattern: RegExp) => {
    const file = Object.keys(integrity()).find((name) => pattern.test(name))!;
    return openPage(
      '/sri.html',
      {},
      {
        waitForWidget: false,
        record: true,
        beforeGoto: async (p) => {
          await withSnippet(integrity()['pick-your-pathway.js']!)(p);
          // The same file with one more statement: what a changed copy on the host would be.
          await p.route(`**/dist/${file}`, async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: `${await response.text()}\nwindow.pypTampered = true;` });
          });
        },
      },
    );
  };
  const tamperedRan = (page: Page) => page.evaluate(() => 'pypTampered' in window);

  it("refuses the first load when the start page's file is not the one built", async () => {
    const page = await openTampered(/^module\/start-/);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    await expect(page.evaluate(() => customElements.get('pick-your-pathway') === undefined)).resolves.toBe(true);
    await expect(tamperedRan(page)).resolves.toBe(false);
  });

  it('refuses the rest of the widget when its file is not the one built, and says so, even on a second try', async () => {
    const page = await openTampered(/^module\/widget-/);
    const widget = page.locator('pick-your-pathway');
    // The start page comes first; Start then tries the rest again, which is refused again.
    await widget.getByRole('button', { name: uiEn.intro.start, exact: true }).click();
    await page.waitForTimeout(500);
    await expect(tamperedRan(page)).resolves.toBe(false);
    await expect(widget.getByRole('button', { name: uiEn.intro.start, exact: true }).isVisible()).resolves.toBe(true);
    const errors = (await recordedEvents(page)).filter((e) => e.type === 'pyp-error');
    expect(errors.length).toBeGreaterThan(0);
  });
});
