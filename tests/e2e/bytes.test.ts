/**
 * What a reader downloads, measured in the browser: the widget's files a page requests until its
 * start page, and on the English journey to the result, by script tag and by ES module alike,
 * each file's bytes compressed as a server would (gzip -9), against the budgets of
 * scripts/budgets.mjs. The build checks the same budgets on the files its manifest names; this
 * checks that those are the files a browser fetches.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { FIRST_LOAD_BUDGET, gzipBytes, JOURNEY_BUDGET, parts } from '../../scripts/budgets.mjs';
import { uiEn } from '../support/texts';
import { openPage, useBrowser } from './browser';
import { completeByMouse, scenarios } from './quiz';

useBrowser();

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

async function open(path: string) {
  const requested = new Set<string>();
  const page = await openPage(
    path,
    {},
    {
      beforeGoto: async (p) =>
        void p.on('requestfinished', (r) => {
          const { pathname } = new URL(r.url());
          if (pathname.startsWith('/dist/')) requested.add(pathname.slice('/dist/'.length));
        }),
    },
  );
  return { page, requested };
}

const bytes = (files: Set<string>) => [...files].reduce((sum, file) => sum + gzipBytes(join(dist, file)), 0);

describe('bytes a reader downloads', () => {
  for (const [how, path] of [
    ['by script tag', '/'],
    ['by ES module', '/module.html'],
  ] as const) {
    it(`${how}: the start page within ${FIRST_LOAD_BUDGET} B gzip, the journey to the result within ${JOURNEY_BUDGET} B`, async () => {
      const { page, requested } = await open(path);
      await page.getByRole('button', { name: uiEn.intro.start, exact: true }).waitFor();
      // A reader's first look: the parts fetched while the first question is read come after Start.
      await page.waitForLoadState('networkidle');
      const first = bytes(requested);
      expect(first, [...requested].join(', ')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
      // By mouse, as a reader would: no answers handed in, so no validator.
      await completeByMouse(page.locator('pick-your-pathway'), scenarios[0]!.answers);
      await page.waitForLoadState('networkidle');
      // The brief and its QR code are fetched once the result is drawn, to be ready for printing:
      // like the details, they are not part of the journey the budget holds (scripts/budgets.mjs).
      const forPrinting = new Set(
        (parts() as { name: string; files: string[] }[])
          .filter((part) => /brief|features\/qr/.test(part.name))
          .flatMap((part) => part.files),
      );
      const journey = bytes(new Set([...requested].filter((file) => !forPrinting.has(file))));
      expect(journey, [...requested].join(', ')).toBeLessThanOrEqual(JOURNEY_BUDGET);
      expect(journey).toBeGreaterThan(first);
    });
  }
});
