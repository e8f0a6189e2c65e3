/**
 * A whole quiz with the keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys), with focus
 * checked on every step change, and a widget that neither takes focus nor scrolls on load.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventsOf, eventually, openPage, pressUntilFocused, type FocusInfo, useBrowser, widgetFocus } from './browser';
import {
  askedKeys,
  errorText,
  heading,
  idsOf,
  optionLabel,
  pathwayCards,
  pathwayName,
  prompt,
  questionGroup,
  scenarios,
  ui,
  expectText,
} from './quiz';

useBrowser();

const widgetOf = (page: Page) => page.locator('pick-your-pathway');

/** Waits until the widget's focused element is its step heading with this text. */
async function expectHeadingFocused(page: Page, text: string) {
  await eventually(
    async () => {
      const focus = await widgetFocus(widgetOf(page));
      return focus.inWidget && /^H[1-6]$/.test(focus.tag ?? '') ? focus.text : focus;
    },
    { message: `focus on the heading "${text}"` },
  ).toBe(text);
}

const isButton = (name: string) => (f: FocusInfo) => f.tag === 'BUTTON' && f.text === name;
const isOption = (label: string) => (f: FocusInfo) => f.tag === 'INPUT' && f.label === label;

describe('keyboard only', () => {
  // With law enforcement (so charging is asked), two situations, partners and a radio choice.
  const scenario = scenarios.find((s) => s.answers.lead?.includes('law-enforcement') && s.expect.order)!;

  it('completes a whole quiz, with focus on each new step heading and on the error summary', async () => {
    const page = await openPage();
    const widget = widgetOf(page);
    const { answers } = scenario;

    // From the top of the page, Tab reaches "Start now" (past the page's own links).
    await pressUntilFocused(page, widget, isButton(ui.intro.start));
    await page.keyboard.press('Enter');

    for (const key of askedKeys(answers)) {
      await expectHeadingFocused(page, prompt(key));
      const ids = idsOf(answers, key);
      const group = questionGroup(page, key);

      if (key === 'lead') {
        // Continue without an answer: the error summary takes focus; its link leads to the first option.
        await pressUntilFocused(page, widget, isButton(ui.nav.continue));
        await page.keyboard.press('Enter');
        await eventually(
          async () => {
            const f = await widgetFocus(widget);
            return f.inWidget && f.role === 'alert' && f.text?.startsWith(ui.errors.summaryTitle);
          },
          { message: 'focus on the error summary' },
        ).toBe(true);
        expect(await group.getByText(errorText('lead')).count(), 'error message in the fieldset').toBe(1);
        const urlBefore = page.url();
        await pressUntilFocused(page, widget, (f) => f.tag === 'A' && f.text === errorText('lead'), 'Tab', 3);
        await page.keyboard.press('Enter');
        await eventually(async () => (await widgetFocus(widget)).label, {
          message: 'error link focuses the first option',
        }).toBe(optionLabel('lead', 'law-enforcement'));
        expect(page.url(), 'the error link does not change the host page URL').toBe(urlBefore);
      }

      if (key === 'setting') {
        // Radios: Tab into the group, then arrow keys move the choice.
        const target = optionLabel('setting', ids[0]!);
        const first = await pressUntilFocused(page, widget, (f) => f.type === 'radio');
        if (first.label !== target) {
          await pressUntilFocused(page, widget, (f) => f.label === target && f.checked === true, 'ArrowDown', 4);
        } else {
          await page.keyboard.press('Space');
        }
      } else if (key === 'population') {
        // Go past the options to Continue, then back with Shift+Tab.
        await pressUntilFocused(page, widget, isButton(ui.nav.continue));
        for (const id of [...ids].reverse()) {
          await pressUntilFocused(page, widget, isOption(optionLabel(key, id)), 'Shift+Tab');
          await page.keyboard.press('Space');
        }
      } else {
        for (const id of ids) {
          const label = optionLabel(key, id);
          const focus = await widgetFocus(widget);
          if (!isOption(label)(focus)) await pressUntilFocused(page, widget, isOption(label));
          await page.keyboard.press('Space');
        }
      }
      for (const id of ids) {
        await eventually(
          () =>
            group
              .getByRole(key === 'setting' ? 'radio' : 'checkbox', { name: optionLabel(key, id), exact: true })
              .isChecked(),
          {
            message: `${key}: ${id} chosen by keyboard`,
          },
        ).toBe(true);
      }
      await pressUntilFocused(page, widget, isButton(ui.nav.continue));
      await page.keyboard.press('Enter');
    }

    await expectHeadingFocused(page, ui.review.title);
    await pressUntilFocused(page, widget, isButton(ui.review.submit));
    await page.keyboard.press('Enter');

    await expectHeadingFocused(page, ui.result.title);
    await expectText(pathwayCards(page).first().getByRole('heading').first(), pathwayName(scenario.expect.order![0]!));
  });

  it('neither takes focus nor scrolls the host page on load', async () => {
    // A short window, so that the widget starts below the fold: focusing it would scroll.
    const page = await openPage('/', { viewport: { width: 1024, height: 360 } }, { record: true });
    await heading(page, ui.intro.title).waitFor();
    await eventsOf(page, 'pyp-step', 1);
    // Let any effect of the first render run: two animation frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    const box = await heading(page, ui.intro.title).boundingBox();
    expect(box!.y, 'the widget starts below the fold').toBeGreaterThan(360);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await widgetOf(page).evaluate((el) => el.shadowRoot!.activeElement)).toBeNull();
  });
});
