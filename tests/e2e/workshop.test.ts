/**
 * Presenter (workshop) mode in a real browser, on demo/workshop.html: a whole demonstration from
 * the keyboard only, shortcuts that stay out of the way of a text field on the host page, the
 * shortcut list, the four trainer's views (all six side by side, why, the decision map, what if)
 * in English and Spanish, axe-core on each of them, and the decision map's highlights.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import pathwayRules from '../../data/pathways.json';
import questionsData from '../../data/questions.json';
import reasonsEn from '../../data/locales/en/reasons.json';
import sites from '../../data/sites.json';
import { describeViolations, installPageLib, runAxe, settled, text, type Lang } from './a11y';
import { baseUrl, eventually, openPage, recordedEvents, useBrowser, widgetFocus } from './browser';
import { readQrCode } from './qr';
import {
  askedKeys,
  idsOf,
  optionInput,
  optionLabel,
  pathwayName,
  prompt,
  reviewLabel,
  ui,
  type QuestionKey,
  type ScenarioAnswers,
  QUESTION_ORDER,
} from './quiz';

useBrowser();

// The words a presenter sees, in either language.
const say = (lang: Lang, path: string, values?: Record<string, string | number>) => text(lang, 'ui', path, values);
const ws = (path: string, values?: Record<string, string | number>, lang: Lang = 'en') =>
  say(lang, `workshop.${path}`, values);
const nameOf = (id: string, lang: Lang = 'en') => text(lang, 'pathways', `${id}.name`);
const labelOf = (key: QuestionKey, id: string, lang: Lang = 'en') =>
  text(lang, 'questions', `${key}.options.${id}.label`);
const reason = (key: string, id: string) => (reasonsEn.reason as Record<string, Record<string, string>>)[key]![id]!;

const PATHWAYS = [
  'self-referral',
  'active-outreach',
  'naloxone-plus',
  'officer-referral',
  'officer-intervention',
  'community-response',
] as const;
type View = 'compare' | 'why' | 'map' | 'what-if' | 'join';
const VIEWS: { view: View; key: string }[] = [
  { view: 'compare', key: 'c' },
  { view: 'why', key: 'w' },
  { view: 'map', key: 'm' },
  { view: 'what-if', key: 'i' },
  { view: 'join', key: 'j' },
];

const widgetOf = (page: Page) => page.locator('pick-your-pathway');
const toolbar = (page: Page, lang: Lang = 'en') =>
  widgetOf(page).getByRole('navigation', { name: ws('label', {}, lang), exact: true });
const barButton = (page: Page, name: string, lang: Lang = 'en') =>
  toolbar(page, lang).getByRole('button', { name, exact: true, includeHidden: true });
/** Opens the toolbar's "More" menu (full screen, the shortcuts), where it is closed. */
async function openMore(page: Page, lang: Lang = 'en') {
  const more = barButton(page, ws('more', {}, lang), lang);
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}
const viewButton = (page: Page, view: View | 'quiz', lang: Lang = 'en') =>
  barButton(page, ws(`views.${view}`, {}, lang), lang);
const heading = (scope: Page | Locator, name: string) => scope.getByRole('heading', { name, exact: true });
const region = (scope: Page | Locator, name: string) => scope.getByRole('region', { name, exact: true });
const shortcutList = (page: Page, lang: Lang = 'en') => region(widgetOf(page), ws('shortcuts', {}, lang));
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const textsOf = async (locator: Locator) => (await locator.allTextContents()).map(clean);

/** Opens the workshop page and waits for presenter mode's own file (its toolbar). */
async function openWorkshop(contextOptions: Parameters<typeof openPage>[1] = {}, record = false): Promise<Page> {
  const page = await openPage('/workshop.html', contextOptions, { record });
  await toolbar(page).waitFor();
  return page;
}

/** Waits until the widget's focused element is a heading with this text (where a step or view change moves focus). */
async function expectHeadingFocused(page: Page, name: string) {
  await eventually(
    async () => {
      const focus = await widgetFocus(widgetOf(page));
      return focus.inWidget && /^H[1-6]$/.test(focus.tag ?? '') ? focus.text : focus;
    },
    { message: `focus on the heading "${name}"` },
  ).toBe(name);
}

/** The `pyp-step` steps recorded so far. */
const steps = async (page: Page) =>
  (await recordedEvents(page)).filter((e) => e.type === 'pyp-step').map((e) => e.detail.step as string);

/** The number key of an option: its place in the question (the built-in content's order). */
function optionNumber(key: QuestionKey, id: string): string {
  const index = questionsData.find((q) => q.id === key)!.options.findIndex((o) => o.id === id);
  if (index < 0 || index > 8) throw new Error(`no option key for ${key}: ${id}`);
  return String(index + 1);
}

/** Ticks an option with its number key and checks that it is ticked and has focus. */
async function tickByKey(page: Page, key: QuestionKey, id: string, checked = true) {
  await page.keyboard.press(optionNumber(key, id));
  const widget = widgetOf(page);
  await eventually(() => optionInput(widget, key, id).isChecked(), {
    message: `${key}: ${id} ${checked ? 'ticked' : 'unticked'} by its number`,
  }).toBe(checked);
  await eventually(
    async () => {
      const focus = await widgetFocus(widget);
      return focus.inWidget ? focus.label : null;
    },
    { message: `focus on ${key}: ${id}` },
  ).toBe(optionLabel(key, id));
}

/**
 * Answers the quiz with the presenter keys only, from the start page to the result: PageDown or N
 * (by turns) to go on, the option numbers to tick. `onQuestion` runs on each question first.
 */
async function answerByKeys(page: Page, answers: ScenarioAnswers, onQuestion?: (key: QuestionKey) => Promise<void>) {
  await page.keyboard.press('PageDown');
  for (const [index, key] of askedKeys(answers).entries()) {
    await expectHeadingFocused(page, prompt(key));
    await onQuestion?.(key);
    for (const id of idsOf(answers, key)) await tickByKey(page, key, id);
    await page.keyboard.press(index % 2 === 0 ? 'n' : 'PageDown');
  }
  await expectHeadingFocused(page, ui.review.title);
  await page.keyboard.press('N');
  await expectHeadingFocused(page, ui.result.title);
}

