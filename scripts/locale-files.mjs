// Each language other than English, from its folder of data/locales, as one module of texts:
// `virtual:pyp-locale` for the script's per-language files, and `virtual:pyp-locale-loaders`
// (a static import of each language) for the ES module, so that a bundler emits them.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const localesDir = fileURLToPath(new URL('../data/locales/', import.meta.url));
const namespacesModule = fileURLToPath(new URL('../data/locales/namespaces.ts', import.meta.url));

/** The languages with files of their own: every folder with a ui.json, except English, which is built in. */
export function extraLanguages() {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en' && existsSync(`${localesDir}${entry.name}/ui.json`))
    .map((entry) => entry.name)
    .sort();
}

/**
 * A module exporting `texts = { [language]: { [namespace]: … } }`, the shape the element merges:
 * each of the language's files, imported as it is, its parts merged into their namespace.
 */
function textsModule(language) {
  const files = readdirSync(`${localesDir}${language}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  return [
    `import { textsOfFiles } from ${JSON.stringify(namespacesModule)};`,
    ...files.map((file, i) => `import t${i} from ${JSON.stringify(`${localesDir}${language}/${file}.json`)};`),
    `export const texts = textsOfFiles(${JSON.stringify(language)}, [${files.map((file, i) => `[${JSON.stringify(file)}, t${i}]`).join(', ')}]);`,
    '',
  ].join('\n');
}

/** For the script's file of one language: `virtual:pyp-locale` is that language's texts. */
export function singleLocale(language) {
  return {
    name: 'pyp-locale',
    resolveId: (id) => (id === 'virtual:pyp-locale' ? '\0virtual:pyp-locale' : undefined),
    load: (id) => (id === '\0virtual:pyp-locale' ? textsModule(language) : undefined),
  };
}

/** For the ES module: `virtual:pyp-locale-loaders` maps each language to a static dynamic import of its texts. */
export function localeLoaders() {
  const LOADERS = '\0virtual:pyp-locale-loaders';
  const PREFIX = '\0pyp-locale-';
  return {
    name: 'pyp-locale-loaders',
    resolveId: (id) =>
      id === 'virtual:pyp-locale-loaders' ? LOADERS : id.startsWith('pyp-locale-') ? `\0${id}` : undefined,
    load(id) {
      if (id === LOADERS) {
        const entries = extraLanguages().map(
          (language) => `${JSON.stringify(language)}: () => import(${JSON.stringify(`pyp-locale-${language}`)})`,
        );
        return `export const localeLoaders = { ${entries.join(', ')} };\n`;
      }
      return id.startsWith(PREFIX) ? textsModule(id.slice(PREFIX.length)) : undefined;
    },
  };
}
