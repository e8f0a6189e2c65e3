/**
 * Planning together in a real browser: a team link of three partners (from the scenarios) side by
 * side, with the combined result equal to recommend() of the combined answers; bad team links;
 * the builder; and presenter mode's QR code under the strict CSP, decoded back to the address.
 */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers, type Answers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { encodeAnswers } from '../../machines/share-codec';
import { combineAnswers, teamFragment } from '../../machines/team';
import { readScenarios } from '../support/fixtures';
import type { Locator } from 'playwright-core';
import { baseUrl, eventsOf, eventually, openPage, useBrowser } from './browser';
import { optionLabel } from './quiz';

useBrowser();

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
/** The texts a field's aria-describedby points at, as a screen reader reads them. */
const description = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '')
      .join(' '),
  );

const scenarios = readScenarios().map((s) => parseAnswers(s.answers));
// The scenarios' first three: EMS after overdoses, a police department holding charges, a fire department's walk-ins.
const [ems, police, fire] = [scenarios[0]!, scenarios[1]!, scenarios[2]!];
const members = [
  { label: 'EMS', answers: ems },
  { label: 'Police', answers: police },
  { label: 'Fire', answers: fire },
];
const link = (list: { label: string | null; answers: Answers }[]) =>
  teamFragment(list.map(({ label, answers }) => ({ label, code: encodeAnswers(answers) })));

