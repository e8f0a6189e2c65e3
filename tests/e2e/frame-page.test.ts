/**
 * The frame page embedded in a page of another origin, as an agency site that allows only an
 * <iframe> would: Spanish by `?lang=es`, height messages to the host, and the four events sent
 * only to the origin `parent-origin` names. The host page is served as http://localhost:<port>,
 * the frame as http://127.0.0.1:<port>: two origins.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uiEn } from '../support/texts';
import { uiEs } from '../support/texts';
import { baseUrl, eventually, openPage, useBrowser } from './browser';
import { completeByMouse, scenarios } from './quiz';

useBrowser();

type Message = { origin: string; source: string; type: string; height?: number; detail?: unknown };

const frameOrigin = () => new URL(baseUrl()).origin;
const hostOrigin = () => frameOrigin().replace('127.0.0.1', 'localhost');

async function openHost(query: string): Promise<Page> {
  const frame = `${frameOrigin()}/dist/pick-your-pathway.html?${query}`;
  return openPage(`${hostOrigin()}/frame-host.html?frame=${encodeURIComponent(frame)}`, {}, { waitForWidget: false });
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { pypMessages: Message[] }).pypMessages);
const widgetIn = (page: Page) => page.frameLocator('iframe.pyp-frame').locator('pick-your-pathway');

describe('the frame page on another origin', () => {
  it('speaks Spanish with ?lang=es, and tells the host its height as it changes', async () => {
    const page = await openHost('lang=es&csp=strict');
    await widgetIn(page).getByRole('heading', { name: uiEs.intro.title, exact: true }).waitFor();
    await eventually(async () => (await messages(page)).filter((m) => m.type === 'pyp-resize').length).toBeGreaterThan(
      0,
    );
    const first = (await messages(page)).filter((m) => m.type === 'pyp-resize').at(-1)!;
    expect(first.origin).toBe(frameOrigin());
    expect(first.height).toBeGreaterThan(200);
    // The host snippet sized the frame to it.
    await eventually(() => page.locator('iframe.pyp-frame').getAttribute('height')).toBe(String(first.height));
    await widgetIn(page).getByRole('button', { name: uiEs.intro.start, exact: true }).click();
    await eventually(async () => (await messages(page)).filter((m) => m.type === 'pyp-resize').at(-1)!.height).not.toBe(
      first.height,
    );
  });

  it('forwards the four events to the origin parent-origin names, and the result equals the quiz', async () => {
    // A content-src on another site is refused: that pyp-error is forwarded too.
    const elsewhere = encodeURIComponent('https://elsewhere.example.gov/content.json');
    const page = await openHost(`lang=en&parent-origin=${encodeURIComponent(hostOrigin())}&content-src=${elsewhere}`);
    const widget = widgetIn(page);
    await widget.getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
    await completeByMouse(widget, scenarios[0]!.answers);
    await eventually(async () => (await messages(page)).some((m) => m.type === 'pyp-result')).toBe(true);
    const types = new Set((await messages(page)).map((m) => m.type));
    expect([...types].sort()).toEqual(['pyp-answer', 'pyp-error', 'pyp-resize', 'pyp-result', 'pyp-step']);
    const error = (await messages(page)).find((m) => m.type === 'pyp-error')!.detail as { message: string };
    expect(error.message).toMatch(/content-src must be on the same site/);
    const result = (await messages(page)).find((m) => m.type === 'pyp-result')!.detail as {
      result: { pathways: { id: string }[] };
    };
    expect(result.result.pathways[0]!.id).toBe(scenarios[0]!.expect.first);
    // Printing inside the frame prints the brief, not the quiz.
    await widget.getByRole('heading', { name: uiEn.planner.title, exact: true }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await widget.getByText(uiEn.planner.briefTitle, { exact: true }).waitFor();
    await expect(widget.getByRole('heading', { name: uiEn.planner.title, exact: true }).isHidden()).resolves.toBe(true);
  });

  it('forwards no event without parent-origin, or to another origin than the host', async () => {
    for (const query of ['lang=en', `lang=en&parent-origin=${encodeURIComponent('https://elsewhere.example.gov')}`]) {
      const page = await openHost(query);
      const widget = widgetIn(page);
      await widget.getByRole('heading', { name: uiEn.intro.title, exact: true }).waitFor();
      await widget.getByRole('button', { name: uiEn.intro.start, exact: true }).click();
      await widget.getByRole('group').first().waitFor();
      await page.waitForTimeout(300);
      expect(new Set((await messages(page)).map((m) => m.type)), query).toEqual(new Set(['pyp-resize']));
    }
  });
});
