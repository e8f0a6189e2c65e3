/**
 * The frame pasted alone, with the README's snippet and no script on the host page (the
 * CivicPlus / Granicus case): on a phone the start page fills the frame (at most 100 px blank
 * under it), the frame is never taller than the window, and the result scrolls in one place:
 * the frame's own page, with no scrolling box inside it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { eventually, openPage, useBrowser } from './browser';
import { completeByMouse, scenarios } from './quiz';

useBrowser();

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
/** The first HTML block of the README's "In a frame" section: the snippet an editor pastes. */
const pasteOnlySnippet = /### In a frame[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)![1]!;
const README_FOLDER = 'https://www.example.gov/js/pick-your-pathway/';

/** The attributes of an iframe's markup, by name. */
const attributesOf = (markup: string) =>
  Object.fromEntries([...markup.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

/** demo/frame-paste-only.html: the README's snippet on an agency page, with no script. */
async function openPasteOnly(width: number, height: number): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await openPage('/frame-paste-only.html', { viewport: { width, height } }, { waitForWidget: false });
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
  return { page, frame };
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

/** In the frame's page: how much of the frame under the widget's last visible box is blank, and who scrolls. */
const layout = (frame: FrameLocator) =>
  frame.locator('pick-your-pathway').evaluate((host) => {
    const boxes = [...host.shadowRoot!.querySelectorAll('*')]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    const contentBottom = Math.max(...boxes.map((box) => box.bottom)) + scrollY;
    const scroller = document.scrollingElement!;
    const innerScrollers = [...host.shadowRoot!.querySelectorAll('*'), document.body]
      .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => el.tagName);
    return {
      blankUnder: Math.max(0, innerHeight - contentBottom),
      scrolls: scroller.scrollHeight > scroller.clientHeight,
      scrollHeight: scroller.scrollHeight,
      innerScrollers,
    };
  });

describe('the frame pasted alone, with no host script', () => {
  it("the demo page carries the README's snippet, and no script", () => {
    const demo = readFileSync(fileURLToPath(new URL('../../demo/frame-paste-only.html', import.meta.url)), 'utf8');
    expect(demo).not.toMatch(/<script/);
    const pasted = attributesOf(/<iframe[^>]*>/.exec(demo)![0]);
    const readmeSnippet = attributesOf(pasteOnlySnippet);
    expect(pasted.src).toBe(readmeSnippet.src!.replace(README_FOLDER, 'dist/'));
    expect({ ...pasted, src: '' }).toEqual({ ...readmeSnippet, src: '' });
  });

  for (const [width, height] of [
    [375, 667],
    [375, 812],
    [1280, 900],
  ] as const) {
    it(`at ${width} × ${height}: no taller than the window, and the result scrolls in the frame only`, async () => {
      const { page, frame } = await openPasteOnly(width, height);
      const start = await frameHeight(page);
      const hostAtStart = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(start).toBeLessThanOrEqual(height);
      expect(start).toBeGreaterThan(height - 10);
      if (width === 375) expect((await layout(frame)).blankUnder).toBeLessThanOrEqual(100);

      const widget = frame.locator('pick-your-pathway');
      await completeByMouse(widget, scenarios[0]!.answers);
      await widget.getByRole('heading', { name: uiEn.planner.title, exact: true }).waitFor();
      await eventually(async () => (await layout(frame)).scrollHeight).toBeGreaterThan(height + 200);
      const result = await layout(frame);
      expect(await frameHeight(page)).toBe(start);
      expect(result.scrolls).toBe(true);
      expect(result.innerScrollers).toEqual([]);
      // The host page does not grow: the result's length is inside the frame.
      await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBe(hostAtStart);
      // The result's end is reachable by scrolling the frame's page.
      await widget.getByRole('heading', { name: uiEn.planner.title, exact: true }).scrollIntoViewIfNeeded();
      await expect(widget.getByRole('heading', { name: uiEn.planner.title, exact: true }).isVisible()).resolves.toBe(
        true,
      );
    });
  }

  it('takes colours from its address under a strict CSP, hex values only', async () => {
    const page = await openPage(
      `/dist/pick-your-pathway.html?lang=en&csp=strict&--pyp-button-color=${encodeURIComponent('#4c2c92')}&--pyp-background=red`,
      { viewport: { width: 375, height: 667 } },
    );
    const start = page.locator('pick-your-pathway').getByRole('button', { name: uiEn.intro.start, exact: true });
    // The start page drawn first is replaced in place by the full widget's: read the button shown now.
    await expect
      .poll(() => start.evaluate((b) => (b.isConnected ? getComputedStyle(b).backgroundColor : '')))
      .toBe('rgb(76, 44, 146)');
    const background = await page
      .locator('pick-your-pathway')
      .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.pyp')!).backgroundColor);
    expect(background).not.toBe('rgb(255, 0, 0)');
  });
});
