/**
 * The planner's tools in a real browser, used the way a planner would: saved progress and resume,
 * the share link, the readiness checklist, the printed planning brief (read back from a PDF), and
 * the plan file's export and import, with the bad inputs of each refused without losing anything.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { encodeAnswers } from '../../machines/share-codec';
import sites from '../../data/sites.json';
import { baseUrl, eventsOf, eventually, openPage, useBrowser } from './browser';
import {
  answersOf,
  card,
  cardNames,
  checklist,
  collectErrors,
  elementIds,
  elementTitle,
  errorsAfter,
  gapText,
  inPlace,
  itemTexts,
  firstSteps,
  openPlanningPoints,
  planningPoints,
  pdfPages,
  reasonText,
  showResult,
  squash,
  widget,
} from './planner-helpers';
import {
  answerByMouse,
  askedKeys,
  completeByMouse,
  button,
  fitLabel,
  heading,
  idsOf,
  optionInput,
  optionLabel,
  pathwayName,
  progressCaption,
  questionGroup,
  reviewLabel,
  scenarios,
  ui,
  type Scenario,
} from './quiz';

useBrowser();

const scenario = (name: RegExp): Scenario => {
  const found = scenarios.find((s) => name.test(s.name));
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
};
/** One pathway: Naloxone Plus. */
const OVERDOSE = scenario(/^EMS-led follow-up after overdoses/);
/** Two pathways, Self-Referral then First Responder and Officer Referral, with a charging answer. */
const WALK_INS = scenario(/^Police department taking walk-ins/);
/** One pathway: Community Response. */
const CRISIS = scenario(/^Behavioral-health team answering crisis calls/);

const resumeGroup = (page: Page) => widget(page).getByRole('group', { name: ui.intro.resumeTitle, exact: true });
const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());
const pageAddress = (page: Page) => page.url().split('#')[0]!;
const expectedLink = (page: Page, answers: Scenario['answers']) =>
  `${pageAddress(page)}#pyp=${encodeAnswers(answers as Answers)}`;

/** Ticks (or unticks) a critical element in a pathway's card, as a user clicks its checkbox. */
async function mark(page: Page, pathway: string, element: string, ticked = true) {
  await openPlanningPoints(card(page, pathwayName(pathway)));
  const box = checklist(card(page, pathwayName(pathway))).getByRole('checkbox', {
    name: elementTitle(pathway, element),
    exact: true,
  });
  await box.setChecked(ticked);
}

/** What a card's checklist shows: the ticked element ids, the count line and the next steps. */
async function readiness(page: Page, pathway: string) {
  const scope = card(page, pathwayName(pathway));
  await openPlanningPoints(scope);
  const ids = elementIds(pathway);
  const ticked: string[] = [];
  for (const id of ids) {
    if (
      await checklist(scope)
        .getByRole('checkbox', { name: elementTitle(pathway, id), exact: true })
        .isChecked()
    )
      ticked.push(id);
  }
  const steps = (await firstSteps(scope).count()) === 0 ? [] : await itemTexts(firstSteps(scope));
  const summary = (await planningPoints(scope).locator(':scope > summary').textContent()) ?? '';
  const count = /\((\d+ of \d+ in place)\)$/.exec(summary.trim())?.[1];
  return { ticked, count, steps };
}

/** The readiness a user should see when `ticked` are in place. */
const expectedReadiness = (pathway: string, ticked: string[]) => {
  const ids = elementIds(pathway);
  return {
    ticked: ids.filter((id) => ticked.includes(id)),
    count: inPlace(ticked.length, ids.length),
    steps: ids
      .filter((id) => !ticked.includes(id))
      .slice(0, 3)
      .map((id) => elementTitle(pathway, id)),
  };
};

/** Chooses a file through "Open a plan file" (a hidden file input in the shadow root). */
async function openPlanFile(page: Page, name: string, contents: string | Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    button(widget(page), ui.planner.import).click(),
  ]);
  await chooser.setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
  });
}

