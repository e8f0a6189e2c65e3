/**
 * A result a planner can take in at a glance: on the demo agency page, with law enforcement and
 * EMS leading and three strong fits, an opening names what to start with, then the six pathways
 * in order of fit and the planner's actions; the whole result stays short with its sections
 * closed, a section opened in one tile leaves its neighbours alone, and the sections open by keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PATHWAY_IDS } from '../../data/vocabulary';
import threeStrongFitsAnswers from '../fixtures/three-strong-fits.json';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { pathwaysEs, uiEn as ui, uiEs } from '../support/texts';
import { openPage, useBrowser } from './browser';
import { pathwayName } from './quiz';

useBrowser();

/** Law enforcement and EMS leading, three situations: three strong fits. */
const threeStrongFits = threeStrongFitsAnswers;

const SCREEN_HEIGHT = 900;

type Language = 'en' | 'es';
/** The demo agency page in each language, and the texts the widget shows there. */
const PAGES = { en: { path: '/', ui }, es: { path: '/es.html', ui: uiEs } } as const;

/** Opens the result, waits for what is drawn a moment later, and scrolls through it once, so that each card has its own height. */
async function openResult(width: number, language: Language = 'en') {
  const texts = PAGES[language].ui;
  const page = await openPage(PAGES[language].path, { viewport: { width, height: SCREEN_HEIGHT } });
  const widget = page.locator('pick-your-pathway').first();
  await widget.evaluate((el, answers) => ((el as unknown as { answers: unknown }).answers = answers), threeStrongFits);
  await widget.getByRole('button', { name: texts.review.submit }).click();
  await widget.getByRole('region', { name: texts.planner.beforeYouStart }).waitFor();
  for (let y = 0; y < 12_000; y += SCREEN_HEIGHT / 2) await page.mouse.wheel(0, SCREEN_HEIGHT / 2);
  return { page, widget };
}

/** Heights in CSS px from the top of the result: of the result, to the bottom of the opening, the glance and the print button, and to the top of the glance. */
const figures = (page: Page) =>
  page
    .locator('pick-your-pathway')
    .first()
    .evaluate((el) => {
      const root = el.shadowRoot!;
      const result = root.querySelector('[part="result"]')!.getBoundingClientRect();
      const box = (part: string) => root.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
      const bottom = (part: string) => box(part).bottom - result.top;
      return {
        height: result.height,
        outcome: bottom('outcome'),
        glanceTop: box('glance').top - result.top,
        glance: bottom('glance'),
        print: bottom('print-button'),
      };
    });

/** A pathway's name in a language. */
const nameIn = (language: Language, id: string) =>
  language === 'en' ? pathwayName(id) : (pathwaysEs as Record<string, { name: string }>)[id]!.name;

/** The strong fits of the fixture, named as the opening names them. */
const strongFits = (language: Language = 'en') =>
  recommend(parseAnswers(threeStrongFits))
    .pathways.filter((p) => p.fit === 'strong')
    .map((p) => nameIn(language, p.id));