// Answer sets. A police department (charging asked), whose result is Officer Intervention.
const POLICE: ScenarioAnswers = {
  lead: ['law-enforcement'],
  situations: ['low-level-offense'],
  population: ['substance-use', 'homelessness'],
  charging: ['abeyance'],
  partners: ['case-manager', 'treatment'],
  setting: 'urban',
  existing: [],
};
// EMS after overdoses, already running Self-Referral (six questions, no charging).
const EMS: ScenarioAnswers = {
  lead: ['ems'],
  situations: ['after-overdose'],
  population: ['opioid-use'],
  partners: ['peer'],
  setting: 'rural',
  existing: ['self-referral'],
};
// Police with crisis calls too: Community Response is what a behavioral-health lead would add.
const POLICE_AND_CRISIS: ScenarioAnswers = {
  lead: ['law-enforcement'],
  situations: ['low-level-offense', 'crisis-call'],
  population: ['substance-use'],
  charging: ['abeyance'],
  partners: ['treatment'],
  setting: 'urban',
  existing: [],
};

describe('presenter mode from the keyboard', () => {
  it('runs a whole demonstration with the shortcuts only: quiz, result, every view and back, restart', async () => {
    const page = await openWorkshop({}, true);
    const widget = widgetOf(page);
    const expected = ['intro'];
    await heading(widget, ui.intro.title).waitFor();
    await expect(viewButton(page, 'quiz').getAttribute('aria-current')).resolves.toBe('page');

    await answerByKeys(page, POLICE, async (key) => {
      expected.push(key);
      if (key === 'lead') {
        // A number ticks an option, the same number again unticks it.
        await tickByKey(page, 'lead', 'fire');
        await tickByKey(page, 'lead', 'fire', false);
      }
      if (key === 'situations') {
        // B goes back a question (keeping its answer), PageUp to the start page; forward again.
        await page.keyboard.press('b');
        await expectHeadingFocused(page, prompt('lead'));
        await expect(optionInput(widget, 'lead', 'law-enforcement').isChecked()).resolves.toBe(true);
        await page.keyboard.press('PageUp');
        await expectHeadingFocused(page, ui.intro.title);
        await page.keyboard.press('PageDown');
        await expectHeadingFocused(page, prompt('lead'));
        await page.keyboard.press('n');
        await expectHeadingFocused(page, prompt('situations'));
        expected.push('lead', 'intro', 'lead', 'situations');
      }
    });
    expected.push('review', 'result');
    const firstCard = widget.getByRole('article').first();
    await expect(firstCard.getByRole('heading').first().textContent()).resolves.toBe(nameOf('officer-intervention'));
    await eventually(() => steps(page)).toEqual(expected);

    // Each view with its letter, back to the result with Q or Escape by turns.
    for (const [index, { view, key }] of VIEWS.entries()) {
      await page.keyboard.press(key);
      await expectHeadingFocused(page, ws(`views.${view}`));
      expected.push(view);
      await eventually(() => steps(page), { message: `pyp-step after "${key}"` }).toEqual(expected);
      await expect(viewButton(page, view).getAttribute('aria-current')).resolves.toBe('page');
      await expect(viewButton(page, 'quiz').getAttribute('aria-current')).resolves.toBe(null);
      // The view replaces the quiz step.
      await expect(heading(widget, ui.result.title).count()).resolves.toBe(0);
      await page.keyboard.press(index % 2 === 0 ? 'q' : 'Escape');
      await expectHeadingFocused(page, ui.result.title);
      expected.push('result');
      await eventually(() => steps(page), { message: `pyp-step back to the quiz` }).toEqual(expected);
      await expect(viewButton(page, 'quiz').getAttribute('aria-current')).resolves.toBe('page');
    }

    // From one view straight to another; quiz keys do nothing to the quiz while a view is shown.
    await page.keyboard.press('c');
    await expectHeadingFocused(page, ws('views.compare'));
    await page.keyboard.press('PageUp');
    await page.keyboard.press('b');
    await page.keyboard.press('1');
    await page.keyboard.press('w');
    await expectHeadingFocused(page, ws('views.why'));
    await page.keyboard.press('Escape');
    await expectHeadingFocused(page, ui.result.title);
    expected.push('compare', 'why', 'result');
    await eventually(() => steps(page)).toEqual(expected);

    // R starts again, with no answers left.
    await page.keyboard.press('r');
    await expectHeadingFocused(page, ui.intro.title);
    expected.push('intro');
    await page.keyboard.press('PageDown');
    await expectHeadingFocused(page, prompt('lead'));
    expected.push('lead');
    await eventually(() => steps(page)).toEqual(expected);
    for (const id of ['law-enforcement', 'fire', 'ems', 'behavioral-health']) {
      await expect(optionInput(widget, 'lead', id).isChecked(), `${id} after R`).resolves.toBe(false);
    }
  });

  it('ignores the shortcuts while the presenter types in a text field of the host page', async () => {
    const page = await openWorkshop({}, true);
    const widget = widgetOf(page);
    await page.keyboard.press('PageDown');
    await expectHeadingFocused(page, prompt('lead'));
    await page.evaluate(() => {
      document
        .querySelector('main')!
        .insertAdjacentHTML(
          'beforeend',
          '<p><label>Notes <input type="text" id="notes"></label></p><p><label>Questions from the room <textarea id="room"></textarea></label></p>',
        );
    });
    const typed = 'n1b2cwmi?rqf';
    for (const label of ['Notes', 'Questions from the room']) {
      const field = page.getByLabel(label, { exact: true });
      await field.focus();
      await page.keyboard.type(typed);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('Escape');
      await expect(field.inputValue(), `${label}: the keys went into the field`).resolves.toBe(typed);
    }
    // Still the first question, nothing ticked, no view, no shortcut list, no full screen.
    await expect(heading(widget, prompt('lead')).isVisible()).resolves.toBe(true);
    for (const id of ['law-enforcement', 'fire'])
      await expect(optionInput(widget, 'lead', id).isChecked()).resolves.toBe(false);
    await expect(viewButton(page, 'quiz').getAttribute('aria-current')).resolves.toBe('page');
    await expect(barButton(page, ws('shortcuts')).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.fullscreenElement)).resolves.toBe(null);
    expect(await steps(page)).toEqual(['intro', 'lead']);

    // Out of the field, the same keys work again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tickByKey(page, 'lead', 'law-enforcement');
    await page.keyboard.press('n');
    await expectHeadingFocused(page, prompt('situations'));
  });

  it('shows the shortcut list on "?" and closes it with "?", Escape or Q, without leaving the step or the view', async () => {
    const page = await openWorkshop({}, true);
    const widget = widgetOf(page);
    const helpButton = barButton(page, ws('shortcuts'));
    await expect(helpButton.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(shortcutList(page).count()).resolves.toBe(0);

    await page.keyboard.press('?');
    const list = shortcutList(page);
    await list.waitFor();
    await expect(heading(list, ws('shortcuts')).isVisible()).resolves.toBe(true);
    await expect(helpButton.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await textsOf(list.getByRole('term'))).toEqual([
      'PageDown / N',
      'PageUp / B',
      '1 … 9',
      'R',
      'C',
      'W',
      'M',
      'I',
      'J',
      'Q / Esc',
      'F',
      '?',
    ]);
    expect(await textsOf(list.getByRole('definition'))).toEqual(
      [
        'continue',
        'back',
        'option',
        'restart',
        'compare',
        'why',
        'map',
        'whatIf',
        'join',
        'quiz',
        'fullScreen',
        'help',
      ].map((k) => ws(`keys.${k}`)),
    );

    // "?" again closes it; Escape and Q close it too, and stay on the start page.
    await page.keyboard.press('?');
    await eventually(() => list.count(), { message: 'list closed by ?' }).toBe(0);
    await expect(helpButton.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('?');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await eventually(() => list.count(), { message: 'list closed by Escape' }).toBe(0);
    await openMore(page);
    await helpButton.click();
    await list.waitFor();
    await expect(helpButton.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('q');
    await eventually(() => list.count(), { message: 'list closed by Q' }).toBe(0);
    await expect(heading(widget, ui.intro.title).isVisible()).resolves.toBe(true);

    // Over a view: Escape closes the list first, then the view.
    await page.keyboard.press('m');
    await expectHeadingFocused(page, ws('views.map'));
    await page.keyboard.press('?');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await eventually(() => list.count()).toBe(0);
    await expect(heading(widget, ws('views.map')).isVisible(), 'still on the map').resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expectHeadingFocused(page, ui.intro.title);
    // Opening a view closes the list.
    await page.keyboard.press('?');
    await list.waitFor();
    await page.keyboard.press('c');
    await expectHeadingFocused(page, ws('views.compare'));
    await expect(list.count()).resolves.toBe(0);
    expect(await steps(page)).toEqual(['intro', 'map', 'intro', 'compare']);
  });

  it('turns full screen on and off with F, the toolbar button following', async () => {
    const page = await openWorkshop();
    await page.evaluate(() => {
      const w = window as unknown as { fullscreenChanges: string[] };
      w.fullscreenChanges = [];
      document.addEventListener('fullscreenchange', () =>
        w.fullscreenChanges.push(document.fullscreenElement?.localName ?? 'none'),
      );
    });
    const fullScreen = barButton(page, ws('fullScreen'));
    await expect(fullScreen.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.keyboard.press('f');
    await eventually(() =>
      page.evaluate(() => (window as unknown as { fullscreenChanges: string[] }).fullscreenChanges),
    ).toEqual(['pick-your-pathway']);
    await eventually(() => fullScreen.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('F');
    await eventually(() =>
      page.evaluate(() => (window as unknown as { fullscreenChanges: string[] }).fullscreenChanges),
    ).toEqual(['pick-your-pathway', 'none']);
    await eventually(() => fullScreen.getAttribute('aria-pressed')).toBe('false');
  });
});

describe("the trainer's views", () => {
  /** The matrix of "All six side by side": its column headers, row headers and each row's cells. */
  async function matrix(page: Page) {
    const table = widgetOf(page).getByRole('table');
    const columns = (await textsOf(table.getByRole('columnheader'))).slice(0);
    const rows = [];
    for (const row of await table.locator('tbody tr').all())
      rows.push({
        facet: clean(await row.getByRole('rowheader').textContent()),
        cells: await textsOf(row.getByRole('cell')),
      });
    return { columns, rows };
  }
  const and = (items: string[]) => new Intl.ListFormat('en').format(items);
  const or = (items: string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items);

  it('all six side by side: a matrix, one column per pathway and one row per facet, read from the rules', async () => {
    const page = await openWorkshop({ viewport: { width: 1280, height: 720 } });
    await page.keyboard.press('c');
    await expectHeadingFocused(page, ws('views.compare'));
    const { columns, rows } = await matrix(page);
    // Before a result: the fixed order.
    expect(columns).toEqual(pathwayRules.map((p) => nameOf(p.id)));
    // Few words per cell: the leads (all three first responders said as one), the situation that points to it, what happens to charges,
    // the partners by short names with the group all six need said once in the row's header, and a program's name.
    const shortPartner = (id: string) => ws(`matrix.partner.${id}`);
    const common = pathwayRules[0]!.partnerGroups.filter((g) =>
      pathwayRules.every((p) => p.partnerGroups.some((h) => h.join() === g.join())),
    );
    expect(common.length, 'the content has a partner group all six need').toBeGreaterThan(0);
    expect(rows.map((r) => r.facet)).toEqual([
      ws('matrix.lead'),
      ws('matrix.serves'),
      ws('matrix.charges'),
      ws('matrix.partnersBesides', { partners: and(common.map((g) => or(g.map(shortPartner)))) }),
      ws('matrix.example'),
    ]);
    const cells = (index: number) => rows[index]!.cells;
    expect(cells(0)).toEqual(
      pathwayRules.map((p) =>
        ['law-enforcement', 'fire', 'ems'].every((id) => p.allowedBy.lead.includes(id))
          ? ws('matrix.anyFirstResponder')
          : and(p.allowedBy.lead.map((id) => ws(`matrix.leader.${id}`))),
      ),
    );
    expect(cells(1)).toEqual(pathwayRules.map((p) => labelOf('situations', p.situation)));
    expect(cells(2)).toEqual(
      pathwayRules.map((p) =>
        p.requiresCharging.length
          ? ws('matrix.held')
          : (p as { alsoPointedBy?: { whenCharging: string[] }[] }).alsoPointedBy?.some((a) =>
                a.whenCharging.includes('no-charges'),
              )
            ? ws('matrix.noneFiled')
            : ws('matrix.noCharges'),
      ),
    );
    expect(cells(3)).toEqual(
      pathwayRules.map((p) =>
        p.partnerGroups
          .filter((g) => !common.some((c) => c.join() === g.join()))
          .map((g) => or(g.map(shortPartner)))
          .join(''),
      ),
    );
    // One program each, a listed program of that pathway, by its name.
    cells(4).forEach((cell, i) =>
      expect(
        sites.some((s) => (s.pathways as string[]).includes(pathwayRules[i]!.id) && cell === s.name),
        cell,
      ).toBe(true),
    );
    // The rows line up: each row's cells share one top.
    const tops = await widgetOf(page)
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => new Set([...tr.children].map((c) => Math.round(c.getBoundingClientRect().top))).size),
      );
    expect(tops).toEqual([1, 1, 1, 1, 1]);
    await widgetOf(page).getByText(ws('compareMore'), { exact: true }).waitFor();
  });

  it('all six side by side: after a result, the columns in order of fit', async () => {
    const page = await openWorkshop({ viewport: { width: 1280, height: 720 } });
    await answerByKeys(page, EMS);
    await page.keyboard.press('c');
    await expectHeadingFocused(page, ws('views.compare'));
    const { columns } = await matrix(page);
    // EMS after overdoses already running Self-Referral: the strong fits first, the one running, then the rest.
    expect(columns[0]!.startsWith(nameOf('naloxone-plus'))).toBe(true);
    const glance = await widgetOf(page).locator('.matrix__status').allTextContents();
    const rank = ['strong', 'possible', 'running', 'out'].map((k) => say('en', `result.glance.status.${k}`));
    const order = glance.map((g) => rank.indexOf(g));
    expect(order.every((r) => r >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order[0]).toBe(0);
  });

  it('all six side by side: no sideways scrolling on a 360 px window', async () => {
    const page = await openWorkshop({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.keyboard.press('c');
    await expectHeadingFocused(page, ws('views.compare'));
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      'no sideways scrolling',
    ).toBe(true);
  });

  /** Each pathway of the why view: its status and what it lists (reasons, or the rule that keeps it out). */
  async function whyItems(page: Page) {
    const list = widgetOf(page).locator('.why-list');
    const out: Record<string, { status: string; lines: string[] }> = {};
    for (const id of PATHWAYS) {
      const item = list.getByRole('listitem').filter({ has: heading(page, nameOf(id)) });
      const lines = await item.evaluate((li) =>
        [...li.querySelectorAll(':scope > ul > li, :scope > p:not(.why__status)')].map((el) =>
          (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      );
      out[id] = { status: clean(await item.locator('.why__status').textContent()), lines };
    }
    return out;
  }

  const pointedBy = (situation: string) => ws('rules.pointedBy', { situation: labelOf('situations', situation) });

  it('why, before the quiz is finished: the example police department, with a notice, one reason per pathway', async () => {
    const page = await openWorkshop();
    await page.keyboard.press('w');
    await expectHeadingFocused(page, ws('views.why'));
    await expect(widgetOf(page).getByText(ws('example'), { exact: true }).isVisible()).resolves.toBe(true);
    const strong = say('en', 'result.fit.strong');
    // Each its status and the one reason that decides it: the situation that points at it, or the first thing that keeps it out.
    expect(await whyItems(page)).toEqual({
      'self-referral': { status: strong, lines: [reason('situations', 'asks-for-help')] },
      'active-outreach': { status: ws('status.notPointed'), lines: [pointedBy('known-individuals')] },
      'naloxone-plus': { status: ws('status.notPointed'), lines: [pointedBy('after-overdose')] },
      'officer-referral': { status: strong, lines: [reason('situations', 'routine-contact')] },
      'officer-intervention': { status: strong, lines: [reason('situations', 'low-level-offense')] },
      'community-response': { status: ws('status.excluded'), lines: [ws('rules.needsBehavioralHealth')] },
    });
  });

  it('why, after a quiz: each status and its one deciding reason: the answer that points at it, nothing under the one already running, the rule that keeps two out', async () => {
    const page = await openWorkshop();
    await answerByKeys(page, EMS);
    await page.keyboard.press('w');
    await expectHeadingFocused(page, ws('views.why'));
    await expect(widgetOf(page).getByText(ws('example'), { exact: true }).count(), 'no example notice').resolves.toBe(
      0,
    );
    expect(await whyItems(page)).toEqual({
      // Its status says it all: no reason under it.
      'self-referral': { status: ws('status.running'), lines: [] },
      'active-outreach': { status: ws('status.notPointed'), lines: [pointedBy('known-individuals')] },
      'naloxone-plus': { status: say('en', 'result.fit.strong'), lines: [reason('situations', 'after-overdose')] },
      'officer-referral': { status: ws('status.notPointed'), lines: [pointedBy('routine-contact')] },
      'officer-intervention': {
        status: ws('status.excluded'),
        lines: [
          'Officer Intervention needs law enforcement to lead and a way to hold charges or write a non-criminal citation.',
        ],
      },
      'community-response': { status: ws('status.excluded'), lines: [ws('rules.needsBehavioralHealth')] },
    });
  });

  it('decision map: questions from the machine, the options that matter, six pathways, and the map in words', async () => {
    const page = await openWorkshop();
    const widget = widgetOf(page);
    await page.keyboard.press('m');
    await expectHeadingFocused(page, ws('views.map'));
    const map = widget.getByRole('img', { name: ws('views.map') });
    await expect(map.count()).resolves.toBe(1);
    await expect(map.evaluate((el) => el.localName)).resolves.toBe('svg');
    const nodes = await textsOf(map.locator('.map__node'));
    expect(nodes).toEqual([
      ...QUESTION_ORDER.map(reviewLabel),
      ...['law-enforcement', 'fire', 'ems', 'behavioral-health'].map((id) => labelOf('lead', id)),
      ...[
        'asks-for-help',
        'known-individuals',
        'after-overdose',
        'routine-contact',
        'low-level-offense',
        'crisis-call',
      ].map((id) => labelOf('situations', id)),
      labelOf('charging', 'no-charges'),
      labelOf('charging', 'abeyance'),
      labelOf('charging', 'citation'),
      labelOf('partners', 'crisis-team'),
      ...PATHWAYS.map((id) => nameOf(id)),
    ]);
    // Nothing is chosen yet: nothing is drawn bold.
    await expect(map.locator('.map__node--on').count()).resolves.toBe(0);
    // One line per rule fact: a situation, each lead, each partner, each charging option it needs.
    const conditional = pathwayRules.flatMap((p) => p.alsoPointedBy ?? []);
    const facts = pathwayRules.reduce(
      (n, p) => n + 1 + p.allowedBy.lead.length + p.allowedBy.partners.length + p.requiresCharging.length,
      0,
    );
    const conditionalLinks = conditional.reduce((n, c) => n + 1 + c.whenCharging.length, 0);
    await expect(map.locator('.map__link').count()).resolves.toBe(facts + conditionalLinks);
    await expect(map.locator('.map__link--needs').count()).resolves.toBe(2);
    // A low-level offense with "refer instead of charging" points to referral (rule 4): drawn dotted.
    await expect(map.locator('.map__link--points-if').count()).resolves.toBe(conditionalLinks);
    expect(conditionalLinks).toBeGreaterThan(0);
    await expect(
      map.locator('.map__flow--if').count(),
      'the conditional step of the machine is drawn',
    ).resolves.toBeGreaterThan(0);

    // The map in words, beside the map, opens on demand.
    const words = widget.getByText(ws('mapText'), { exact: true });
    await words.click();
    const lines = await textsOf(words.locator('xpath=following-sibling::ul[1]').getByRole('listitem'));
    expect(lines[0]).toBe('“Charging options” is asked only when the answer to who leads includes “Law enforcement”.');
    expect(lines.slice(1)).toEqual(
      pathwayRules.map((p) =>
        [
          ws('mapLine', {
            pathway: nameOf(p.id),
            situation: labelOf('situations', p.situation),
            leads: p.allowedBy.lead.map((id) => labelOf('lead', id)).join(', '),
          }),
          ...(p.alsoPointedBy ?? []).map((c) =>
            ws('mapAlsoPointed', {
              situation: labelOf('situations', c.situation),
              charging: c.whenCharging.map((id) => labelOf('charging', id)).join(', '),
            }),
          ),
          p.requiresCharging.length > 0 ? ws('rules.needsCharging') : '',
          p.allowedBy.partners.length > 0 ? ws('rules.needsBehavioralHealth') : '',
        ]
          .filter(Boolean)
          .join(' '),
      ),
    );
    expect(lines[5]).toBe(
      'Officer Intervention: pointed to by “Low-level offenses”; can be led by Law enforcement. Officer Intervention needs law enforcement to lead and a way to hold charges or write a non-criminal citation.',
    );
  });

  it('decision map: highlights the chosen options, the answered questions and the recommended pathway after a quiz', async () => {
    const page = await openWorkshop();
    await answerByKeys(page, EMS);
    await page.keyboard.press('m');
    await expectHeadingFocused(page, ws('views.map'));
    const map = widgetOf(page).getByRole('img', { name: ws('views.map') });
    expect(await textsOf(map.locator('.map__node--on'))).toEqual([
      ...(['lead', 'situations', 'population', 'partners', 'setting', 'existing'] as const).map(reviewLabel),
      labelOf('lead', 'ems'),
      labelOf('situations', 'after-overdose'),
      `${nameOf('naloxone-plus')} (${say('en', 'result.fit.strong')})`,
    ]);
    await expect(map.locator('.map__node--strong').count()).resolves.toBe(1);
    // Charging was not asked: its box stays plain; so do the other options and pathways.
    const plain = await textsOf(map.locator('.map__node:not(.map__node--on)'));
    expect(plain).toContain(reviewLabel('charging'));
    expect(plain).toContain(nameOf('self-referral'));
    expect(plain).toContain(labelOf('lead', 'law-enforcement'));
    // The lines from the chosen options: EMS allows four pathways, "After an overdose" points to one.
    await expect(map.locator('.map__link--on').count()).resolves.toBe(5);
  });

  /** The pathways a side of the what-if view lists: "name · fit", with its tag in brackets. */
  async function side(page: Page, name: string) {
    const section = region(widgetOf(page), name);
    const ledBy = clean(await section.getByText(/^Led by:/).textContent());
    const items = await section.getByRole('listitem').evaluateAll((lis) =>
      lis.map((li) => {
        const tag = li.querySelector('.tag')?.textContent?.trim();
        const own = [...li.childNodes]
          .filter((n) => !(n instanceof Element && n.classList.contains('tag')))
          .map((n) => n.textContent)
          .join('');
        return own.replace(/\s+/g, ' ').trim() + (tag ? ` [${tag}]` : '');
      }),
    );
    return { ledBy, items };
  }

  it('what if: other leads beside the answers, with "Only here" where the two differ', async () => {
    const page = await openWorkshop();
    const widget = widgetOf(page);
    await answerByKeys(page, POLICE_AND_CRISIS);
    await page.keyboard.press('i');
    await expectHeadingFocused(page, ws('views.what-if'));
    const leads = widget.getByRole('group', { name: ws('whatIfLead'), exact: true });
    const lead = (id: string) => leads.getByRole('checkbox', { name: labelOf('lead', id), exact: true });
    const charging = (id: string) => leads.getByRole('checkbox', { name: labelOf('charging', id), exact: true });
    const ticked = async () => {
      const out: string[] = [];
      for (const id of ['law-enforcement', 'fire', 'ems', 'behavioral-health'])
        if (await lead(id).isChecked()) out.push(id);
      return out;
    };
    const strong = say('en', 'result.fit.strong');
    const possible = say('en', 'result.fit.possible');
    const only = ws('diff.only');
    const yours = {
      ledBy: 'Led by: Law enforcement',
      items: [`${nameOf('officer-intervention')} · ${strong} [${only}]`],
    };

    // The start: "Behavioral-health team" only.
    expect(await ticked()).toEqual(['behavioral-health']);
    await expect(charging('abeyance').count(), 'no charging options without law enforcement').resolves.toBe(0);
    expect(await side(page, ws('current'))).toEqual(yours);
    expect(await side(page, ws('variant'))).toEqual({
      ledBy: 'Led by: Behavioral-health team',
      items: [`${nameOf('community-response')} · ${strong} [${only}]`],
    });
    await expect(
      widget.getByText(ws('diff.fit'), { exact: true }).count(),
      'leads alone never change a fit',
    ).resolves.toBe(0);

    // Fire instead: nothing points at what fire could lead, so its best match is only a possible fit.
    await lead('fire').click();
    await lead('behavioral-health').click();
    await eventually(ticked).toEqual(['fire']);
    await eventually(() => side(page, ws('variant'))).toEqual({
      ledBy: 'Led by: Fire department',
      items: [`${nameOf('self-referral')} · ${possible} [${only}]`],
    });

    // Law enforcement too: the charging options appear, at "None of these today"; holding charges brings Officer Intervention back.
    await lead('law-enforcement').click();
    await charging('none').waitFor();
    await expect(charging('none').isChecked()).resolves.toBe(true);
    await eventually(() => side(page, ws('variant'))).toEqual({
      ledBy: 'Led by: Law enforcement, Fire department',
      items: [`${nameOf('self-referral')} · ${possible} [${only}]`],
    });
    await charging('abeyance').click();
    await eventually(() => charging('none').isChecked()).toBe(false);
    await expect(charging('abeyance').isChecked()).resolves.toBe(true);
    await eventually(() => side(page, ws('variant'))).toEqual({
      ledBy: 'Led by: Law enforcement, Fire department',
      items: [`${nameOf('officer-intervention')} · ${strong}`],
    });
    expect(await side(page, ws('current'))).toEqual({
      ...yours,
      items: [`${nameOf('officer-intervention')} · ${strong}`],
    });
    await expect(widget.getByText(only, { exact: true }).count(), 'the same result on both sides').resolves.toBe(0);

    // Back to "Behavioral-health team" only: the charging options go, the differences return.
    await lead('behavioral-health').click();
    await lead('law-enforcement').click();
    await lead('fire').click();
    await eventually(ticked).toEqual(['behavioral-health']);
    await expect(charging('abeyance').count()).resolves.toBe(0);
    await eventually(() => side(page, ws('variant'))).toEqual({
      ledBy: 'Led by: Behavioral-health team',
      items: [`${nameOf('community-response')} · ${strong} [${only}]`],
    });
    expect(await side(page, ws('current'))).toEqual(yours);
  });

  // BUG: unticking the only ticked lead in "What if" is refused (WhatIf's toggle keeps the variant when
  // no lead would be left), but the checkbox is left unticked: the variant is still "Led by:
  // Behavioral-health team" while no lead box is ticked. Nothing re-renders to restore the controlled
  // `checked`, so the boxes and the comparison disagree until another lead is ticked.
  it('what if: keeps the last lead ticked when the presenter tries to untick it', async () => {
    const page = await openWorkshop();
    await page.keyboard.press('i');
    await expectHeadingFocused(page, ws('views.what-if'));
    const leads = widgetOf(page).getByRole('group', { name: ws('whatIfLead'), exact: true });
    const bh = leads.getByRole('checkbox', { name: labelOf('lead', 'behavioral-health'), exact: true });
    await expect(bh.isChecked()).resolves.toBe(true);
    await bh.click();
    expect(await side(page, ws('variant'))).toMatchObject({ ledBy: 'Led by: Behavioral-health team' });
    await expect(bh.isChecked(), 'the box shows the lead the comparison still uses').resolves.toBe(true);
  });

  // BUG: decision-map labels do not fit their boxes. The boxes are fixed SVG widths (195/250 units at
  // 14 px) and nothing wraps or shortens a label: in English "First Responder and Officer Referral
  // (Strong fit)" runs 137 units past its box and is cut off by the SVG's viewBox, and the bold
  // (answered) "Pathways you already run" runs 18 past its box; in Spanish several question, option and
  // pathway labels overflow, and the Officer Referral name is cut off by the edge of the map.
  it('decision map: every label fits inside its box and the map, in English and Spanish, with fits shown', async () => {
    const page = await openWorkshop();
    await answerByKeys(page, { ...EMS, situations: ['after-overdose', 'routine-contact'], existing: [] });
    for (const lang of ['en', 'es'] as const) {
      if (lang === 'en') {
        await viewButton(page, 'map').click();
        await expectHeadingFocused(page, ws('views.map'));
      } else {
        // The map stays shown through the switch, now in Spanish.
        await widgetOf(page)
          .getByRole('button', { name: say('es', 'language.name'), exact: true })
          .click();
        await widgetOf(page)
          .getByText(ws('mapText', {}, 'es'), { exact: true })
          .waitFor();
      }
      const map = widgetOf(page).getByRole('img', { name: ws('views.map', {}, lang) });
      // The two recommended pathways carry their fit, in this language: the longest name among them.
      const fits = [say(lang, 'result.fit.strong'), say(lang, 'result.fit.possible')];
      const recommended = await textsOf(map.locator('.map__node--strong, .map__node--possible'));
      expect(recommended.map((label) => fits.some((fit) => label.endsWith(` (${fit})`)))).toEqual([true, true]);
      expect(recommended.map((label) => label.replace(/ \([^)]*\)$/, ''))).toEqual([
        nameOf('naloxone-plus', lang),
        nameOf('officer-referral', lang),
      ]);
      await eventually(() =>
        map.evaluate((svg) => {
          const view = (svg as SVGSVGElement).viewBox.baseVal;
          return [...svg.querySelectorAll('.map__node')].flatMap((g) => {
            const t = (g.querySelector('text') as SVGTextElement).getBBox();
            const r = (g.querySelector('rect') as SVGRectElement).getBBox();
            const past = [
              ['right', t.x + t.width - (r.x + r.width)],
              ['left', r.x - t.x],
              ['top', r.y - t.y],
              ['bottom', t.y + t.height - (r.y + r.height)],
            ].filter(([, over]) => Math.round(over as number) > 0);
            const outside = r.x < 0 || r.y < 0 || r.x + r.width > view.width || r.y + r.height > view.height;
            return past.length || outside
              ? [
                  `"${g.textContent}" past its box at ${past.map(([side, over]) => `${side} ${Math.round(over as number)}`).join(', ')}${outside ? ', box outside the map' : ''}`,
                ]
              : [];
          });
        }),
      ).toEqual([]);
    }
  });
});

describe('the decision map drawn', () => {
  it('draws no line across a box: points along every line and flow lie outside every box, in English and Spanish', async () => {
    const page = await openWorkshop({ viewport: { width: 1280, height: 720 } });
    for (const lang of ['en', 'es'] as const) {
      if (lang === 'en') {
        await page.keyboard.press('m');
        await expectHeadingFocused(page, ws('views.map'));
      } else {
        // The map stays shown through the switch, redrawn in Spanish.
        await widgetOf(page)
          .getByRole('button', { name: say('es', 'language.name'), exact: true })
          .click();
        await heading(widgetOf(page), ws('views.map', {}, 'es')).waitFor();
      }
      const map = widgetOf(page).getByRole('img', { name: ws('views.map', {}, lang) });
      const { paths, crossings } = await map.evaluate((svg) => {
        const boxes = [...svg.querySelectorAll('.map__node')].map((g) => ({
          label: (g.textContent ?? '').trim(),
          box: (g.querySelector('rect') as SVGRectElement).getBBox(),
        }));
        const lines = [...svg.querySelectorAll<SVGPathElement>('.map__link, .map__flow')];
        const found: string[] = [];
        for (const line of lines) {
          const length = line.getTotalLength();
          for (let step = 0; step <= 100; step++) {
            const point = line.getPointAtLength((length * step) / 100);
            // Strictly inside, a pixel in from the edges where a line may start or end.
            const hit = boxes.find(
              ({ box }) =>
                point.x > box.x + 1 &&
                point.x < box.x + box.width - 1 &&
                point.y > box.y + 1 &&
                point.y < box.y + box.height - 1,
            );
            if (hit) {
              found.push(`${line.getAttribute('class')} ${line.getAttribute('d')} crosses "${hit.label}"`);
              break;
            }
          }
        }
        return { paths: lines.length, crossings: found };
      });
      expect(paths, `${lang}: lines drawn`).toBeGreaterThan(20);
      expect(crossings, `${lang}: lines across boxes`).toEqual([]);
    }
  });
});

describe('the views in English and in Spanish', () => {
  it('names the toolbar, views and shortcut list in English, then in Spanish after "Español", keeping the view', async () => {
    const page = await openWorkshop();
    const widget = widgetOf(page);
    for (const lang of ['en', 'es'] as const) {
      if (lang === 'es') {
        // Switch while the map is shown: it stays shown, now in Spanish.
        await viewButton(page, 'map').click();
        await expectHeadingFocused(page, ws('views.map'));
        await widget.getByRole('button', { name: say('es', 'language.name'), exact: true }).click();
        await toolbar(page, 'es').waitFor();
        await heading(widget, ws('views.map', {}, 'es')).waitFor();
        await expect(viewButton(page, 'map', 'es').getAttribute('aria-current')).resolves.toBe('page');
      }
      const names = ['quiz', 'compare', 'why', 'map', 'what-if', 'join'].map((v) => ws(`views.${v}`, {}, lang));
      // One row: the views, then "More" (full screen and the shortcuts).
      expect(await textsOf(toolbar(page, lang).getByRole('button'))).toEqual([...names, ws('more', {}, lang)]);
      await openMore(page, lang);
      expect(await textsOf(toolbar(page, lang).getByRole('button'))).toEqual([
        ...names,
        ws('more', {}, lang),
        ws('fullScreen', {}, lang),
        ws('shortcuts', {}, lang),
      ]);
      for (const { view } of VIEWS) {
        await viewButton(page, view, lang).click();
        await expectHeadingFocused(page, ws(`views.${view}`, {}, lang));
      }
      // A little of each view's content in this language.
      await viewButton(page, 'compare', lang).click();
      expect((await textsOf(widget.getByRole('rowheader')))[0]).toBe(ws('matrix.lead', {}, lang));
      await viewButton(page, 'why', lang).click();
      await widget.getByText(ws('example', {}, lang), { exact: true }).waitFor();
      await expect(widget.getByText(ws('status.excluded', {}, lang), { exact: true }).count()).resolves.toBe(1);
      await viewButton(page, 'map', lang).click();
      await widget.getByText(ws('mapText', {}, lang), { exact: true }).click();
      await widget
        .getByText(
          ws(
            'mapConditional',
            { question: say(lang, 'review.labels.charging'), answer: labelOf('lead', 'law-enforcement', lang) },
            lang,
          ),
          { exact: true },
        )
        .waitFor();
      await viewButton(page, 'what-if', lang).click();
      await widget.getByRole('group', { name: ws('whatIfLead', {}, lang), exact: true }).waitFor();
      await region(widget, ws('current', {}, lang)).waitFor();
      await region(widget, ws('variant', {}, lang)).waitFor();
      await openMore(page, lang);
      await barButton(page, ws('shortcuts', {}, lang), lang).click();
      await heading(shortcutList(page, lang), ws('shortcuts', {}, lang)).waitFor();
      await openMore(page, lang);
      await barButton(page, ws('shortcuts', {}, lang), lang).click();
      await eventually(() => shortcutList(page, lang).count()).toBe(0);
      await viewButton(page, 'quiz', lang).click();
      await expectHeadingFocused(page, say(lang, 'intro.title'));
    }
    // No English view or toolbar text is left in the Spanish widget.
    const shown = await widget.evaluate((el) => el.shadowRoot!.textContent ?? '');
    for (const english of [ws('label'), ws('views.compare'), ws('views.map'), ws('fullScreen'), ws('shortcuts')])
      expect(shown).not.toContain(english);
  });
});

/** Each decision-map label's contrast with the box it is drawn on (an opaque fill), by the a11y helpers' formula. */
async function mapLabelContrast(page: Page) {
  await installPageLib(page);
  return widgetOf(page).evaluate((host) => {
    const lib = window.pypA11y;
    // Each label, and each of its lines (axe names either; the fit line is drawn smaller).
    return [...host.shadowRoot!.querySelectorAll('.map__node')].flatMap((g) =>
      [...g.querySelectorAll('text, tspan')].map((label) => {
        const fill = lib.parse(getComputedStyle(label).fill);
        const box = lib.parse(getComputedStyle(g.querySelector('rect')!).fill);
        const behind = box ? lib.over(box, lib.backdrop(g.closest('svg')!)) : null;
        return {
          label: label.textContent,
          contrast: fill && behind && box!.a === 1 ? +lib.contrast(lib.over(fill, behind), behind).toFixed(2) : NaN,
        };
      }),
    );
  });
}

describe('axe-core, WCAG 2.x A/AA with colour contrast, on the workshop views', () => {
  it('finds no violations on the four views and the shortcut list', async () => {
    const page = await openWorkshop();
    const widget = widgetOf(page);
    await answerByKeys(page, POLICE_AND_CRISIS);
    const report: string[] = [];
    const check = async (state: string) => {
      const { violations, incomplete, contrastPassedInWidget } = await runAxe(page);
      // axe cannot tell the background of SVG text (the map's labels over their boxes): measured here instead.
      const isSvgText = (target: unknown[]) =>
        Array.isArray(target[0]) && /^(text|tspan)\b|^\.map__fit$/.test(String((target[0] as string[]).at(-1)));
      const svgText = incomplete
        .filter((v) => v.id === 'color-contrast')
        .flatMap((v) => v.nodes)
        .filter((n) => isSvgText(n.target));
      const undecided = incomplete
        .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'color-contrast' && isSvgText(n.target))) }))
        .filter((v) => v.nodes.length > 0);
      report.push(
        `${state}: ${violations.reduce((n, v) => n + v.nodes.length, 0)} violations, ${undecided.length} rules needing review` +
          (svgText.length ? `, ${svgText.length} SVG labels measured` : ''),
      );
      expect
        .soft(
          violations.map((v) => v.id),
          `axe violations on ${state}:\n${describeViolations(violations)}`,
        )
        .toEqual([]);
      expect
        .soft(
          undecided.map((v) => v.id),
          `axe "needs review" on ${state}:\n${describeViolations(undecided)}`,
        )
        .toEqual([]);
      if (svgText.length > 0) {
        const labels = await mapLabelContrast(page);
        expect
          .soft(labels.length, `${state}: the map labels axe left undecided are all measured`)
          .toBeGreaterThanOrEqual(svgText.length);
        expect
          .soft(
            labels.filter((l) => !(l.contrast >= 4.5)),
            `${state}: map labels under 4.5:1 against their boxes`,
          )
          .toEqual([]);
      }
      expect
        .soft(contrastPassedInWidget, `elements whose contrast axe checked in the widget on ${state}`)
        .toBeGreaterThan(5);
    };
    for (const { view, key } of VIEWS) {
      await page.keyboard.press(key);
      await settled(widget, '[data-step-heading]', ws(`views.${view}`));
      if (view === 'compare')
        await eventually(() => widget.getByText(ws('loading'), { exact: true }).count(), {
          message: 'facts loaded',
        }).toBe(0);
      await check(view);
    }
    // What if, with the charging options shown.
    await page.keyboard.press('i');
    await settled(widget, '[data-step-heading]', ws('views.what-if'));
    await widget.getByRole('checkbox', { name: labelOf('lead', 'law-enforcement'), exact: true }).click();
    await widget.getByRole('checkbox', { name: labelOf('charging', 'none'), exact: true }).waitFor();
    await check('what-if with charging options');
    await page.keyboard.press('?');
    await shortcutList(page).waitFor();
    await check('shortcut list');
    console.log(`workshop axe: ${report.join('; ')}`);
  });
});

