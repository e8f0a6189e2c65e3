/** The embed builder's pure parts: WCAG contrast, and the snippets it writes from the choices. */
import { describe, expect, it } from 'vitest';
import { checkContrast, contrastRatio } from '../../src/builder/contrast';
import { frameAddress, snippetsFor, type Choices } from '../../src/builder/snippets';

const choices = (over: Partial<Choices> = {}): Choices => ({
  way: 'script',
  folder: 'https://www.county.gov/js/pyp/',
  id: 'planner',
  lang: '',
  headingLevel: '2',
  persist: '',
  presenter: false,
  colours: {},
  contentFile: null,
  ...over,
});
const INTEGRITY = { 'pick-your-pathway.js': 'sha384-script', 'pick-your-pathway.mjs': 'sha384-module' };

describe('contrast', () => {
  it('gives the WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('passes the defaults, and names only the pair that fails', () => {
    expect(checkContrast({}).every((check) => check.passes)).toBe(true);
    const failing = checkContrast({ '--pyp-accent-color': '#ffdd00' }).filter((check) => !check.passes);
    // Links follow the accent when they have no colour of their own.
    expect(failing.map((check) => check.label)).toEqual(['Links on the background']);
  });
});

describe('snippets', () => {
  it('writes the script with its integrity and only the attributes that differ from the defaults', () => {
    const { embed, css } = snippetsFor(choices({ lang: 'es', headingLevel: '3', persist: 'off' }), INTEGRITY);
    expect(embed).toContain('src="https://www.county.gov/js/pyp/pick-your-pathway.js"');
    expect(embed).toContain('integrity="sha384-script"');
    expect(embed).toContain(
      '<pick-your-pathway id="planner" lang="es" heading-level="3" persist="off"></pick-your-pathway>',
    );
    expect(css).toBeNull();
  });

  it('escapes what an editor types', () => {
    const { embed } = snippetsFor(choices({ persist: '"><script>alert(1)</script>' }), INTEGRITY);
    expect(embed).not.toContain('<script>alert');
    expect(embed).toContain('persist="&quot;&gt;&lt;script&gt;');
  });

  it('puts the attributes and colours of a frame in its address, and no script in the paste-only one', () => {
    const frame = choices({
      way: 'frame',
      lang: 'es',
      colours: { '--pyp-button-color': '#005ea5' },
      contentFile: 'c.json',
    });
    const address = new URL(frameAddress(frame));
    expect(Object.fromEntries(address.searchParams)).toEqual({
      lang: 'es',
      'content-src': 'c.json',
      '--pyp-button-color': '#005ea5',
    });
    const { embed, css } = snippetsFor(frame, INTEGRITY);
    expect(embed).toMatch(/^<iframe src="https:\/\/www\.county\.gov\/js\/pyp\/pick-your-pathway\.html\?lang=es&amp;/);
    expect(embed).not.toContain('<script');
    expect(css).toBeNull();
  });

  it('writes the WordPress shortcode with underscores, and the colours apart', () => {
    const { embed, css } = snippetsFor(
      choices({ way: 'wordpress', headingLevel: '4', presenter: true, colours: { '--pyp-text-color': '#111111' } }),
      INTEGRITY,
    );
    expect(embed).toBe('[pick_your_pathway id="planner" heading_level="4" mode="presenter"]');
    expect(css).toBe('pick-your-pathway {\n  --pyp-text-color: #111111;\n}');
  });
});
