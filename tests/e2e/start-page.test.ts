/**
 * The start page comes before the rest of the widget (its machine, i18next and full views): with
 * the rest's file held back, the start page is there, announced and usable, and nothing done on
 * it is lost once the rest arrives. A Spanish page still shows no English meanwhile.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { firstLoad } from '../../scripts/budgets.mjs';
import { uiEn, uiEs } from '../support/texts';
import { openPage, recordedEvents, useBrowser } from './browser';
import { prompt, scenarios } from './quiz';

useBrowser();

/** The rest's chunk, as the loader lists it with the first load. */
const REST_FILE = (firstLoad() as string[]).find((file) => /^module\/widget-/.test(file))!;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a page with the rest's file held until `release()`. */
async function openHeld(path: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  const page = await openPage(
    path,
    {},
    {
      record: true,
      beforeGoto: (p) =>
        p.route(`**/${REST_FILE}`, async (route: Route) => {
          asked++;
          await released;
          await route.continue();
        }),
    },
  );
  return { page, release, asked: () => asked };
}

const widget = (page: Page) => page.locator('pick-your-pathway').first();
const steps = async (page: Page) =>
  (await recordedEvents(page)).filter((e) => e.type === 'pyp-step').map((e) => e.detail.step);

describe('the start page before the rest of the widget', () => {
  it('is drawn, announced and clickable while the rest is held, and Start pressed then is acted on when it arrives', async () => {
    const { page, release, asked } = await openHeld('/');
    const start = widget(page).getByRole('button', { name: uiEn.intro.start, exact: true });
    await widget(page).getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
    await start.waitFor();
    expect(asked(), 'the rest was asked for with the first load').toBeGreaterThan(0);
    await expect(widget(page).getByRole('region', { name: uiEn.widget.label }).count()).resolves.toBe(1);
    expect(await steps(page)).toEqual(['intro']);
    await start.click();
    await delay(300);
    // Still the start page: the quiz needs the rest.
    await expect(start.isVisible()).resolves.toBe(true);
    release();
    await widget(page)
      .getByRole('group', { name: prompt('lead'), exact: true })
      .waitFor();
    // The click moved the reader on, once, and the start page was announced once.
    expect(await steps(page)).toEqual(['intro', 'lead']);
    await expect(
      widget(page).evaluate((el) => el.shadowRoot!.activeElement?.textContent?.trim()),
      'focus on the question',
    ).resolves.toBe(prompt('lead'));
  });

  it('keeps the answers set before the rest arrives, and gives the built-in content meanwhile', async () => {
    const { page, release } = await openHeld('/');
    await widget(page).getByRole('button', { name: uiEn.intro.start, exact: true }).waitFor();
    const scenario = scenarios[0]!;
    const early = await widget(page).evaluate((el, answers) => {
      const element = el as HTMLElement & { answers: unknown; content: { pathways: unknown[] }; result: unknown };
      element.answers = answers;
      return { pathways: element.content.pathways.length, answers: element.answers, result: element.result };
    }, scenario.answers);
    expect(early).toEqual({ pathways: 6, answers: {}, result: null });
    release();
    await widget(page).getByRole('heading', { name: uiEn.review.title }).waitFor();
    await expect(widget(page).evaluate((el) => (el as HTMLElement & { answers: unknown }).answers)).resolves.toEqual(
      scenario.answers,
    );
  });

  it('shows no English on a Spanish page while the rest is held, then the Spanish start page', async () => {
    const { page, release } = await openHeld('/es.html');
    const busy = widget(page).locator('[part="base"][aria-busy="true"]');
    await busy.waitFor({ state: 'attached' });
    await delay(300);
    await expect(widget(page).getByRole('heading', { name: uiEn.intro.title }).count()).resolves.toBe(0);
    await expect(widget(page).getByRole('button').count(), 'nothing to click while busy').resolves.toBe(0);
    release();
    await widget(page).getByRole('heading', { name: uiEs.intro.title, exact: true }).waitFor();
    await widget(page).getByRole('button', { name: uiEs.intro.start, exact: true }).click();
    await expect(steps(page)).resolves.toEqual(['intro', 'lead']);
  });
});
