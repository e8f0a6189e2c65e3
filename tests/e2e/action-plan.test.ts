/**
 * The action plan in a real browser, used as a planner would: owner, target date and note typed
 * into the checklist by keyboard; the plan file's round trip (version 2, and version 1 still
 * opens); a file with a bad action refused without changing anything; the CSV read back by a CSV
 * parser; and the printed brief's table.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import threeStrongFits from '../fixtures/three-strong-fits.json';
import { eventually, openPage, useBrowser } from './browser';
import {
  answersOf,
  card,
  cardNames,
  checklist,
  elementIds,
  elementTitle,
  openPlanningPoints,
  pdfPages,
  showResult,
  squash,
  widget,
} from './planner-helpers';
import { button, pathwayName, scenarios, ui } from './quiz';

useBrowser();

const action = ui.planner.action;
const scenario = (name: RegExp) => scenarios.find((s) => name.test(s.name))!;
/** Two pathways, Self-Referral then First Responder and Officer Referral. */
const WALK_INS = scenario(/^Police department taking walk-ins/);
/** One pathway: Naloxone Plus. */
const OVERDOSE = scenario(/^EMS-led follow-up after overdoses/);

type Action = { owner?: string; due?: string; note?: string };

/** A planning point's row in a card's checklist: its checkbox, summary and action fields. */
function point(page: Page, pathway: string, element: string) {
  return checklist(card(page, pathwayName(pathway)))
    .locator('.option')
    .filter({ has: page.getByRole('checkbox', { name: elementTitle(pathway, element), exact: true }) });
}

/** The action fields of a planning point, a group named after it, opened first when closed. */
async function fieldsOf(page: Page, pathway: string, element: string) {
  await openPlanningPoints(card(page, pathwayName(pathway)));
  const row = point(page, pathway, element);
  const group = row.getByRole('group', { name: elementTitle(pathway, element), exact: true });
  if (!(await group.isVisible())) await row.locator('summary').click();
  await group.waitFor();
  return group;
}

/** Types an action with the keyboard alone: into Owner, then Tab to Target date and to Note, then Tab out. */
async function planByKeyboard(page: Page, pathway: string, element: string, { owner, due, note }: Action) {
  const group = await fieldsOf(page, pathway, element);
  await group.getByRole('textbox', { name: action.owner, exact: true }).focus();
  for (const value of [owner, due, note]) {
    await page.keyboard.press('ControlOrMeta+A');
    if (value) await page.keyboard.type(value);
    else await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
  }
}

/** What the fields of a planning point hold; a kept date shows as English writes it (03/31/2027), read back as the plan keeps it. */
async function fieldValues(page: Page, pathway: string, element: string) {
  const group = await fieldsOf(page, pathway, element);
  const value = (name: string) => group.getByRole('textbox', { name, exact: true }).inputValue();
  const [, month, day, year] = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(await value(action.due)) ?? [];
  return {
    owner: await value(action.owner),
    due: year ? `${year}-${month}-${day}` : '',
    note: await value(action.note),
  };
}

/** The one-line summary under a planning point ('' without an action). */
const summaryOf = async (page: Page, pathway: string, element: string) => {
  const summary = point(page, pathway, element).locator('.action__summary');
  return (await summary.count()) ? ((await summary.textContent()) ?? '') : '';
};

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), button(widget(page), name).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function openPlanFile(page: Page, name: string, contents: string | Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    button(widget(page), ui.planner.import).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

const savedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('pyp:default'));

// Two planning points of the walk-ins result, one in each pathway; their notes hold what a CSV must quote or defuse.
const [FIRST, SECOND] = WALK_INS.expect.order! as [string, string];
const A = elementIds(FIRST)[0]!;
const B = elementIds(SECOND)[3]!;
const PLAN: Record<string, Record<string, Action>> = {
  [FIRST]: { [A]: { owner: 'Sgt. Lee', due: '2027-03-31', note: 'Beds, "slots" and\na waiting list' } },
  [SECOND]: { [B]: { owner: 'Dr. Núñez', due: '2028-02-29', note: '=SUM(A1:A3) cases a week' } },
};

async function typePlan(page: Page) {
  for (const [pathway, points] of Object.entries(PLAN))
    for (const [element, values] of Object.entries(points)) await planByKeyboard(page, pathway, element, values);
  await eventually(() => summaryOf(page, SECOND, B)).toBe(
    `Owner: Dr. Núñez · By ${longDate('2028-02-29')} · =SUM(A1:A3) cases a week`,
  );
}

