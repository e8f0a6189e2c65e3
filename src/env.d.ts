/** The languages the build found in data/locales, English first, with their own names. */
declare const __PYP_LANGUAGES__: { code: string; name: string }[];

declare module 'virtual:pyp-locale' {
  /** One language's texts, by namespace. */
  export const texts: Record<string, Record<string, Record<string, unknown>>>;
}

declare module 'virtual:pyp-locale-loaders' {
  /** For the ES module: a static import of each language's texts, by language code (English is built in). */
  export const localeLoaders: Record<
    string,
    () => Promise<{ texts: Record<string, Record<string, Record<string, unknown>>> }>
  >;
}
