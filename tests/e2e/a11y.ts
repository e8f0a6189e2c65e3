/**
 * Shared helpers of the accessibility suites (a11y-*.test.ts): the texts a user sees in either
 * language, a walk through every state of the widget that answers the way a user does, and
 * axe-core injected from node_modules (never as an inline script: a later suite runs under CSP).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { pathwaysEn } from '../support/texts';
import questionsEn from '../../data/locales/en/questions.json';
import { uiEn } from '../support/texts';
import { pathwaysEs } from '../support/texts';
import questionsEs from '../../data/locales/es/questions.json';
import { uiEs } from '../support/texts';
import { eventually } from './browser';
import { askedKeys, idsOf, type QuestionKey, type ScenarioAnswers } from './quiz';

type Texts = Record<string, unknown>;
export type Lang = 'en' | 'es';
const resources: Record<Lang, Record<string, Texts>> = {
  en: { ui: uiEn, questions: questionsEn, pathways: pathwaysEn },
  es: { ui: uiEs, questions: questionsEs, pathways: pathwaysEs },
};

/** A text of one language, with i18next nesting (`$t(pathways:…)`) and `{{value}}` interpolation. */
export function text(
  lang: Lang,
  namespace: string,
  path: string,
  values: Record<string, string | number> = {},
): string {
  let node: unknown = resources[lang][namespace];
  for (const part of path.split('.')) node = (node as Texts | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text ${lang} ${namespace}:${path}`);
  return node
    .replace(/\$t\(([\w-]+):([^)]+)\)/g, (_, ns: string, key: string) => text(lang, ns, key))
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** The words of the interface in one language, for role/label queries. */
export function wordsOf(lang: Lang) {
  const ui = (path: string, values?: Record<string, string | number>) => text(lang, 'ui', path, values);
  return {
    lang,
    ui,
    start: ui('intro.start'),
    introTitle: ui('intro.title'),
    continue: ui('nav.continue'),
    back: ui('nav.back'),
    reviewTitle: ui('review.title'),
    submit: ui('review.submit'),
    resultTitle: ui('result.title'),
    prompt: (key: QuestionKey) => text(lang, 'questions', `${key}.prompt`),
    hint: (key: QuestionKey) => text(lang, 'questions', `${key}.hint`),
    optionLabel: (key: QuestionKey, id: string) => text(lang, 'questions', `${key}.options.${id}.label`),
    optionHint: (key: QuestionKey, id: string) => text(lang, 'questions', `${key}.options.${id}.hint`),
    optionIds: (key: QuestionKey) =>
      Object.keys(((resources[lang].questions as Record<string, { options: Texts }>)[key] ?? { options: {} }).options),
    error: (key: QuestionKey) => ui(`errors.${key}`),
    fit: (fit: 'strong' | 'possible') => ui(`result.fit.${fit}`),
  };
}
export type Words = ReturnType<typeof wordsOf>;

export const widgetOf = (page: Page) => page.locator('pick-your-pathway');
const exactButton = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
export const group = (scope: Page | Locator, words: Words, key: QuestionKey) =>
  scope.getByRole('group', { name: words.prompt(key), exact: true });

/** A state of the widget that a walk stops at, e.g. `question:lead`, `error:lead`, `review`, `result`. */
export type State = { id: string; key?: QuestionKey };

/**
 * Walks the widget from its start page to the result the way a mouse user does, calling `visit`
 * at every state: the start page, each question before it is answered, the error shown by
 * Continue without an answer (for the questions in `errorsOn`), the review, and the result with
 * every disclosure opened (unless `openDetails` is false); with `answered`, also each question
 * once its options are chosen.
 */
export async function walk(
  page: Page,
  words: Words,
  answers: ScenarioAnswers,
  visit: (state: State) => Promise<void>,
  {
    errorsOn = [],
    intro = true,
    openDetails = true,
    answered = false,
  }: { errorsOn?: readonly QuestionKey[]; intro?: boolean; openDetails?: boolean; answered?: boolean } = {},
) {
  const widget = widgetOf(page);
  await exactButton(widget, words.start).waitFor();
  if (intro) await visit({ id: 'intro' });
  await exactButton(widget, words.start).click();
  for (const key of askedKeys(answers)) {
    const fieldset = group(widget, words, key);
    await fieldset.waitFor();
    await settled(widget, '[data-step-heading]', words.prompt(key));
    await visit({ id: `question:${key}`, key });
    if (errorsOn.includes(key)) {
      await exactButton(widget, words.continue).click();
      await widget
        .getByRole('alert')
        .filter({ hasText: words.error(key) })
        .waitFor();
      await settled(widget, '.error-summary');
      await visit({ id: `error:${key}`, key });
    }
    for (const id of idsOf(answers, key)) {
      const input = fieldset.getByRole(key === 'setting' ? 'radio' : 'checkbox', {
        name: words.optionLabel(key, id),
        exact: true,
      });
      await fieldset.getByText(words.optionLabel(key, id), { exact: true }).click();
      await eventually(() => input.isChecked(), { message: `${key}: ${id} checked` }).toBe(true);
    }
    if (answered) await visit({ id: `answered:${key}`, key });
    await exactButton(widget, words.continue).click();
  }
  await widget.getByRole('heading', { name: words.reviewTitle, exact: true }).waitFor();
  await settled(widget, '[data-step-heading]', words.reviewTitle);
  await visit({ id: 'review' });
  await exactButton(widget, words.submit).click();
  await widget.getByRole('heading', { name: words.resultTitle, exact: true }).waitFor();
  await settled(widget, '[data-step-heading]', words.resultTitle);
  if (openDetails) await openAllDetails(widget);
  await visit({ id: 'result' });
}

/**
 * Waits until the widget has moved focus where it does after a step change (the new step's
 * heading, or the error summary), so that nothing a test does next is overtaken by it.
 */
export async function settled(widget: Locator, selector: string, text?: string) {
  await eventually(
    () =>
      widget.evaluate(
        (host, [selector, text]) => {
          const active = host.shadowRoot!.activeElement;
          return !!active && active.matches(selector!) && (text === undefined || active.textContent?.trim() === text);
        },
        [selector, text] as const,
      ),
    { message: `focus moved to ${selector}${text ? ` "${text}"` : ''}` },
  ).toBe(true);
}

/**
 * Opens every disclosure in the widget, so that what they hide is checked too. Parts drawn when
 * the browser is idle may bring more: it opens again until a pass finds every one open.
 */
export async function openAllDetails(widget: Locator) {
  const openAll = () =>
    widget.evaluate((host) => {
      const all = [...host.shadowRoot!.querySelectorAll('details')];
      const alreadyOpen = all.every((details) => details.open);
      for (const details of all) details.open = true;
      return alreadyOpen;
    });
  await openAll();
  await eventually(openAll, { message: 'every <details> open' }).toBe(true);
  return widget.evaluate((host) => host.shadowRoot!.querySelectorAll('details').length);
}

// axe-core

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const axeVersion: string = (require('axe-core/package.json') as { version: string }).version;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary: string }[];
};
export type AxeResult = {
  violations: AxeViolation[];
  /** What axe could not decide ("needs review"), in the same form. */
  incomplete: AxeViolation[];
  /** How many elements inside the widget's shadow root the colour-contrast rule checked and passed. */
  contrastPassedInWidget: number;
};

/** Runs axe-core (all WCAG 2.x A/AA rules, colour contrast on) on the whole document, shadow roots included. */
export async function runAxe(page: Page): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string; any: { message: string }[]; element?: Element };
    type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<Record<'violations' | 'incomplete' | 'passes', Rule[]>>;
        };
      }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'color-contrast': { enabled: true } },
      elementRef: true,
    });
    // axe cannot tell the background of SVG text drawn over a shape, so it asks for a review of
    // the programs map's state codes; their contrast is measured in result-glance.test.ts instead.
    const isMapText = (n: Node) => n.element?.closest?.('.programs-map__grid') != null;
    for (const rule of results.incomplete)
      if (rule.id === 'color-contrast') rule.nodes = rule.nodes.filter((n) => !isMapText(n));
    results.incomplete = results.incomplete.filter((rule) => rule.nodes.length > 0);
    const plain = (rules: Rule[]) =>
      rules.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          failureSummary: n.failureSummary ?? n.any.map((a) => a.message).join('; '),
        })),
      }));
    // A target inside a shadow root is a list of selectors: [host, inside].
    const contrast = results.passes.find((rule) => rule.id === 'color-contrast');
    const inWidget = (contrast?.nodes ?? []).filter(
      (n) => Array.isArray(n.target[0]) && (n.target[0] as string[])[0] === 'pick-your-pathway',
    );
    return {
      violations: plain(results.violations),
      incomplete: plain(results.incomplete),
      contrastPassedInWidget: inWidget.length,
    };
  }, WCAG_TAGS);
}

/** Violations as lines a reader can act on: rule, impact, element, what is wrong. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `  ${v.id} (${v.impact}): ${v.help}\n    at ${JSON.stringify(n.target)}\n    ${n.failureSummary.replace(/\n\s*/g, ' / ')}`,
      ),
    )
    .join('\n');
}

// Measurements in the page. Plain JavaScript, installed once per page with `page.evaluate(source)`
// like axe-core (no inline script, no transpiled helpers), as `window.pypA11y`.

const PAGE_LIB = String.raw`(() => {
  if (window.pypA11y) return;
  const parse = (text) => {
    const m = /rgba?\(([^)]*)\)/.exec(text || '');
    if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, bottom) => {
    if (!top) return bottom;
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
    const mix = (k) => (top[k] * top.a + bottom[k] * bottom.a * (1 - top.a)) / a;
    return { r: mix('r'), g: mix('g'), b: mix('b'), a };
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const contrast = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
  const css = (c) => 'rgb(' + [c.r, c.g, c.b].map(Math.round).join(',') + (c.a < 1 ? ',' + c.a.toFixed(2) : '') + ')';
  const parentOf = (el) => el.parentElement || (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  /** The canvas colour (white, or the forced-colours Canvas). */
  const canvas = () => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const c = parse(getComputedStyle(probe).backgroundColor);
    probe.remove();
    return c && c.a > 0 ? { ...c, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  };
  /** The colour painted under \`el\` and its ancestors (their backgrounds over the canvas). */
  const backdrop = (el) => {
    const layers = [];
    for (let n = el; n; n = parentOf(n)) layers.push(parse(getComputedStyle(n).backgroundColor));
    let c = canvas();
    for (const layer of layers.reverse()) c = over(layer, c);
    return c;
  };
  const describe = (el) => {
    const name = (el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || '').replace(/\s+/g, ' ').trim();
    return el.tagName.toLowerCase() + (el.type && el.tagName === 'INPUT' ? '[type=' + el.type + ']' : '') + (el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : '') + (name ? ' "' + name.slice(0, 40) + '"' : '');
  };
  const hiddenHelper = (el) => !!el.closest('.visually-hidden');

  /** The styles a focus indicator is made of, of an element or its ::before. */
  const focusStyles = (el, pseudo) => {
    const s = getComputedStyle(el, pseudo || null);
    const box = el.getBoundingClientRect();
    return {
      outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineColor: s.outlineColor, outlineOffset: parseFloat(s.outlineOffset) || 0,
      boxShadow: s.boxShadow, borderWidth: parseFloat(s.borderTopWidth) || 0, borderStyle: s.borderTopStyle, borderColor: s.borderTopColor,
      backgroundColor: s.backgroundColor,
      // A pseudo-element's own size (the drawn box of a checkbox), else the element's border box.
      width: pseudo ? parseFloat(s.width) || 0 : box.width, height: pseudo ? parseFloat(s.height) || 0 : box.height,
    };
  };
  const splitTop = (text) => { const out = []; let depth = 0, cur = ''; for (const ch of text) { if (ch === '(') depth++; if (ch === ')') depth--; if (ch === ',' && depth === 0) { out.push(cur); cur = ''; } else cur += ch; } if (cur.trim()) out.push(cur); return out; };
  const shadows = (text) => !text || text === 'none' ? [] : splitTop(text).map((part) => {
    const color = parse((/rgba?\([^)]*\)/.exec(part) || [''])[0]);
    const nums = part.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) || [];
    const [x, y, blur, spread] = [0, 1, 2, 3].map((i) => parseFloat(nums[i] || '0'));
    return { color, x, y, blur, spread, inset: /inset/.test(part), geometry: [x, y, blur, spread, /inset/.test(part)].join(' ') };
  });
  const overlap = (a, b) => Math.max(0, Math.min(a.r, b.r) - Math.max(a.l, b.l)) * Math.max(0, Math.min(a.b, b.b) - Math.max(a.t, b.t));

  /**
   * What changes between the unfocused and the focused styles, part by part, with each part's
   * thickness, area and contrast against what it replaces. Only parts with at least 3:1 count
   * (WCAG 2.4.13's "contrast between the same pixels in the focused and unfocused states").
   */
  const indicator = (focused, unfocused, behind) => {
    const w = focused.width, h = focused.height, parts = [];
    const add = (kind, thickness, area, ratio, color) => parts.push({ kind, thickness: +thickness.toFixed(2), area: Math.round(area), contrast: +ratio.toFixed(2), color, counts: ratio >= 3 });
    const visibleOutline = (s) => s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden' && s.outlineWidth > 0 && (parse(s.outlineColor) || { a: 0 }).a > 0;
    if (visibleOutline(focused) && !(visibleOutline(unfocused) && unfocused.outlineColor === focused.outlineColor && unfocused.outlineWidth >= focused.outlineWidth)) {
      const c = over(parse(focused.outlineColor), behind), t = focused.outlineWidth, o = Math.max(0, focused.outlineOffset);
      add('outline', t, (w + 2 * o + 2 * t) * (h + 2 * o + 2 * t) - (w + 2 * o) * (h + 2 * o), contrast(c, behind), css(c));
    }
    const before = shadows(unfocused.boxShadow);
    for (const s of shadows(focused.boxShadow)) {
      if (!s.color || s.color.a === 0) continue;
      const same = before.find((b) => b.geometry === s.geometry);
      const c = over(s.color, behind);
      const ref = same && same.color ? over(same.color, behind) : behind;
      if (same && css(ref) === css(c)) continue;
      if (s.inset) { add('inset box-shadow', s.spread, w * h - Math.max(0, w - 2 * s.spread) * Math.max(0, h - 2 * s.spread), contrast(c, ref), css(c)); continue; }
      const R = { l: 0, t: 0, r: w, b: h };
      const S = { l: s.x - s.spread, t: s.y - s.spread, r: w + s.x + s.spread, b: h + s.y + s.spread };
      add('box-shadow', s.spread + Math.max(Math.abs(s.x), Math.abs(s.y)), (S.r - S.l) * (S.b - S.t) - overlap(R, S), contrast(c, ref), css(c));
    }
    const fb = focused.borderStyle === 'none' ? 0 : focused.borderWidth, ub = unfocused.borderStyle === 'none' ? 0 : unfocused.borderWidth;
    const fbc = over(parse(focused.borderColor), behind), ubg = over(parse(unfocused.backgroundColor), behind);
    if (fb > ub) add('thicker border', fb - ub, Math.max(0, w - 2 * ub) * Math.max(0, h - 2 * ub) - Math.max(0, w - 2 * fb) * Math.max(0, h - 2 * fb), contrast(fbc, ubg), css(fbc));
    else if (fb > 0 && fb === ub && focused.borderColor !== unfocused.borderColor) {
      const ubc = over(parse(unfocused.borderColor), behind);
      add('border colour', fb, w * h - Math.max(0, w - 2 * fb) * Math.max(0, h - 2 * fb), contrast(fbc, ubc), css(fbc));
    }
    const fbg = over(parse(focused.backgroundColor), behind);
    if (css(fbg) !== css(ubg)) add('background', Math.min(w, h) / 2, w * h, contrast(fbg, ubg), css(fbg));
    const counting = parts.filter((p) => p.counts);
    return {
      parts,
      thickness: counting.reduce((m, p) => Math.max(m, p.thickness), 0),
      area: counting.reduce((sum, p) => sum + p.area, 0),
      perimeter: Math.round(4 * (w + h)),
    };
  };

  window.pypA11y = {
    parse, over, contrast, css, backdrop, canvas, describe, hiddenHelper, parentOf, focusStyles, indicator,

    /** Interactive elements of a widget that are rendered (buttons, links, inputs, summaries, labels). */
    targets(host) {
      return [...host.shadowRoot.querySelectorAll('button, a[href], input, select, textarea, summary, label, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => !hiddenHelper(el) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    },

    /**
     * WCAG 2.5.8 for every target: 24 × 24 CSS px, else the "inline" exception (a link inside a
     * sentence), else the "spacing" exception (a 24 px circle centred on it meets no other target
     * and no other undersized target's circle). Returns each target with its size and verdict.
     */
    targetSizes(host) {
      const els = this.targets(host);
      const boxes = els.map((el) => ({ el, box: el.getBoundingClientRect() }));
      const small = (b) => b.width < 24 - 0.01 || b.height < 24 - 0.01;
      const centre = (b) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
      const circleMeetsRect = (c, b) => { const dx = Math.max(b.left - c.x, 0, c.x - b.right), dy = Math.max(b.top - c.y, 0, c.y - b.bottom); return dx * dx + dy * dy < 144 - 0.01; };
      return boxes.map(({ el, box }) => {
        const size = box.width.toFixed(1) + ' × ' + box.height.toFixed(1);
        if (!small(box)) return { target: describe(el), size, verdict: 'size' };
        const block = el.parentElement && el.parentElement.closest('p, li, dd, td, div');
        const own = (el.textContent || '').replace(/\s+/g, ' ').trim();
        const around = block ? (block.textContent || '').replace(/\s+/g, ' ').trim() : '';
        if (getComputedStyle(el).display === 'inline' && el.tagName === 'A' && around.length > own.length && /\s/.test(around.replace(own, '').trim())) {
          return { target: describe(el), size, verdict: 'inline' };
        }
        const c = centre(box);
        const conflicts = boxes.filter((o) => o.el !== el && !o.el.contains(el) && !el.contains(o.el) && !(o.el.tagName === 'LABEL' && o.el.control === el) && !(el.tagName === 'LABEL' && el.control === o.el))
          .filter((o) => circleMeetsRect(c, o.box) || (small(o.box) && Math.hypot(centre(o.box).x - c.x, centre(o.box).y - c.y) < 24 - 0.01))
          .map((o) => describe(o.el));
        return { target: describe(el), size, verdict: conflicts.length ? 'too small, and too close to: ' + conflicts.join(', ') : 'spacing' };
      });
    },

    /** Elements of the widget that stick out of its content box, and the page's horizontal overflow. */
    overflow(host) {
      const root = host.shadowRoot.querySelector('.pyp');
      const hb = host.getBoundingClientRect();
      const out = [];
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        if (hiddenHelper(el) || el.tagName === 'STYLE') continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) continue;
        if (b.right > hb.right + 0.5 || b.left < hb.left - 0.5) out.push(describe(el) + ': ' + Math.round(b.left - hb.left) + '…' + Math.round(b.right - hb.left) + ' px in a widget ' + Math.round(hb.width) + ' px wide');
      }
      const de = document.documentElement;
      return {
        widget: { scrollWidth: host.scrollWidth, clientWidth: host.clientWidth, rootScrollWidth: root.scrollWidth, rootClientWidth: root.clientWidth },
        page: { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth },
        outside: out,
        beyondViewport: out.length ? [...host.shadowRoot.querySelectorAll('*')].filter((el) => !hiddenHelper(el) && el.getBoundingClientRect().right > innerWidth + 0.5).map(describe) : [],
        zoom: host.getBoundingClientRect().width / (host.offsetWidth || 1),
      };
    },

    /** Elements of the widget that clip their content (overflow hidden or clip) and whose content is cut. */
    clipped(host) {
      const out = [];
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        if (el.classList.contains('visually-hidden') || hiddenHelper(el)) continue;
        const s = getComputedStyle(el);
        const clips = [s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip');
        if (!clips) continue;
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) out.push(describe(el) + ': content ' + el.scrollWidth + ' × ' + el.scrollHeight + ' in a box ' + el.clientWidth + ' × ' + el.clientHeight);
      }
      return out;
    },
  };
})()`;

/** Installs the measurement helpers (`window.pypA11y`) in the page, once. */
export async function installPageLib(page: Page) {
  await page.evaluate(PAGE_LIB);
}

export type IndicatorPart = {
  kind: string;
  thickness: number;
  area: number;
  contrast: number;
  color: string;
  counts: boolean;
};
export type Indicator = { parts: IndicatorPart[]; thickness: number; area: number; perimeter: number };
export type FocusStyles = Record<string, string | number>;
type Colour = { r: number; g: number; b: number; a: number };

/** The measurement helpers as the tests' page functions see them. */
export type PageLib = {
  parse(text: string): Colour | null;
  over(top: Colour | null, bottom: Colour): Colour;
  contrast(a: Colour, b: Colour): number;
  css(c: Colour): string;
  backdrop(el: Element): Colour;
  canvas(): Colour;
  describe(el: Element): string;
  parentOf(el: Element): Element | null;
  focusStyles(el: Element, pseudo?: string | null): FocusStyles;
  indicator(focused: FocusStyles, unfocused: FocusStyles, behind: Colour): Indicator;
  targets(host: Element): HTMLElement[];
  targetSizes(host: Element): { target: string; size: string; verdict: string }[];
  overflow(host: Element): {
    widget: { scrollWidth: number; clientWidth: number; rootScrollWidth: number; rootClientWidth: number };
    page: { scrollWidth: number; clientWidth: number };
    outside: string[];
    beyondViewport: string[];
    zoom: number;
  };
  clipped(host: Element): string[];
};

declare global {
  interface Window {
    pypA11y: PageLib;
  }
}