describe('saved progress', () => {
  it('offers the quiz back after a reload: Continue returns to the same question with the answers', async () => {
    const page = await openPage('/');
    const el = widget(page);
    await button(el, 'Start now').click();
    await answerByMouse(el, 'lead', ['ems']);
    await answerByMouse(el, 'situations', ['after-overdose', 'asks-for-help']);
    await optionInput(questionGroup(el, 'population'), 'population', 'opioid-use').check();
    const before = await answersOf(page);
    expect(before).toEqual({
      lead: ['ems'],
      situations: expect.arrayContaining(['after-overdose', 'asks-for-help']),
      population: ['opioid-use'],
    });
    expect(await storedKeys(page)).toEqual(['pyp:default']);

    await page.reload();
    await resumeGroup(page).waitFor();
    expect(await button(el, 'Start now').count(), 'no "Start now" while progress is offered').toBe(0);
    await button(resumeGroup(page), ui.intro.resume).click();
    await questionGroup(el, 'population').waitFor();
    await expect(progressCaption(el).textContent()).resolves.toBe('Question 3 of 6');
    await expect(optionInput(el, 'population', 'opioid-use').isChecked()).resolves.toBe(true);
    expect(await answersOf(page)).toEqual(before);

    await button(el, 'Back').click();
    await questionGroup(el, 'situations').waitFor();
    for (const id of ['after-overdose', 'asks-for-help'])
      await expect(optionInput(el, 'situations', id).isChecked()).resolves.toBe(true);
    await expect(optionInput(el, 'situations', 'crisis-call').isChecked()).resolves.toBe(false);
  });

  it('"Start over" clears the saved progress', async () => {
    const page = await openPage('/');
    const el = widget(page);
    await button(el, 'Start now').click();
    await answerByMouse(el, 'lead', ['fire']);
    await questionGroup(el, 'situations').waitFor();
    await page.reload();
    await button(resumeGroup(page), ui.intro.discard).click();
    await button(el, 'Start now').waitFor();
    await eventually(() => resumeGroup(page).count()).toBe(0);
    expect(await storedKeys(page)).toEqual([]);
    expect(await answersOf(page)).toEqual({});

    await page.reload();
    await button(el, 'Start now').waitFor();
    expect(await storedKeys(page)).toEqual([]);
    await button(el, 'Start now').click();
    await questionGroup(el, 'lead').waitFor();
    await expect(optionInput(el, 'lead', 'fire').isChecked()).resolves.toBe(false);
  });

  it('saves nothing with persist="off"', async () => {
    const page = await openPage('/');
    const el = widget(page);
    await el.evaluate((host) => host.setAttribute('persist', 'off'));
    await button(el, 'Start now').click();
    await answerByMouse(el, 'lead', ['ems']);
    await optionInput(questionGroup(el, 'situations'), 'situations', 'after-overdose').check();
    await expect(answersOf(page)).resolves.toEqual({ lead: ['ems'], situations: ['after-overdose'] });
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    await button(el, 'Start now').waitFor();
    expect(await resumeGroup(page).count()).toBe(0);
  });

  it('saves under the persist key, else pyp:<id>', async () => {
    const page = await openPage('/');
    const el = widget(page);
    await el.evaluate((host) => {
      host.id = 'county';
    });
    await button(el, 'Start now').click();
    await answerByMouse(el, 'lead', ['ems']);
    await questionGroup(el, 'situations').waitFor();
    expect(await storedKeys(page)).toEqual(['pyp:county']);
    await el.evaluate((host) => host.setAttribute('persist', 'riverbend-plan'));
    await optionInput(questionGroup(el, 'situations'), 'situations', 'crisis-call').check();
    expect(await storedKeys(page)).toEqual(['pyp:county', 'riverbend-plan']);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('riverbend-plan')))!);
    expect(saved).toMatchObject({
      format: 'pick-your-pathway/progress',
      version: 1,
      step: 'situations',
      answers: { lead: ['ems'], situations: ['crisis-call'] },
    });
  });
});