/** How far the page runs past the window, down and sideways (0 when a view fits the slide). */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    down: document.documentElement.scrollHeight - innerHeight,
    sideways: document.documentElement.scrollWidth - innerWidth,
  }));

describe('a 16:9 slide: every view fits 1280 × 720 and 1920 × 1080 with no scrolling', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const)
    for (const lang of ['en', 'es'] as const)
      it(`at ${width} × ${height} in ${lang === 'en' ? 'English' : 'Spanish'}: the toolbar in one row, the start page, each question, every view, the shortcuts and the result's opening`, async () => {
        const page = await openWorkshop({ viewport: { width, height } });
        const widget = widgetOf(page);
        if (lang === 'es') {
          await widget.getByRole('button', { name: say('es', 'language.name'), exact: true }).click();
          await toolbar(page, 'es').waitFor();
        }
        const fits = async (what: string) =>
          expect(await overflow(page), `${lang}: ${what}`).toEqual({ down: 0, sideways: 0 });
        // One row: every shown button of the bar has the same top.
        const tops = await toolbar(page, lang)
          .getByRole('button')
          .evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size);
        expect(tops, 'the toolbar in one row').toBe(1);
        await fits('start page');
        for (const { view, key } of VIEWS) {
          await page.keyboard.press(key);
          await expectHeadingFocused(page, ws(`views.${view}`, {}, lang));
          if (view === 'join') await widget.getByRole('img', { name: /^(QR code|Código QR)/ }).waitFor();
          await fits(view);
        }
        await page.keyboard.press('q');
        await page.keyboard.press('?');
        await shortcutList(page, lang).waitFor();
        await fits('shortcut list');
        const list = (await shortcutList(page, lang).boundingBox())!;
        expect(list.y + list.height, 'the shortcut list within the slide').toBeLessThanOrEqual(height);
        await page.keyboard.press('?');
        // Each question, its first option ticked, to the review.
        await page.keyboard.press('PageDown');
        for (let question = 0; question < 8; question++) {
          await eventually(async () => (await widgetFocus(widget)).text ?? null).not.toBe(null);
          const title = (await widgetFocus(widget)).text;
          if (title === say(lang, 'review.title')) break;
          await fits(`question ${question + 1}`);
          await page.keyboard.press('1');
          await page.keyboard.press('n');
          await eventually(async () => (await widgetFocus(widget)).text).not.toBe(title);
        }
        await page.keyboard.press('n');
        await expectHeadingFocused(page, say(lang, 'result.title'));
        // The result's opening and its six tiles on the first slide; the cards may follow.
        const glance = widget.locator('[part~="glance"]');
        await glance.waitFor();
        const box = (await glance.boundingBox())!;
        expect(box.y + box.height, `${lang}: the six tiles within the first slide`).toBeLessThanOrEqual(height);
      });
});

