/**
 * Every locale mirrors English: the same keys, no empty text, the same interpolation variables
 * and nesting references, so that a translator's file can never break a step.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allTexts, otherLanguages } from '../support/locales';

const localesDir = fileURLToPath(new URL('../../data/locales/', import.meta.url));

function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, node]];
}
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}|\$t\(([^)]+)\)/g)].map((m) => m[0].replace(/\s+/g, '')).sort();

describe('locales', () => {
  it('have at least English and Spanish, each a folder of the same JSON files', () => {
    expect(Object.keys(allTexts)).toEqual(expect.arrayContaining(['en', 'es']));
    const files = (language: string) =>
      readdirSync(`${localesDir}${language}`)
        .filter((f) => f.endsWith('.json'))
        .sort();
    for (const language of otherLanguages) expect(files(language), language).toEqual(files('en'));
  });

  describe.each(otherLanguages)('%s', (language) => {
    const english = new Map(leaves(allTexts.en));
    const translated = new Map(leaves(allTexts[language]));

    it('has no missing and no extra keys', () => {
      expect(
        [...english.keys()].filter((k) => !translated.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...translated.keys()].filter((k) => !english.has(k)),
        'extra',
      ).toEqual([]);
    });

    it('has no empty text', () => {
      expect([...translated].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
    });

    it('keeps the interpolation variables and nesting references of each English text', () => {
      const differing = [...english]
        .filter(([k, v]) => typeof v === 'string' && typeof translated.get(k) === 'string')
        .filter(
          ([k, v]) =>
            JSON.stringify(placeholders(v as string)) !== JSON.stringify(placeholders(translated.get(k) as string)),
        )
        .map(([k]) => k);
      expect(differing).toEqual([]);
    });

    it('has a glossary of its domain terms', () => {
      expect(existsSync(`${localesDir}${language}/GLOSSARY.md`)).toBe(true);
    });
  });
});
