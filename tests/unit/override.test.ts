/** An agency's override checked against the widget, without a DOM: shape, then texts. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { en } from '../../data/locales';
import { applyOverride } from '../../data/override';

/** The widget's English texts, as the element's i18next would have them. */
const hasEnglish = (namespace: string, key: string) =>
  typeof key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      (en as Record<string, unknown>)[namespace],
    ) === 'string';

const site = {
  id: 'riverbend-deflection',
  name: 'Riverbend Deflection',
  city: 'Riverbend',
  county: null,
  state: 'OH',
  leadAgency: 'fire',
  pathways: ['naloxone-plus'],
  setting: 'rural',
  mentorSite: false,
  yearStarted: 2024,
  confidence: 'stated',
  source: 'the agency',
  links: [],
};

describe('applyOverride', () => {
  it("adds an agency program with its own description, and lays texts over the widget's", () => {
    const applied = applyOverride(
      {
        sites: [{ ...site, description: { en: 'Our own team.' } }],
        texts: { en: { ui: { intro: { title: 'Plan with Riverbend' } } } },
      },
      builtInContent,
      hasEnglish,
    );
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.content.sites.at(-1)!.id).toBe('riverbend-deflection');
    expect(applied.content.sites).toHaveLength(builtInContent.sites.length + 1);
    expect(applied.texts.en!.sites).toEqual({ 'riverbend-deflection': { description: 'Our own team.' } });
  });

  it('refuses a text the widget does not have, naming where it is', () => {
    const applied = applyOverride({ texts: { en: { ui: { intro: { titel: 'Typo' } } } } }, builtInContent, hasEnglish);
    expect(applied).toMatchObject({
      ok: false,
      issues: [{ path: 'texts.en.ui.intro.titel', message: 'No such text in the widget' }],
    });
  });

  it("refuses a malformed override with zod's issues, and leaves the built-in content alone", () => {
    const before = structuredClone(builtInContent.sites);
    const applied = applyOverride({ sites: [{ id: 'x' }] }, builtInContent, hasEnglish);
    expect(applied.ok).toBe(false);
    expect(builtInContent.sites).toEqual(before);
  });
});
