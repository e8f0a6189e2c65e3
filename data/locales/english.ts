/** Every English text, from all of its files: the fallback every other locale is checked against. */
import { textsOfFiles } from './namespaces';

const files = import.meta.glob<Record<string, unknown>>('./en/*.json', { eager: true, import: 'default' });

export const englishTexts = textsOfFiles(
  'en',
  Object.entries(files).map(([path, texts]) => [path.slice('./en/'.length, -'.json'.length), texts]),
).en!;
