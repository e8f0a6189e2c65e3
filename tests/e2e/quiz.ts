/**
 * What the browser tests know about the quiz, read from the content a user sees (the English
 * resources and the program list), and helpers that answer it the way a user would.
 */
import type { Locator, Page } from 'playwright-core';
import { eventually } from './browser';
import { readScenarios, type Scenario as SharedScenario } from '../support/fixtures';
import { pathwaysEn as pathwayTexts } from '../support/texts';
import questionTexts from '../../data/locales/en/questions.json';
import reasonTexts from '../../data/locales/en/reasons.json';
import { uiEn as ui } from '../support/texts';
import sites from '../../data/sites.json';

export { ui };

export type QuestionKey = 'lead' | 'situations' | 'population' | 'charging' | 'partners' | 'setting' | 'existing';
export type ScenarioAnswers = { [K in QuestionKey]?: K extends 'setting' ? string : string[] };
export type Scenario = SharedScenario<ScenarioAnswers>;

export const scenarios: Scenario[] = readScenarios<ScenarioAnswers>();

/** The question order of the contract; charging only when law enforcement leads. */
export const QUESTION_ORDER: readonly QuestionKey[] = [
  'lead',
  'situations',
  'population',
  'charging',
  'partners',
  'setting',
  'existing',
];

export function askedKeys(answers: ScenarioAnswers): QuestionKey[] {
  return QUESTION_ORDER.filter((key) => key !== 'charging' || (answers.lead ?? []).includes('law-enforcement'));
}

/** The answer's ids for a key, as a list (setting is one id). */
export function idsOf(answers: ScenarioAnswers, key: QuestionKey): string[] {
  const value = answers[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

type Texts = Record<string, unknown>;
const namespaces: Record<string, Texts> = {
  pathways: pathwayTexts,
  questions: questionTexts,
  reasons: reasonTexts,
  ui,
};

function lookup(namespace: string, path: string): string {
  let node: unknown = namespaces[namespace];
  for (const part of path.split('.')) node = (node as Texts | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text ${namespace}:${path}`);
  // i18next nesting, e.g. "$t(pathways:self-referral.name)"
  return node.replace(/\$t\(([\w-]+):([^)]+)\)/g, (_, ns: string, key: string) => lookup(ns, key));
}

export const prompt = (key: QuestionKey) => lookup('questions', `${key}.prompt`);
export const optionLabel = (key: QuestionKey, id: string) => lookup('questions', `${key}.options.${id}.label`);
export const pathwayName = (id: string) => lookup('pathways', `${id}.name`);
export const gapText = (answerId: string) => lookup('reasons', `gap.${answerId.replace(':', '.')}`);
export const reviewLabel = (key: QuestionKey) => lookup('ui', `review.labels.${key}`);
export const errorText = (key: QuestionKey) => lookup('ui', `errors.${key}`);
export const fitLabel = (fit: 'strong' | 'possible') => lookup('ui', `result.fit.${fit}`);

export function siteName(id: string): string {
  const site = sites.find((s) => s.id === id);
  if (!site) throw new Error(`no site ${id} in data/sites.json`);
  return site.name;
}
export const allSiteNames = sites.map((s) => s.name);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The widget's parts as a user finds them. */
export const heading = (scope: Page | Locator, name: string) => scope.getByRole('heading', { name, exact: true });
export const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
export const questionGroup = (scope: Page | Locator, key: QuestionKey) =>
  scope.getByRole('group', { name: prompt(key), exact: true });
export const progressCaption = (scope: Page | Locator) => scope.getByText(/^Question \d+ of \d+$/);
export const optionInput = (scope: Page | Locator, key: QuestionKey, id: string) =>
  scope.getByRole(key === 'setting' ? 'radio' : 'checkbox', { name: optionLabel(key, id), exact: true });

/** Waits for a locator's text to become `text` (the widget re-renders asynchronously). */
export async function expectText(locator: Locator, text: string, message?: string) {
  await eventually(async () => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim(), { message }).toBe(
    text,
  );
}

/** The review row's answer text for a question ("Who leads" → "EMS"). */
export function reviewValue(scope: Page | Locator, key: QuestionKey): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(reviewLabel(key))}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** Answers one question by mouse: clicks each option's label, checks it took, then Continue. */
export async function answerByMouse(scope: Page | Locator, key: QuestionKey, ids: readonly string[]) {
  const group = questionGroup(scope, key);
  await group.waitFor();
  for (const id of ids) {
    await group.getByText(optionLabel(key, id), { exact: true }).click();
    await eventually(() => optionInput(group, key, id).isChecked(), {
      message: `${key}: ${id} checked after a click on its label`,
    }).toBe(true);
  }
  await button(scope, 'Continue').click();
}

/**
 * Completes the quiz by mouse from the intro up to the result. `onQuestion` runs on each question
 * page before it is answered (e.g. to read the progress caption).
 */
export async function completeByMouse(
  scope: Page | Locator,
  answers: ScenarioAnswers,
  {
    onQuestion,
    toResult = true,
  }: { onQuestion?: (key: QuestionKey, index: number) => Promise<void>; toResult?: boolean } = {},
) {
  await button(scope, 'Start now').click();
  const keys = askedKeys(answers);
  for (const [index, key] of keys.entries()) {
    await questionGroup(scope, key).waitFor();
    await onQuestion?.(key, index);
    await answerByMouse(scope, key, idsOf(answers, key));
  }
  await heading(scope, 'Check your answers').waitFor();
  if (!toResult) return;
  await button(scope, 'See my result').click();
  await heading(scope, 'Your recommended pathways').waitFor();
  // The cards after the first are drawn once the browser is idle, before the checks that close the result.
  await heading(scope, ui.planner.beforeYouStart).waitFor();
}

/** The result's pathway cards (articles) and the programs listed in one. */
export const pathwayCards = (scope: Page | Locator) => scope.getByRole('article');
export const programItems = (card: Locator) =>
  card
    .getByRole('listitem')
    .filter({ has: card.page().getByText(new RegExp(`^(${allSiteNames.map(escapeRegExp).join('|')})$`)) });