describe('a team link', () => {
  it('shows three partners side by side, their talking points, and the combined result of recommend()', async () => {
    const page = await openPage(`/${link(members)}`, {}, { record: true });
    const widget = page.locator('pick-your-pathway');
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    const team = await widget.evaluate((el: any) => el.team);
    const combined = combineAnswers([ems, police, fire]);
    expect(team.combined).toEqual(combined);
    expect(team.result).toEqual(recommend(combined, builtInContent));
    expect(team.members.map((m: any) => [m.label, m.result])).toEqual(
      members.map((m) => [m.label, recommend(m.answers, builtInContent)]),
    );
    expect((await eventsOf(page, 'pyp-step', 1)).map((d) => d.step)).toContain('team');

    // Side by side: a column per partner; a question where they differ says so in words.
    const answers = page.getByRole('region', { name: 'Answers side by side' }).getByRole('table');
    for (const name of ['EMS', 'Police', 'Fire']) await shown(answers.getByRole('columnheader', { name }));
    const leads = new Set([ems, police, fire].map((a) => a.lead.join()));
    const leadRow = answers.getByRole('row', { name: /^Who leads/ });
    await eventually(() => leadRow.textContent()).toContain(leads.size > 1 ? 'Talking point:' : 'All agree');
    const differing = await answers.getByText('Talking point:').count();
    await shown(page.getByText(new RegExp(`differ on ${differing} of \\d questions`)));

    // The combined answers: every lead any partner chose, the setting most chose.
    const together = page.locator('pick-your-pathway').locator('table.team__combined');
    const combinedLead = await together
      .getByRole('row', { name: /^Who leads/ })
      .getByRole('cell')
      .textContent();
    for (const id of combined.lead) expect(combinedLead).toContain(optionLabel('lead', id));
    expect(
      await together
        .getByRole('row', { name: /^Community/ })
        .getByRole('cell')
        .textContent(),
    ).toBe(optionLabel('setting', combined.setting));

    // Each partner's pathways, then all of them together.
    const pathways = page.getByRole('region', { name: 'Each partner’s pathways' });
    const strongTogether = team.result.pathways.filter((p: any) => p.fit === 'strong').length;
    await shown(pathways.getByRole('row', { name: /All of you together/ }));
    expect(strongTogether).toBeGreaterThan(0);

    // The reader's own progress is not touched.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    // The full combined result, as a share link would show it.
    await page.getByRole('button', { name: 'See the full combined result' }).click();
    await shown(page.getByRole('heading', { name: 'Your recommended pathways' }));
    expect(await widget.evaluate((el: any) => el.result)).toEqual(recommend(combined, builtInContent));
    expect(await widget.evaluate((el: any) => el.team)).toBeNull();
  });

  it('leaves out a garbled partner or a label with markup, names them, and keeps the rest', async () => {
    const good = members.map((m) => `${encodeURIComponent(m.label)}~${encodeAnswers(m.answers)}`);
    const fragment = `#pyp-team=${good[0]},EMS~1.garbled,${encodeURIComponent('<b>Fire</b>')}~${encodeAnswers(ems)},${good[2]}`;
    const page = await openPage(`/${fragment}`, {}, { record: true });
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    await shown(page.getByText('Partner 2: the answers could not be read.'));
    await shown(page.getByText(/Partner 3: the name holds characters that are not allowed/));
    const team = await page.locator('pick-your-pathway').evaluate((el: any) => el.team);
    expect(team.members.map((m: any) => m.label)).toEqual(['EMS', 'Fire']);
    const [error] = await eventsOf(page, 'pyp-error', 1);
    expect(error.issues).toHaveLength(2);
    // Markup in a label is never drawn as markup.
    expect(await page.locator('pick-your-pathway').evaluate((el) => el.shadowRoot!.querySelectorAll('b').length)).toBe(
      0,
    );
  });

  it('refuses more than twenty partners on the start page, keeping saved progress on offer', async () => {
    const saved = JSON.stringify({
      format: 'pick-your-pathway/progress',
      version: 1,
      step: 'situations',
      answers: { lead: ['ems'] },
      readiness: {},
      savedAt: '2026-11-20T10:00:00.000Z',
    });
    const crowd = link(Array.from({ length: 21 }, (_, i) => ({ label: `P${i}`, answers: police })));
    const page = await openPage('/', {}, { waitForWidget: false });
    await page.evaluate((text) => localStorage.setItem('pyp:default', text), saved);
    await page.goto(new URL(`/index.html${crowd}`, baseUrl()).href);
    await shown(page.getByText(/a team link holds at most 20 members/));
    await shown(page.getByRole('button', { name: /Continue/ }));
    expect(await page.evaluate(() => localStorage.getItem('pyp:default'))).toBe(saved);
  });

  it('shows in Spanish', async () => {
    const page = await openPage(`/es.html${link(members)}`);
    await shown(page.getByRole('heading', { name: 'Las respuestas de su equipo' }));
    await shown(page.getByRole('columnheader', { name: 'Pregunta' }));
  });

  it('prints alone, without its buttons', async () => {
    const page = await openPage(`/${link(members)}`);
    await page.evaluate(() => (window.print = () => {}));
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printed = await page.locator('pick-your-pathway').evaluate((el) => {
      const frame = el.shadowRoot!.querySelector<HTMLIFrameElement>('.print-frame');
      const doc = frame?.contentDocument;
      const buttons = [...(doc?.querySelectorAll('button') ?? [])];
      return {
        tables: doc?.querySelectorAll('table').length ?? 0,
        visibleButtons: buttons.filter((b) => b.checkVisibility()).length,
      };
    });
    expect(printed).toEqual({ tables: 3, visibleButtons: 0 });
  });

  it('reads large in presenter mode (no text under 18 px)', async () => {
    const page = await openPage(`/workshop.html${link(members)}`, { viewport: { width: 1280, height: 720 } });
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    const smallest = await page.locator('pick-your-pathway').evaluate((el) => {
      const part = el.shadowRoot!.querySelector('[part="team"]')!;
      return Math.min(
        ...[...part.querySelectorAll('th, td, p, li, button')].map((n) => parseFloat(getComputedStyle(n).fontSize)),
      );
    });
    expect(smallest).toBeGreaterThanOrEqual(18);
  });
});

