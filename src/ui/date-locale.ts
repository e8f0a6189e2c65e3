/**
 * The locale that dates and times are written in: the widget's language as US agencies and their
 * readers write it (es → es-US: "2:30 p.m.", not a 24-hour "14:30"; SPANISH-REVIEW item 20).
 */
export const dateLocale = (language: string): string => `${language}-US`;
