/**
 * Helpers for the planner's browser tests: the texts a user sees (from the English resources),
 * reaching a result quickly, the readiness checklist of a card, and reading a printed PDF's text.
 */
import type { Locator, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pathwaysEn as pathwayTexts } from '../support/texts';
import reasonTexts from '../../data/locales/en/reasons.json';
import { uiEn as ui } from '../support/texts';
import { eventually } from './browser';
import { button, heading, pathwayCards, type ScenarioAnswers } from './quiz';

type Texts = Record<string, unknown>;

function text(root: unknown, path: string): string {
  let node: unknown = root;
  for (const part of path.split('.')) node = (node as Texts | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text ${path}`);
  return node;
}

/** `count` and `total` filled into "{{count}} of {{total}} in place". */
export const inPlace = (count: number, total: number) =>
  ui.planner.inPlace.replace('{{count}}', String(count)).replace('{{total}}', String(total));
/** The ids of a pathway's critical elements, in content order. */
export const elementIds = (pathway: string) =>
  Object.keys((pathwayTexts as Record<string, { elements: Record<string, unknown> }>)[pathway]!.elements);
export const elementTitle = (pathway: string, element: string) =>
  text(pathwayTexts, `${pathway}.elements.${element}.title`);
/** "Why this pathway" texts for an answer id such as `partners:peer`. */
export const reasonText = (answerId: string) => text(reasonTexts, `reason.${answerId.replace(':', '.')}`);
export const gapText = (answerId: string) => text(reasonTexts, `gap.${answerId.replace(':', '.')}`);

export const widget = (page: Page) => page.locator('pick-your-pathway').first();

/** Sets complete answers through the element's API, then "See my result", and waits for the whole result with the planner's tools. */
export async function showResult(page: Page, answers: ScenarioAnswers) {
  const el = widget(page);
  await el.evaluate((host, json) => {
    (host as unknown as { answers: unknown }).answers = JSON.parse(json);
  }, JSON.stringify(answers));
  await button(el, 'See my result').click();
  await heading(el, 'Your recommended pathways').waitFor();
  await heading(el, ui.planner.title).waitFor();
  // Drawn once the browser is idle, after every card: the result is whole.
  await heading(el, ui.planner.beforeYouStart).waitFor();
}

/** The element's answers as its API reports them. */
export const answersOf = (page: Page) =>
  widget(page).evaluate((host) => (host as unknown as { answers: unknown }).answers);

/** The card (article) of a recommended pathway, by its name. */
export const card = (page: Page, name: string) => pathwayCards(widget(page)).filter({ has: heading(page, name) });

/** The names of the result's pathway cards, in order. */
export async function cardNames(page: Page): Promise<string[]> {
  const cards = pathwayCards(widget(page));
  // The cards after the first are drawn once the browser is idle, before the checks that close the result.
  await heading(widget(page), ui.planner.beforeYouStart).waitFor();
  return cards.evaluateAll((articles) =>
    articles.map((a) => (a.querySelector('h2,h3,h4,h5,h6')?.textContent ?? '').trim()),
  );
}

/** A card's readiness checklist (the fieldset, inside its planning points section) and its "First steps" list. */
export const checklist = (scope: Locator) => scope.getByRole('group', { name: ui.planner.readiness, exact: true });
export const firstSteps = (scope: Locator) =>
  heading(scope, ui.result.firstSteps).locator('xpath=following-sibling::ol[1]');
/** A card's planning points section: its summary says how many are in place. */
export const planningPoints = (scope: Locator) => scope.locator('details[part="planning-points"]');

/** Opens a card's planning points, whose checklist is drawn only once open. */
export async function openPlanningPoints(scope: Locator) {
  const section = planningPoints(scope);
  if (!(await section.evaluate((details) => (details as HTMLDetailsElement).open)))
    await section.locator(':scope > summary').click();
  await checklist(scope).waitFor();
}

/** The texts of a list's items, whitespace collapsed. */
export async function itemTexts(list: Locator): Promise<string[]> {
  return list
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Counts pyp-error events on the first widget from now on; the returned function reads them. */
export async function collectErrors(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { plannerErrors: unknown[] };
    w.plannerErrors = [];
    document
      .querySelector('pick-your-pathway')!
      .addEventListener('pyp-error', (e) => w.plannerErrors.push((e as CustomEvent).detail));
  });
  return () =>
    page.evaluate(() =>
      (window as unknown as { plannerErrors: { message: string }[] }).plannerErrors.map((e) => e.message),
    );
}

/** Waits until `count` pyp-error events were collected and returns their messages. */
export async function errorsAfter(read: () => Promise<string[]>, count: number) {
  await eventually(async () => (await read()).length, { message: 'pyp-error events' }).toBe(count);
  return read();
}

/** Removes all whitespace: PDF text extraction splits words at ligatures and lines. */
export const squash = (value: string) => value.replace(/\s+/g, '');

/** The text of each page of a PDF, in order. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}