describe('the result at a glance', () => {
  it.each([
    [1280, 3000, 'en'],
    [375, 6000, 'en'],
    [1280, 3000, 'es'],
    [375, 6000, 'es'],
  ] as const)(
    'at %i px wide: the opening names every strong fit above all six pathways in order of fit, the whole at most %i px (%s)',
    async (width, most, language) => {
      const ui = PAGES[language].ui;
      const strongFits_ = strongFits(language);
      const { page, widget } = await openResult(width, language);
      const measured = await figures(page);
      console.log(`result (${language}) at ${width} × ${SCREEN_HEIGHT}, sections closed: ${JSON.stringify(measured)}`);
      expect(measured.height).toBeLessThanOrEqual(most);
      // The opening, on the first screen, above the tiles, names each strong fit and offers the brief.
      expect(measured.outcome).toBeLessThanOrEqual(SCREEN_HEIGHT);
      expect(measured.outcome).toBeLessThanOrEqual(measured.glanceTop);
      expect(measured.print).toBeLessThanOrEqual(measured.outcome);
      const opening = await widget.locator('[part="outcome"] .outcome__title').innerText();
      for (const name of strongFits_) expect(opening).toContain(name);
      // The six tiles start on the first screen, right under the opening, and end within two.
      expect(measured.glanceTop).toBeLessThanOrEqual(SCREEN_HEIGHT);
      expect(measured.glance).toBeLessThanOrEqual(2 * SCREEN_HEIGHT);
      if (width === 1280)
        expect(measured.glance, 'the glance fits the first screen').toBeLessThanOrEqual(SCREEN_HEIGHT);
      const glance = widget.getByRole('region', { name: ui.result.glance.title });
      const names = await glance.locator('.glance__name').allInnerTexts();
      expect([...names].sort()).toEqual(PATHWAY_IDS.map((id) => nameIn(language, id)).sort());
      // Strong fits first, then possible, running, not for now.
      const order = Object.values(ui.result.glance.status);
      const ranks = (await glance.locator('.glance__status').allInnerTexts()).map((s) => order.indexOf(s.trim()));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(names.slice(0, strongFits_.length).sort()).toEqual([...strongFits_].sort());
    },
  );

  it('opening a section in one tile leaves the other tiles of its row as tall as they were', async () => {
    const { page, widget } = await openResult(1280);
    const tiles = widget.getByRole('region', { name: ui.result.glance.title }).getByRole('listitem');
    const boxes = async () => Promise.all((await tiles.all()).map(async (tile) => (await tile.boundingBox())!));
    const before = await boxes();
    const row = before.filter((box) => Math.abs(box.y - before[0]!.y) < 1);
    expect(row.length, 'the first row holds several tiles').toBeGreaterThan(1);
    await tiles.first().locator('summary').click();
    await tiles.first().locator('.details__text').waitFor();
    const after = await boxes();
    expect(after[0]!.height, 'the opened tile grows').toBeGreaterThan(before[0]!.height);
    for (let i = 1; i < row.length; i++) expect(after[i]!.height).toBeCloseTo(before[i]!.height, 0);
    await page.close();
  });

  it('says each status in words and what keeps a pathway out', async () => {
    const { widget } = await openResult(1280);
    const glance = widget.getByRole('region', { name: ui.result.glance.title });
    const tile = (id: string) => glance.getByRole('listitem').filter({ hasText: pathwayName(id) });
    await tile('naloxone-plus').getByText(ui.result.glance.status.strong).waitFor();
    await tile('community-response').getByText(ui.result.glance.status.out).waitFor();
    await tile('community-response').getByText(ui.result.outWhy['behavioral-health-team']).waitFor();
  });

  it.each([375, 1280])(
    'at %i px wide lists the matched programs by state, each named with its pathways, with no request',
    async (width) => {
      const { page, widget } = await openResult(width);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const result = recommend(parseAnswers(threeStrongFits));
      const states = [...new Set(result.sites.map((s) => s.state))].sort();
      await widget.locator('[part="map"] > summary').click();
      const map = widget.locator('.programs-map');
      await map.waitFor();
      expect(await map.locator('dt').allInnerTexts()).toEqual(states);
      for (const site of result.sites) {
        // Under its state, with the names of its pathways.
        const entry = map.locator('.programs-map__state').filter({ has: page.locator('dt', { hasText: site.state }) });
        const line = entry.locator('dd').filter({ hasText: site.name });
        const text = await line.innerText();
        for (const id of site.pathways) expect(text).toContain(pathwayName(id));
      }
      // Readable on a phone: nothing wider than the widget, text at least 14 px.
      const { overflow, smallest } = await map.evaluate((el) => ({
        overflow: el.scrollWidth - el.clientWidth,
        smallest: Math.min(...[...el.querySelectorAll('dt, dd')].map((n) => parseFloat(getComputedStyle(n).fontSize))),
      }));
      expect(overflow).toBeLessThanOrEqual(0);
      expect(smallest).toBeGreaterThanOrEqual(14);
      expect(requests, 'nothing fetched for the map').toEqual([]);
    },
  );

  it('stays readable on a projector: in presenter mode no text of the glance is under 18 px at 1280 × 720', async () => {
    const page = await openPage('/workshop.html', { viewport: { width: 1280, height: 720 } });
    const widget = page.locator('pick-your-pathway').first();
    await widget.evaluate(
      (el, answers) => ((el as unknown as { answers: unknown }).answers = answers),
      threeStrongFits,
    );
    await widget.getByRole('button', { name: ui.review.submit }).click();
    const glance = widget.getByRole('region', { name: ui.result.glance.title });
    await glance.waitFor();
    const sizes = await glance
      .locator('p, summary')
      .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize)));
    expect(sizes.length).toBeGreaterThanOrEqual(6 * 4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  });

  it('opens every section by keyboard with "Show all sections", and draws a closed one only once opened', async () => {
    const { page, widget } = await openResult(1280);
    const firstCard = widget.getByRole('article').first();
    const checklist = firstCard.getByRole('group', { name: ui.planner.readiness, exact: true });
    expect(await checklist.count(), 'not drawn while closed').toBe(0);
    const showAll = widget.getByRole('button', { name: ui.result.glance.showAll });
    await showAll.focus();
    await page.keyboard.press('Enter');
    await checklist.waitFor();
    // The result's own sections; a planning point's action form inside one stays for the reader to open.
    const closed = widget.locator(
      '[part="glance"] details:not([open]), [part="pathway-card"] details:not([open]):not(.action__details)',
    );
    expect(await closed.count()).toBe(0);
    const hideAll = widget.getByRole('button', { name: ui.result.glance.hideAll });
    expect(await hideAll.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await widget.locator('[part="planning-points"][open]').count()).toBe(0);
    // One section by keyboard: its summary takes Enter.
    await firstCard.locator('[part="planning-points"] > summary').focus();
    await page.keyboard.press('Enter');
    await checklist.waitFor();
  });
});
