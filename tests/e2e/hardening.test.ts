/**
 * Embedding safety in a real browser: a strict CSP, no requests but the widget's own files and
 * the content override, no globals but the documented ones, and malformed input of every kind
 * refused with pyp-error, without an uncaught exception (any page error fails a test) and
 * without losing what the user already answered.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import builtInSites from '../../data/sites.json';
import { malformedAnswers, malformedContent } from '../fixtures/malformed';
import { openPage, useBrowser } from './browser';
import { emsAfterOverdose } from '../fixtures/answers';

useBrowser();

const widget = (page: Page) => page.locator('pick-your-pathway').first();

/** Starts the quiz and answers the first question, so that "nothing is lost" can be checked. */
async function answerLead(page: Page) {
  await widget(page).getByRole('button', { name: 'Start now' }).click();
  await widget(page).getByLabel('EMS', { exact: true }).check();
}

/** Counts pyp-error events on the first widget. */
async function countErrors(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { pypErrors: unknown[] };
    w.pypErrors = [];
    document
      .querySelector('pick-your-pathway')!
      .addEventListener('pyp-error', (e) => w.pypErrors.push((e as CustomEvent).detail));
  });
  return () =>
    page.evaluate(() => (window as unknown as { pypErrors: { message: string; issues: unknown[] }[] }).pypErrors);
}

describe('a strict Content-Security-Policy', () => {
  it('is never violated, through the quiz, the result, Spanish and a content override', async () => {
    const page = await openPage(
      '/?csp=strict',
      {},
      {
        beforeGoto: (p) =>
          p.addInitScript(() => {
            const w = window as unknown as { cspViolations: string[] };
            w.cspViolations = [];
            document.addEventListener('securitypolicyviolation', (e) =>
              w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
            );
          }),
      },
    );
    await widget(page).evaluate((el, answers) => {
      (el as unknown as { answers: unknown }).answers = answers;
    }, emsAfterOverdose);
    await widget(page).getByRole('button', { name: 'See my result' }).click();
    await widget(page).getByRole('heading', { name: 'Your recommended pathways' }).waitFor();
    await widget(page).evaluate((el) => el.setAttribute('content-src', '/content-example.json'));
    await widget(page).getByRole('button', { name: 'Español' }).click();
    await widget(page).getByRole('heading', { name: 'Sus vías recomendadas' }).waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).resolves.toEqual([]);
    const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });
});

describe('network and globals', () => {
  it("requests nothing but the page, the widget's own files and the content override", async () => {
    const requests: string[] = [];
    const page = await openPage(
      '/',
      {},
      { beforeGoto: async (p) => void p.on('request', (r) => requests.push(r.url())) },
    );
    await widget(page).evaluate((el) => el.setAttribute('content-src', '/content-example.json'));
    await answerLead(page);
    await widget(page).getByRole('button', { name: 'Español' }).click();
    await widget(page).getByRole('button', { name: 'English' }).waitFor();
    const origin = new URL(page.url()).origin;
    const paths = [...new Set(requests.map((url) => (url.startsWith(origin) ? new URL(url).pathname : url)))].sort();
    expect(
      paths.filter(
        (p) =>
          !/^\/(|agency\.css|favicon\.ico|content-example\.json|dist\/pick-your-pathway\.m?js|dist\/module\/[a-z.-]+-[\w-]+\.js)$/.test(
            p,
          ),
      ),
    ).toEqual([]);
  });

  it("adds no globals but the element class (and zod's own once the validator loads)", async () => {
    const page = await openPage(
      '/',
      {},
      { waitForWidget: false, beforeGoto: (p) => p.route('**/dist/pick-your-pathway.js', (route) => route.abort()) },
    );
    const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
    await page.unroute('**/dist/pick-your-pathway.js');
    await page.addScriptTag({ url: '/dist/pick-your-pathway.js' });
    await widget(page).getByRole('button', { name: 'Start now' }).waitFor();
    // An invalid override makes the validator (with zod) load, and answers with pyp-error.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const el = document.querySelector('pick-your-pathway')!;
          el.addEventListener('pyp-error', () => resolve(), { once: true });
          (el as unknown as { content: unknown }).content = { sites: 'none' };
        }),
    );
    const added = await page.evaluate(
      (known) => Object.getOwnPropertyNames(window).filter((name) => !known.includes(name)),
      before,
    );
    expect(added).toContain('PickYourPathway');
    // zod keeps its settings (and, in some versions, a registry) on globalThis.
    expect(
      added.filter((name) => !['PickYourPathway', '__zod_globalConfig', '__zod_globalRegistry'].includes(name)),
    ).toEqual([]);
  });
});