describe('share link', () => {
  it('"Copy link" copies a link that opens the same result in a new browser', async () => {
    const page = await openPage('/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await showResult(page, WALK_INS.answers);
    const names = await cardNames(page);
    expect(names).toEqual(WALK_INS.expect.order!.map(pathwayName));
    await button(widget(page), ui.planner.copyLink).click();
    await widget(page).getByRole('status').filter({ hasText: ui.planner.copied }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(expectedLink(page, WALK_INS.answers));
    expect(link.startsWith(`${baseUrl().replace(/\/$/, '')}/#pyp=1.`)).toBe(true);
    expect(
      await widget(page).getByRole('textbox', { name: ui.planner.copyManually }).count(),
      'no manual copy when the clipboard works',
    ).toBe(0);

    const other = await openPage(link);
    await heading(widget(other), 'Your recommended pathways').waitFor();
    expect(await cardNames(other)).toEqual(names);
    expect(await answersOf(other)).toEqual(await answersOf(page));
    expect(await button(widget(other), 'Start now').count()).toBe(0);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const page = await openPage(
      '/',
      {},
      {
        beforeGoto: (p) =>
          // The refusal a browser or site policy may give, simulated: writeText rejects with NotAllowedError.
          p.addInitScript(() => {
            Object.defineProperty(navigator.clipboard, 'writeText', {
              value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
            });
          }),
      },
    );
    await showResult(page, OVERDOSE.answers);
    await button(widget(page), ui.planner.copyLink).click();
    const field = widget(page).getByRole('textbox', { name: ui.planner.copyManually, exact: true });
    await field.waitFor();
    await expect(field.inputValue()).resolves.toBe(expectedLink(page, OVERDOSE.answers));
    await expect(field.isEditable(), 'read-only').resolves.toBe(false);
    expect(await widget(page).getByText(ui.planner.copied).count(), 'no "Link copied" when nothing was copied').toBe(0);

    const other = await openPage(await field.inputValue());
    expect(await cardNames(other)).toEqual([pathwayName(OVERDOSE.expect.first!)]);
  });

  it('an invalid link shows the start page with a notice, fires pyp-error and keeps the saved progress', async () => {
    const page = await openPage('/', {}, { record: true });
    const el = widget(page);
    await button(el, 'Start now').click();
    await answerByMouse(el, 'lead', ['ems']);
    await questionGroup(el, 'situations').waitFor();
    const valid = encodeAnswers(OVERDOSE.answers as Answers);
    const tampered = `${valid.slice(0, -2)}${valid.at(-2) === 'A' ? 'B' : 'A'}${valid.at(-1)}`;
    for (const code of ['not-a-code', '1.AAAA', tampered, '7.AAAAAAAAAAAA']) {
      await page.goto('about:blank');
      await page.goto(`${baseUrl().replace(/\/$/, '')}/#pyp=${code}`);
      const notice = el.getByRole('status').filter({ hasText: /^The link you opened could not be used/ });
      await notice.waitFor();
      await heading(el, ui.intro.title).waitFor();
      await resumeGroup(page).waitFor();
      expect(await heading(el, 'Your recommended pathways').count(), code).toBe(0);
      const errors = await eventsOf(page, 'pyp-error', 1);
      expect(
        errors.map((e) => e.message),
        code,
      ).toEqual([expect.stringMatching(/^Share link not opened: \S/)]);
    }
    await button(resumeGroup(page), ui.intro.resume).click();
    await questionGroup(el, 'situations').waitFor();
    expect(await answersOf(page)).toEqual({ lead: ['ems'] });
  });
});

describe('readiness checklist', () => {
  it('ticking elements counts them, shrinks the next steps, and is kept after a reload and Continue', async () => {
    const page = await openPage('/');
    await showResult(page, WALK_INS.answers);
    const [first, second] = WALK_INS.expect.order!;
    expect(await readiness(page, first!)).toEqual(expectedReadiness(first!, []));
    expect(await readiness(page, second!)).toEqual(expectedReadiness(second!, []));
    const [a, b, c] = elementIds(first!);
    expect(elementIds(second!), 'an element both pathways share').toContain(a);

    await mark(page, first!, a!);
    await mark(page, first!, c!);
    await eventually(() => readiness(page, first!)).toEqual(expectedReadiness(first!, [a!, c!]));
    expect(await readiness(page, second!), 'the other pathway keeps its own marks').toEqual(
      expectedReadiness(second!, []),
    );

    await mark(page, first!, a!, false);
    await eventually(() => readiness(page, first!)).toEqual(expectedReadiness(first!, [c!]));
    await mark(page, first!, b!);
    await mark(page, second!, a!);
    await eventually(() => readiness(page, first!)).toEqual(expectedReadiness(first!, [b!, c!]));
    await eventually(() => readiness(page, second!)).toEqual(expectedReadiness(second!, [a!]));

    await page.reload();
    await button(resumeGroup(page), ui.intro.resume).click();
    await heading(widget(page), ui.planner.title).waitFor();
    expect(await readiness(page, first!)).toEqual(expectedReadiness(first!, [b!, c!]));
    expect(await readiness(page, second!)).toEqual(expectedReadiness(second!, [a!]));
  });
});

describe('printed planning brief', () => {
  it('"Print or save as PDF" prints the brief alone, from page 1, on at most two readable pages, with a table of the answers', async () => {
    // Every frame's print() records what it would print, and from where.
    const page = await openPage(
      '/',
      {},
      {
        beforeGoto: (p) =>
          p.addInitScript(() => {
            window.print = () => {
              (window.top as unknown as { printed: unknown }).printed = {
                fromTop: window === window.top,
                text: document.body.textContent ?? '',
              };
            };
          }),
      },
    );
    const answers = WALK_INS.answers as Answers;
    await showResult(page, answers);
    await button(widget(page), ui.planner.print).click();
    const printed = await eventually(() => page.evaluate(() => (window as unknown as { printed?: unknown }).printed))
      .toBeTruthy()
      .then(() => page.evaluate(() => (window as unknown as { printed: { fromTop: boolean; text: string } }).printed));
    expect(printed.fromTop, 'printed from a frame of its own').toBe(false);
    const result = recommend(answers);
    expect(squash(printed.text)).toContain(squash(ui.planner.briefTitle));
    for (const pathway of result.pathways) expect(squash(printed.text)).toContain(squash(pathwayName(pathway.id)));
    for (const hostText of ["Riverbend County Sheriff's Office", 'Call the community programs desk'])
      expect(printed.text.toLowerCase()).not.toContain(hostText.toLowerCase());

    // The frame's document, laid out for paper in a page of its own: its pages, type size and table.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const { html, css } = await frame.evaluate(() => ({
      html: document.documentElement.outerHTML,
      css: document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
    }));
    const paper = await page.context().newPage();
    await paper.setContent(html);
    await paper.addStyleTag({ content: css });
    await paper.emulateMedia({ media: 'print' });
    const smallest = await paper.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.brief *')]
          .filter((e) => (e.textContent ?? '').trim())
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest, 'no text under 9 pt (12 px)').toBeGreaterThanOrEqual(12);
    const rows = await paper.locator('.brief__answers .brief__answer').count();
    expect(rows).toBe(askedKeys(WALK_INS.answers).length);
    const pages = (await pdfPages(await paper.pdf({ format: 'Letter' }))).map(squash);
    console.info(`planning brief printed alone (${WALK_INS.name}): ${pages.length} page(s)`);
    expect(pages[0]!, 'the brief is on page 1').toContain(squash(ui.planner.briefTitle));
    expect(pages.length).toBeLessThanOrEqual(2);
    await paper.close();
  });

  it('prints, when the host page is printed, the answers, each pathway with its marks, and the programs on at most two pages of their own', async () => {
    const page = await openPage('/');
    const answers = WALK_INS.answers as Answers;
    await showResult(page, answers);
    const result = recommend(answers);
    const marks: Record<string, string[]> = {
      [result.pathways[0]!.id]: [elementIds(result.pathways[0]!.id)[1]!, elementIds(result.pathways[0]!.id)[4]!],
      [result.pathways[1]!.id]: [elementIds(result.pathways[1]!.id)[0]!],
    };
    for (const [pathway, ids] of Object.entries(marks)) for (const id of ids) await mark(page, pathway, id);
    await eventually(() => readiness(page, result.pathways[1]!.id)).toEqual(
      expectedReadiness(result.pathways[1]!.id, marks[result.pathways[1]!.id]!),
    );

    // On screen the brief is hidden; in print it is the only part of the result.
    const briefTitle = widget(page).getByText(ui.planner.briefTitle, { exact: true });
    await expect(briefTitle.isHidden()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(briefTitle.isVisible()).resolves.toBe(true);
    await expect(heading(widget(page), ui.planner.title).isHidden()).resolves.toBe(true);
    await page.emulateMedia({ media: null });

    const date = await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
    const pages = (await pdfPages(await page.pdf({ format: 'Letter' }))).map(squash);
    const all = pages.join('');
    const has = (text: string) => all.includes(squash(text));

    expect(has(ui.planner.briefTitle)).toBe(true);
    expect(has(`Prepared on ${date} with Pick Your Pathway.`)).toBe(true);
    for (const key of askedKeys(WALK_INS.answers)) {
      const ids = idsOf(WALK_INS.answers, key);
      const value = ids.length ? ids.map((id) => optionLabel(key, id)).join(', ') : ui.review.noneYet;
      expect(has(`${reviewLabel(key)}: ${value}`), `answer ${key}: ${value}`).toBe(true);
    }
    // Each pathway's part of the brief: from its heading to the next one.
    const headings = result.pathways.map((p) => {
      const done = marks[p.id] ?? [];
      return squash(`${pathwayName(p.id)}: ${fitLabel(p.fit)}`);
    });
    const starts = headings.map((h) => all.indexOf(h));
    expect(
      starts.every((s) => s >= 0),
      `pathway headings ${headings.join(' | ')}`,
    ).toBe(true);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    const programLines: string[] = [];
    for (const [i, pathway] of result.pathways.entries()) {
      const section = all.slice(starts[i], starts[i + 1] ?? all.indexOf(squash(ui.result.elementsNote), starts[i]));
      for (const id of pathway.reasons) expect(section, `${pathway.id} reason ${id}`).toContain(squash(reasonText(id)));
      for (const id of pathway.gaps) expect(section, `${pathway.id} gap ${id}`).toContain(squash(gapText(id)));
      // The critical elements, how many are in place, and each as a box, ticked where in place (actions: action-plan.test.ts).
      const done = marks[pathway.id] ?? [];
      expect(section).toContain(
        squash(`${ui.planner.brief.elements} (${inPlace(done.length, elementIds(pathway.id).length)})`),
      );
      for (const id of elementIds(pathway.id))
        expect(section, `${pathway.id} element ${id}`).toContain(
          squash(`${done.includes(id) ? '☑' : '☐'} ${elementTitle(pathway.id, id)}`),
        );
      const programs = result.sites
        .filter((s) => s.matched === pathway.id)
        .map((s) => sites.find((x) => x.id === s.id)!);
      expect(programs.length).toBeGreaterThan(0);
      for (const site of programs) {
        expect(section, `${pathway.id} program ${site.id}`).toContain(squash(site.name));
        // Named with its site ("cossup.org"), never as a raw address.
        if (site.links[0]) {
          expect(section, `${pathway.id} source ${site.id}`).toContain(
            squash(new URL(site.links[0]).hostname.replace(/^www\./, '')),
          );
          expect(section, `${pathway.id} no raw address`).not.toContain(squash(site.links[0]));
        }
        programLines.push(site.name);
      }
    }
    expect(has(ui.result.elementsNote)).toBe(true);
    for (const screenOnly of [ui.planner.title, ui.planner.copyLink, ui.result.firstSteps, ui.result.changeAnswers])
      expect(has(screenOnly), screenOnly).toBe(false);

    // The brief's own pages: from its title to its closing note, none shared with the host page.
    const briefTexts = [ui.planner.briefTitle, ...headings, ...programLines, ui.result.elementsNote].map(squash);
    const briefPages = pages.flatMap((text, i) => (briefTexts.some((t) => text.includes(t)) ? [i] : []));
    const firstPage = Math.min(...briefPages);
    const lastPage = Math.max(...briefPages);
    const span = lastPage - firstPage + 1;
    console.info(
      `planning brief (${WALK_INS.name}): pages ${firstPage + 1}–${lastPage + 1} of ${pages.length}, ${span} page(s)`,
    );
    expect(pages[firstPage]!, 'the brief starts its own page').toContain(squash(ui.planner.briefTitle));
    expect(span, 'the brief takes at most two pages').toBeLessThanOrEqual(2);
    // The host page's own text (its CSS may upper-case it) prints before and after the brief.
    for (const hostText of [
      "Riverbend County Sheriff's Office",
      'Plan a deflection program with us',
      'Call the community programs desk',
    ]) {
      const host = squash(hostText).toLowerCase();
      expect(all.toLowerCase(), 'the host page still prints').toContain(host);
      for (let i = firstPage; i <= lastPage; i++)
        expect(pages[i]!.toLowerCase(), `host text on brief page ${i + 1}`).not.toContain(host);
    }
  });
});

