/**
 * One i18next instance per element, so that the host page's own i18next is never touched.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { en, NAMESPACES } from '../data/locales';

export type { I18n, TFunction };

/** The languages the widget can show. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Maps a BCP 47 tag to a language the widget has: `es-MX` → `es`; anything else → `en`. */
export function toLanguage(tag: string | null | undefined): Language {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** Creates an isolated, synchronously initialised i18next instance with the bundled resources. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'ui',
    resources: { en },
    initAsync: false,
    // Preact renders text, never HTML, so i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

// Keys stay plain strings: most are built from content ids, which tests check against the resources.