describe("read from the back of the room: the matrix and Why at the slide's type size", () => {
  for (const lang of ['en', 'es'] as const)
    it(`at 1280 × 720 in ${lang === 'en' ? 'English' : 'Spanish'}: no text under 18 px and within the slide, before the quiz and after a result`, async () => {
      const page = await openWorkshop({ viewport: { width: 1280, height: 720 } });
      const widget = widgetOf(page);
      if (lang === 'es') {
        await widget.getByRole('button', { name: say('es', 'language.name'), exact: true }).click();
        await toolbar(page, lang).waitFor();
      }
      const check = async (when: string) => {
        for (const { view, key } of VIEWS.filter((v) => v.view === 'compare' || v.view === 'why')) {
          await page.keyboard.press(key);
          await expectHeadingFocused(page, ws(`views.${view}`, {}, lang));
          // After a quiz each column names its fit (the answers reach the view a moment after they are set).
          if (view === 'compare')
            await eventually(() => widget.locator('.matrix__status').count()).toBe(when === 'after a quiz' ? 6 : 0);
          // Every element of the view with text of its own, at its computed size.
          const sizes = await widget.locator(`[part="${view}"]`).evaluate((root) =>
            [root, ...root.querySelectorAll('*')]
              .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
              .filter((el) => el.getClientRects().length > 0)
              .map((el) => ({
                text: el.textContent!.trim().slice(0, 40),
                size: parseFloat(getComputedStyle(el).fontSize),
              })),
          );
          expect(sizes.length, `${lang} ${when}: ${view} has text`).toBeGreaterThanOrEqual(
            view === 'compare' ? 36 : 12,
          );
          expect(
            sizes.filter((s) => s.size < 18),
            `${lang} ${when}: ${view} has no text under 18 px`,
          ).toEqual([]);
          expect(await overflow(page), `${lang} ${when}: ${view} within the slide`).toEqual({ down: 0, sideways: 0 });
        }
        await page.keyboard.press('q');
      };
      await check('before the quiz');
      // The answers by the element's property, in either language: the columns then carry their fit.
      await widget.evaluate((el, answers) => ((el as unknown as { answers: unknown }).answers = answers), EMS);
      await widget.getByRole('heading', { name: say(lang, 'review.title'), exact: true }).waitFor();
      await check('after a quiz');
    });
});

