/**
 * Layout and presentation criteria that axe-core cannot judge, measured in the real browser on
 * every state of the widget: reflow at 320 CSS px and at 400 % zoom (1.4.10), text spacing
 * (1.4.12), target size (2.5.8), focus visible and not obscured (2.4.7, 2.4.11, 2.4.13's
 * thickness and contrast), reduced motion (2.3.3 / prefers-reduced-motion) and forced colours.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { installPageLib, settled, text, walk, widgetOf, wordsOf, type Indicator, type Lang, type State } from './a11y';
import { eventually, openPage, pressUntilFocused, useBrowser, widgetFocus, type FocusInfo } from './browser';
import { answerByMouse, idsOf, prompt, scenarios, ui, type QuestionKey } from './quiz';

useBrowser();

// Law enforcement leads, so that all seven questions (charging too) are shown.
const withPolice = scenarios.find((s) => s.answers.lead?.includes('law-enforcement') && s.answers.charging?.length)!;
// Every question that shows an error when Continue is pressed without an answer.
const REQUIRED: QuestionKey[] = ['lead', 'situations', 'population', 'charging', 'setting'];

/** Every state of the quiz with law enforcement, with the error of every required question. */
function eachState(
  page: Page,
  lang: Lang,
  visit: (state: State) => Promise<void>,
  options: Parameters<typeof walk>[4] = {},
) {
  return walk(page, wordsOf(lang), withPolice.answers, visit, { errorsOn: REQUIRED, ...options });
}

// 1.4.10 Reflow

async function reflowProblems(path: string, lang: Lang, viewport: { width: number; height: number }, zoom?: string) {
  const page = await openPage(path, { viewport });
  const widget = widgetOf(page);
  if (zoom) {
    await page.evaluate((z) => {
      document.documentElement.style.zoom = z;
    }, zoom);
  }
  await installPageLib(page);
  const problems: string[] = [];
  let states = 0;
  await eachState(page, lang, async (state) => {
    states++;
    const o = await widget.evaluate((host) => window.pypA11y.overflow(host));
    if (zoom) expect(o.zoom, 'the page is zoomed').toBeCloseTo(Number(zoom), 1);
    if (o.widget.scrollWidth > o.widget.clientWidth || o.widget.rootScrollWidth > o.widget.rootClientWidth) {
      problems.push(
        `${state.id}: the widget scrolls sideways (scrollWidth ${o.widget.scrollWidth} > clientWidth ${o.widget.clientWidth})`,
      );
    }
    if (o.page.scrollWidth > o.page.clientWidth)
      problems.push(
        `${state.id}: the page scrolls sideways (${o.page.scrollWidth} > ${o.page.clientWidth}); past the window: ${o.beyondViewport.join('; ') || 'nothing of the widget'}`,
      );
    for (const line of o.outside) problems.push(`${state.id}: ${line}`);
  });
  expect(states, 'states checked').toBe(1 + 7 + REQUIRED.length + 2);
  return problems;
}

