/**
 * What a screen reader gets, read from Chromium's accessibility tree (a CDP snapshot and
 * Playwright's aria snapshot) and from the DOM behind it: step changes announced in a polite live
 * region, questions as fieldsets named by their legend's heading, hints and errors tied to their
 * fields, a result outline without skipped heading levels, words (not colour alone) for fit, and
 * no keyboard trap.
 *
 * Not repeated here: that the widget neither takes focus nor scrolls the host page on load, which
 * quiz-keyboard.test.ts checks ("neither takes focus nor scrolls the host page on load").
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { group, openAllDetails, walk, widgetOf, wordsOf, type Lang } from './a11y';
import { eventually, openPage, useBrowser } from './browser';
import { askedKeys, scenarios, ui, type QuestionKey } from './quiz';

useBrowser();

const withPolice = scenarios.find((s) => s.answers.lead?.includes('law-enforcement') && s.answers.charging?.length)!;
const possibleFit = scenarios.find((s) => s.expect.fit === 'possible')!;
const REQUIRED: QuestionKey[] = ['lead', 'situations', 'population', 'charging', 'setting'];

type AXNode = { role: string; name: string; description: string; properties: Record<string, unknown> };

/** Chromium's accessibility tree of the page, flattened (it includes the widget's shadow DOM). */
async function axTree(page: Page): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Value = { value?: unknown };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored?: boolean;
        role?: Value;
        name?: Value;
        description?: Value;
        properties?: { name: string; value: Value }[];
      }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        description: String(n.description?.value ?? ''),
        properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
      }));
  } finally {
    await cdp.detach();
  }
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('step changes are announced in a polite live region', () => {
  it.each([{ lang: 'en' as Lang }, { lang: 'es' as Lang }])(
    'one region, there from the start, silent on load, saying each new step ($lang)',
    async ({ lang }) => {
      const words = wordsOf(lang);
      const page = await openPage(lang === 'es' ? '/es.html' : '/');
      const widget = widgetOf(page);
      const region = widget.locator('[aria-live="polite"]');
      await widget.getByRole('button', { name: words.start, exact: true }).waitFor();
      await expect(region.count(), 'exactly one polite live region').resolves.toBe(1);
      await expect(
        region.evaluate((el) => ({
          atomic: el.getAttribute('aria-atomic'),
          text: el.textContent,
          display: getComputedStyle(el).display,
          visibility: getComputedStyle(el).visibility,
        })),
        'silent on load, and rendered (not display: none)',
      ).resolves.toEqual({
        atomic: 'true',
        text: '',
        display: 'block',
        visibility: 'visible',
      });
      // The same element all along: a region created at the moment of the change is often not read.
      await region.evaluate((el) => ((el as HTMLElement & { pypMark?: boolean }).pypMark = true));

      const heard: string[] = [];
      const expectAnnouncement = async (text: string) => {
        await eventually(async () => squash(await region.textContent()), { message: `announcement "${text}"` }).toBe(
          text,
        );
        await expect(
          region.evaluate((el) => (el as HTMLElement & { pypMark?: boolean }).pypMark === true),
          'still the same live region',
        ).resolves.toBe(true);
        heard.push(text);
      };
      const keys = askedKeys(withPolice.answers);
      const announceQuestion = (key: QuestionKey) =>
        words.ui('announce.question', { number: keys.indexOf(key) + 1, total: keys.length, prompt: words.prompt(key) });

      await walk(
        page,
        words,
        withPolice.answers,
        async (state) => {
          if (state.id === 'intro') return;
          if (state.id.startsWith('question:')) await expectAnnouncement(announceQuestion(state.key!));
          if (state.id === 'review') await expectAnnouncement(words.ui('announce.review'));
          if (state.id === 'result') await expectAnnouncement(words.ui('announce.result'));
        },
        { openDetails: false },
      );
      // Going back and starting again are announced too.
      await widget.getByRole('button', { name: words.ui('result.changeAnswers'), exact: true }).click();
      await expectAnnouncement(words.ui('announce.review'));
      await widget.getByRole('button', { name: words.back, exact: true }).click();
      await expectAnnouncement(announceQuestion('existing'));
      await widget.evaluate((host) => (host as HTMLElement & { restart(): void }).restart());
      await expectAnnouncement(words.ui('announce.intro'));
      expect(heard).toHaveLength(keys.length + 5);

      // Chromium exposes it as a polite, atomic live region.
      const live = (await axTree(page)).filter(
        (n) => n.properties.live === 'polite' && n.role !== 'StaticText' && n.role !== 'InlineTextBox',
      );
      expect(live.map((n) => ({ text: n.name || squash(n.description), atomic: n.properties.atomic }))).toContainEqual(
        expect.objectContaining({ atomic: true }),
      );
    },
  );
});

