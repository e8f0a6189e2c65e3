import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One language per folder of data/locales, English first; adding a locale needs only its files. */
function languages() {
  const dir = here('./data/locales/');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}${entry.name}/ui.json`))
    .map(({ name: code }) => ({
      code,
      name: String(JSON.parse(readFileSync(`${dir}${code}/ui.json`, 'utf8')).language?.name ?? code),
    }))
    .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code.localeCompare(b.code)));
}

/** Each language's files but English's go in one chunk of their own, `locale-<code>`. */
function languageChunk(id: string): string | null {
  const language = /[\\/]data[\\/]locales[\\/]([a-z]{2,3})[\\/][^\\/]+\.json$/.exec(id)?.[1];
  return language && language !== 'en' ? `locale-${language}` : null;
}

const MODULE_ENTRY = 'src/entries/module.ts';
const MODULE_FILE = 'pick-your-pathway.mjs';
const sha384 = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** The rest of the widget (its machine, i18next, the full views), which the start page imports at once. */
const REST_ENTRY = 'src/element/widget-controller.tsx';

/**
 * The first load in two chunks: `start`, every module the graph's entry imports statically (the
 * element and its start page, with Preact and the English texts), and `widget`, every module the
 * rest imports statically but the start page's. Both are fetched together (the script preloads
 * them), but only `start` is evaluated before the start page is drawn. The on-demand parts import
 * what they share with them from those two chunks, rather than from a dozen small ones.
 */
function firstLoadChunk() {
  const start = new Set<string>();
  const rest = new Set<string>();
  const plugin: Plugin = {
    name: 'pyp-first-load-chunk',
    apply: 'build',
    buildEnd() {
      const closure = (id: string, into: Set<string>) => {
        if (start.has(id) || into.has(id)) return;
        into.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) closure(next, into);
      };
      start.clear();
      rest.clear();
      if (this.getModuleInfo(resolve(MODULE_ENTRY))) closure(resolve(MODULE_ENTRY), start);
      if (this.getModuleInfo(resolve(REST_ENTRY))) closure(resolve(REST_ENTRY), rest);
    },
  };
  const group = (id: string) => (start.has(id) ? 'start' : rest.has(id) ? 'widget' : null);
  return { plugin, group: { name: group } };
}

/**
 * Writes `pick-your-pathway.js`, the classic script that imports the graph (src/entries/script.ts),
 * with the table of what it preloads: the entry and the chunks it imports, the rest's chunk (which
 * the start page imports right after it is drawn) and what that imports, and each language's
 * chunk, with their integrity. Made once the chunks are final.
 */
function scriptLoader(): Plugin {
  return {
    name: 'pyp-script-loader',
    apply: 'build',
    async generateBundle(_options, bundle) {
      if (!bundle[MODULE_FILE]) return;
      const code = (file: string) => {
        const item = bundle[file];
        return item?.type === 'chunk' ? item : null;
      };
      const files: [string, string][] = [];
      const visit = (file: string) => {
        const chunk = code(file);
        if (!chunk || files.some(([seen]) => seen === file)) return;
        files.push([file, sha384(chunk.code)]);
        for (const next of chunk.imports) visit(next);
      };
      visit(MODULE_FILE);
      const rest = Object.values(bundle).find(
        (item) => item.type === 'chunk' && item.moduleIds.includes(resolve(REST_ENTRY)),
      );
      if (!rest) this.error(`${REST_ENTRY} is in no chunk`);
      visit(rest.fileName);
      const languages = Object.fromEntries(
        Object.keys(bundle)
          .map(code)
          .filter((chunk) => chunk && /^locale-[a-z]{2,3}$/.test(chunk.name))
          .map((chunk) => [chunk!.name.slice('locale-'.length), [chunk!.fileName, sha384(chunk!.code)]]),
      );
      const built = await esbuild({
        entryPoints: ['src/entries/script.ts'],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        write: false,
        legalComments: 'none',
        define: { __PYP_FIRST_LOAD__: JSON.stringify({ entry: MODULE_FILE, files, languages }) },
      });
      this.emitFile({ type: 'asset', fileName: 'pick-your-pathway.js', source: built.outputFiles[0]!.text });
    },
  };
}

/**
 * Writes the embed builder for web editors (src/builder/): its page and one classic script, so
 * that it runs opened from a folder too, with the integrity of the script and the module baked
 * in. It loads the widget from beside it for its preview, and is no part of the widget's load.
 */
function embedBuilder(): Plugin {
  return {
    name: 'pyp-embed-builder',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const script = bundle['pick-your-pathway.js'];
      const module = bundle[MODULE_FILE];
      if (script?.type !== 'asset' || module?.type !== 'chunk') return;
      const built = await esbuild({
        entryPoints: ['src/builder/main.ts'],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        write: false,
        legalComments: 'none',
        define: {
          __PYP_INTEGRITY__: JSON.stringify({
            'pick-your-pathway.js': sha384(String(script.source)),
            [MODULE_FILE]: sha384(module.code),
          }),
          __PYP_BUILDER_LANGUAGES__: JSON.stringify(languages()),
        },
        plugins: [
          {
            name: 'css-inline',
            setup(build) {
              build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
                path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
                namespace: 'css-text',
              }));
              build.onLoad({ filter: /.*/, namespace: 'css-text' }, (args) => ({
                contents: readFileSync(args.path, 'utf8'),
                loader: 'text',
              }));
            },
          },
        ],
      });
      this.emitFile({ type: 'asset', fileName: 'pick-your-pathway-builder.js', source: built.outputFiles[0]!.text });
      this.emitFile({
        type: 'asset',
        fileName: 'pick-your-pathway-builder.html',
        source: readFileSync(here('./src/builder/builder.html'), 'utf8'),
      });
    },
  };
}

const firstLoad = firstLoadChunk();

const OFFLINE_ENTRY = 'src/entries/offline.ts';
const OFFLINE_FILE = 'pick-your-pathway-offline.html';

/**
 * Writes the offline file: the one chunk of the offline build (every part and language inlined)
 * as a module script inside src/entries/offline.html, and nothing else. A page opened from
 * file:// has no CSP, so the inline script is allowed there; the other builds keep theirs.
 */
function offlinePage(): Plugin {
  return {
    name: 'pyp-offline-page',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      if (chunks.length !== 1) this.error(`the offline build must be one chunk, not ${chunks.length}`);
      for (const name of Object.keys(bundle)) delete bundle[name];
      // Inside a script element, "</script" would end it and "<!--" would change how it is parsed.
      const code = chunks[0]!.code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
      const page = readFileSync(here('./src/entries/offline.html'), 'utf8');
      const [before, after] = page.split('<!--PYP_SCRIPT-->');
      this.emitFile({
        type: 'asset',
        fileName: OFFLINE_FILE,
        source: `${before}<script type="module">\n${code}</script>${after}`,
      });
    },
  };
}

/** The offline file: one module with every part and language, written into one HTML page. */
const offline: UserConfig['build'] = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  lib: { entry: OFFLINE_ENTRY, formats: ['es'], fileName: () => 'offline.js' },
  rolldownOptions: {
    treeshake: { propertyReadSideEffects: false },
    output: { minify: true, codeSplitting: false },
  },
};

/** The widget: one ES module graph from its entries, and the classic script that loads it. */
const widget: UserConfig['build'] = {
  outDir: 'dist',
  emptyOutDir: false,
  manifest: true,
  target: 'es2022',
  lib: {
    entry: { 'pick-your-pathway': MODULE_ENTRY, 'pick-your-pathway.frame': 'src/entries/frame.ts' },
    formats: ['es'],
    fileName: (_format, name) => (name === 'pick-your-pathway' ? MODULE_FILE : `${name}.js`),
  },
  rolldownOptions: {
    // Reading a property has no side effect in our code or its libraries: unused reads go.
    treeshake: { propertyReadSideEffects: false },
    output: {
      minify: true,
      // Minified code needs no /* @__PURE__ */ marks (hundreds per part); licence comments stay.
      comments: { legal: true, annotation: false, jsdoc: false },
      // A feature's chunk is named after its folder (src/features/result/index.tsx → result).
      chunkFileNames: (chunk) =>
        `module/${/[\\/]features[\\/]([a-z-]+)[\\/]index\.tsx?$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
      codeSplitting: { groups: [firstLoad.group, { name: languageChunk }] },
    },
  },
};