describe('plan file', () => {
  it('exports the answers, result and marks, and opens them again in a new browser', async () => {
    const page = await openPage('/');
    await showResult(page, WALK_INS.answers);
    const [first, second] = WALK_INS.expect.order!;
    const marks = { [first!]: [elementIds(first!)[3]!, elementIds(first!)[0]!], [second!]: [elementIds(second!)[2]!] };
    for (const [pathway, ids] of Object.entries(marks)) for (const id of ids) await mark(page, pathway, id);
    await eventually(() => readiness(page, second!)).toEqual(expectedReadiness(second!, marks[second!]!));

    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button(widget(page), ui.planner.export).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pathway-plan-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path());
    const plan = JSON.parse(text.toString('utf8'));
    expect(Object.keys(plan).sort()).toEqual([
      'actions',
      'answers',
      'exportedAt',
      'format',
      'readiness',
      'result',
      'version',
    ]);
    expect(plan.format).toBe('pick-your-pathway/plan');
    expect(plan.version).toBe(2);
    expect(plan.actions).toEqual({});
    expect(new Date(plan.exportedAt).toISOString()).toBe(plan.exportedAt);
    expect(Math.abs(Date.parse(plan.exportedAt) - started)).toBeLessThan(60_000);
    expect(plan.answers).toEqual(await answersOf(page));
    expect(plan.result).toEqual(recommend(plan.answers));
    expect(plan.result.pathways.map((p: { id: string }) => p.id)).toEqual([first, second]);
    const sorted = (r: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [...v].sort()]));
    expect(sorted(plan.readiness)).toEqual(sorted(marks));

    // A fresh browser, on the result of other answers, opens the file.
    const other = await openPage('/');
    await showResult(other, OVERDOSE.answers);
    expect(await cardNames(other)).toEqual([pathwayName(OVERDOSE.expect.first!)]);
    await openPlanFile(other, download.suggestedFilename(), text);
    await eventually(() => cardNames(other)).toEqual([first, second].map((id) => pathwayName(id!)));
    await heading(widget(other), ui.planner.title).waitFor();
    expect(await answersOf(other)).toEqual(plan.answers);
    expect(await readiness(other, first!)).toEqual(expectedReadiness(first!, marks[first!]!));
    expect(await readiness(other, second!)).toEqual(expectedReadiness(second!, marks[second!]!));
    expect(await widget(other).getByRole('alert').count()).toBe(0);
  });

  it('refuses bad files with an alert and pyp-error, keeping the current result and marks', async () => {
    const page = await openPage('/');
    await showResult(page, OVERDOSE.answers);
    const pathway = OVERDOSE.expect.first!;
    const kept = elementIds(pathway)[2]!;
    await mark(page, pathway, kept);
    await eventually(() => readiness(page, pathway)).toEqual(expectedReadiness(pathway, [kept]));
    const answersBefore = await answersOf(page);
    const errors = await collectErrors(page);

    const good = {
      format: 'pick-your-pathway/plan',
      version: 1,
      exportedAt: new Date().toISOString(),
      answers: CRISIS.answers,
      result: recommend(CRISIS.answers as Answers),
      readiness: { 'community-response': ['call-triage'] },
    };
    const bad: [string, string | Buffer, RegExp][] = [
      ['notes.txt', 'Bring this to the meeting: {', /not a JSON file/],
      ['other.json', JSON.stringify({ ...good, format: 'something-else/plan' }), /not a Pick Your Pathway plan/],
      ['list.json', '[1, 2, 3]', /not a Pick Your Pathway plan/],
      ['future.json', JSON.stringify({ ...good, version: 3 }), /version 3\b/],
      [
        'bad-answers.json',
        JSON.stringify({ ...good, answers: { ...CRISIS.answers, lead: ['pilots'] } }),
        /answers do not fit/,
      ],
      ['no-answers.json', JSON.stringify({ ...good, answers: undefined }), /answers do not fit/],
      ['empty.json', '', /empty or too large/],
      ['huge.json', Buffer.from(JSON.stringify(good) + ' '.repeat(1_000_001)), /empty or too large/],
    ];
    const alert = widget(page).getByRole('alert');
    for (const [index, [name, contents, pattern]] of bad.entries()) {
      await openPlanFile(page, name, contents);
      const messages = await errorsAfter(errors, index + 1);
      expect(messages[index], name).toMatch(/^Plan file not loaded: \S/);
      expect(messages[index], name).toMatch(pattern);
      await eventually(async () => ((await alert.count()) ? await alert.textContent() : ''), { message: name }).toMatch(
        new RegExp(`^That file could not be used: .*${pattern.source}`),
      );
      expect(await cardNames(page), name).toEqual([pathwayName(pathway)]);
    }
    expect(await answersOf(page)).toEqual(answersBefore);
    expect(await readiness(page, pathway)).toEqual(expectedReadiness(pathway, [kept]));

    // A good file afterwards is opened, and the alert goes; unknown marks are dropped.
    await openPlanFile(
      page,
      'crisis.json',
      JSON.stringify({
        ...good,
        readiness: { ...good.readiness, 'naloxone-plus': ['no-such-element'], nonsense: ['x'] },
      }),
    );
    await eventually(() => cardNames(page)).toEqual([pathwayName('community-response')]);
    await heading(widget(page), ui.planner.title).waitFor();
    expect(await readiness(page, 'community-response')).toEqual(
      expectedReadiness('community-response', ['call-triage']),
    );
    expect(await alert.count()).toBe(0);
    expect(await errors()).toHaveLength(bad.length);
  });
});

