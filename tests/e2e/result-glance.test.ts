/**
 * A result a planner can take in at a glance: on the demo agency page, with law enforcement and
 * EMS leading and three strong fits, the six pathways and the planner's actions come first, the
 * whole result stays short with its sections closed, and the sections open by keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PATHWAY_IDS } from '../../data/vocabulary';
import threeStrongFitsAnswers from '../fixtures/three-strong-fits.json';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { uiEn as ui } from '../support/texts';
import { openPage, useBrowser } from './browser';
import { pathwayName } from './quiz';

useBrowser();

/** Law enforcement and EMS leading, three situations: three strong fits. */
const threeStrongFits = threeStrongFitsAnswers;

const SCREEN_HEIGHT = 900;

/** Opens the result, waits for what is drawn a moment later, and scrolls through it once, so that each card has its own height. */
async function openResult(width: number) {
  const page = await openPage('/', { viewport: { width, height: SCREEN_HEIGHT } });
  const widget = page.locator('pick-your-pathway').first();
  await widget.evaluate((el, answers) => ((el as unknown as { answers: unknown }).answers = answers), threeStrongFits);
  await widget.getByRole('button', { name: ui.review.submit }).click();
  await widget.getByRole('region', { name: ui.planner.beforeYouStart }).waitFor();
  for (let y = 0; y < 12_000; y += SCREEN_HEIGHT / 2) await page.mouse.wheel(0, SCREEN_HEIGHT / 2);
  return { page, widget };
}

/** Heights in CSS px from the top of the result: of the result, and to the bottom of the glance and of the print button. */
const figures = (page: Page) =>
  page
    .locator('pick-your-pathway')
    .first()
    .evaluate((el) => {
      const root = el.shadowRoot!;
      const result = root.querySelector('[part="result"]')!.getBoundingClientRect();
      const bottom = (part: string) =>
        root.querySelector(`[part="${part}"]`)!.getBoundingClientRect().bottom - result.top;
      return { height: result.height, glance: bottom('glance'), print: bottom('print-button') };
    });

describe('the result at a glance', () => {
  it.each([
    [1280, 3000],
    [375, 6000],
  ])('at %i px wide: all six pathways and the print button first, the whole at most %i px', async (width, most) => {
    const { page, widget } = await openResult(width);
    const measured = await figures(page);
    console.log(`result at ${width} × ${SCREEN_HEIGHT}, sections closed: ${JSON.stringify(measured)}`);
    expect(measured.height).toBeLessThanOrEqual(most);
    expect(measured.glance).toBeLessThanOrEqual(1.6 * SCREEN_HEIGHT);
    expect(measured.print).toBeLessThanOrEqual(1.6 * SCREEN_HEIGHT);
    if (width === 1280) expect(measured.glance, 'the glance fits the first screen').toBeLessThanOrEqual(SCREEN_HEIGHT);
    const names = await widget
      .getByRole('region', { name: ui.result.glance.title })
      .locator('.glance__name')
      .allInnerTexts();
    expect(names).toEqual(PATHWAY_IDS.map(pathwayName));
  });

  it('says each status in words and gives the rule that keeps a pathway out', async () => {
    const { widget } = await openResult(1280);
    const glance = widget.getByRole('region', { name: ui.result.glance.title });
    const tile = (id: string) => glance.getByRole('listitem').filter({ hasText: pathwayName(id) });
    await tile('naloxone-plus').getByText(ui.result.glance.status.strong).waitFor();
    await tile('community-response').getByText(ui.result.glance.status.out).waitFor();
    const rule = ui.result.glance.reason.rule.replace('{{why}}', ui.result.outWhy.needsBehavioralHealth);
    await tile('community-response').getByText(rule).waitFor();
  });

  it('maps the matched programs by state, in SVG and in words, with no request', async () => {
    const { page, widget } = await openResult(1280);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const result = recommend(parseAnswers(threeStrongFits));
    const states = [...new Set(result.sites.map((s) => s.state))].sort();
    await widget.locator('[part="map"] > summary').click();
    const map = widget.getByRole('img', { name: new RegExp(`the ${states.length} states of these programs`) });
    await map.waitFor();
    expect(await map.locator('.programs-map__tile').count()).toBe(51);
    const marked = await map.locator('.programs-map__tile--marked text:first-of-type').allTextContents();
    expect(marked.sort()).toEqual(states);
    const words = await widget.locator('.programs-map__list li').allInnerTexts();
    expect(words.map((line) => line.split(':')[0])).toEqual(states);
    for (const site of result.sites) expect(words.join('\n')).toContain(site.name);
    expect(requests, 'nothing fetched for the map').toEqual([]);
    // Each state code against its square (axe cannot measure SVG text over a shape): at least 4.5:1.
    const ratios = await map.evaluate((svg) => {
      const luminance = (color: string) => {
        const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      return [...svg.querySelectorAll('g')].map((tile) => {
        const [a, b] = [tile.querySelector('text')!, tile.querySelector('rect')!].map((e) =>
          luminance(getComputedStyle(e).fill),
        );
        return (Math.max(a!, b!) + 0.05) / (Math.min(a!, b!) + 0.05);
      });
    });
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
  });

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