describe('questions: fieldset, legend with the heading, hints and errors linked', () => {
  it('every question, and every error, in English and Spanish', async () => {
    for (const lang of ['en', 'es'] as const) {
      const words = wordsOf(lang);
      const page = await openPage(lang === 'es' ? '/es.html' : '/');
      const widget = widgetOf(page);
      const seen: string[] = [];
      await walk(
        page,
        words,
        withPolice.answers,
        async (state) => {
          if (!state.key || state.id === 'intro') return;
          const key = state.key;
          const error = state.id.startsWith('error:');
          const fieldset = group(widget, words, key);
          // The group is a <fieldset> whose <legend> holds the step's heading, named by it.
          const structure = await fieldset.evaluate((el) => {
            const legend = el.firstElementChild;
            const heading = legend?.querySelector('h1, h2, h3, h4, h5, h6');
            return {
              tag: el.tagName,
              legend: legend?.tagName,
              heading: heading?.tagName,
              headingText: heading?.textContent?.trim(),
              legendText: legend?.textContent?.trim(),
            };
          });
          expect(structure, `${lang} ${state.id}`).toEqual({
            tag: 'FIELDSET',
            legend: 'LEGEND',
            heading: 'H2',
            headingText: words.prompt(key),
            legendText: words.prompt(key),
          });

          // Every aria-describedby id resolves inside the shadow root, to exactly one element; ids are unique.
          const refs = await widget.evaluate((host) => {
            const root = host.shadowRoot!;
            const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
            return {
              duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
              described: [...root.querySelectorAll('[aria-describedby]')].map((el) => ({
                el: el.tagName + (el.id ? '#' + el.id : ''),
                ids: el.getAttribute('aria-describedby')!.split(/\s+/),
                found: el
                  .getAttribute('aria-describedby')!
                  .split(/\s+/)
                  .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? null),
              })),
            };
          });
          expect(refs.duplicates, `duplicate ids on ${state.id}`).toEqual([]);
          for (const d of refs.described)
            expect(d.found, `${d.el} aria-describedby="${d.ids.join(' ')}" on ${lang} ${state.id}`).not.toContain(null);

          // What the screen reader gets: the group's name and description, and each option's hint.
          const tree = await axTree(page);
          const groupNode = tree.find((n) => n.role === 'group' && n.name === words.prompt(key));
          const hint = words.hint(key);
          const errorLine = `${words.ui('errors.prefix')} ${words.error(key)}`;
          expect(squash(groupNode?.description), `group description on ${lang} ${state.id}`).toBe(
            error ? `${hint} ${errorLine}` : hint,
          );
          const role = key === 'setting' ? 'radio' : 'checkbox';
          const options = tree.filter((n) => n.role === role);
          expect(options.length, `${role}es on ${state.id}`).toBeGreaterThan(1);
          for (const option of options) {
            const id = words.optionIds(key).find((o) => words.optionLabel(key, o) === option.name);
            expect(id, `option "${option.name}" is one of the question's`).toBeDefined();
            expect(squash(option.description), `description of "${option.name}"`).toBe(words.optionHint(key, id!));
          }
          if (error) {
            // The error summary is an alert named by its heading, and its link leads to the first option.
            const alert = tree.find((n) => n.role === 'alert');
            expect(alert?.name).toBe(words.ui('errors.summaryTitle'));
            const link = widget.getByRole('link', { name: words.error(key), exact: true });
            await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^#${key}-`));
          }
          seen.push(state.id);
        },
        { errorsOn: REQUIRED, openDetails: false },
      );
      expect(seen).toHaveLength(7 + REQUIRED.length);
      await page.context().close();
    }
  });
});

