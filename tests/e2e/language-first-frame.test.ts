/**
 * A Spanish page speaks Spanish from its first frame: with the Spanish file slowed, the widget's
 * headings are sampled on every frame from before the script runs. None may be English; the
 * widget must end in Spanish. When the file fails, or is overdue, English comes with a notice.
 */
// @ts-expect-error: a plain ES module of the build scripts, without types
import { languageFile } from '../../scripts/budgets.mjs';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { uiEs } from '../support/texts';
import { eventually, openPage, useBrowser } from './browser';

useBrowser();

const SPANISH_FILE = `**/${languageFile('es')}`;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs in the page before its scripts: on every frame, the widget's visible headings. */
function sampleHeadings() {
  const w = window as unknown as { pypHeadings: string[][] };
  w.pypHeadings = [];
  const sample = () => {
    const root = document.querySelector('pick-your-pathway')?.shadowRoot;
    const headings = root ? [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')] : [];
    w.pypHeadings.push(
      headings
        .filter((h) => h.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        .map((h) => (h.textContent ?? '').trim()),
    );
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** Every English text of the widget's own interface, to spot any of them on screen. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  return node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
}
const englishTexts = new Set(strings(uiEn));

/** The demo agency page (English) with the element itself marked `lang="es"`. */
async function spanishElementOnEnglishPage(page: Page) {
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<pick-your-pathway>', '<pick-your-pathway lang="es">');
    await route.fulfill({ response, body: html });
  });
}

const slowSpanish = (ms: number) => async (page: Page) =>
  page.route(SPANISH_FILE, async (route: Route) => {
    await delay(ms);
    await route.continue();
  });

async function open(path: string, ...setUp: ((page: Page) => Promise<unknown>)[]) {
  return openPage(
    path,
    {},
    {
      waitForWidget: false,
      beforeGoto: async (page) => {
        await page.addInitScript(sampleHeadings);
        for (const step of setUp) await step(page);
      },
    },
  );
}

const headingsSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { pypHeadings: string[][] }).pypHeadings);
const widget = (page: Page) => page.locator('pick-your-pathway');

describe('a Spanish reader on a slow connection', () => {
  for (const [where, path, setUp] of [
    ['a Spanish page', '/es.html', null],
    ['a lang="es" element on an English page', '/', spanishElementOnEnglishPage],
  ] as const) {
    it(`sees no English heading on ${where} while the Spanish file takes 1.5 s, then Spanish`, async () => {
      const page = await open(path, ...(setUp ? [setUp] : []), slowSpanish(1500));
      await widget(page).getByRole('heading', { name: uiEs.intro.title, exact: true }).waitFor({ timeout: 8_000 });
      const frames = await headingsSeen(page);
      expect(frames.length, 'frames sampled').toBeGreaterThan(10);
      const english = frames.flat().filter((text) => englishTexts.has(text));
      expect(english, 'English headings seen before Spanish').toEqual([]);
      expect(frames.at(-1)).toContain(uiEs.intro.title);
      // While it waited, the region said it was busy and kept its place.
      await expect(widget(page).getByRole('region').getAttribute('aria-busy')).resolves.toBeNull();
    });
  }

  it('marks the region busy and lets nothing be clicked while the file is on its way', async () => {
    const page = await open('/es.html', slowSpanish(1500));
    const busy = widget(page).locator('[part="base"][aria-busy="true"]');
    await busy.waitFor({ state: 'attached' });
    // The start page drawn first is replaced in place by the full widget's, busy too: measure the one there now.
    let box: Awaited<ReturnType<typeof busy.boundingBox>> = null;
    // The start page keeps its space.
    await expect.poll(async () => (box = await busy.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    await expect(widget(page).getByRole('button').count(), 'no button is reachable').resolves.toBe(0);
    await widget(page).getByRole('heading', { name: uiEs.intro.title, exact: true }).waitFor({ timeout: 8_000 });
    const after = await widget(page).locator('[part="base"]').boundingBox();
    expect(Math.abs(after!.y - box!.y), 'no layout shift at the top').toBeLessThan(1);
  });
});

describe('when the Spanish file cannot be had', () => {
  it('shows English with the notice when the file fails, and Spanish once a later try succeeds', async () => {
    let fail = true;
    const page = await open('/es.html', (p) =>
      p.route(SPANISH_FILE, (route) => (fail ? route.abort() : route.continue())),
    );
    const notice = uiEn.language.loadFailed.replace('{{language}}', uiEs.language.name);
    await widget(page).getByRole('status').filter({ hasText: notice }).waitFor();
    await widget(page).getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
    // The reader's next action tries again.
    fail = false;
    await widget(page).getByRole('button', { name: uiEn.intro.start, exact: true }).click();
    await eventually(() => widget(page).locator('[part="base"]').getAttribute('lang')).toBe('es');
    await expect(widget(page).getByRole('status').filter({ hasText: notice }).count()).resolves.toBe(0);
  });

  it('shows English with the notice when the file is overdue, then switches when it arrives', async () => {
    const page = await open('/es.html', slowSpanish(4500));
    const notice = uiEn.language.loadFailed.replace('{{language}}', uiEs.language.name);
    await widget(page).getByRole('status').filter({ hasText: notice }).waitFor({ timeout: 6_000 });
    await widget(page).getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
    await widget(page).getByRole('heading', { name: uiEs.intro.title, exact: true }).waitFor({ timeout: 8_000 });
  });
});
