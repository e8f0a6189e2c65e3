/** Intl list formatters are slow to make (each loads locale data): one per locale and type, kept. */
const formats = new Map<string, Intl.ListFormat>();

export function listFormat(locale: string, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat {
  const key = `${locale}:${type}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(locale, { type })));
  return format;
}
