/**
 * One i18next instance per element, so that the host page's own i18next is never touched.
 * English is bundled; every other language is a file loaded on demand (see on-demand.ts).
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { en } from '../../data/locales';
import { TEXT_NAMESPACES, type Texts } from '../../data/locales/namespaces';

export type { I18n, TFunction, Texts };

export { LANGUAGES, toLanguage } from './page-language';

/** Creates an isolated, synchronously initialised i18next instance with the English texts. */
export function createI18n(language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [...TEXT_NAMESPACES],
    defaultNS: 'ui',
    // i18next keeps and merges into the object it is given: a copy keeps the bundled texts pristine.
    resources: { en: structuredClone(en) },
    initAsync: false,
    // Preact renders text, never HTML, so i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Adds loaded texts (deep-merged, so that details complete what is there), copied so that no instance changes them. */
export function addTexts(i18n: I18n, texts: Texts): void {
  for (const [language, namespaces] of Object.entries(texts)) {
    for (const [namespace, resources] of Object.entries(namespaces))
      i18n.addResourceBundle(language, namespace, structuredClone(resources), true, true);
  }
}
