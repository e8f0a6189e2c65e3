/** The languages the build found in data/locales, English first, with their own names. */
declare const __PYP_LANGUAGES__: { code: string; name: string }[];