/** The DOM-free core, for Node and any framework: its libraries stay the consumer's. */
const core: UserConfig['build'] = {
  outDir: 'dist',
  emptyOutDir: true,
  lib: { entry: 'machines/index.ts', formats: ['es'], fileName: () => 'core.js' },
  rolldownOptions: { external: [/^xstate(\/|$)/, /^zod(\/|$)/] },
};

export default defineConfig(({ mode }) => ({
  define: {
    __PYP_LANGUAGES__: JSON.stringify(languages()),
    // Library mode leaves process.env.NODE_ENV in place, which throws in a browser.
    ...(mode === 'test' ? {} : { 'process.env.NODE_ENV': JSON.stringify('production') }),
  },
  // JSON as object literals, never JSON.parse('…') (Vite's choice for files over 10 kB): they
  // minify and compress smaller, and named imports of a JSON file's keys can be tree-shaken.
  json: { stringify: false },
  resolve: {
    alias: [
      // use-sync-external-store is CommonJS only, which keeps all of preact/compat in the bundle.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: here('./src/vendor/use-sync-external-store-with-selector.ts'),
      },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
    ],
  },
  plugins:
    mode === 'core' ? [] : mode === 'offline' ? [offlinePage()] : [firstLoad.plugin, scriptLoader(), embedBuilder()],
  build: mode === 'core' ? core : mode === 'offline' ? offline : widget,
  logLevel: 'warn',
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'component', include: ['tests/component/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time on this two-core machine.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
}));
