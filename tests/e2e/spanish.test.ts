/** The whole quiz in Spanish in a real browser; the language switch; locale choice and fallback. */
// @ts-expect-error: a plain ES module of the build scripts, without types
import { languageFile } from '../../scripts/budgets.mjs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pathwaysEs } from '../support/texts';
import questionsEs from '../../data/locales/es/questions.json';
import { uiEs } from '../support/texts';
import { uiEn } from '../support/texts';
import { eventsOf, eventually, openPage, useBrowser } from './browser';
import { prompt, scenarios } from './quiz';

useBrowser();

type Texts = Record<string, any>;
/** A Spanish option label, following `$t(pathways:…)` references as i18next does. */
function labelEs(key: string, id: string): string {
  const label: string = (questionsEs as Texts)[key].options[id].label;
  const ref = /^\$t\(pathways:([\w-]+)\.name\)$/.exec(label);
  return ref ? (pathwaysEs as Texts)[ref[1]!].name : label;
}
const promptEs = (key: string): string => (questionsEs as Texts)[key].prompt;
const widget = (page: Page) => page.locator('pick-your-pathway');
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

describe('in Spanish', () => {
  it('runs the whole quiz, review and result in Spanish on a Spanish page, loading Spanish only there', async () => {
    const requested: string[] = [];
    const page = await openPage(
      '/es.html',
      {},
      { beforeGoto: async (p) => void p.on('request', (r) => requested.push(new URL(r.url()).pathname)) },
    );
    const scenario = scenarios[0]!;
    await button(page, uiEs.intro.start).click();
    for (const key of ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing'] as const) {
      const value = scenario.answers[key];
      if (key === 'charging' && !(scenario.answers.lead ?? []).includes('law-enforcement')) continue;
      const group = page.getByRole('group', { name: promptEs(key), exact: true });
      await group.waitFor();
      for (const id of Array.isArray(value) ? value : value ? [value] : [])
        await group.getByLabel(labelEs(key, id), { exact: true }).check();
      await button(page, uiEs.nav.continue).click();
    }
    await page.getByRole('heading', { name: uiEs.review.title }).waitFor();
    await button(page, uiEs.review.submit).click();
    await page.getByRole('heading', { name: uiEs.result.title }).waitFor();
    const first = page.getByRole('article').first();
    await expect(first.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(
      (pathwaysEs as Texts)[scenario.expect.first!].name,
    );
    await expect(first.getByText(uiEs.result.fit.strong, { exact: true }).isVisible()).resolves.toBe(true);
    // No English interface text anywhere in the widget.
    const text = await widget(page).evaluate((el) => el.shadowRoot!.textContent ?? '');
    for (const english of [
      uiEn.result.title,
      uiEn.result.why,
      uiEn.result.missing,
      uiEn.result.programs,
      uiEn.result.restart,
    ])
      expect(text).not.toContain(english);
    expect(requested).toContain(`/dist/${languageFile('es')}`);
  });

  it('never loads the Spanish file for English readers', async () => {
    const requested: string[] = [];
    const page = await openPage(
      '/',
      {},
      { beforeGoto: async (p) => void p.on('request', (r) => requested.push(new URL(r.url()).pathname)) },
    );
    await button(page, uiEn.intro.start).click();
    await page.getByRole('group', { name: prompt('lead'), exact: true }).waitFor();
    expect(requested.filter((path) => path.includes('/locale-'))).toEqual([]);
  });

  it('switches language from the widget, keeping the answers, the step and the focus', async () => {
    const page = await openPage('/');
    await button(page, uiEn.intro.start).click();
    await page.getByLabel('EMS', { exact: true }).check();
    await button(page, uiEn.nav.continue).click();
    await page.getByRole('group', { name: prompt('situations'), exact: true }).waitFor();
    await button(page, uiEs.language.name).click();
    await page.getByRole('group', { name: promptEs('situations'), exact: true }).waitFor();
    await eventually(() => widget(page).evaluate((el) => el.shadowRoot!.activeElement?.textContent)).toBe(
      uiEn.language.name,
    );
    await expect(widget(page).getAttribute('lang')).resolves.toBe('es');
    await button(page, uiEs.nav.back).click();
    await expect(page.getByLabel(labelEs('lead', 'ems'), { exact: true }).isChecked()).resolves.toBe(true);
    await button(page, uiEn.language.name).click();
    await page.getByRole('group', { name: prompt('lead'), exact: true }).waitFor();
    await expect(page.getByLabel('EMS', { exact: true }).isChecked()).resolves.toBe(true);
  });

  it('follows the nearest ancestor lang, maps regional tags, and falls back to English for others', async () => {
    const page = await openPage('/', {}, { record: true });
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div lang="es-MX"><pick-your-pathway id="mx"></pick-your-pathway></div><pick-your-pathway id="fr" lang="fr"></pick-your-pathway>',
      );
    });
    await page.locator('#mx').getByRole('button', { name: uiEs.intro.start }).waitFor();
    await page.locator('#fr').getByRole('button', { name: uiEn.intro.start }).waitFor();
    await expect(eventsOf(page, 'pyp-error')).resolves.toEqual([]);
  });

  it('says so and stays in English when the Spanish file cannot be loaded', async () => {
    const page = await openPage(
      '/es.html',
      {},
      { beforeGoto: (p) => p.route(`**/${languageFile('es')}`, (route) => route.abort()) },
    );
    await page.getByRole('status').filter({ hasText: 'Español could not be loaded' }).waitFor();
    await button(page, uiEn.intro.start).click();
    await page.getByRole('group', { name: prompt('lead'), exact: true }).waitFor();
  });
});