describe('malformed input', () => {
  it(`refuses ${malformedContent.length} malformed content documents with pyp-error, keeping content and answers`, async () => {
    expect(malformedContent.length).toBeGreaterThanOrEqual(50);
    const page = await openPage('/');
    const errors = await countErrors(page);
    await answerLead(page);
    for (const [index, [name, document]] of malformedContent.entries()) {
      // As JSON text: Playwright's own argument serialisation is slow on deeply nested values.
      await widget(page).evaluate((el, json) => {
        (el as unknown as { content: unknown }).content = JSON.parse(json);
      }, JSON.stringify(document));
      await page
        .waitForFunction((n) => (window as unknown as { pypErrors: unknown[] }).pypErrors.length >= n, index + 1, {
          timeout: 5_000,
        })
        .catch(() => {
          throw new Error(`no pyp-error for "${name}"`);
        });
    }
    const all = await errors();
    expect(all).toHaveLength(malformedContent.length);
    for (const error of all) expect(error.message).toMatch(/^Content override not used: \S/);
    await expect(
      widget(page).evaluate((el) => (el as unknown as { content: { sites: unknown[] } }).content.sites.length),
    ).resolves.toBe(builtInSites.length);
    await expect(widget(page).evaluate((el) => (el as unknown as { answers: unknown }).answers)).resolves.toEqual({
      lead: ['ems'],
    });
    await expect(widget(page).getByRole('status').textContent()).resolves.toMatch(/could not be used/);
    await expect(widget(page).getByLabel('EMS', { exact: true }).isChecked()).resolves.toBe(true);
  });

  it('says why a content-src cannot be used: unreachable, not JSON, too large, empty', async () => {
    const page = await openPage(
      '/',
      {},
      {
        beforeGoto: async (p) => {
          await p.route('**/bad/missing.json', (r) => r.fulfill({ status: 404, body: 'Not found' }));
          await p.route('**/bad/html.json', (r) =>
            r.fulfill({ status: 200, contentType: 'text/html', body: '<html><script>alert(1)</script></html>' }),
          );
          await p.route('**/bad/huge.json', (r) =>
            r.fulfill({ status: 200, contentType: 'application/json', body: `{"texts":"${'x'.repeat(1_100_000)}"}` }),
          );
          await p.route('**/bad/empty.json', (r) =>
            r.fulfill({ status: 200, contentType: 'application/json', body: '' }),
          );
          await p.route('**/bad/offline.json', (r) => r.abort());
        },
      },
    );
    const errors = await countErrors(page);
    await answerLead(page);
    const expected: [string, RegExp][] = [
      ['/bad/missing.json', /answered 404/],
      ['/bad/html.json', /not valid JSON/],
      ['/bad/huge.json', /larger than/],
      ['/bad/empty.json', /not valid JSON/],
      ['/bad/offline.json', /could not be reached/],
      ['javascript:alert(1)', /not supported/],
      ['http://[invalid', /not a valid address/],
    ];
    for (const [index, [source]] of expected.entries()) {
      await widget(page).evaluate((el, src) => el.setAttribute('content-src', src), source);
      await page.waitForFunction(
        (n) => (window as unknown as { pypErrors: unknown[] }).pypErrors.length >= n,
        index + 1,
      );
    }
    const all = await errors();
    expected.forEach(([, pattern], i) => expect(all[i]!.message).toMatch(pattern));
    await expect(widget(page).evaluate((el) => (el as unknown as { answers: unknown }).answers)).resolves.toEqual({
      lead: ['ems'],
    });
  });

  it(`refuses ${malformedAnswers.length} malformed answers values with pyp-error, keeping the answers`, async () => {
    expect(malformedAnswers.length).toBeGreaterThanOrEqual(50);
    const page = await openPage('/');
    const errors = await countErrors(page);
    await answerLead(page);
    for (const [index, [name, value]] of malformedAnswers.entries()) {
      await widget(page).evaluate(
        (el, json) => {
          (el as unknown as { answers: unknown }).answers = json === undefined ? undefined : JSON.parse(json);
        },
        value === undefined ? undefined : JSON.stringify(value),
      );
      await page
        .waitForFunction((n) => (window as unknown as { pypErrors: unknown[] }).pypErrors.length >= n, index + 1, {
          timeout: 5_000,
        })
        .catch(() => {
          throw new Error(`no pyp-error for "${name}"`);
        });
    }
    const all = await errors();
    expect(all).toHaveLength(malformedAnswers.length);
    for (const error of all) expect(error.message).toMatch(/^Invalid answers: \S/);
    await expect(widget(page).evaluate((el) => (el as unknown as { answers: unknown }).answers)).resolves.toEqual({
      lead: ['ems'],
    });
    await expect(page.evaluate(() => (({}) as Record<string, unknown>).polluted)).resolves.toBeUndefined();
  });

  it('handles invalid attribute values and corrupted saved progress without an error thrown', async () => {
    const page = await openPage(
      '/',
      {},
      {
        record: true,
        beforeGoto: (p) =>
          p.addInitScript(() =>
            localStorage.setItem(
              'pyp:default',
              '{"format":"pick-your-pathway/progress","version":1,"step":"lead","answers":{"lead":',
            ),
          ),
      },
    );
    await widget(page).getByRole('button', { name: 'Start now' }).waitFor();
    for (const [name, value] of [
      ['heading-level', 'nine'],
      ['heading-level', '9'],
      ['heading-level', '-1'],
      ['lang', '<script>'],
      ['lang', ''],
      ['persist', ''],
      ['content-src', ''],
    ] as const) {
      await widget(page).evaluate((el, [n, v]) => el.setAttribute(n, v), [name, value] as const);
    }
    await answerLead(page);
    await widget(page).getByRole('button', { name: 'Continue' }).click();
    await widget(page)
      .getByRole('group', { name: 'Which situations do you want your program to respond to?' })
      .waitFor();
    const errors = await page.evaluate(() =>
      (window as unknown as { pypEvents: { type: string; detail: { message: string } }[] }).pypEvents
        .filter((e) => e.type === 'pyp-error')
        .map((e) => e.detail.message),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Saved progress under "pyp:default" was discarded/),
        expect.stringMatching(/^heading-level must be/),
      ]),
    );
    await expect(widget(page).evaluate((el) => el.shadowRoot!.querySelector('h2,h3,h4,h5,h6')!.tagName)).resolves.toBe(
      'H2',
    );
  });

  it('renders HTML and script payloads in content as inert text', async () => {
    const page = await openPage('/');
    const payload =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">x</a>';
    await widget(page).evaluate((el, p) => {
      (el as unknown as { content: unknown }).content = { texts: { en: { ui: { intro: { title: p, lead: p } } } } };
    }, payload);
    await widget(page).getByRole('heading', { name: payload }).waitFor();
    await expect(
      widget(page).evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, a[href^="javascript"]').length),
    ).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });
});