/** Headings of the widget, in order, from Playwright's aria snapshot: [level, text]. */
async function headingOutline(widget: Locator): Promise<[number, string][]> {
  const snapshot = await widget.ariaSnapshot();
  return [...snapshot.matchAll(/- heading "((?:[^"\\]|\\.)*)" \[level=(\d)\]/g)].map((m) => [
    Number(m[2]),
    m[1]!.replace(/\\"/g, '"'),
  ]);
}

/** Skipped levels in an outline that starts at the widget's top level (h2). */
function skips(outline: [number, string][]): string[] {
  const out: string[] = [];
  outline.forEach(([level, text], i) => {
    const previous = i === 0 ? 1 : outline[i - 1]![0];
    if (level > previous + 1) out.push(`h${previous} → h${level} "${text}"`);
  });
  return out;
}

describe('heading outline', () => {
  it('no skipped levels on any step; the result goes h2 → h3 (pathways) → h4 (sections)', async () => {
    for (const [scenario, errorsOn] of [
      [withPolice, REQUIRED],
      [possibleFit, []],
    ] as const) {
      const page = await openPage('/');
      const widget = widgetOf(page);
      const outlines = new Map<string, [number, string][]>();
      await walk(
        page,
        wordsOf('en'),
        scenario.answers,
        async (state) => {
          outlines.set(state.id, await headingOutline(widget));
        },
        { errorsOn },
      );
      for (const [state, outline] of outlines) {
        expect(outline.length, `headings on ${state}`).toBeGreaterThan(0);
        expect(outline[0]![0], `first heading on ${state}`).toBe(2);
        expect(skips(outline), `${state}: ${JSON.stringify(outline)}`).toEqual([]);
      }
      const result = outlines.get('result')!;
      expect(result[0]).toEqual([2, ui.result.title]);
      const cards = await widget.getByRole('article').all();
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        const inCard = await headingOutline(card);
        const name = await card.getAttribute('aria-labelledby');
        // The pathway's name is the card's h3; every section below it is an h4 (or deeper, without skipping).
        expect(inCard[0]?.[0], `the title of "${name}"`).toBe(3);
        expect(
          inCard.slice(1).every(([level]) => level >= 4),
          `sections of "${name}": ${JSON.stringify(inCard)}`,
        ).toBe(true);
        expect(inCard, `in "${name}"`).toContainEqual([4, ui.result.why]);
        // "What you still need" heads its list only when something is missing.
        if ((await card.locator('.gap-list li').count()) > 0)
          expect(inCard, `in "${name}"`).toContainEqual([4, ui.result.missing]);
      }
      expect(result).toContainEqual([3, ui.result.glance.title]);
      await page.context().close();
    }
  });
});