describe('1.4.10 Reflow: no horizontal scrolling on any step', () => {
  it('English on the dark page (widget 272 px wide) at a 320 px wide window', async () => {
    const problems = await reflowProblems('/dark.html', 'en', { width: 320, height: 640 });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  // Was a defect, fixed in src/styles/wizard.css (overflow-wrap: anywhere; labels max-width 100%): 1.4.10 Reflow. On the light agency page at 320 px the widget is 222 px wide. With the
  // error shown (error:lead), the fieldset gets 20 px of left border and padding, and the option
  // labels, which are inline-block and so at least as wide as their longest word plus 2 × 0.9375em
  // padding, stick out of the widget: "Law enforcement" spans 88…233 px and "Fire department"
  // 88…225 px of the 222 px widget (its scrollWidth is 233 > clientWidth 222).
  // Fix in src/styles/wizard.css: `.pyp .option__label { max-width: 100%; }` and
  // `overflow-wrap: anywhere` instead of `break-word` on `.pyp` (break-word does not lower the
  // min-content width that inline-block and table boxes are sized by; anywhere does).
  it('English on the light page (widget 222 px wide) at a 320 px wide window', async () => {
    const problems = await reflowProblems('/', 'en', { width: 320, height: 640 });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  // Was a defect, fixed in src/styles/wizard.css (overflow-wrap: anywhere; labels max-width 100%): 1.4.10 Reflow, the same cause, worse in Spanish (longer words), even without errors:
  // the legend heading "¿A quién quiere llegar principalmente?" (`.fieldset__legend` is
  // display: table, so it never gets narrower than "principalmente?" at 26 px bold) spans
  // 16…253 px of the 222 px widget, 36…273 px with the error, where the whole page scrolls
  // sideways (scrollWidth 322 > 320); "¿Qué colaboradores ya trabajan con usted?" 16…225 px;
  // labels "Departamento de bomberos" up to 248 px, "Autorreferencia" 241 px, "Colaboradores
  // médicos" 229 px, "Personas que ya tiene identificadas" 234 px (21 findings on 7 states).
  // Fix as above: `overflow-wrap: anywhere` on `.pyp`, `max-width: 100%` on `.option__label`
  // (the legend's `max-width: 100%` only works once its min-content can shrink).
  it('Spanish on the Spanish page at a 320 px wide window', async () => {
    const problems = await reflowProblems('/es.html', 'es', { width: 320, height: 640 });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  // Was a defect, fixed in src/styles/wizard.css (overflow-wrap: anywhere; labels max-width 100%): 1.4.10 Reflow at 400 % zoom: 1280 × 1024 with `zoom: 4` on <html> lays the page out
  // 320 CSS px wide, and the same two labels stick out on error:lead ("Law enforcement" spans
  // 352…932 zoomed px of the 888 px widget, i.e. 11 CSS px too wide). Same fix.
  it('English on the light page at 1280 × 1024 zoomed to 400 %', async () => {
    const problems = await reflowProblems('/', 'en', { width: 1280, height: 1024 }, '4');
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// 1.4.12 Text spacing

/**
 * The spacing of WCAG 1.4.12 on every element of the widget: line height 1.5, letter spacing
 * 0.12em, word spacing 0.16em, and 2em after paragraphs (here after every element, which is harsher).
 */
const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  * { margin-bottom: 2em !important; }
`;

describe('1.4.12 Text spacing: nothing is cut off with the spacing of the criterion', () => {
  it.each([
    { name: 'English', path: '/', lang: 'en' as Lang },
    { name: 'Spanish', path: '/es.html', lang: 'es' as Lang },
  ])('$name, every step', async ({ path, lang }) => {
    const page = await openPage(path);
    const widget = widgetOf(page);
    await installPageLib(page);
    await widget.evaluate((host, css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, sheet];
    }, TEXT_SPACING);
    const problems: string[] = [];
    await eachState(page, lang, async (state) => {
      // The spacing does apply (0.12em of the 16 px text is 1.92 px).
      const spacing = await widget.evaluate((host) => {
        const p = host.shadowRoot!.querySelector('.pyp p:not(.visually-hidden)')!;
        const s = getComputedStyle(p);
        return {
          letter: parseFloat(s.letterSpacing) / parseFloat(s.fontSize),
          word: parseFloat(s.wordSpacing) / parseFloat(s.fontSize),
          margin: parseFloat(s.marginBottom) / parseFloat(s.fontSize),
        };
      });
      expect(spacing, `spacing applied on ${state.id}`).toEqual({
        letter: expect.closeTo(0.12, 2),
        word: expect.closeTo(0.16, 2),
        margin: expect.closeTo(2, 2),
      });
      const { clipped, outside } = await widget.evaluate((host) => ({
        clipped: window.pypA11y.clipped(host),
        outside: window.pypA11y.overflow(host).outside,
      }));
      for (const line of [...clipped, ...outside]) problems.push(`${state.id}: ${line}`);
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// 2.5.8 Target size (minimum)

/*
 * Targets smaller than 24 × 24 CSS px, and the exception of 2.5.8 that they meet (the test checks
 * it, and fails on an undersized target that meets none):
 * - the language switch ("Español" / "English") and "Back": link-style buttons at 0.9375em, 22.5 px
 *   tall: SPACING exception (a 24 px circle on each meets no other target);
 * - the error summary's link and each program's source link: a link alone in its list item or
 *   description, 19 px tall: SPACING exception (not "inline": they are not inside a sentence).
 * No target relies on the inline exception today; the test would accept a link inside a sentence.
 */
describe('2.5.8 Target size: 24 × 24 CSS px, or an exception that applies', () => {
  it.each([
    { name: 'English, 1024 px window', path: '/', lang: 'en' as Lang, viewport: { width: 1024, height: 800 } },
    {
      name: 'English on the dark page, 320 px window',
      path: '/dark.html',
      lang: 'en' as Lang,
      viewport: { width: 320, height: 640 },
    },
    { name: 'Spanish, 1024 px window', path: '/es.html', lang: 'es' as Lang, viewport: { width: 1024, height: 800 } },
  ])('$name, every step', async ({ path, lang, viewport }) => {
    const page = await openPage(path, { viewport });
    const widget = widgetOf(page);
    await installPageLib(page);
    const failures: string[] = [];
    const exempt = new Map<string, string>();
    let measured = 0;
    await eachState(page, lang, async (state) => {
      const sizes = await widget.evaluate((host) => window.pypA11y.targetSizes(host));
      measured += sizes.length;
      for (const t of sizes) {
        if (t.verdict === 'size') continue;
        if (t.verdict === 'inline' || t.verdict === 'spacing')
          exempt.set(t.target.replace(/"(.{0,12}).*"$/, '"$1…"'), `${t.size} px, ${t.verdict} exception`);
        else failures.push(`${state.id}: ${t.target} is ${t.size} px, ${t.verdict}`);
      }
    });
    console.log(
      `2.5.8 ${path} ${viewport.width} px: ${measured} targets measured; under 24 px but exempt: ${[...exempt].map(([k, v]) => `${k} (${v})`).join('; ')}`,
    );
    expect(measured).toBeGreaterThan(100);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

// 2.4.7, 2.4.11, 2.4.13 Focus

type FocusRow = {
  kind: string;
  control: boolean;
  element: string;
  focusVisible: boolean;
  onTop: string | null;
  inView: boolean;
  indicator: Indicator;
};

/** Measures the focus indicator of what has keyboard focus in the widget, against its unfocused look. */
async function measureFocus(page: Page, kind: string): Promise<FocusRow> {
  return widgetOf(page).evaluate((host, kind) => {
    const L = window.pypA11y;
    const el = host.shadowRoot!.activeElement as HTMLElement;
    const input = el instanceof HTMLInputElement ? el : null;
    // An input is drawn by its label's ::before (the input itself is transparent, on top of it).
    const styled = input ? input.labels![0]! : el;
    const pseudo = input ? '::before' : null;
    const focused = L.focusStyles(styled, pseudo);
    const focusVisible = el.matches(':focus-visible');
    const box = el.getBoundingClientRect();
    const hit = host.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const onTop = hit === el || (hit !== null && el.contains(hit)) ? null : hit ? L.describe(hit) : 'nothing';
    const inView = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    el.blur();
    const unfocused = L.focusStyles(styled, pseudo);
    el.focus();
    const behind = L.backdrop(input ? styled : L.parentOf(el)!);
    return {
      kind,
      control: !el.matches('[tabindex="-1"]'),
      element: L.describe(el),
      focusVisible,
      onTop,
      inView,
      indicator: L.indicator(focused, unfocused, behind),
    };
  }, kind);
}

const isTag = (tag: string, text?: string) => (f: FocusInfo) =>
  f.tag === tag && (text === undefined || f.text === text);
const isInput = (type: string) => (f: FocusInfo) => f.tag === 'INPUT' && f.type === type;

/** Focuses one control of each kind by keyboard, on the steps where they are, and measures each. */
async function focusEveryKind(page: Page): Promise<FocusRow[]> {
  const widget = widgetOf(page);
  const rows: FocusRow[] = [];
  const focus = async (kind: string, matches: (f: FocusInfo) => boolean, key = 'Tab') => {
    await pressUntilFocused(page, widget, matches, key, 60);
    rows.push(await measureFocus(page, kind));
  };
  await focus('link-style button (language switch)', isTag('BUTTON', text('es', 'ui', 'language.name')));
  await focus('button (start)', isTag('BUTTON', ui.intro.start));
  await page.keyboard.press('Enter');
  await settled(widget, '[data-step-heading]', prompt('lead'));
  await focus('link-style button (Back)', isTag('BUTTON', ui.nav.back));
  await focus('checkbox', isInput('checkbox'));
  await focus('button (Continue)', isTag('BUTTON', ui.nav.continue));
  await page.keyboard.press('Enter');
  await eventually(async () => (await widgetFocus(widget)).role, { message: 'the error summary takes focus' }).toBe(
    'alert',
  );
  rows.push(await measureFocus(page, 'error summary (focused by the widget)'));
  await focus('link (error summary)', isTag('A'));
  for (const key of ['lead', 'situations', 'population', 'charging', 'partners'] as const)
    await answerByMouse(page, key, idsOf(withPolice.answers, key));
  await settled(widget, '[data-step-heading]', prompt('setting'));
  await focus('radio', isInput('radio'));
  await answerByMouse(page, 'setting', idsOf(withPolice.answers, 'setting'));
  await answerByMouse(page, 'existing', idsOf(withPolice.answers, 'existing'));
  await settled(widget, '[data-step-heading]', ui.review.title);
  await focus('link-style button (Change)', (f) => f.tag === 'BUTTON' && (f.text ?? '').startsWith(ui.review.change));
  await focus('button (See my result)', isTag('BUTTON', ui.review.submit));
  await page.keyboard.press('Enter');
  await settled(widget, '[data-step-heading]', ui.result.title);
  await focus('summary (disclosure)', isTag('SUMMARY'));
  // The result's sections draw their contents once open: "Show all sections", then a link in one.
  await focus('link-style button (Show all sections)', isTag('BUTTON', ui.result.glance.showAll), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await focus('link (program source)', isTag('A'));
  await focus('secondary button', isTag('BUTTON', ui.result.changeAnswers));
  return rows;
}

function focusProblems(rows: FocusRow[]): string[] {
  // Only operable controls: the error summary is a container the widget focuses (tabindex -1) so
  // that its text is read; 2.4.7 does not cover it. Its measurement is logged, not asserted.
  return rows
    .filter((r) => r.control)
    .flatMap((r) => {
      const parts =
        r.indicator.parts.map((p) => `${p.kind} ${p.thickness} px ${p.color} ${p.contrast}:1`).join(', ') ||
        'no change at all';
      const problems: string[] = [];
      if (!r.focusVisible) problems.push('does not match :focus-visible after keyboard focus');
      if (r.indicator.thickness < 2)
        problems.push(`no indicator at least 2 px thick with 3:1 against what it replaces (${parts})`);
      if (r.onTop) problems.push(`covered at its centre by ${r.onTop}`);
      if (!r.inView) problems.push('not scrolled into view');
      return problems.map((p) => `${r.kind} — ${r.element}: ${p}`);
    });
}

function logFocus(title: string, rows: FocusRow[]) {
  console.log(
    `${title}\n` +
      rows
        .map(
          (r) =>
            `  ${r.kind}: ${r.indicator.thickness} px; ${r.indicator.parts
              .filter((p) => p.counts)
              .map((p) => `${p.kind} ${p.thickness} px ${p.contrast}:1`)
              .join(', ')}; changed area ${r.indicator.area} px² for a 2 px perimeter of ${r.indicator.perimeter} px²`,
        )
        .join('\n'),
  );
}

describe('2.4.7 / 2.4.11 / 2.4.13 Focus: visible, at least 2 px with 3:1, not hidden', () => {
  it('every kind of control, focused by keyboard (button, link-style button, checkbox, radio, error summary, link, summary)', async () => {
    const page = await openPage('/');
    await installPageLib(page);
    const rows = await focusEveryKind(page);
    logFocus('Focus indicators (light page):', rows);
    expect(rows.filter((r) => r.control)).toHaveLength(13);
    const problems = focusProblems(rows);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// prefers-reduced-motion

describe('prefers-reduced-motion: reduce', () => {
  it('no transition or animation anywhere in the widget, on any step', async () => {
    const page = await openPage('/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const widget = widgetOf(page);
    const moving: string[] = [];
    await eachState(page, 'en', async (state) => {
      const found = await widget.evaluate((host) => {
        const seconds = (list: string) =>
          list.split(',').map((v) => (v.trim() === 'auto' ? 0 : parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
        const out: string[] = [];
        let count = 0;
        for (const el of [host, ...host.shadowRoot!.querySelectorAll('*')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            count++;
            const t = seconds(s.transitionDuration),
              a = s.animationName === 'none' ? [0] : seconds(s.animationDuration);
            if (t.some((v) => v > 0) || a.some((v) => v > 0) || s.scrollBehavior === 'smooth') {
              out.push(
                `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}, scroll-behavior ${s.scrollBehavior}`,
              );
            }
          }
        }
        return { out, count };
      });
      expect(found.count, 'elements looked at').toBeGreaterThan(30);
      moving.push(...found.out.map((line) => `${state.id}: ${line}`));
    });
    expect(moving, moving.join('\n')).toEqual([]);
  });
});

// Forced colours (Windows High Contrast)

describe('forced-colors: active', () => {
  it.each([
    { name: 'light system palette', colorScheme: 'light' as const },
    { name: 'dark system palette', colorScheme: 'dark' as const },
  ])('checkboxes, radios, buttons, tags and links stay visible on every step ($name)', async ({ colorScheme }) => {
    const page = await openPage('/');
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const widget = widgetOf(page);
    await installPageLib(page);
    // The emulated system palette is the one asked for: light or dark Canvas.
    const canvas = await page.evaluate(() => window.pypA11y.canvas());
    expect(canvas.r + canvas.g + canvas.b, `Canvas ${JSON.stringify(canvas)}`)[
      colorScheme === 'dark' ? 'toBeLessThan' : 'toBeGreaterThan'
    ](384);
    const problems: string[] = [];
    let controls = 0;
    await eachState(
      page,
      'en',
      async (state) => {
        const found = await widget.evaluate((host) => {
          const L = window.pypA11y;
          const out: string[] = [];
          let count = 0;
          const visibleLine = (el: Element, pseudo: string | null, what: string, side = 'Top') => {
            const s = getComputedStyle(el, pseudo);
            const width = parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`));
            const style = s.getPropertyValue(`border-${side.toLowerCase()}-style`);
            const behind = L.backdrop(pseudo ? el : L.parentOf(el)!);
            const colour = L.over(L.parse(s.getPropertyValue(`border-${side.toLowerCase()}-color`)), behind);
            const ratio = L.contrast(colour, behind);
            count++;
            if (!(width > 0) || style === 'none' || ratio < 3)
              out.push(
                `${L.describe(el)}${pseudo ?? ''}: ${what} ${width} px ${style} ${L.css(colour)} on ${L.css(behind)} (${ratio.toFixed(2)}:1)`,
              );
          };
          const root = host.shadowRoot!;
          for (const input of root.querySelectorAll<HTMLInputElement>('input.option__input')) {
            const label = input.labels![0]!;
            visibleLine(label, '::before', `${input.type} box border`);
            if (input.checked) {
              const after = getComputedStyle(label, '::after');
              if (after.opacity !== '1')
                out.push(
                  `${L.describe(input)}: the ${input.type === 'radio' ? 'dot' : 'tick'} is not shown (opacity ${after.opacity})`,
                );
              visibleLine(
                label,
                '::after',
                input.type === 'radio' ? 'dot' : 'tick',
                input.type === 'radio' ? 'Top' : 'Left',
              );
            }
          }
          for (const el of root.querySelectorAll('.button')) visibleLine(el, null, 'button border');
          for (const el of root.querySelectorAll('.tag')) visibleLine(el, null, 'tag border');
          for (const el of root.querySelectorAll<HTMLElement>('.link-button, .back-link, .details__summary, a[href]')) {
            count++;
            const s = getComputedStyle(el);
            const ratio = L.contrast(L.over(L.parse(s.color), L.backdrop(el)), L.backdrop(el));
            if (!s.textDecorationLine.includes('underline'))
              out.push(`${L.describe(el)}: not underlined in forced colours`);
            if (ratio < 4.5) out.push(`${L.describe(el)}: text ${s.color} at ${ratio.toFixed(2)}:1`);
          }
          return { out, count };
        });
        controls += found.count;
        problems.push(...found.out.map((line) => `${state.id}: ${line}`));
      },
      { answered: true },
    );
    expect(controls, 'controls looked at').toBeGreaterThan(100);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the focus indicator of every kind of control is visible (outline, as box-shadows are dropped)', async () => {
    const page = await openPage('/');
    await page.emulateMedia({ forcedColors: 'active' });
    await installPageLib(page);
    const rows = await focusEveryKind(page);
    logFocus('Focus indicators (forced colours):', rows);
    const problems = focusProblems(rows);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the measurements themselves', () => {
  it('find planted defects: small adjacent targets, clipped text, content sticking out, a faint focus ring', async () => {
    const page = await openPage('/');
    const widget = widgetOf(page);
    await installPageLib(page);
    const found = await widget.evaluate((host) => {
      const L = window.pypA11y;
      const root = host.shadowRoot!.querySelector('.pyp')!;
      root.insertAdjacentHTML(
        'beforeend',
        '<div id="planted"><button type="button" style="all: unset; display: inline-block; width: 16px; height: 16px">a</button>' +
          '<button type="button" style="all: unset; display: inline-block; width: 16px; height: 16px">b</button>' +
          '<p style="overflow: hidden; height: 10px; margin: 0">cut</p><p style="width: 2000px">wide</p></div>',
      );
      const sizes = L.targetSizes(host)
        .filter((t) => /"[ab]"/.test(t.target))
        .map((t) => t.verdict);
      const clipped = L.clipped(host);
      const outside = L.overflow(host).outside;
      const white = { r: 255, g: 255, b: 255, a: 1 };
      const base = {
        outlineStyle: 'none',
        outlineWidth: 0,
        outlineColor: 'rgba(0, 0, 0, 0)',
        outlineOffset: 0,
        boxShadow: 'none',
        borderWidth: 2,
        borderStyle: 'solid',
        borderColor: 'rgb(11, 12, 12)',
        backgroundColor: 'rgba(0, 0, 0, 0)',
        width: 40,
        height: 40,
      };
      const yellowRingOnly = L.indicator({ ...base, boxShadow: 'rgb(255, 221, 0) 0px 0px 0px 3px' }, base, white);
      const blackOutline = L.indicator(
        { ...base, outlineStyle: 'solid', outlineWidth: 3, outlineColor: 'rgb(0, 0, 0)' },
        base,
        white,
      );
      host.shadowRoot!.getElementById('planted')!.remove();
      return {
        sizes,
        clipped,
        outside,
        yellowRingOnly: yellowRingOnly.thickness,
        blackOutline: blackOutline.thickness,
      };
    });
    expect(found.sizes).toEqual([
      expect.stringMatching(/^too small, and too close to: button/),
      expect.stringMatching(/^too small, and too close to: button/),
    ]);
    expect(found.clipped).toEqual([expect.stringMatching(/^p "cut": content/)]);
    expect(found.outside).toEqual([expect.stringMatching(/^p "wide"/)]);
    expect(found.yellowRingOnly, 'a yellow ring on white (1.07:1) is no indicator').toBe(0);
    expect(found.blackOutline).toBe(3);
  });
});
