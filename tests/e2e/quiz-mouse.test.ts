/** Every example scenario, answered by mouse on the demo agency page, gives the expected first pathway. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import pathwayData from '../../data/pathways.json';
import { parseAnswers } from '../../machines/answers';
import { atAGlance } from '../../machines/at-a-glance';
import { byFit } from '../../machines/outcome';
import { recommend } from '../../machines/recommend';
import { pathwaysEn as pathwayTexts } from '../support/texts';
import { openPage, useBrowser } from './browser';
import {
  completeByMouse,
  fitLabel,
  gapText,
  heading,
  pathwayCards,
  pathwayName,
  programItems,
  progressCaption,
  expectText,
  optionLabel,
  questionGroup,
  scenarios,
  siteName,
  button,
  ui,
  type Scenario,
} from './quiz';

useBrowser();

const firstOf = (s: Scenario) => s.expect.first ?? s.expect.order?.[0];

describe('quiz by mouse: the example scenarios (tests/fixtures/scenarios.json)', () => {
  it('has scenarios, each with an expected first pathway', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    for (const s of scenarios) expect(firstOf(s), s.name).toBeTruthy();
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const page = await openPage();
    await completeByMouse(page, scenario.answers);
    const want = scenario.expect;
    const cards = pathwayCards(page);
    const first = cards.first();

    // The first card is the expected pathway, labelled by its name, with the expected fit tag.
    const name = pathwayName(firstOf(scenario)!);
    await expectText(first.getByRole('heading').first(), name, 'first pathway card');
    expect(await page.getByRole('article', { name, exact: true }).count(), `one card labelled "${name}"`).toBe(1);
    if (want.fit) {
      const other = want.fit === 'strong' ? 'possible' : 'strong';
      expect(await first.getByText(fitLabel(want.fit), { exact: true }).count(), `"${fitLabel(want.fit)}" tag`).toBe(1);
      expect(await first.getByText(fitLabel(other), { exact: true }).count()).toBe(0);
    }

    if (want.firstSite) {
      await first.locator('[part="programs"] > summary').click();
      const programs = programItems(first);
      await programs.first().waitFor();
      expect(await programs.count(), 'programs listed in the first card').toBeGreaterThan(0);
      expect(
        await programs.first().getByText(siteName(want.firstSite), { exact: true }).count(),
        'first program of the first card',
      ).toBe(1);
    }
    if (want.order) {
      const titles = await cards.evaluateAll((articles) =>
        articles.map((a) => a.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim() ?? ''),
      );
      expect(titles.slice(0, want.order.length)).toEqual(want.order.map(pathwayName));
    }
    if (want.count !== undefined) expect(await cards.count(), 'number of pathway cards').toBe(want.count);
    for (const id of want.excludes ?? []) {
      expect(await page.getByRole('article', { name: pathwayName(id), exact: true }).count(), `no card for ${id}`).toBe(
        0,
      );
    }
    for (const gap of want.gapsInclude ?? []) {
      expect(
        await first
          .getByRole('listitem')
          .filter({ hasText: gapText(gap) })
          .count(),
        `gap ${gap} in the first card`,
      ).toBe(1);
    }
    if (want.existingEcho) {
      const glance = page.getByRole('region', { name: ui.result.glance.title, exact: true });
      for (const id of want.existingEcho) {
        expect(
          await glance
            .getByRole('listitem')
            .filter({ hasText: pathwayName(id) })
            .filter({ hasText: ui.result.glance.status.running })
            .count(),
          `${id} shown as already running`,
        ).toBe(1);
      }
    }
  });
});

describe('quiz by mouse: "Question N of M"', () => {
  const withoutPolice = scenarios.find((s) => !s.answers.lead?.includes('law-enforcement'))!;
  const withPolice = scenarios.find((s) => s.answers.lead?.includes('law-enforcement'))!;

  it.each([
    ['without law enforcement (6 questions)', withoutPolice, 6],
    ['with law enforcement (7 questions, charging asked)', withPolice, 7],
  ] as const)('counts right %s', async (_, scenario, total) => {
    const page = await openPage();
    const seen: string[] = [];
    await completeByMouse(page, scenario.answers, {
      toResult: false,
      onQuestion: async (key, index) => {
        if (key === 'lead') {
          // Before lead is answered, charging may still be asked.
          await expectText(progressCaption(page), 'Question 1 of 7', 'before lead is answered');
          await questionGroup(page, 'lead')
            .getByText(optionLabel('lead', scenario.answers.lead![0]!), { exact: true })
            .click();
          await expectText(progressCaption(page), `Question 1 of ${total}`, 'once lead is answered');
          // answerByMouse clicks it again: un-tick it here so that it ends up ticked.
          await questionGroup(page, 'lead')
            .getByText(optionLabel('lead', scenario.answers.lead![0]!), { exact: true })
            .click();
          await expectText(progressCaption(page), 'Question 1 of 7', 'lead un-ticked again');
          seen.push('lead');
          return;
        }
        await expectText(progressCaption(page), `Question ${index + 1} of ${total}`, `caption on ${key}`);
        seen.push(key);
      },
    });
    expect(seen).toEqual(
      total === 7
        ? ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing']
        : ['lead', 'situations', 'population', 'partners', 'setting', 'existing'],
    );
    expect(await heading(page, 'Check your answers').isVisible()).toBe(true);
  });
});

describe('quiz by mouse: the result page', () => {
  it('shows a card with its parts, all six pathways, and starts again', async () => {
    const scenario = scenarios[0]!;
    const page = await openPage();
    await completeByMouse(page, scenario.answers);
    const card = pathwayCards(page).first();
    const id = firstOf(scenario)!;

    for (const name of [ui.result.why, ui.result.missing, ui.result.firstSteps]) {
      expect(await card.getByRole('heading', { name, exact: true }).count(), `"${name}" in the card`).toBe(1);
    }
    expect(await card.getByRole('heading', { name: ui.result.why, exact: true }).isVisible()).toBe(true);

    // Once the planner's file is there, the critical elements are a checklist, in a section that
    // opens: one box per element, and how many are in place in its summary.
    const elements = pathwayData.find((p) => p.id === id)!.elements.length;
    const section = card.locator('details[part="planning-points"] > summary');
    await section.filter({ hasText: `(0 of ${elements} in place)` }).waitFor();
    await section.click();
    const checklist = card.getByRole('group', { name: ui.planner.readiness, exact: true });
    await checklist.waitFor();
    expect(await checklist.getByRole('checkbox').count()).toBe(elements);

    // All six at a glance, each opening to what it is.
    const glance = page.getByRole('region', { name: ui.result.glance.title, exact: true });
    const tiles = glance.getByRole('listitem');
    // In order of fit: strong, possible, running, out (byFit), as the core orders them.
    const answers = parseAnswers(scenario.answers);
    const order = byFit(atAGlance(answers, builtInContent), recommend(answers)).map((row) => row.pathway);
    expect(await tiles.locator('.glance__name').allInnerTexts()).toEqual(order.map((id) => pathwayName(id)));
    const last = order.at(-1)!;
    await tiles.last().getByText(ui.result.glance.about).click();
    await tiles
      .last()
      .getByText(pathwayTexts[last as keyof typeof pathwayTexts].summary)
      .waitFor();

    expect(await button(page, ui.result.changeAnswers).isVisible()).toBe(true);
    await button(page, ui.result.restart).click();
    await heading(page, ui.intro.title).waitFor();
    expect(await page.locator('pick-your-pathway').evaluate((el: any) => el.answers)).toEqual({});
  });
});