describe('join on a phone', () => {
  it("the QR code, whole on the slide, decodes to an address that opens the participant's quiz without presenter mode", async () => {
    const page = await openWorkshop({ viewport: { width: 1280, height: 720 } });
    await page.keyboard.press('j');
    const code = widgetOf(page).getByRole('img', { name: /^QR code of / });
    await code.waitFor();
    const box = (await code.boundingBox())!;
    expect(
      box.y >= 0 && box.x >= 0 && box.y + box.height <= 720 && box.x + box.width <= 1280,
      'the code on the slide',
    ).toBe(true);

    const address = await readQrCode(code, page);
    expect(address).toBe(new URL('/workshop.html#pyp-join', baseUrl()).href);

    // On a phone: the quiz, with no trainer's toolbar.
    const phone = await openPage(new URL(address!).pathname + new URL(address!).hash, {
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const widget = widgetOf(phone);
    await heading(widget, ui.intro.title).waitFor();
    await widget.getByRole('button', { name: ui.intro.start }).click();
    await heading(widget, prompt('lead')).waitFor();
    await expect(toolbar(phone).count(), 'no workshop toolbar').resolves.toBe(0);
    await phone.keyboard.press('c');
    await expect(widget.getByRole('table').count(), 'no presenter shortcuts').resolves.toBe(0);
  });
});
