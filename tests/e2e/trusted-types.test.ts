/**
 * Under the strict CSP with Trusted Types required and no policy allowed, nothing the widget
 * does turns a string into HTML or script: the whole quiz, the Spanish switch, the result with
 * the planner's tools (printing the brief from a frame of its own), and presenter mode with its views, with 0 violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { uiEs } from '../support/texts';
import { openPage, useBrowser } from './browser';
import { TRUSTED_TYPES_CSP } from './global-setup';
import { button, completeByMouse, heading, scenarios } from './quiz';

useBrowser();

/** Opens a page under the Trusted Types policy, recording every violation from the first script on. */
async function openUnderTrustedTypes(path: string): Promise<Page> {
  const page = await openPage(
    path,
    {},
    {
      beforeGoto: (p) =>
        // In every frame (the brief prints from one of its own): its violations go to the page's
        // list, and print() only counts.
        p.addInitScript(() => {
          const top = window.top as unknown as { violations?: string[]; prints?: number };
          top.violations ??= [];
          document.addEventListener('securitypolicyviolation', (e) =>
            top.violations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
          );
          window.print = () => void (top.prints = (top.prints ?? 0) + 1);
        }),
    },
  );
  const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(policy).toBe(TRUSTED_TYPES_CSP);
  return page;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
const widget = (page: Page) => page.locator('pick-your-pathway');

describe('Trusted Types', () => {
  it('sees a planted violation (the check itself works)', async () => {
    const page = await openUnderTrustedTypes('/?csp=trusted-types');
    await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>planted</b>');
      } catch {
        // Trusted Types refuse the string, and report it.
      }
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringContaining('require-trusted-types-for')]);
  });

  it('has no violation through the quiz, the Spanish switch and the result with its planner', async () => {
    const page = await openUnderTrustedTypes('/?csp=trusted-types');
    await completeByMouse(widget(page), scenarios[0]!.answers);
    await heading(widget(page), uiEn.planner.title).waitFor();
    await button(widget(page), uiEs.language.name).click();
    await heading(widget(page), uiEs.result.title).waitFor();
    await heading(widget(page), uiEs.planner.title).waitFor();
    await button(widget(page), uiEs.planner.print).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { prints?: number }).prints)).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it('has no violation in presenter mode and its views', async () => {
    const page = await openUnderTrustedTypes('/workshop.html?csp=trusted-types');
    await widget(page).getByRole('navigation', { name: uiEn.workshop.label }).waitFor();
    for (const [key, view] of [
      ['c', 'compare'],
      ['w', 'why'],
      ['m', 'map'],
      ['i', 'what-if'],
    ] as const) {
      await page.keyboard.press(key);
      await heading(widget(page), uiEn.workshop.views[view]).first().waitFor();
    }
    for (const key of ['?', 'Escape', 'q']) await page.keyboard.press(key);
    await button(widget(page), uiEs.language.name).click();
    await widget(page).locator('[part="base"][lang="es"]').waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