describe('action plan', () => {
  it('is typed by keyboard, shown under each point, and comes back the same through a plan file', async () => {
    const page = await openPage('/');
    await showResult(page, WALK_INS.answers);
    await typePlan(page);
    expect(await summaryOf(page, FIRST, A)).toBe(
      `Owner: Sgt. Lee · By ${longDate('2027-03-31')} · Beds, "slots" and\na waiting list`,
    );
    expect(await summaryOf(page, FIRST, elementIds(FIRST)[1]!), 'no summary without an action').toBe('');
    await expect(point(page, FIRST, A).locator('summary').textContent()).resolves.toBe(action.edit);

    const file = await download(page, ui.planner.export);
    expect(file.name).toMatch(/^pathway-plan-\d{4}-\d{2}-\d{2}\.json$/);
    const plan = JSON.parse(file.bytes.toString('utf8'));
    expect(plan.version).toBe(2);
    expect(plan.actions).toEqual(PLAN);
    const answers = await answersOf(page);

    // Start again: the actions go with the answers; another result; then the file.
    await button(widget(page), ui.result.restart).click();
    await button(widget(page), 'Start now').waitFor();
    await showResult(page, OVERDOSE.answers);
    await openPlanFile(page, file.name, file.bytes);
    await eventually(() => cardNames(page)).toEqual([FIRST, SECOND].map(pathwayName));
    expect(await answersOf(page)).toEqual(answers);
    for (const [pathway, points] of Object.entries(PLAN))
      for (const [element, values] of Object.entries(points))
        expect(await fieldValues(page, pathway, element), `${pathway} / ${element}`).toEqual(values);
    expect(await summaryOf(page, FIRST, A)).toContain('Owner: Sgt. Lee');
    expect(await widget(page).getByRole('alert').count()).toBe(0);
  });

  it('says at the field what is wrong with a date or a note, and keeps none of it', async () => {
    const page = await openPage('/');
    await showResult(page, OVERDOSE.answers);
    const pathway = OVERDOSE.expect.first!;
    const element = elementIds(pathway)[1]!;
    await planByKeyboard(page, pathway, element, { owner: 'Chief Diaz', due: '2027-02-30', note: 'x'.repeat(523) });
    const group = await fieldsOf(page, pathway, element);
    const due = group.getByRole('textbox', { name: action.due, exact: true });
    const note = group.getByRole('textbox', { name: action.note, exact: true });
    await group.getByText(action.problems.dateImpossible, { exact: true }).waitFor();
    await group.getByText('Keep the note to 500 characters; it has 523', { exact: true }).waitFor();
    await expect(due.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(note.getAttribute('aria-invalid')).resolves.toBe('true');
    // Each message describes its field, and what was typed stays there to correct.
    for (const [field, text] of [
      [due, action.problems.dateImpossible],
      [note, 'Keep the note to 500 characters; it has 523'],
    ] as const)
      await expect(
        field.evaluate((input) =>
          (input.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent),
        ),
      ).resolves.toContain(text);
    await expect(due.inputValue()).resolves.toBe('2027-02-30');
    const saved = JSON.parse((await savedProgress(page))!);
    expect(saved.actions).toEqual({ [pathway]: { [element]: { owner: 'Chief Diaz' } } });
    expect(await summaryOf(page, pathway, element)).toBe('Owner: Chief Diaz');
  });

  it('opens a version-1 plan file, which has no actions', async () => {
    const page = await openPage('/');
    await showResult(page, OVERDOSE.answers);
    const text = readFileSync(new URL('../fixtures/plan-v1.json', import.meta.url));
    const v1 = JSON.parse(text.toString('utf8'));
    await openPlanFile(page, 'plan-v1.json', text);
    await eventually(() => cardNames(page)).toEqual([pathwayName('community-response')]);
    expect(await answersOf(page)).toEqual(v1.answers);
    const box = (id: string) =>
      checklist(card(page, pathwayName('community-response'))).getByRole('checkbox', {
        name: elementTitle('community-response', id),
        exact: true,
      });
    await openPlanningPoints(card(page, pathwayName('community-response')));
    for (const id of elementIds('community-response'))
      await expect(box(id).isChecked(), id).resolves.toBe(v1.readiness['community-response'].includes(id));
    expect(await widget(page).locator('.action__summary').count()).toBe(0);
    expect(await widget(page).getByRole('alert').count()).toBe(0);
  });

  it('refuses a version-2 file with a bad action, with a message, changing neither the result nor the saved progress', async () => {
    const page = await openPage('/');
    await showResult(page, WALK_INS.answers);
    await typePlan(page);
    const file = await download(page, ui.planner.export);
    const names = await cardNames(page);
    const answers = await answersOf(page);
    const saved = await savedProgress(page);
    expect(JSON.parse(saved!).actions).toEqual(PLAN);

    const plan = JSON.parse(file.bytes.toString('utf8'));
    const bad = {
      ...plan,
      answers: OVERDOSE.answers,
      actions: { [FIRST]: { [A]: { owner: 'Sgt. Lee', due: '2027-02-30' } } },
    };
    await openPlanFile(page, 'bad.json', JSON.stringify(bad));
    const alert = widget(page).getByRole('alert');
    await eventually(async () => ((await alert.count()) ? await alert.textContent() : '')).toBe(
      `That file could not be used: The plan's actions do not fit: ${FIRST} / ${A} / due: not a real date (YYYY-MM-DD).`,
    );
    expect(await cardNames(page)).toEqual(names);
    expect(await answersOf(page)).toEqual(answers);
    expect(await savedProgress(page)).toBe(saved);
    expect(await fieldValues(page, FIRST, A)).toEqual(PLAN[FIRST]![A]);
  });
});

describe('actions as CSV', () => {
  it('downloads one row per planning point of the recommended pathways, which a CSV parser reads back as typed', async () => {
    const page = await openPage('/');
    await showResult(page, WALK_INS.answers);
    await typePlan(page);
    const file = await download(page, ui.planner.csv);
    expect(file.name).toMatch(/^pathway-actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF'), 'a byte order mark, so that Excel reads accents').toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);

    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([action.pathway, action.point, action.inPlace, action.owner, action.due, action.note]);
    const pathways = recommend(WALK_INS.answers as Answers).pathways.map((p) => p.id);
    expect(rows).toHaveLength(pathways.reduce((sum, id) => sum + elementIds(id).length, 0));
    expect(rows.map((row) => row.slice(0, 3))).toEqual(
      pathways.flatMap((id) =>
        elementIds(id).map((element) => [pathwayName(id), elementTitle(id, element), action.no]),
      ),
    );
    const row = (pathway: string, element: string) =>
      rows.find((r) => r[0] === pathwayName(pathway) && r[1] === elementTitle(pathway, element))!.slice(3);
    // The note with a comma, quotes and a line break comes back whole; one that starts with "=" is kept as text.
    expect(row(FIRST, A)).toEqual(['Sgt. Lee', '2027-03-31', 'Beds, "slots" and\na waiting list']);
    expect(row(SECOND, B)).toEqual(['Dr. Núñez', '2028-02-29', "'=SUM(A1:A3) cases a week"]);
    expect(row(FIRST, elementIds(FIRST)[1]!)).toEqual(['', '', '']);
  });
});

describe('printed brief', () => {
  it('has a table of each pathway’s planning points with their actions, dates written for the reader', async () => {
    const page = await openPage('/');
    await showResult(page, WALK_INS.answers);
    await typePlan(page);
    const tables = await widget(page)
      .locator('[part="brief"] table.brief__actions')
      .evaluateAll((all) =>
        all.map((table) =>
          [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
        ),
      );
    expect(tables).toHaveLength(2);
    for (const [i, pathway] of [FIRST, SECOND].entries()) {
      const [header, ...rows] = tables[i]!;
      expect(header).toEqual([action.point, action.inPlace, action.owner, action.due, action.note]);
      expect(rows.map((r) => r[0])).toEqual(elementIds(pathway).map((id) => elementTitle(pathway, id)));
    }
    expect(tables[0]![1]).toEqual([
      elementTitle(FIRST, A),
      action.no,
      'Sgt. Lee',
      'March 31, 2027',
      'Beds, "slots" and\na waiting list',
    ]);
    expect(tables[1]![4]).toEqual([
      elementTitle(SECOND, B),
      action.no,
      'Dr. Núñez',
      'February 29, 2028',
      '=SUM(A1:A3) cases a week',
    ]);
  });

  it('stays within four pages for three pathways with actions', async () => {
    const page = await openPage('/');
    await showResult(page, threeStrongFits);
    const result = recommend(threeStrongFits as Answers);
    expect(result.pathways.length).toBe(3);
    for (const pathway of result.pathways.map((p) => p.id))
      await planByKeyboard(page, pathway, elementIds(pathway)[0]!, {
        owner: 'Deputy Chief Alvarez',
        due: '2027-06-30',
        note: 'Agree the terms with the county and report back at the next meeting.',
      });
    await eventually(() => summaryOf(page, result.pathways[2]!.id, elementIds(result.pathways[2]!.id)[0]!)).toContain(
      'Deputy Chief Alvarez',
    );
    const pages = (await pdfPages(await page.pdf({ format: 'Letter' }))).map(squash);
    const briefPages = pages.flatMap((text, i) =>
      [ui.planner.briefTitle, ui.result.elementsNote, 'DeputyChiefAlvarez'].some((t) => text.includes(squash(t)))
        ? [i]
        : [],
    );
    const span = Math.max(...briefPages) - Math.min(...briefPages) + 1;
    console.info(`planning brief, three pathways with actions: ${span} page(s)`);
    // Each pathway kept whole on a page where it fits (tests/e2e/brief.test.ts): readable, not crammed.
    expect(span).toBeLessThanOrEqual(4);
  });
});
