/**
 * The embed builder (dist/pick-your-pathway-builder.html) as a web editor uses it: Spanish, a
 * colour and a program of their own, each seen in the live preview; the script snippet copied
 * with the integrity of dist/integrity.json; the content file downloaded and valid; a contrast
 * failure named; errors at the field; axe with no violation; a keyboard-only copy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ContentSchema, OverrideSchema } from '../../data/schema';
import { builtInContent } from '../../machines/index';
import { describeViolations, runAxe, walk, widgetOf, wordsOf } from './a11y';
import { eventually, openPage, useBrowser } from './browser';
import { scenarios } from './quiz';

useBrowser();

const integrity = () =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/integrity.json', import.meta.url)), 'utf8')) as Record<
    string,
    string
  >;

const BUILDER = '/dist/pick-your-pathway-builder.html';
const PROGRAM = 'Abbeville County Overdose Bridge Team';
const DESCRIPTION_ES = 'Paramédicos del condado visitan a la persona dentro de dos días después de una sobredosis.';
const PURPLE = '#4c2c92';

async function openBuilder(width = 1280): Promise<Page> {
  return openPage(BUILDER, {
    viewport: { width, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const program = (page: Page) => page.getByRole('group', { name: 'Add a program', exact: true });

async function addProgram(page: Page) {
  const form = program(page);
  await form.getByRole('textbox', { name: 'Program name', exact: true }).fill(PROGRAM);
  await form.getByRole('textbox', { name: 'City (optional)', exact: true }).fill('Abbeville');
  await form.getByRole('textbox', { name: 'State', exact: true }).fill('oh');
  await form
    .getByRole('combobox', { name: 'Who leads it', exact: true })
    .selectOption({ label: 'Emergency medical services (EMS)' });
  await form.getByRole('checkbox', { name: 'Naloxone Plus', exact: true }).check();
  await form.getByRole('combobox', { name: 'Setting (optional)', exact: true }).selectOption({ label: 'Rural' });
  await form.getByRole('checkbox', { name: /mentor site/ }).check();
  await form.getByRole('textbox', { name: 'Year it started (optional)', exact: true }).fill('2024');
  await form
    .getByRole('textbox', { name: 'Description in English (optional)', exact: true })
    .fill('County paramedics visit people within two days of an overdose.');
  await form.getByRole('textbox', { name: 'Description in Spanish (optional)', exact: true }).fill(DESCRIPTION_ES);
  await form.getByRole('button', { name: 'Add program', exact: true }).click();
  await page.getByRole('list', { name: 'Programs you added' }).getByText(PROGRAM, { exact: true }).waitFor();
}

describe('the embed builder', () => {
  it('shows Spanish, a colour and an added program in the preview; copies the script with its integrity; downloads a valid content file', async () => {
    const page = await openBuilder();
    await page.getByRole('radio', { name: /^Spanish/ }).check();
    await page.getByRole('textbox', { name: 'Button', exact: true }).fill(PURPLE);
    await addProgram(page);
    const resource = page.getByRole('group', { name: 'Add a resource', exact: true });
    await resource.getByRole('textbox', { name: 'Title', exact: true }).fill('Abbeville County treatment directory');
    await resource.getByRole('textbox', { name: 'Publisher', exact: true }).fill('Abbeville County');
    await resource
      .getByRole('textbox', { name: 'Web address (optional)', exact: true })
      .fill('https://www.abbeville.example.gov/treatment');
    await resource.getByRole('button', { name: 'Add resource', exact: true }).click();
    await page
      .getByRole('list', { name: 'Resources you added' })
      .getByText('Abbeville County treatment directory')
      .waitFor();

    // The preview: in Spanish, its start button in the colour, and the program in the result.
    const es = wordsOf('es');
    const widget = widgetOf(page);
    const start = widget.getByRole('button', { name: es.start, exact: true });
    await eventually(() => start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
      'rgb(76, 44, 146)',
    );
    await walk(page, es, scenarios[0]!.answers, async () => {}, { intro: false });
    await expect(widget.getByText(PROGRAM, { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(widget.getByText(DESCRIPTION_ES).first().isVisible()).resolves.toBe(true);

    // The script snippet, copied with one button, carries the published integrity and the choices.
    await page.getByRole('button', { name: 'Copy the embed code', exact: true }).click();
    const snippet = await clipboard(page);
    expect(snippet).toContain(`integrity="${integrity()['pick-your-pathway.js']}"`);
    expect(snippet).toMatch(/<script\s+src="[^"]*\/pick-your-pathway\.js"/);
    expect(snippet).toContain('lang="es"');
    expect(snippet).toMatch(/content-src="[^"]*\/pick-your-pathway-content\.json"/);
    await page.getByRole('button', { name: 'Copy the colours', exact: true }).click();
    expect(await clipboard(page)).toContain(`--pyp-button-color: ${PURPLE};`);

    // The content file passes the override schema, and the content it makes passes ContentSchema.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the content file', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pick-your-pathway-content.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const override = OverrideSchema.safeParse(file);
    expect(override.success, JSON.stringify(override.error?.issues)).toBe(true);
    expect(file.sites).toMatchObject([
      {
        name: PROGRAM,
        state: 'OH',
        leadAgency: 'ems',
        pathways: ['naloxone-plus'],
        setting: 'rural',
        mentorSite: true,
      },
    ]);
    expect(file.resources).toMatchObject([
      { title: 'Abbeville County treatment directory', url: 'https://www.abbeville.example.gov/treatment' },
    ]);
    const { description: _, source: __, ...site } = override.data!.sites[0]!;
    expect(ContentSchema.safeParse({ ...builtInContent, sites: [...builtInContent.sites, site] }).success).toBe(true);
  });

  it('names a colour pair that fails WCAG AA contrast (then axe finds nothing at 1280 px), and clears it once fixed', async () => {
    const page = await openBuilder();
    const contrast = page.getByRole('status').filter({ hasText: /colour pair/ });
    await expect(contrast.textContent()).resolves.toMatch(/All \d+ colour pairs meet WCAG 2\.2 AA/);
    await page.getByRole('textbox', { name: 'Button', exact: true }).fill('#7fbf7f');
    await eventually(() => contrast.textContent()).toMatch(/1 colour pair does not meet/);
    const failing = await contrast.getByRole('listitem').allTextContents();
    expect(failing).toEqual([expect.stringMatching(/^Button text on the button: 2(\.\d+)?:1, needs at least 4\.5:1$/)]);
    await page.getByRole('textbox', { name: 'Button', exact: true }).fill('#2b6b2b');
    await eventually(() => contrast.textContent()).toMatch(/All \d+ colour pairs meet/);
    // axe agrees: with the failing colour the preview's button was its one violation; now there is none.
    const fixed = await runAxe(page);
    expect(fixed.violations, describeViolations(fixed.violations)).toEqual([]);
  });

  it('shows each error at its field, and passes axe with no violation', async () => {
    const page = await openBuilder(375);
    const clean = await runAxe(page);
    expect(clean.violations, describeViolations(clean.violations)).toEqual([]);

    const form = program(page);
    await form.getByRole('textbox', { name: 'State', exact: true }).fill('0H');
    await form.getByRole('textbox', { name: 'Web address (optional)', exact: true }).fill('www.county.gov');
    await form.getByRole('button', { name: 'Add program', exact: true }).click();
    const name = form.getByRole('textbox', { name: 'Program name', exact: true });
    await eventually(() => name.evaluate((input) => input === document.activeElement)).toBe(true);
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorOf = (label: string) =>
      form.getByRole('textbox', { name: label, exact: true }).evaluate((input) => {
        const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      });
    await expect(errorOf('Program name')).resolves.toMatch(/Error: Enter this/);
    await expect(errorOf('State')).resolves.toMatch(/Error: Use the two-letter state code/);
    await expect(errorOf('Web address (optional)')).resolves.toMatch(/Error: Use an absolute http\(s\) address/);
    await expect(form.getByRole('group', { name: 'Pathways it runs' }).textContent()).resolves.toMatch(
      /Error: Select at least one pathway/,
    );
    await expect(page.getByRole('list', { name: 'Programs you added' }).isHidden()).resolves.toBe(true);
    await page
      .getByRole('textbox', { name: 'Address of the folder that holds the files', exact: true })
      .fill('my folder');
    await page.getByRole('textbox', { name: 'Button', exact: true }).fill('green');
    await expect(page.getByText(/Error: Enter a colour as #/).isVisible()).resolves.toBe(true);
    const withErrors = await runAxe(page);
    expect(withErrors.violations, describeViolations(withErrors.violations)).toEqual([]);
  });

  it('works by keyboard alone: choose the paste-only frame and copy its code', async () => {
    const page = await openBuilder();
    await page.getByRole('radio', { name: 'Script tag', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Frame alone', exact: true }).isChecked()).resolves.toBe(true);
    const copyButton = page.getByRole('button', { name: 'Copy the embed code', exact: true });
    for (let i = 0; i < 80 && !(await copyButton.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const snippet = await clipboard(page);
    expect(snippet).toMatch(/^<iframe src="[^"]*\/pick-your-pathway\.html"/);
    expect(snippet).toContain('height: 100vh');
    expect(snippet).not.toContain('<script');
  });

  it('opened from a folder (file://), still writes the code with its integrity, and says why the preview cannot start', async () => {
    const file = new URL('../../dist/pick-your-pathway-builder.html', import.meta.url).href;
    // The element stays undefined there, so there is no widget to wait for.
    const page = await openPage(file, { viewport: { width: 375, height: 800 } }, { waitForWidget: false });
    await page.locator('pre').first().waitFor();
    const code = await page.locator('pre').first().textContent();
    expect(code).toContain(`integrity="${integrity()['pick-your-pathway.js']}"`);
    expect(code).toContain('https://www.example.gov/js/pick-your-pathway/pick-your-pathway.js');
    await eventually(() => page.getByText(/The preview could not start/).isVisible()).toBe(true);
  });
});
