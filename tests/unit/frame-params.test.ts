/** The frame page's query: the element's attributes, and where its events may go. */
import { describe, expect, it } from 'vitest';
import { frameParams } from '../../src/entries/frame-params';

const PAGE = 'https://widgets.example.gov';

describe('frameParams', () => {
  it("passes the element's attributes on", () => {
    expect(frameParams('?lang=es&mode=presenter&heading-level=3&persist=off', PAGE)).toEqual({
      attributes: { lang: 'es', mode: 'presenter', 'heading-level': '3', persist: 'off' },
      colours: {},
      parentOrigin: null,
      problems: [],
    });
  });

  it('takes content-src only from the same site', () => {
    expect(frameParams('?content-src=/agency/content.json', PAGE).attributes).toEqual({
      'content-src': '/agency/content.json',
    });
    const other = frameParams('?content-src=https://evil.example.com/content.json', PAGE);
    expect(other.attributes).toEqual({});
    expect(other.problems).toEqual([expect.stringMatching(/content-src must be on the same site/)]);
  });

  it('forwards events only to a well-formed origin', () => {
    expect(frameParams('?parent-origin=https://www.county.gov', PAGE).parentOrigin).toBe('https://www.county.gov');
    for (const bad of ['*', 'https://www.county.gov/page', 'javascript:alert(1)', 'www.county.gov', '']) {
      const read = frameParams(`?parent-origin=${encodeURIComponent(bad)}`, PAGE);
      expect(read.parentOrigin, bad).toBeNull();
      expect(read.problems, bad).toHaveLength(1);
    }
  });

  it('takes hex colours for the --pyp-* custom properties, and nothing else there', () => {
    const read = frameParams(
      `?--pyp-button-color=${encodeURIComponent('#005ea5')}&--pyp-background=red&--pyp-text-color=${encodeURIComponent('#000;}')}`,
      PAGE,
    );
    expect(read.colours).toEqual({ '--pyp-button-color': '#005ea5' });
    expect(read.problems).toEqual([
      expect.stringMatching(/^--pyp-background takes a colour/),
      expect.stringMatching(/^--pyp-text-color takes a colour/),
    ]);
  });

  it('ignores parameters it does not know', () => {
    expect(frameParams('?onload=alert(1)&lang=en', PAGE).attributes).toEqual({ lang: 'en' });
  });
});
