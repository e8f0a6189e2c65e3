/** Every locale's texts straight from data/locales, for tests (the browser loads them on demand). */
import { textsOfFiles, type Texts } from '../../data/locales/namespaces';

const files = import.meta.glob<Record<string, unknown>>('../../data/locales/*/*.json', {
  eager: true,
  import: 'default',
});

const byLanguage = new Map<string, [string, Record<string, unknown>][]>();
for (const [path, data] of Object.entries(files)) {
  const [, language, file] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  byLanguage.set(language!, [...(byLanguage.get(language!) ?? []), [file!, data]]);
}

/** Each language's texts by namespace, the parts of a namespace merged. */
export const allTexts: Texts = {};
for (const [language, parts] of byLanguage) Object.assign(allTexts, textsOfFiles(language, parts));

/** The locales other than English. */
export const otherLanguages = Object.keys(allTexts).filter((l) => l !== 'en');