describe('meaning is carried by words, not by colour alone', () => {
  it.each([
    { name: 'strong fit', scenario: withPolice, fit: 'strong' as const },
    { name: 'possible fit', scenario: possibleFit, fit: 'possible' as const },
  ])('fit tags, reasons and gaps have text ($name)', async ({ scenario, fit }) => {
    const page = await openPage('/');
    const widget = widgetOf(page);
    await walk(page, wordsOf('en'), scenario.answers, async () => {}, { intro: false, openDetails: false });
    const cards = await widget.getByRole('article').all();
    expect(cards.length).toBeGreaterThan(0);
    const first = cards[0]!;
    // The first card's fit is said in words that a screen reader reads, with the card's name.
    await expect(first.getByText(wordsOf('en').fit(fit), { exact: true }).isVisible()).resolves.toBe(true);
    for (const card of cards) {
      const parts = await card.evaluate((el) => ({
        cardClass: el.className,
        tag: el.querySelector('.tag')?.textContent?.trim() ?? null,
        lists: [...el.querySelectorAll('.check-list li, .gap-list li')].map((li) => ({
          text: li.textContent?.trim() ?? '',
          // The tick or circle before each item is drawn with borders, with no text of its own.
          marker: getComputedStyle(li, '::before').content,
        })),
      }));
      const cardFit = /card--(strong|possible)/.exec(parts.cardClass)?.[1] as 'strong' | 'possible';
      expect(parts.tag, `fit tag of a ${cardFit} card`).toBe(wordsOf('en').fit(cardFit));
      expect(parts.lists.length, 'reasons listed').toBeGreaterThan(0);
      for (const item of parts.lists) {
        expect(item.text.length, 'each reason or gap is a sentence').toBeGreaterThan(10);
        expect(item.marker, 'the marker has no text').toBe('""');
      }
    }
    // The headings above the lists say what they are.
    await expect(first.getByRole('heading', { name: ui.result.why, exact: true }).count()).resolves.toBe(1);
    const missing = (await first.locator('.gap-list li').count()) > 0 ? 1 : 0;
    await expect(first.getByRole('heading', { name: ui.result.missing, exact: true }).count()).resolves.toBe(missing);
    if (fit === 'possible') {
      const gaps = await first.locator('.gap-list li').allTextContents();
      expect(gaps.length, 'a possible fit lists what is missing').toBeGreaterThan(0);
    }
    // Mentor sites are marked with words too.
    const mentor = widget.getByText(ui.site.mentor, { exact: true });
    if ((await mentor.count()) > 0)
      await expect(mentor.first().evaluate((el) => el.classList.contains('tag'))).resolves.toBe(true);
  });
});

describe('no keyboard trap', () => {
  /** Tabs from a button just before the widget to one just after it, and back, on the current step. */
  async function tabThrough(page: Page): Promise<{ forward: number; backward: number }> {
    const widget = widgetOf(page);
    const where = () =>
      page.evaluate(() =>
        document.activeElement?.id === 'before-widget' || document.activeElement?.id === 'after-widget'
          ? document.activeElement.id
          : document.activeElement?.tagName === 'PICK-YOUR-PATHWAY'
            ? 'widget'
            : (document.activeElement?.tagName ?? 'none'),
      );
    const go = async (from: string, to: string, key: string) => {
      await page.locator(`#${from}`).focus();
      const path: string[] = [];
      // A result with every section open has many stops: each planning point's checkbox and action fields.
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press(key);
        const at = await where();
        if (at === to) return path.length;
        if (at !== 'widget')
          throw new Error(`${key} from #${from} went to ${at} after ${path.length} stops in the widget`);
        path.push(
          await widget.evaluate((host) => host.shadowRoot!.activeElement?.textContent?.trim().slice(0, 30) ?? ''),
        );
      }
      throw new Error(`${key} from #${from} never left the widget: ${path.join(' → ')}`);
    };
    return {
      forward: await go('before-widget', 'after-widget', 'Tab'),
      backward: await go('after-widget', 'before-widget', 'Shift+Tab'),
    };
  }

  it('Tab leaves the widget forwards after its last control, Shift+Tab backwards before its first, on every step', async () => {
    const page = await openPage('/');
    await page.locator('pick-your-pathway').evaluate((host) => {
      host.insertAdjacentHTML('beforebegin', '<button type="button" id="before-widget">Before</button>');
      host.insertAdjacentHTML('afterend', '<button type="button" id="after-widget">After</button>');
    });
    const stops = new Map<string, { forward: number; backward: number }>();
    await walk(
      page,
      wordsOf('en'),
      withPolice.answers,
      async (state) => {
        if (state.id === 'result') await openAllDetails(widgetOf(page));
        stops.set(state.id, await tabThrough(page));
      },
      { errorsOn: ['lead', 'setting'], openDetails: false },
    );
    for (const [state, { forward, backward }] of stops) {
      expect(forward, `${state}: controls reached by Tab`).toBeGreaterThan(0);
      expect(backward, `${state}: Shift+Tab stops at as many controls as Tab`).toBe(forward);
    }
    expect(stops.size).toBe(12);
    // The intro has at least the language switch and Start; a result has many more.
    expect(stops.get('intro')!.forward).toBeGreaterThanOrEqual(2);
    expect(stops.get('result')!.forward).toBeGreaterThan(8);
  });
});
