/**
 * Planning together in a real browser: a team link of three partners (a sheriff's office, county
 * EMS and a treatment provider, UX review items 1 and 2) read as a meeting agenda, with the
 * combined result equal to recommend() of the combined answers; every partner's answer on a phone;
 * bad team links; the builder, which keeps its partners in saved progress; and presenter mode's QR
 * code under the strict CSP, decoded back to the address.
 */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers, type Answers } from '../../machines/answers';
import { encodeAnswers, teamFragment, teamOf } from '../../machines';
import { recommend } from '../../machines/recommend';
import { combineAnswers } from '../../machines/team';
import { readScenarios } from '../support/fixtures';
import type { Locator, Page } from 'playwright-core';
import { text, type Lang } from './a11y';
import { baseUrl, eventsOf, eventually, openPage, useBrowser } from './browser';
import { readQrCode } from './qr';
import teamEn from '../../data/locales/en/ui.team.json';
import teamEs from '../../data/locales/es/ui.team.json';

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

// UX review items 1 and 2: a rural county's sheriff's office, its EMS, and a treatment provider
// that already runs Self-Referral.
const county = [
  {
    label: 'Sheriff’s Office',
    answers: parseAnswers({
      lead: ['law-enforcement'],
      situations: ['routine-contact', 'low-level-offense'],
      population: ['substance-use', 'opioid-use'],
      charging: ['abeyance'],
      partners: ['case-manager', 'treatment'],
      setting: 'rural',
      existing: [],
    }),
  },
  {
    label: 'County EMS',
    answers: parseAnswers({
      lead: ['ems'],
      situations: ['after-overdose'],
      population: ['opioid-use'],
      partners: ['peer', 'treatment'],
      setting: 'rural',
      existing: [],
    }),
  },
  {
    label: 'Hope Recovery Center',
    answers: parseAnswers({
      lead: ['behavioral-health'],
      situations: ['asks-for-help', 'after-overdose'],
      population: ['substance-use', 'opioid-use'],
      partners: ['clinician', 'peer', 'treatment'],
      setting: 'rural',
      existing: ['self-referral'],
    }),
  },
];
const TEAM = { en: teamEn.team, es: teamEs.team };
const pathwayName = (lang: Lang, id: string) => text(lang, 'pathways', `${id}.name`);
const label = (lang: Lang, key: string) => text(lang, 'ui', `review.labels.${key}`);

/** Elements in the widget that scroll sideways (content wider than the box), and whether the page does. */
const sidewaysScrolling = (page: Page) =>
  page.locator('pick-your-pathway').evaluate((el) => {
    const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
      .map((node) => node.className || node.tagName);
    return { wide, page: document.documentElement.scrollWidth > window.innerWidth };
  });

