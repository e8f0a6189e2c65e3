/**
 * The widget and its host page leave each other alone: the demo page's heavy global CSS does not
 * restyle the widget, the widget adds no styles to the page, the script may load twice, and two
 * instances keep their own answers.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, openPage, uncaughtErrors, useBrowser } from './browser';
import { button, heading, expectText, optionInput, optionLabel, progressCaption, questionGroup, ui } from './quiz';

useBrowser();

const HOTPINK = 'rgb(255, 105, 180)';
const PROPS = [
  'fontFamily',
  'fontSize',
  'textTransform',
  'letterSpacing',
  'backgroundColor',
  'borderTopStyle',
  'textIndent',
  'color',
] as const;
type Styles = Record<(typeof PROPS)[number], string>;

const stylesOf = (locator: Locator): Promise<Styles> =>
  locator.evaluate(
    (el, props) => {
      const style = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, style[p as keyof CSSStyleDeclaration] as string])) as Styles;
    },
    [...PROPS],
  );

describe("the host page's CSS does not reach the widget", () => {
  it('keeps its own font, heading case, buttons, labels and fieldsets', async () => {
    const page = await openPage();
    // Light-DOM controls to compare with: the page's rules do apply to them.
    await page.evaluate(() => {
      const sample = document.createElement('form');
      sample.id = 'host-sample';
      sample.innerHTML =
        '<fieldset><legend>Host legend</legend><input type="checkbox" id="host-box"><label for="host-box">Host label</label></fieldset><button type="button">Host button</button>';
      document.querySelector('footer')!.append(sample);
    });
    const host = page.locator('#host-sample');
    const widget = page.locator('pick-your-pathway');

    const pageHeading = await stylesOf(heading(page, 'Questions?'));
    const pageParagraph = await stylesOf(page.locator('main > p').first());
    const pageButton = await stylesOf(button(host, 'Host button'));
    expect(pageHeading.textTransform, 'the page rule applies to its own headings').toBe('uppercase');
    expect(pageHeading.fontFamily).toMatch(/Georgia/);
    expect(pageButton.backgroundColor).toBe(HOTPINK);

    const title = await stylesOf(heading(widget, ui.intro.title));
    expect(title.textTransform).toBe('none');
    expect(title.fontFamily).not.toMatch(/Georgia/);
    expect(title.fontFamily).not.toBe(pageHeading.fontFamily);
    expect(title.letterSpacing).toBe('normal');
    expect(title.letterSpacing).not.toBe(pageHeading.letterSpacing);

    const paragraph = await stylesOf(widget.getByText(ui.intro.privacy));
    expect(pageParagraph.textIndent).not.toBe('0px');
    expect(paragraph.textIndent).toBe('0px');
    expect(paragraph.fontFamily).not.toMatch(/Georgia/);

    const start = await stylesOf(button(widget, ui.intro.start));
    expect(start.backgroundColor).not.toBe(HOTPINK);
    expect(start.textTransform).toBe('none');
    expect(start.fontSize).not.toBe(pageButton.fontSize);
    expect(start.fontFamily).not.toMatch(/Georgia/);

    // A question page: labels, inputs and fieldsets.
    await button(widget, ui.intro.start).click();
    const group = questionGroup(widget, 'lead');
    await group.waitFor();
    const pageLabel = await stylesOf(host.locator('label'));
    const pageFieldset = await stylesOf(host.locator('fieldset'));
    expect(pageLabel.backgroundColor).toBe(HOTPINK);
    expect(pageFieldset.borderTopStyle).toBe('dashed');
    const label = await stylesOf(group.getByText(optionLabel('lead', 'ems'), { exact: true }));
    expect(label.backgroundColor).not.toBe(HOTPINK);
    expect(label.textTransform).toBe('none');
    expect(label.fontSize).not.toBe(pageLabel.fontSize);
    expect((await stylesOf(group)).borderTopStyle).not.toBe('dashed');
    expect((await stylesOf(optionInput(group, 'lead', 'ems'))).backgroundColor).not.toBe(HOTPINK);
    expect((await stylesOf(button(widget, ui.nav.continue))).backgroundColor).not.toBe(HOTPINK);
  });
});

describe("the widget's CSS does not reach the host page", () => {
  const SAMPLES = [
    'body',
    'header',
    '.agency-name',
    'nav a',
    'main > h1',
    'main > p',
    '.widget-panel',
    'main > h2',
    'footer p',
  ];
  const snapshot = (page: Page) =>
    page.evaluate((selectors) => {
      const props = [
        'font-family',
        'font-size',
        'line-height',
        'color',
        'background-color',
        'text-transform',
        'letter-spacing',
        'text-indent',
        'margin-top',
        'padding-top',
        'border-top-style',
        'display',
        'box-sizing',
        'list-style-type',
      ];
      return {
        styles: selectors.map((s) => {
          const el = document.querySelector(s);
          if (!el) return `${s}: missing`;
          const style = getComputedStyle(el);
          return `${s}: ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
        }),
        styleSheets: document.styleSheets.length,
        adoptedStyleSheets: document.adoptedStyleSheets.length,
        styleElements: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
      };
    }, SAMPLES);

  it('adds no stylesheet to the document and leaves page elements as they were', async () => {
    // Hold the script back to see the page without the widget first.
    const page = await openPage(
      '/',
      {},
      {
        waitForWidget: false,
        beforeGoto: (p) => p.route('**/dist/pick-your-pathway.js', (route) => route.abort()),
      },
    );
    expect(await page.evaluate(() => customElements.get('pick-your-pathway'))).toBeUndefined();
    const before = await snapshot(page);
    expect(before.styleSheets).toBeGreaterThan(0);
    expect(before.styles.filter((s) => s.endsWith('missing'))).toEqual([]);

    await page.unroute('**/dist/pick-your-pathway.js');
    await page.addScriptTag({ url: '/dist/pick-your-pathway.js' });
    await heading(page, ui.intro.title).waitFor();
    expect(await snapshot(page), 'after the widget rendered').toEqual(before);

    await button(page, ui.intro.start).click();
    await questionGroup(page, 'lead').waitFor();
    expect(await snapshot(page), 'after a step change').toEqual(before);
  });
});

