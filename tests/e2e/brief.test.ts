/**
 * The printed planning brief as a county board gets it, in English and Spanish: printed to PDF
 * from the print frame's own document (as "Print or save as PDF" prints it) and from the host page
 * (Ctrl+P), then read back with pdfjs: its length on Letter and A4, the opening line, all six
 * pathways, page numbers in the margins, no ID string in any address, and no text under 9 pt.
 */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../machines/answers';
import { buildPlanFile } from '../../machines/plan-file';
import { recommend } from '../../machines/recommend';
import scenarios from '../fixtures/scenarios.json';
import threeStrongFits from '../fixtures/three-strong-fits.json';
import { pathwaysEn, pathwaysEs, uiEn, uiEs } from '../support/texts';
import { openPage, useBrowser } from './browser';

useBrowser();

const LANGUAGES = {
  en: { path: '/', ui: uiEn, pathways: pathwaysEn },
  es: { path: '/es.html', ui: uiEs, pathways: pathwaysEs },
} as const;
type Language = keyof typeof LANGUAGES;

const answersOf = (name: RegExp) => scenarios.find((s) => name.test(s.name))!.answers as Answers;
const ONE = answersOf(/^EMS-led follow-up after overdoses/);
const TWO = answersOf(/^Police department taking walk-ins/);
const THREE = threeStrongFits as Answers;
const PATHWAYS = Object.keys(pathwaysEn) as (keyof typeof pathwaysEn)[];
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const name = (language: Language, id: string) =>
  (LANGUAGES[language].pathways as Record<string, { name: string }>)[id]!.name;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** Text read from a PDF: whitespace dropped, as extraction splits words at lines and ligatures. */
const squash = (text: string) => text.replace(/\s+/g, '');

type Printed = { pages: string[]; smallest: number };