describe('stale notices', () => {
  // Was a bug: the alert of a bad plan file outlived "Start again". restart() now clears it.
  it('"Start again" clears the alert of a bad plan file', async () => {
    const page = await openPage('/');
    await showResult(page, OVERDOSE.answers);
    await openPlanFile(page, 'notes.txt', 'not a plan');
    await widget(page)
      .getByRole('alert')
      .filter({ hasText: /^That file could not be used: / })
      .waitFor();
    await button(widget(page), ui.result.restart).click();
    await button(widget(page), 'Start now').waitFor();
    await showResult(page, CRISIS.answers);
    expect(await cardNames(page)).toEqual([pathwayName('community-response')]);
    expect(await widget(page).getByRole('alert').allTextContents()).toEqual([]);
  });

  // Was a bug: the notice of an invalid share link stayed on every later step. It goes once the user starts.
  it('the notice of an invalid link is gone once the user has answered the quiz', async () => {
    const page = await openPage('/#pyp=not-a-code');
    const notice = widget(page)
      .getByRole('status')
      .filter({ hasText: /^The link you opened could not be used/ });
    await notice.waitFor();
    await completeByMouse(widget(page), CRISIS.answers);
    expect(await cardNames(page)).toEqual([pathwayName('community-response')]);
    expect(await notice.count()).toBe(0);
  });
});
