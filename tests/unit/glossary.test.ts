/**
 * Each translation keeps to its glossary: for every term in data/glossary.json, none of the
 * variants to avoid appears in any text of data/locales/<language>/*.json, nor in the demo page of
 * that language (demo/es.html). The term list lives only in data/glossary.json;
 * data/locales/<language>/GLOSSARY.md explains the choices and must mention every term and every
 * variant listed there, and give each concept the same wording as data/glossary.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The demo page of a language, if there is one (demo/es.html), as [`demo/<language>.html`, its text]. */
function pageTexts(language: string): [string, string][] {
  const path = `${root}demo/${language}.html`;
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/\s(?:aria-label|title|alt)="([^"]*)"/gi, '>$1<')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
  return [[`demo/${language}.html`, text]];
}

/** The rows of GLOSSARY.md's first table (the terms), as [English term, Spanish term]. */
function glossaryRows(markdown: string): [string, string][] {
  const table = markdown.split(/\n(?=#)/)[0]!;
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells): [string, string] => [cells[1]!, cells[2]!]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A variant as a whole word or phrase, ignoring case (accented letters included) and runs of spaces. */
const variantPattern = (variant: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${variant.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

/** A wording, or its plural (each word may take -s or -es): "agencia policial" finds "agencias policiales". */
const pluralPattern = (wording: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${wording
      .trim()
      .split(/\s+/)
      .map((word) => `${escape(word)}(?:es|s)?`)
      .join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );

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
    const corpus = [...texts(language), ...pageTexts(language)];
    const markdown = readFileSync(`${root}data/locales/${language}/GLOSSARY.md`, 'utf8');
    const glossaryText = markdown.toLowerCase();

    it('has texts to check, the demo page of the language included where there is one', () => {
      expect(corpus.length).toBeGreaterThan(0);
      if (language === 'es') expect(corpus.map(([key]) => key)).toContain('demo/es.html');
    });

    it('gives each concept one wording: GLOSSARY.md has the term of data/glossary.json, and no other', () => {
      const rows = glossaryRows(markdown);
      const lower = (s: string) => s.toLowerCase();
      // "US places" is the row "Names that stay in English".
      const disagree = terms
        .filter((term) => term.es !== 'stay in English')
        .flatMap((term) => {
          const english = lower(term.en).replace(/\s*\(.*\)$/, '');
          const matching = rows.filter(([en]) => lower(en).replace(/\s*\(.*\)$/, '') === english);
          if (matching.length === 0) return [`${term.en}: no row in GLOSSARY.md`];
          return matching
            .filter(([, es]) => !lower(es).includes(lower(term.es)))
            .map(([en, es]) => `${term.en}: GLOSSARY.md says "${es}" for "${en}", data/glossary.json "${term.es}"`);
        });
      expect(disagree).toEqual([]);
    });

    it("never lists one term's wording as another term's variant to avoid", () => {
      const clashes = terms.flatMap((term) =>
        terms
          .filter((other) => matchers(other).some(({ pattern }) => pattern.test(term.es)))
          .map((other) => `"${term.es}" (${term.en}) is to be avoided under ${other.en}`),
      );
      expect(clashes).toEqual([]);
    });

    it('uses each wording it prescribes somewhere in the texts', () => {
      const all = corpus.map(([, text]) => text).join('\n');
      const unused = terms
        .filter((term) => term.es !== 'stay in English')
        .filter((term) => !pluralPattern(term.es).test(all))
        .map((term) => `${term.en}: "${term.es}"`);
      expect(unused).toEqual([]);
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

describe('glossary: the Spanish review of 2026-12-05', () => {
  const terms = glossary.es as Term[];
  const byEs = (es: string) => terms.find((term) => term.es === es);

  it.each([
    ['en suspenso', 'cargos pendientes'],
    ['administrador de casos', 'gestor de casos'],
    ['participante', 'socio'],
    ['problemas de convivencia', 'calidad de vida'],
    ['especialista de apoyo entre pares', 'un par'],
    ['programa mentor', 'sitio mentor'],
    ['delitos menores', 'delitos leves'],
  ])('prescribes "%s" and avoids "%s"', (es, avoid) => {
    expect(byEs(es)?.avoid).toContain(avoid);
  });

  it('finds a bare "par" but not "entre pares"', () => {
    const peer = byEs('especialista de apoyo entre pares')!;
    const found = (text: string) => hits(peer, [['x', text]]).length > 0;
    expect(found('un consejero de crisis, un par y un técnico')).toBe(true);
    expect(found('Capacite a los pares y al personal.')).toBe(true);
    expect(found('Par con experiencia vivida')).toBe(true);
    expect(found('un especialista de apoyo entre pares')).toBe(false);
    expect(found('Entre pares')).toBe(false);
    expect(found('para las personas; parte del equipo')).toBe(false);
  });

  it('reads the text of demo/es.html, its labels included, and not its markup or comments', () => {
    const [[, text]] = pageTexts('es') as [[string, string]];
    expect(text).toContain('¿Preguntas?');
    expect(text).toContain('Herramienta de planificación');
    expect(text).not.toContain('<pick-your-pathway');
    expect(text).not.toContain('decides the widget');
  });
});
