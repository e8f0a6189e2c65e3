/**
 * Shared helpers of the accessibility suites (a11y-*.test.ts): the texts a user sees in either
 * language, a walk through every state of the widget that answers the way a user does, and
 * axe-core injected from node_modules (never as an inline script: a later suite runs under CSP).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import pathwaysEn from '../../data/locales/en/pathways.json';
import questionsEn from '../../data/locales/en/questions.json';
import uiEn from '../../data/locales/en/ui.json';
import pathwaysEs from '../../data/locales/es/pathways.json';
import questionsEs from '../../data/locales/es/questions.json';
import uiEs from '../../data/locales/es/ui.json';
import { eventually } from './browser';
import { askedKeys, idsOf, type QuestionKey, type ScenarioAnswers } from './quiz';

type Texts = Record<string, unknown>;
export type Lang = 'en' | 'es';
const resources: Record<Lang, Record<string, Texts>> = {
  en: { ui: uiEn, questions: questionsEn, pathways: pathwaysEn },
  es: { ui: uiEs, questions: questionsEs, pathways: pathwaysEs },
};

/** A text of one language, with i18next nesting (`$t(pathways:…)`) and `{{value}}` interpolation. */
export function text(lang: Lang, namespace: string, path: string, values: Record<string, string | number> = {}): string {
  let node: unknown = resources[lang][namespace];
  for (const part of path.split('.')) node = (node as Texts | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text ${lang} ${namespace}:${path}`);
  return node
    .replace(/\$t\(([\w-]+):([^)]+)\)/g, (_, ns: string, key: string) => text(lang, ns, key))
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** The words of the interface in one language, for role/label queries. */
export function wordsOf(lang: Lang) {
  const ui = (path: string, values?: Record<string, string | number>) => text(lang, 'ui', path, values);
  return {
    lang,
    ui,
    start: ui('intro.start'),
    introTitle: ui('intro.title'),
    continue: ui('nav.continue'),
    back: ui('nav.back'),
    reviewTitle: ui('review.title'),
    submit: ui('review.submit'),
    resultTitle: ui('result.title'),
    prompt: (key: QuestionKey) => text(lang, 'questions', `${key}.prompt`),
    hint: (key: QuestionKey) => text(lang, 'questions', `${key}.hint`),
    optionLabel: (key: QuestionKey, id: string) => text(lang, 'questions', `${key}.options.${id}.label`),
    optionHint: (key: QuestionKey, id: string) => text(lang, 'questions', `${key}.options.${id}.hint`),
    error: (key: QuestionKey) => ui(`errors.${key}`),
    fit: (fit: 'strong' | 'possible') => ui(`result.fit.${fit}`),
  };
}
export type Words = ReturnType<typeof wordsOf>;

export const widgetOf = (page: Page) => page.locator('pick-your-pathway');
const exactButton = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
export const group = (scope: Page | Locator, words: Words, key: QuestionKey) => scope.getByRole('group', { name: words.prompt(key), exact: true });

/** A state of the widget that a walk stops at, e.g. `question:lead`, `error:lead`, `review`, `result`. */
export type State = { id: string; key?: QuestionKey };

/**
 * Walks the widget from its start page to the result the way a mouse user does, calling `visit`
 * at every state: the start page, each question before it is answered, the error shown by
 * Continue without an answer (for the questions in `errorsOn`), the review, and the result with
 * every disclosure opened (unless `openDetails` is false).
 */
export async function walk(
  page: Page,
  words: Words,
  answers: ScenarioAnswers,
  visit: (state: State) => Promise<void>,
  { errorsOn = [], intro = true, openDetails = true }: { errorsOn?: readonly QuestionKey[]; intro?: boolean; openDetails?: boolean } = {},
) {
  const widget = widgetOf(page);
  await exactButton(widget, words.start).waitFor();
  if (intro) await visit({ id: 'intro' });
  await exactButton(widget, words.start).click();
  for (const key of askedKeys(answers)) {
    const fieldset = group(widget, words, key);
    await fieldset.waitFor();
    await visit({ id: `question:${key}`, key });
    if (errorsOn.includes(key)) {
      await exactButton(widget, words.continue).click();
      await widget.getByRole('alert').filter({ hasText: words.error(key) }).waitFor();
      await visit({ id: `error:${key}`, key });
    }
    for (const id of idsOf(answers, key)) {
      const input = fieldset.getByRole(key === 'setting' ? 'radio' : 'checkbox', { name: words.optionLabel(key, id), exact: true });
      await fieldset.getByText(words.optionLabel(key, id), { exact: true }).click();
      await eventually(() => input.isChecked(), { message: `${key}: ${id} checked` }).toBe(true);
    }
    await exactButton(widget, words.continue).click();
  }
  await widget.getByRole('heading', { name: words.reviewTitle, exact: true }).waitFor();
  await visit({ id: 'review' });
  await exactButton(widget, words.submit).click();
  await widget.getByRole('heading', { name: words.resultTitle, exact: true }).waitFor();
  if (openDetails) await openAllDetails(widget);
  await visit({ id: 'result' });
}

/** Opens every disclosure in the widget, so that what they hide is checked too. */
export async function openAllDetails(widget: Locator) {
  const count = await widget.evaluate((host) => {
    const all = [...host.shadowRoot!.querySelectorAll('details')];
    for (const details of all) details.open = true;
    return all.length;
  });
  await eventually(() => widget.evaluate((host) => [...host.shadowRoot!.querySelectorAll('details')].every((d) => d.open)), { message: 'every <details> open' }).toBe(true);
  return count;
}

// axe-core

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary: string }[] };
export type AxeResult = {
  violations: AxeViolation[];
  /** What axe could not decide ("needs review"), in the same form. */
  incomplete: AxeViolation[];
  /** How many elements inside the widget's shadow root the colour-contrast rule checked and passed. */
  contrastPassedInWidget: number;
};

/** Runs axe-core (all WCAG 2.x A/AA rules, colour contrast on) on the whole document, shadow roots included. */
export async function runAxe(page: Page): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string; any: { message: string }[] };
    type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Record<'violations' | 'incomplete' | 'passes', Rule[]>> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'color-contrast': { enabled: true } },
    });
    const plain = (rules: Rule[]) =>
      rules.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary ?? n.any.map((a) => a.message).join('; ') })),
      }));
    // A target inside a shadow root is a list of selectors: [host, inside].
    const contrast = results.passes.find((rule) => rule.id === 'color-contrast');
    const inWidget = (contrast?.nodes ?? []).filter((n) => Array.isArray(n.target[0]) && (n.target[0] as string[])[0] === 'pick-your-pathway');
    return { violations: plain(results.violations), incomplete: plain(results.incomplete), contrastPassedInWidget: inWidget.length };
  }, WCAG_TAGS);
}

/** Violations as lines a reader can act on: rule, impact, element, what is wrong. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `  ${v.id} (${v.impact}): ${v.help}\n    at ${JSON.stringify(n.target)}\n    ${n.failureSummary.replace(/\n\s*/g, ' / ')}`),
    )
    .join('\n');
}