describe('loading and instances', () => {
  it('defines the element once when the script loads twice, and keeps working', async () => {
    const page = await openPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await heading(page, ui.intro.title).waitFor();
    await page.evaluate(() => {
      (window as any).firstDefinition = customElements.get('pick-your-pathway');
    });

    await page.addScriptTag({ url: '/dist/pick-your-pathway.js' });
    expect(
      await page.evaluate(
        () =>
          (window as any).firstDefinition !== undefined &&
          customElements.get('pick-your-pathway') === (window as any).firstDefinition,
      ),
    ).toBe(true);
    expect(uncaughtErrors(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await heading(page, ui.intro.title).count(), 'still one widget').toBe(1);

    // The widget on the page still works.
    await button(page, ui.intro.start).click();
    await questionGroup(page, 'lead').waitFor();
    // And so does a new one.
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('pick-your-pathway')));
    await heading(page.locator('pick-your-pathway').nth(1), ui.intro.title).waitFor();
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('keeps separate answers in two instances on one page', async () => {
    const page = await openPage();
    await page.evaluate(() => {
      const second = document.createElement('pick-your-pathway');
      second.id = 'second';
      document.querySelector('main')!.append(second);
    });
    const [one, two] = [page.locator('pick-your-pathway').nth(0), page.locator('pick-your-pathway').nth(1)];
    await heading(two, ui.intro.title).waitFor();

    await button(one, ui.intro.start).click();
    await questionGroup(one, 'lead').getByText(optionLabel('lead', 'ems'), { exact: true }).click();
    await button(two, ui.intro.start).click();
    for (const id of ['law-enforcement', 'fire'])
      await questionGroup(two, 'lead').getByText(optionLabel('lead', id), { exact: true }).click();

    const answers = (widget: Locator) => widget.evaluate((el: any) => el.answers);
    await eventually(() => answers(one)).toEqual({ lead: ['ems'] });
    await eventually(() => answers(two)).toEqual({ lead: ['law-enforcement', 'fire'] });
    expect(await optionInput(one, 'lead', 'law-enforcement').isChecked()).toBe(false);
    expect(await optionInput(two, 'lead', 'ems').isChecked()).toBe(false);
    await expectText(progressCaption(one), 'Question 1 of 6');
    await expectText(progressCaption(two), 'Question 1 of 7');

    await button(one, ui.nav.continue).click();
    await questionGroup(one, 'situations').waitFor();
    expect(await questionGroup(two, 'lead').isVisible(), 'the other stays on its step').toBe(true);
    expect(await answers(two)).toEqual({ lead: ['law-enforcement', 'fire'] });
  });
});
