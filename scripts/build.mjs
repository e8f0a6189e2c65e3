// Builds dist/: the DOM-free core (ESM) with its type declarations, the script-tag bundle
// (IIFE), then validates the built-in content with the built core, so that a content error fails
// the build, and fails it when the script, the journey to the result, or all it can load is over
// its byte budget.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { gzipBytes, JOURNEY, JOURNEY_BUDGET, SCRIPT, SCRIPT_BUDGET, TOTAL_BUDGET, widgetFiles } from './budgets.mjs';
import { buildFile } from './build-file.mjs';
import { integrityOf, loadableFiles } from './integrity.mjs';
import { elementManifest } from './element-manifest.mjs';
import { sharedRuntime } from './shared-runtime.mjs';
import { extraLanguages, localeLoaders, singleLocale } from './locale-files.mjs';

const root = new URL('..', import.meta.url);
process.chdir(fileURLToPath(root));

await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'machines/index.ts', formats: ['es'], fileName: () => 'core.js' },
    rolldownOptions: { external: [/^xstate(\/|$)/, /^zod(\/|$)/] },
  },
});

// The script-tag bundle: a classic script (IIFE) that needs no other file for the English quiz.
// What it carries is decided by what it imports (data/content.ts, data/locales/index.ts), never
// by rewriting JSON: every file ships the content exactly as the tests see it.
await buildFile({
  entry: 'src/index.ts',
  fileName: 'pick-your-pathway.js',
  format: 'iife',
  name: 'PickYourPathway',
});

// The frame page: the widget alone on a page, for sites that allow an <iframe> but no script.
await buildFile({
  entry: 'src/frame.ts',
  fileName: 'pick-your-pathway.frame.js',
  format: 'iife',
  name: 'PickYourPathwayFrame',
});
copyFileSync('src/frame.html', 'dist/pick-your-pathway.html');

// The same element as an ES module, for pages and bundlers that import it. Its on-demand files
// are its own chunks in dist/module/, reached by static relative imports that bundlers follow;
// they share one Preact, XState and i18next with it, so no runtime is handed over. No JSON is
// rewritten here either.
await buildFile({
  entry: 'src/module.ts',
  fileName: 'pick-your-pathway.mjs',
  plugins: [localeLoaders()],
  output: { chunkFileNames: (chunk) => `module/${chunk.name.replace(/[^a-z0-9-]+/gi, '') || 'chunk'}-[hash].js` },
});

// Files the script loads on demand from its own folder (ES modules, each self-contained).
for (const file of ['details', 'validate', 'qr']) {
  await buildFile({
    entry: `src/on-demand/${file}.ts`,
    fileName: `pick-your-pathway.${file}.js`,
  });
}

// View files loaded on demand (the result page, the planner's and the trainer's views): they render with the script's own Preact (see shared-runtime.mjs).
for (const file of ['result', 'planner', 'workshop']) {
  await buildFile({
    entry: `src/on-demand/${file}.tsx`,
    fileName: `pick-your-pathway.${file}.js`,
    plugins: [sharedRuntime()],
  });
}

// One file per language other than English, from its folder of data/locales.
for (const language of extraLanguages()) {
  await buildFile({
    entry: 'src/on-demand/locale.ts',
    fileName: `pick-your-pathway.${language}.js`,
    plugins: [singleLocale(language)],
  });
}

const tsc = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync('dist/core.d.ts', "export * from './types/machines/index';\n");
writeFileSync('dist/pick-your-pathway.d.ts', "export * from './types/src/module';\n");

const core = await import(new URL('dist/core.js', root).href + `?t=${Date.now()}`);
const checked = core.ContentSchema.safeParse(core.builtInContent);
if (!checked.success) {
  console.error('Built-in content is invalid:');
  for (const issue of checked.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const libraryIssues = core.libraryIssues(core.builtInLibrary, core.builtInContent);
if (libraryIssues.length > 0) {
  console.error('Built-in resources, sources or citations are invalid:');
  for (const issue of libraryIssues) console.error(`  ${issue.path}: ${issue.message}`);
  process.exit(1);
}
// Editors' and tools' descriptions: the override format as JSON Schema, the element as a manifest.
const { z } = await import('zod/mini');
const schema = z.toJSONSchema(core.OverrideSchema, { io: 'input', unrepresentable: 'any' });
writeFileSync(
  'dist/content.schema.json',
  `${JSON.stringify({ title: 'Pick Your Pathway content override', ...schema }, null, 2)}\n`,
);
writeFileSync('dist/custom-elements.json', `${JSON.stringify(elementManifest(), null, 2)}\n`);

// Subresource Integrity: the sha384 of every file the widget or the frame page can load.
writeFileSync('dist/integrity.json', `${JSON.stringify(integrityOf(loadableFiles()), null, 2)}\n`);

const bundle = readFileSync(SCRIPT);
const gzip = gzipBytes(SCRIPT);
const total = widgetFiles().reduce((sum, file) => sum + gzipBytes(file), 0);
const journey = JOURNEY.reduce((sum, file) => sum + gzipBytes(file), 0);
if (gzip > SCRIPT_BUDGET) {
  console.error(`${SCRIPT} is ${gzip} bytes gzip, over its budget of ${SCRIPT_BUDGET}.`);
  process.exit(1);
}
if (journey > JOURNEY_BUDGET) {
  console.error(
    `The English journey to the result (${JOURNEY.join(', ')}) is ${journey} bytes gzip, over its budget of ${JOURNEY_BUDGET}.`,
  );
  process.exit(1);
}
if (total > TOTAL_BUDGET) {
  console.error(`The script and the files it can load are ${total} bytes gzip, over their budget of ${TOTAL_BUDGET}.`);
  process.exit(1);
}
console.log(
  `built dist/core.js and ${SCRIPT} (${bundle.length} bytes, ${gzip} gzip, budget ${SCRIPT_BUDGET}; the journey to the result ${journey} gzip, budget ${JOURNEY_BUDGET}; with every file it can load ${total} gzip, budget ${TOTAL_BUDGET}); built-in content valid`,
);
