/**
 * Each translation keeps to its glossary: for every term in data/glossary.json, none of the
 * variants to avoid appears in any text of data/locales/<language>/*.json. The term list lives
 * only in data/glossary.json; data/locales/<language>/GLOSSARY.md explains the choices and must
 * mention every term and every variant listed there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Pattern = { regex: string; flags?: string; example?: string };
type Term = { en: string; es: string; avoid: string[]; patterns?: Pattern[] };
type Glossary = Record<string, Term[] | string>;

const root = fileURLToPath(new URL('../../', import.meta.url));
const glossary = JSON.parse(readFileSync(`${root}data/glossary.json`, 'utf8')) as Glossary;
const languages = Object.keys(glossary).filter((key) => !key.startsWith('$'));

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return typeof node === 'string' ? [[prefix, node]] : [];
}

/** Every text of a locale as [`namespace:key`, text], read from the files in data/locales/<language>. */
function texts(language: string): [string, string][] {
  const dir = `${root}data/locales/${language}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) =>
      leaves(JSON.parse(readFileSync(`${dir}${f}`, 'utf8'))).map(([key, text]): [string, string] => [
        `${f.slice(0, -'.json'.length)}:${key}`,
        text,
      ]),
    );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A variant as a whole word or phrase, ignoring case (accented letters included) and runs of spaces. */
const variantPattern = (variant: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${variant.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

function matchers(term: Term): { label: string; pattern: RegExp }[] {
  return [
    ...term.avoid.map((variant) => ({ label: `"${variant}"`, pattern: variantPattern(variant) })),
    ...(term.patterns ?? []).map(({ regex, flags, example }) => ({
      label: `/${regex}/ (${example ?? 'pattern'})`,
      pattern: new RegExp(regex, flags ?? 'u'),
    })),
  ];
}

/** Each place a variant to avoid turns up, as `namespace:key: variant in "…text…"`. */
function hits(term: Term, corpus: [string, string][]): string[] {
  return corpus.flatMap(([key, text]) =>
    matchers(term).flatMap(({ label, pattern }) => {
      const found = pattern.exec(text);
      if (!found) return [];
      const from = Math.max(0, found.index - 30);
      return [`${key}: ${label} in "…${text.slice(from, found.index + found[0].length + 30)}…"`];
    }),
  );
}

describe('glossary', () => {
  it('lists at least one language, each with terms and variants to avoid', () => {
    expect(languages.length).toBeGreaterThan(0);
    for (const language of languages) {
      const terms = glossary[language] as Term[];
      expect(terms.length, language).toBeGreaterThan(0);
      for (const term of terms)
        expect(term.avoid.length + (term.patterns?.length ?? 0), `${language}: ${term.en}`).toBeGreaterThan(0);
    }
  });

  it('finds a variant in any case, with accents, only as a whole word', () => {
    expect(variantPattern('Autorreferencia').test('La vía de AUTORREFERENCIA.')).toBe(true);
    expect(variantPattern('Nuevo México').test('Bernalillo County (nuevo  méxico)')).toBe(true);
    expect(variantPattern('alguacil').test('los alguaciles')).toBe(false);
    expect(variantPattern('alguacil').test('la oficina del alguacil,')).toBe(true);
  });

  describe.each(languages)('%s', (language) => {
    const terms = glossary[language] as Term[];
    const corpus = texts(language);
    const glossaryText = readFileSync(`${root}data/locales/${language}/GLOSSARY.md`, 'utf8').toLowerCase();

    it('has texts to check', () => {
      expect(corpus.length).toBeGreaterThan(0);
    });

    it.each(terms.map((term) => [term.en, term] as const))('uses the glossary term for %s', (_, term) => {
      expect(hits(term, corpus)).toEqual([]);
    });

    it('explains every term and every variant to avoid in GLOSSARY.md', () => {
      const missing = terms.flatMap((term) =>
        [term.es, ...term.avoid].filter((s) => !glossaryText.includes(s.toLowerCase())),
      );
      expect(missing).toEqual([]);
    });
  });
});
