/**
 * axe-core with every WCAG 2.0/2.1/2.2 A and AA rule, colour contrast included, on every state of
 * the widget: the start page, each question (with law enforcement leading, so that the charging
 * question is asked, and without), the error shown by Continue without an answer (checkboxes and
 * radios), the review and the result with every disclosure open. On the whole document, so that
 * the widget's shadow root and the demo page around it are both checked, on three pages: English
 * on the light agency page, English on a dark page, Spanish on the Spanish page.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeVersion, describeViolations, runAxe, walk, wordsOf, type Lang } from './a11y';
import { openPage, useBrowser } from './browser';
import { scenarios, type Scenario } from './quiz';
import { parseAnswers } from '../../machines/answers';
import { encodeAnswers } from '../../machines/share-codec';
import { teamFragment } from '../../machines/team';

useBrowser();

const PAGES: { name: string; path: string; lang: Lang }[] = [
  { name: 'English, light page (demo/index.html)', path: '/', lang: 'en' },
  { name: 'English, dark page (demo/dark.html)', path: '/dark.html', lang: 'en' },
  { name: 'Spanish page (demo/es.html)', path: '/es.html', lang: 'es' },
];

// Law enforcement leads (charging asked); strong fits and mentor-site tags in the result.
const withPolice = scenarios.find((s) => s.answers.lead?.includes('law-enforcement') && s.answers.charging?.length)!;
// No law enforcement (six questions), and a "Possible fit" tag with its own colours in the result.
const withoutPolice = scenarios.find(
  (s) => !s.answers.lead?.includes('law-enforcement') && s.expect.fit === 'possible',
)!;

const teamLink = teamFragment(
  scenarios
    .slice(0, 3)
    .map((s, i) => ({ label: ['EMS', 'Police', null][i]!, code: encodeAnswers(parseAnswers(s.answers)) })),
);
const TEAM_WORDS = {
  en: { title: 'Your team’s answers', build: 'Build a new team link', add: 'Add partner' },
  es: { title: 'Las respuestas de su equipo', build: 'Crear un nuevo enlace de equipo', add: 'Agregar participante' },
};

const checked = new Map<string, number>(PAGES.map((p) => [p.name, 0]));
let violationCount = 0;

/** axe on the page as it is: no violation and nothing left for a person to review; counted per page. Gives how many widget elements axe measured for contrast. */
async function expectNoFindings(page: Page, pageName: string, where: string): Promise<number> {
  const { violations, incomplete, contrastPassedInWidget } = await runAxe(page);
  checked.set(pageName, checked.get(pageName)! + 1);
  violationCount += violations.reduce((n, v) => n + v.nodes.length, 0);
  expect
    .soft(
      violations.map((v) => v.id),
      `axe violations on ${where}:\n${describeViolations(violations)}`,
    )
    .toEqual([]);
  // Nothing left for a person to review either (e.g. contrast over an image or a gradient).
  expect
    .soft(
      incomplete.map((v) => v.id),
      `axe "needs review" on ${where}:\n${describeViolations(incomplete)}`,
    )
    .toEqual([]);
  return contrastPassedInWidget;
}

async function scan(
  path: string,
  pageName: string,
  lang: Lang,
  scenario: Scenario,
  options: Parameters<typeof walk>[4],
) {
  const page = await openPage(path);
  const states: string[] = [];
  await walk(
    page,
    wordsOf(lang),
    scenario.answers,
    async (state) => {
      states.push(state.id);
      const where = `${pageName}, state "${state.id}"`;
      const contrastPassedInWidget = await expectNoFindings(page, pageName, where);
      // Proof that axe looked inside the shadow root: it measured the widget's text contrast.
      expect
        .soft(contrastPassedInWidget, `elements in the widget whose contrast axe checked on ${where}`)
        .toBeGreaterThan(5);
    },
    options,
  );
  return states;
}

describe.each(PAGES)('axe-core, WCAG 2.2 A/AA: $name', ({ name, path, lang }) => {
  it('start page, every question with law enforcement (charging), errors on checkboxes and radios, review, result', async () => {
    const states = await scan(path, name, lang, withPolice, { errorsOn: ['lead', 'setting'] });
    expect(states).toEqual([
      'intro',
      'question:lead',
      'error:lead',
      'question:situations',
      'question:population',
      'question:charging',
      'question:partners',
      'question:setting',
      'error:setting',
      'question:existing',
      'review',
      'result',
    ]);
  });

  it('every question without law enforcement, review, and a result with a possible fit', async () => {
    const states = await scan(path, name, lang, withoutPolice, { intro: false });
    expect(states).toEqual([
      'question:lead',
      'question:situations',
      'question:population',
      'question:partners',
      'question:setting',
      'question:existing',
      'review',
      'result',
    ]);
  });

  it('the team page of three partners, and the builder of a team link with an error at each field', async () => {
    const words = TEAM_WORDS[lang];
    const page = await openPage(`${path}${teamLink}`);
    await page.getByRole('heading', { name: words.title }).waitFor();
    const check = (where: string) => expectNoFindings(page, name, `${name}, ${where}`);
    await check('team page');
    await page.getByRole('button', { name: words.build }).click();
    await page.getByRole('button', { name: words.add }).waitFor();
    await page.getByRole('textbox').first().fill('<b>');
    await page.getByRole('textbox').nth(1).fill('https://example.org/');
    await page.getByRole('button', { name: words.add }).click();
    await page.locator('pick-your-pathway [aria-invalid="true"]').first().waitFor();
    await check('builder with errors');
  });

  it('every step again, with the sections of the result closed, as a reader first meets them', async () => {
    const states = await scan(path, name, lang, withPolice, { intro: false, openDetails: false });
    expect(states.at(-1)).toBe('result');
  });
});

describe('the axe-core check itself', () => {
  it('finds a contrast defect planted inside the shadow root, and names the element', async () => {
    const page = await openPage('/');
    await page.locator('pick-your-pathway').evaluate((host) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.pyp .lead { color: #aaaaaa; }');
      host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, sheet];
    });
    const { violations } = await runAxe(page);
    expect(violations.map((v) => v.id)).toEqual(['color-contrast']);
    expect(violations[0]!.nodes.map((n) => n.target)).toEqual([[['pick-your-pathway', '.lead']]]);
  });
});

afterAll(() => {
  const total = [...checked.values()].reduce((a, b) => a + b, 0);
  console.log(
    `axe-core ${axeVersion}, WCAG 2.0/2.1/2.2 A+AA with colour contrast: ${total} page×state combinations checked, ${violationCount} violations (${[...checked].map(([page, n]) => `${page}: ${n}`).join('; ')})`,
  );
});
