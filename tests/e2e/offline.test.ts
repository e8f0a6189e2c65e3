/**
 * The offline file (dist/pick-your-pathway-offline.html) opened from file:// with every request
 * refused: it asks for nothing but itself, and a trainer walks to a result in English and in
 * Spanish, with presenter mode one click away and the join view saying a code needs a network.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text } from './a11y';
import { completeByMouse, type ScenarioAnswers } from './quiz';

const FILE = new URL('../../dist/pick-your-pathway-offline.html', import.meta.url).href;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.PYP_CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
});
afterAll(() => browser?.close());

const POLICE: ScenarioAnswers = {
  lead: ['law-enforcement'],
  situations: ['low-level-offense'],
  population: ['substance-use'],
  charging: ['abeyance'],
  partners: ['treatment'],
  setting: 'urban',
  existing: [],
};

async function openOffline() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  await context.route('**', (route) => {
    requests.push(route.request().url());
    return route.request().url() === FILE ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(FILE);
  return { page, requests, errors, close: () => context.close() };
}

describe('the offline file from file://', () => {
  it('is one file in dist/', () => {
    expect(fileURLToPath(FILE)).toMatch(/pick-your-pathway-offline\.html$/);
  });

  for (const lang of ['en', 'es'] as const)
    it(`walks to a result in ${lang === 'en' ? 'English' : 'Spanish'} with no request but the file itself`, async () => {
      const { page, requests, errors, close } = await openOffline();
      const widget = page.locator('pick-your-pathway');
      const say = (path: string) => text(lang, 'ui', path);
      if (lang === 'es')
        await widget.getByRole('button', { name: text('es', 'ui', 'language.name'), exact: true }).click();
      await widget.getByRole('heading', { name: say('intro.title'), exact: true }).waitFor();
      if (lang === 'en') await completeByMouse(widget, POLICE);
      else {
        // Spanish: the same answers by the presenter keys, in presenter mode, one click away.
        await page.getByRole('button', { name: text('es', 'ui', 'workshop.offline.presenter'), exact: true }).click();
        await widget.getByRole('navigation', { name: say('workshop.label'), exact: true }).waitFor();
        await widget.evaluate((el, answers) => ((el as unknown as { answers: unknown }).answers = answers), POLICE);
        await widget.getByRole('heading', { name: say('review.title'), exact: true }).waitFor();
        await page.keyboard.press('n');
      }
      await widget.getByRole('heading', { name: say('result.title'), exact: true }).waitFor();
      await expect(widget.getByRole('article').first().getByRole('heading').first().textContent()).resolves.toBe(
        text(lang, 'pathways', 'officer-intervention.name'),
      );
      if (lang === 'es') {
        // The join view says that a code needs a network, rather than showing one.
        await page.keyboard.press('j');
        await widget.getByText(say('workshop.join.offline'), { exact: true }).waitFor();
        await expect(widget.getByRole('img', { name: /Código QR/ }).count()).resolves.toBe(0);
        // The trainer's views are all there: the matrix.
        await page.keyboard.press('c');
        await widget.getByRole('table').waitFor();
      }
      expect(requests, 'no request but the file').toEqual([FILE]);
      expect(errors).toEqual([]);
      await close();
    });
});
