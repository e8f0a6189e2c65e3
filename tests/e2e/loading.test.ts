/**
 * What the widget loads, and when: the first load (the script, the graph's entry and its chunk)
 * alone until the quiz begins; the result's files
 * (the result page, the planner's tools) fetched while the planner reads a question, so that the
 * result draws once, whole; the parts under the result drawn a moment after it; the longer prose
 * (the details file) once a section of the result opens.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { firstLoad, journey, partFile } from '../../scripts/budgets.mjs';
import { pathwaysEn, uiEn } from '../support/texts';
import { eventually, openPage, useBrowser } from './browser';
import { prompt, scenarios } from './quiz';

useBrowser();

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const widgetFiles = (requested: string[]) => [...new Set(requested.filter((path) => path.startsWith('/dist/')))].sort();

async function open() {
  const requested: string[] = [];
  const page = await openPage(
    '/',
    {},
    { beforeGoto: async (p) => void p.on('request', (r) => requested.push(new URL(r.url()).pathname)) },
  );
  return { page, requested };
}

describe('loading', () => {
  it('needs only the first load for the start page, however long the planner stays on it', async () => {
    const { page, requested } = await open();
    await button(page, uiEn.intro.start).waitFor();
    await page.waitForTimeout(1500); // idle time in which nothing more may be fetched
    expect(widgetFiles(requested)).toEqual((firstLoad() as string[]).map((file) => `/dist/${file}`).sort());
  });

  it("fetches the result's files while the planner reads the first question, then draws the result with them at once", async () => {
    const { page, requested } = await open();
    await button(page, uiEn.intro.start).click();
    await page.getByRole('group', { name: prompt('lead'), exact: true }).waitFor();
    // The journey the build holds to its byte budget (scripts/budgets.mjs), and nothing more.
    await eventually(() => widgetFiles(requested), 'fetched while on the first question').toEqual(
      (journey() as string[]).map((file) => `/dist/${file}`).sort(),
    );
    // Answers by property (validated by the validator file), then straight to the result.
    const scenario = scenarios[0]!;
    await page.locator('pick-your-pathway').evaluate((el, answers) => {
      (el as HTMLElement & { answers: unknown }).answers = answers;
    }, scenario.answers);
    await button(page, uiEn.review.submit).click();
    await page.getByRole('heading', { name: uiEn.result.title }).waitFor();
    // The planner's count is in the first drawing of the cards: nothing replaced later.
    const first = page.getByRole('article').first();
    await expect(first.locator('details[part="planning-points"] > summary').textContent()).resolves.toMatch(
      /\(0 of \d+ in place\)$/,
    );
    // Under the cards, a moment later: the checks before you start.
    await page.getByRole('region', { name: uiEn.planner.beforeYouStart }).waitFor();
    await page.getByRole('button', { name: uiEn.planner.print, exact: true }).waitFor();
    // The longer prose waits for a section to open: then it comes, and fills the section.
    const details = `/dist/${partFile('src/features/details/index.ts')}`;
    expect(widgetFiles(requested)).not.toContain(details);
    await first.locator('details[part="planning-points"] > summary').click();
    await eventually(() => widgetFiles(requested)).toContain(details);
    const pathway = scenarios[0]!.expect.first!;
    const element = builtInContent.pathways.find((p) => p.id === pathway)!.elements[0]!.id;
    const detail = (pathwaysEn as Record<string, { elements: Record<string, { detail: string }> }>)[pathway]!.elements[
      element
    ]!.detail;
    await eventually(() => first.locator('details[part="planning-points"]').textContent()).toContain(detail);
  });
});