describe('the team link builder', () => {
  it('takes share links one by one with names, explains a bad one at its field, and builds the team link', async () => {
    const page = await openPage('/');
    await page.getByRole('button', { name: 'Put your share links side by side' }).click();
    await shown(page.getByRole('heading', { name: 'Plan together' }));
    const name = page.getByRole('textbox', { name: 'Partner’s name (optional)' });
    const shareLink = page.getByRole('textbox', { name: 'Their share link' });
    const add = page.getByRole('button', { name: 'Add partner' });

    await name.fill('Police');
    await shareLink.fill('https://example.org/page');
    await add.click();
    await eventually(() => shareLink.getAttribute('aria-invalid')).toBe('true');
    await eventually(() => description(shareLink)).toMatch(/This is not a share link from this quiz/);
    await shareLink.fill('https://example.org/page#pyp=1.garbled');
    await add.click();
    await eventually(() => description(shareLink)).toMatch(/This link could not be read/);
    await name.fill('<script>');
    await shareLink.fill(`https://example.org/#pyp=${encodeAnswers(police)}`);
    await add.click();
    await eventually(() => name.getAttribute('aria-invalid')).toBe('true');
    await eventually(() => description(name)).toMatch(/characters that are not allowed/);

    for (const member of members) {
      await name.fill(member.label);
      await shareLink.fill(`https://agency.example/plan#pyp=${encodeAnswers(member.answers)}`);
      await add.click();
      await eventually(() => name.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    }
    await shown(page.getByRole('heading', { name: '3 partners added' }));
    expect(await shareLink.getAttribute('aria-invalid')).toBeNull();
    const built = await page.getByRole('textbox', { name: 'Team link' }).inputValue();
    expect(built).toBe(new URL(`/${link(members)}`, baseUrl()).href);

    await page.getByRole('button', { name: 'Remove Police' }).click();
    await shown(page.getByRole('heading', { name: '2 partners added' }));
    await page.getByRole('button', { name: 'Open the team page' }).click();
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    const team = await page.locator('pick-your-pathway').evaluate((el: any) => el.team);
    expect(team.members.map((m: any) => m.label)).toEqual(['EMS', 'Fire']);

    // The team link built opens the same team in a new page.
    const again = await openPage(new URL(built).pathname + new URL(built).hash);
    await shown(again.getByRole('heading', { name: 'Your team’s answers' }));
    expect((await again.locator('pick-your-pathway').evaluate((el: any) => el.team)).members).toHaveLength(3);
  });
});

describe('presenter mode', () => {
  it('shows a QR code of the page under the strict CSP, drawn with no request to another host', async () => {
    const requests: string[] = [];
    const page = await openPage(
      '/workshop.html?csp=trusted-types',
      { viewport: { width: 1280, height: 800 } },
      {
        beforeGoto: async (p) => void p.on('request', (r) => requests.push(r.url())),
      },
    );
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy|Trusted Type/i.test(m.text()) && violations.push(m.text()));
    await page.getByRole('button', { name: 'Join on a phone' }).click();
    const code = page.getByRole('img', { name: /^QR code of / });
    await shown(code);
    // The page's address with the fragment that opens the participant's quiz, not presenter mode.
    const address = new URL('/workshop.html?csp=trusted-types#pyp-join', baseUrl()).href;
    expect(await code.getAttribute('aria-label')).toBe(`QR code of ${address}`);

    // Decoded from the pixels on screen, the code gives that address.
    const png = (await code.screenshot()).toString('base64');
    const blank = await openPage('/', {}, { waitForWidget: false });
    const pixels = await blank.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return {
        width: image.width,
        height: image.height,
        data: [...context.getImageData(0, 0, image.width, image.height).data],
      };
    }, png);
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(decoded?.data).toBe(address);

    // Opened as a phone would, under the same CSP: the quiz, with no trainer's toolbar.
    const opened = new URL(decoded!.data);
    const phone = await openPage(opened.pathname + opened.search + opened.hash, {
      viewport: { width: 375, height: 800 },
    });
    await shown(phone.getByRole('heading', { name: 'Pick your deflection pathway' }));
    await expect(phone.getByRole('navigation', { name: 'Workshop views' }).count()).resolves.toBe(0);
    await phone.keyboard.press('c');
    await expect(phone.getByRole('table').count(), 'no presenter shortcuts').resolves.toBe(0);

    expect(requests.filter((url) => new URL(url).origin !== new URL(baseUrl()).origin)).toEqual([]);
    expect(requests.some((url) => /\/module\/qr-[\w-]+\.js$/.test(url))).toBe(true);
    expect(violations).toEqual([]);
    await eventually(() => page.evaluate(() => document.title)).toBeTruthy();
  });
});