/** Each page's text, and the smallest font size (pt) of any text on any page. */
async function readPdf(data: Uint8Array): Promise<Printed> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  let smallest = Infinity;
  for (let i = 1; i <= doc.numPages; i++) {
    const { items } = await (await doc.getPage(i)).getTextContent();
    const texts = items.filter((item) => 'str' in item && item.str.trim());
    for (const item of texts)
      if ('transform' in item) smallest = Math.min(smallest, Math.hypot(item.transform[0], item.transform[1]));
    pages.push(texts.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return { pages, smallest };
}

/** The result for these answers, with its brief drawn (QR code too); a plan file opened first, if any. */
async function resultWithBrief(language: Language, answers: Answers, plan?: object): Promise<Page> {
  // The frame's print() only records that it was called: the test prints its document itself.
  const page = await openPage(
    LANGUAGES[language].path,
    {},
    {
      beforeGoto: (p) =>
        p.addInitScript(() => void (window.print = () => void ((window.top as { printed?: boolean }).printed = true))),
    },
  );
  const widget = page.locator('pick-your-pathway').first();
  await widget.evaluate(
    (host, json) => void ((host as unknown as { answers: unknown }).answers = JSON.parse(json)),
    JSON.stringify(answers),
  );
  await widget.getByRole('button', { name: LANGUAGES[language].ui.review.submit, exact: true }).click();
  if (plan)
    await widget
      .locator('input[type="file"]')
      .setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  await widget.locator('[part="brief"] .brief__code').waitFor({ state: 'attached' });
  return page;
}

/** "Print or save as PDF": the frame's document, printed on paper of this size. */
async function printFrame(page: Page, format: 'Letter' | 'A4'): Promise<Printed & { mode: string }> {
  const widget = page.locator('pick-your-pathway').first();
  await widget
    .getByRole('button', {
      name:
        LANGUAGES[
          (await widget.evaluate((h) => (h.closest('[lang]')?.getAttribute('lang') ?? 'en').slice(0, 2))) as Language
        ]?.ui.planner.print ?? uiEn.planner.print,
    })
    .click();
  await expect.poll(() => page.evaluate(() => (window as { printed?: boolean }).printed)).toBe(true);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  // Its document as it is: doctype, elements and adopted sheets, laid out again in a page of its own.
  const { html, css, mode } = await frame.evaluate(() => ({
    html: `${document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : ''}${document.documentElement.outerHTML}`,
    css: document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')),
    mode: document.compatMode,
  }));
  const paper = await page.context().newPage();
  await paper.setContent(html);
  await paper.evaluate((sheets) => {
    document.adoptedStyleSheets = sheets.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }, css);
  const printed = await readPdf(await paper.pdf({ format }));
  await paper.close();
  return { ...printed, mode };
}

/** What every printed brief says, whatever its length. */
function expectWholeBrief(
  language: Language,
  answers: Answers,
  { pages, smallest }: Printed,
  { community, numbered = true }: { community?: string; numbered?: boolean } = {},
) {
  const { ui } = LANGUAGES[language];
  const all = squash(pages.join(' '));
  const strong = recommend(answers)
    .pathways.filter((p) => p.fit === 'strong')
    .map((p) => name(language, p.id));
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(strong);
  expect(all, 'the opening line names the strong fits').toContain(
    squash(fill(ui.planner.brief.start_strong, { names })),
  );
  for (const id of PATHWAYS) expect(all, `${id} is named`).toContain(squash(name(language, id)));
  if (numbered)
    pages.forEach((text, i) =>
      expect(squash(text), `page ${i + 1}'s number`).toContain(
        squash(fill(ui.planner.brief.page, { page: i + 1, pages: pages.length })),
      ),
    );
  expect(all, 'no ID string in any address').not.toMatch(GUID);
  expect(all, 'no raw address of a resource').not.toContain('ResourceLibrary');
  expect(smallest, 'no text under 9 pt').toBeGreaterThanOrEqual(8.99);
  if (community) expect(all).toContain(squash(community));
}

describe.each(['en', 'es'] as const)('the printed brief (%s)', (language) => {
  const { ui } = LANGUAGES[language];

  it('takes one page, on Letter and on A4, for one and for two pathways with no action plan', async () => {
    for (const answers of [ONE, TWO]) {
      const page = await resultWithBrief(language, answers);
      for (const format of ['Letter', 'A4'] as const) {
        const printed = await printFrame(page, format);
        console.info(
          `brief ${language}, ${recommend(answers).pathways.length} pathway(s), ${format}: ${printed.pages.length} page(s)`,
        );
        expect(printed.mode, 'the frame prints in standards mode').toBe('CSS1Compat');
        expect(printed.pages).toHaveLength(1);
        expectWholeBrief(language, answers, printed);
        // The title comes before the opening line (the page's margins are read first).
        const text = squash(printed.pages[0]!);
        expect(text.indexOf(squash(ui.planner.briefTitle))).toBeLessThan(
          text.indexOf(squash(ui.planner.brief.start_strong.split('{{')[0]!)),
        );
      }
    }
  });

  it('stays readable for three pathways with a filled plan from a plan file, naming the community, no name alone at a page foot', async () => {
    const result = recommend(THREE);
    const plan = buildPlanFile(
      THREE,
      result,
      {},
      Object.fromEntries(
        result.pathways.map((p) => [
          p.id,
          Object.fromEntries(
            Object.keys((pathwaysEn as Record<string, { elements: object }>)[p.id]!.elements)
              .slice(0, 3)
              .map((element) => [
                element,
                {
                  owner: 'Deputy Chief Alvarez',
                  due: '2027-06-30',
                  note: 'Agree the terms with the county and report back at the next meeting.',
                },
              ]),
          ),
        ]),
      ),
      new Date(),
      'Riverbend County',
    );
    const page = await resultWithBrief(language, THREE, plan);
    const printed = await printFrame(page, 'Letter');
    console.info(`brief ${language}, three pathways with a plan, Letter: ${printed.pages.length} page(s)`);
    expect(printed.pages.length).toBeGreaterThanOrEqual(2);
    expect(printed.pages.length).toBeLessThanOrEqual(4);
    expectWholeBrief(language, THREE, printed, { community: 'Riverbend County' });
    const pages = printed.pages.map(squash);
    for (const pathway of result.pathways) {
      // Its name and its reasons ("Why this pathway") on one page: never a name alone at the foot.
      const heading = squash(`${name(language, pathway.id)}: ${ui.result.fit[pathway.fit]}`);
      const on = pages.findIndex((text) => text.includes(heading));
      expect(on, `${pathway.id}'s heading is printed`).toBeGreaterThanOrEqual(0);
      expect(pages[on]!.slice(pages[on]!.indexOf(heading)), `${pathway.id}'s reasons follow on its page`).toContain(
        squash(ui.result.why),
      );
      expect(pages.join(''), `${pathway.id}'s plan`).toContain(squash(ui.planner.action.owner));
    }
  });

  it('prints the same brief with Ctrl+P on the host page, on pages of its own with numbers', async () => {
    const page = await resultWithBrief(language, TWO);
    const { pages, smallest } = await readPdf(await page.pdf({ format: 'Letter' }));
    const title = squash(ui.planner.briefTitle);
    const brief = pages.flatMap((text, i) => (squash(text).includes(title) ? [i] : []));
    console.info(`host page ${language}: ${pages.length} page(s), the brief on ${brief.map((i) => i + 1).join(', ')}`);
    // The host page's layout may make the brief narrower than a page of its own: two pages at most.
    expect(brief.length).toBeGreaterThanOrEqual(1);
    expect(brief.length).toBeLessThanOrEqual(2);
    const text = squash(pages[brief[0]!]!);
    for (const i of brief)
      expect(squash(pages[i]!), `page ${i + 1}'s number`).toContain(
        squash(fill(ui.planner.brief.page, { page: i + 1, pages: pages.length })),
      );
    expectWholeBrief(language, TWO, { pages: [brief.map((i) => pages[i]).join(' ')], smallest }, { numbered: false });
    expect(text).not.toMatch(GUID);
    expect(smallest, 'no text under 9 pt, host page included').toBeGreaterThanOrEqual(8.99);
  });
});
