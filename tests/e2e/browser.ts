/**
 * Real-browser tests drive the system Chromium with playwright-core (never a downloaded browser).
 * One browser per test file; each test gets a fresh page. Any uncaught page error fails the test.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser | null = null;
const contexts: BrowserContext[] = [];
const pageErrors = new Map<Page, string[]>();

export const baseUrl = () => inject('baseUrl');

/** `expect.poll` with room for a busy two-core machine: the widget renders and loads its parts asynchronously. */
export function eventually<T>(read: () => T | Promise<T>, message?: string | { message?: string }) {
  return expect.poll(read, {
    timeout: 5_000,
    interval: 20,
    message: typeof message === 'string' ? message : message?.message,
  });
}

/** Registers the shared browser for this file. */
export function useBrowser() {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.PYP_CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  });
  afterEach(async () => {
    const errors = [...pageErrors.values()].flat();
    pageErrors.clear();
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
}

export type OpenOptions = {
  /** Record `pyp-*` events from before the page's scripts run, so that the first render's `pyp-step` is seen. */
  record?: boolean;
  /** Wait until the (first) widget is rendered; default true. */
  waitForWidget?: boolean;
  /** Runs before navigation, e.g. to route requests. */
  beforeGoto?: (page: Page) => Promise<unknown>;
};

/** Opens a fresh page at a path of the test server (default: the demo agency page). */
export async function openPage(
  path = '/',
  options: Parameters<Browser['newContext']>[0] = {},
  { record = false, waitForWidget = true, beforeGoto }: OpenOptions = {},
): Promise<Page> {
  if (!browser) throw new Error('call useBrowser() in the test file');
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  // Fail a step that never happens within seconds, with Playwright's own message, not at the test timeout.
  context.setDefaultTimeout(10_000);
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.set(page, []);
  page.on('pageerror', (error) => pageErrors.get(page)?.push(String(error)));
  if (record) await page.addInitScript(installRecorder);
  await beforeGoto?.(page);
  await page.goto(new URL(path, baseUrl()).href);
  if (waitForWidget) await page.locator('pick-your-pathway').first().waitFor();
  return page;
}

/** The uncaught errors a page has thrown so far (the test fails on them after it ends anyway). */
export function uncaughtErrors(page: Page): string[] {
  return [...(pageErrors.get(page) ?? [])];
}

/** Runs in the page: collects `pyp-*` events at document level into `window.pypEvents` (once). */
function installRecorder() {
  const w = window as unknown as { pypEvents?: { type: string; detail: unknown }[] };
  if (w.pypEvents) return;
  const events: { type: string; detail: unknown }[] = [];
  w.pypEvents = events;
  for (const type of ['pyp-step', 'pyp-answer', 'pyp-result', 'pyp-error']) {
    document.addEventListener(type, (event) =>
      events.push({ type, detail: structuredClone((event as CustomEvent).detail) }),
    );
  }
}

/**
 * Collects the element's events (`pyp-*`) as the page sees them from now on. Events of the first
 * render have already fired by the time `openPage` returns: use `openPage(path, {}, { record: true })` for those.
 */
export async function recordEvents(page: Page): Promise<void> {
  await page.evaluate(installRecorder);
}

export async function recordedEvents(page: Page): Promise<{ type: string; detail: any }[]> {
  return page.evaluate(() => (window as unknown as { pypEvents: { type: string; detail: unknown }[] }).pypEvents);
}

/** The recorded events of one type, waiting until there are at least `atLeast` of them. */
export async function eventsOf(page: Page, type: string, atLeast = 0): Promise<any[]> {
  const details = async () => (await recordedEvents(page)).filter((e) => e.type === type).map((e) => e.detail);
  await eventually(async () => (await details()).length, { message: `${type} events` }).toBeGreaterThanOrEqual(atLeast);
  return details();
}

/** What has focus inside a widget (`element.shadowRoot.activeElement`), described for assertions. */
export type FocusInfo = {
  /** Whether the document's focus is on this widget at all. */
  inWidget: boolean;
  tag: string | null;
  role: string | null;
  type: string | null;
  text: string | null;
  /** For inputs: the text of their label. */
  label: string | null;
  checked: boolean | null;
};

export async function widgetFocus(widget: Locator): Promise<FocusInfo> {
  return widget.evaluate((host) => {
    const active = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const input = active instanceof HTMLInputElement ? active : null;
    return {
      inWidget: document.activeElement === host,
      tag: active?.tagName ?? null,
      role: active?.getAttribute('role') ?? null,
      type: input?.type ?? null,
      text: active ? (active.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
      label: input?.labels?.[0]?.textContent?.trim() ?? null,
      checked: input ? input.checked : null,
    };
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element in the widget matches, at most `max`
 * times; fails with what had focus on the way when it never does.
 */
export async function pressUntilFocused(
  page: Page,
  widget: Locator,
  matches: (focus: FocusInfo) => boolean,
  key = 'Tab',
  max = 25,
): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const focus = await widgetFocus(widget);
    if (focus.inWidget && matches(focus)) return focus;
    seen.push(focus.inWidget ? `${focus.tag} ${focus.label ?? focus.text ?? ''}`.slice(0, 60) : '(outside the widget)');
  }
  throw new Error(`${key} × ${max} never focused the wanted element; focus went: ${seen.join(' → ')}`);
}