describe('a team link', () => {
  it('reads as a meeting agenda: what all agree on, who chose what where they differ, then the combined result', async () => {
    const page = await openPage(`/${link(county)}`, {}, { record: true });
    const widget = page.locator('pick-your-pathway');
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    const team = await widget.evaluate((el: any) => el.team);
    const expected = teamOf(county, builtInContent);
    expect(team).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(team.result).toEqual(recommend(combineAnswers(county.map((m) => m.answers)), builtInContent));
    // Charging is asked of the sheriff's office alone: never a disagreement.
    expect(team.disagreements).not.toContain('charging');
    expect((await eventsOf(page, 'pyp-step', 1)).map((d) => d.step)).toContain('team');
    await shown(page.getByText(`They differ on ${team.disagreements.length} of 7 questions`, { exact: false }));

    // First what all agree on, in words.
    const agree = page.getByRole('region', { name: 'What you agree on' });
    await shown(agree.getByText('All three want to reach people who use opioids.'));
    await shown(agree.getByText('All three serve a rural community.'));

    // Then each disagreement, and only those, with who chose what.
    const differ = page.getByRole('region', { name: 'Where you differ' });
    const points = (await differ.getByRole('heading').allTextContents()).slice(1);
    expect(points).toEqual(team.disagreements.map((key: string) => label('en', key)));
    await shown(differ.getByRole('listitem').filter({ hasText: /^Law enforcement: Sheriff’s Office only\.$/ }));
    await shown(differ.getByRole('listitem').filter({ hasText: /^Self-Referral: Hope Recovery Center only\.$/ }));

    // Then the combined result, opened as the single result opens: what to start with.
    const result = page.getByRole('region', { name: 'What your combined answers point to' });
    const strong = team.result.pathways.filter((p: any) => p.fit === 'strong').map((p: any) => pathwayName('en', p.id));
    expect(strong.length).toBeGreaterThan(0);
    const opening = await result.locator('.team__opening').textContent();
    expect(opening).toMatch(/^Start with /);
    for (const name of strong) expect(opening).toContain(name);
    // The six in order of fit, with the result's status words; a pathway one partner runs names them.
    const six = await result
      .getByRole('list', { name: 'All six pathways, in order of fit' })
      .locator(':scope > li')
      .allTextContents();
    expect(six).toHaveLength(6);
    six.slice(0, strong.length).forEach((line, i) => expect(line).toBe(`${strong[i]}: Strong fit`));
    const running = six.find((line) => line.startsWith('Self-Referral'))!;
    expect(running).toContain('Self-Referral: Already running (Hope Recovery Center)');
    // What the others' own answers would make of it instead.
    for (const i of [0, 1]) {
      const fit = team.members[i].result.pathways.find((p: any) => p.id === 'self-referral')?.fit;
      const status = fit === 'strong' ? 'Strong fit' : fit === 'possible' ? 'Possible fit' : 'Not for now';
      expect(running).toContain(`${county[i]!.label}: ${status}`);
    }
    expect(await result.textContent()).not.toMatch(/Not recommended/);

    // The reader's own progress is not touched.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    // The full combined result, as a share link would show it.
    await page.getByRole('button', { name: 'See the full combined result' }).click();
    await shown(page.getByRole('heading', { name: 'Your recommended pathways' }));
    expect(await widget.evaluate((el: any) => el.result)).toEqual(team.result);
    expect(await widget.evaluate((el: any) => el.team)).toBeNull();
  });

  for (const lang of ['en', 'es'] as const)
    it(`shows every partner’s answer to every question on a 375 px phone, nothing scrolling sideways (${lang})`, async () => {
      const six = [...county, ...members];
      const page = await openPage(`/${lang === 'es' ? 'es.html' : ''}${link(six)}`, {
        viewport: { width: 375, height: 800 },
      });
      await shown(page.getByRole('heading', { name: TEAM[lang].title }));
      const team = await page.locator('pick-your-pathway').evaluate((el: any) => el.team);
      const answers = page.getByRole('region', { name: TEAM[lang].answersTitle });
      const keys = ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing'];
      for (const key of keys) {
        const question = answers.getByRole('region', { name: new RegExp(`^${label(lang, key)}`) });
        for (const [i, member] of six.entries()) {
          const answer = question.locator('.team__answer').nth(i);
          expect(await answer.locator('dt').textContent()).toBe(member.label);
          const value = member.answers[key as keyof Answers];
          const ids = value === undefined ? null : typeof value === 'string' ? [value] : value;
          const said = (await answer.locator('dd').textContent())!.toLowerCase();
          if (ids === null) expect(said).toBe(TEAM[lang].notAsked.toLowerCase());
          for (const id of ids ?? [])
            expect(said).toContain(
              (key === 'existing'
                ? pathwayName(lang, id)
                : text(lang, 'questions', `${key}.options.${id}.label`)
              ).toLowerCase(),
            );
          // On screen: scrolled to, it lies whole inside the 375 px width.
          await answer.scrollIntoViewIfNeeded();
          const box = (await answer.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(375);
          expect(await answer.isVisible()).toBe(true);
        }
      }
      expect(team.members).toHaveLength(6);
      expect(await sidewaysScrolling(page)).toEqual({ wide: [], page: false });
      // Spanish says "participantes", never "socio".
      if (lang === 'es') expect(await page.locator('pick-your-pathway').textContent()).not.toMatch(/\bsoci[oa]s?\b/i);
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
    await shown(page.getByRole('heading', { name: 'En qué coinciden' }));
    await shown(page.getByRole('heading', { name: 'Qué indican sus respuestas combinadas' }));
  });

  it('prints alone on its own numbered pages, without its buttons', async () => {
    const page = await openPage(`/${link(members)}`);
    await page.evaluate(() => (window.print = () => {}));
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printed = await page.locator('pick-your-pathway').evaluate((el) => {
      const frame = el.shadowRoot!.querySelector<HTMLIFrameElement>('.print-frame');
      const doc = frame?.contentDocument;
      const buttons = [...(doc?.querySelectorAll('button') ?? [])];
      const part = doc?.querySelector<HTMLElement>('[part="team"]');
      return {
        // The team page's own named page, whose margin boxes number the pages.
        page: part ? frame!.contentWindow!.getComputedStyle(part).page : null,
        questions: doc?.querySelectorAll('.team__question').length ?? 0,
        visibleButtons: buttons.filter((b) => b.checkVisibility()).length,
      };
    });
    expect(printed).toEqual({ page: 'team', questions: 7, visibleButtons: 0 });
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

describe('the team link builder over days', () => {
  it('keeps its partners in saved progress: after a reload they are still there, the quiz untouched', async () => {
    const page = await openPage('/');
    await page.getByRole('button', { name: 'Put your share links side by side' }).click();
    const name = page.getByRole('textbox', { name: 'Partner’s name (optional)' });
    const shareLink = page.getByRole('textbox', { name: 'Their share link' });
    for (const member of county.slice(0, 2)) {
      await name.fill(member.label);
      await shareLink.fill(`https://agency.example/plan#pyp=${encodeAnswers(member.answers)}`);
      await page.getByRole('button', { name: 'Add partner' }).click();
      await eventually(() => name.inputValue()).toBe('');
    }
    await shown(page.getByRole('heading', { name: '2 partners added' }));

    await page.reload();
    await page.getByRole('button', { name: 'Put your share links side by side' }).click();
    await shown(page.getByRole('heading', { name: '2 partners added' }));
    const built = await page.getByRole('textbox', { name: 'Team link' }).inputValue();
    expect(built).toBe(new URL(`/${link(county.slice(0, 2))}`, baseUrl()).href);
    // No progress of the quiz is offered: only partners were saved.
    await page.getByRole('button', { name: 'Back to the quiz' }).click();
    await shown(page.getByRole('button', { name: 'Start now' }));
    expect(await page.getByRole('button', { name: /Continue/ }).count()).toBe(0);

    // One more on another day, and the team page shows all three.
    await page.reload();
    await page.getByRole('button', { name: 'Put your share links side by side' }).click();
    await name.fill(county[2]!.label);
    await shareLink.fill(`https://agency.example/plan#pyp=${encodeAnswers(county[2]!.answers)}`);
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('button', { name: 'Open the team page' }).click();
    await shown(page.getByRole('heading', { name: 'Your team’s answers' }));
    const team = await page.locator('pick-your-pathway').evaluate((el: any) => el.team);
    expect(team.members.map((m: any) => m.label)).toEqual(county.map((m) => m.label));
  });
});

describe('presenter mode', () => {
  it(
    'shows a QR code of the page under the strict CSP, drawn with no request to another host',
    { timeout: 60_000 },
    async () => {
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
      const blank = await openPage('/', {}, { waitForWidget: false });
      const decoded = await readQrCode(code, blank);
      expect(decoded).toBe(address);

      // Opened as a phone would, under the same CSP: the quiz, with no trainer's toolbar.
      const opened = new URL(decoded!);
      const phone = await openPage(opened.pathname + opened.search + opened.hash, {
        viewport: { width: 375, height: 800 },
      });
      await shown(phone.getByRole('heading', { name: 'Pick your deflection pathway' }));
      await expect(phone.getByRole('navigation', { name: 'Workshop views' }).count()).resolves.toBe(0);
      await phone.keyboard.press('c');
      await expect(phone.getByRole('table').count(), 'no presenter shortcuts').resolves.toBe(0);
      // The attribute stays on the element, yet no presenter style applies: the text's size, colour and layout are those
      // of a page without presenter mode (at 375 px presenter type is 1em too, so its black and its grid tell it apart).
      await expect(phone.locator('pick-your-pathway').getAttribute('mode')).resolves.toBe('presenter');
      const looks = (p: typeof phone) =>
        p.evaluate(() => {
          const root = document.querySelector('pick-your-pathway')!.shadowRoot!;
          const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
          const widget = style('.pyp');
          return {
            heading: style('h2, h1').fontSize,
            text: style('.pyp p').fontSize,
            color: widget.color,
            display: widget.display,
            maxWidth: widget.maxWidth,
          };
        });
      const plain = await openPage('/', { viewport: { width: 375, height: 800 } });
      await shown(plain.getByRole('heading', { name: 'Pick your deflection pathway' }));
      expect(await looks(phone)).toEqual(await looks(plain));

      expect(requests.filter((url) => new URL(url).origin !== new URL(baseUrl()).origin)).toEqual([]);
      expect(requests.some((url) => /\/module\/qr-[\w-]+\.js$/.test(url))).toBe(true);
      expect(violations).toEqual([]);
      await eventually(() => page.evaluate(() => document.title)).toBeTruthy();
    },
  );
});
