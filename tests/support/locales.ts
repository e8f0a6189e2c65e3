/** Every locale's texts straight from data/locales, for tests (the browser loads them on demand). */
import type { Texts } from '../../src/i18n';

const files = import.meta.glob<Record<string, unknown>>('../../data/locales/*/*.json', {
  eager: true,
  import: 'default',
});

export const allTexts: Texts = {};
for (const [path, data] of Object.entries(files)) {
  const [, language, namespace] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  (allTexts[language!] ??= {})[namespace!] = data;
}

/** The locales other than English. */
export const otherLanguages = Object.keys(allTexts).filter((l) => l !== 'en');
