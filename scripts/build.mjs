// Builds dist/ from vite.config.ts: the DOM-free core and its type declarations, then the widget's
// module graph with the script that loads it and the frame page, and the offline file. Then it validates the built-in
// content with the built core, so that a content error fails the build, writes the editors'
// descriptions (JSON Schema, Custom Elements Manifest) and the integrity of every file a page
// loads, and fails over a byte budget (scripts/budgets.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { integrityOf, loadableFiles } from './integrity.mjs';
import { elementManifest } from './element-manifest.mjs';

const root = new URL('..', import.meta.url);
process.chdir(fileURLToPath(root));

await build({ mode: 'core' });
await build({ mode: 'production' });
// The offline file for trainers: the whole widget in one HTML page (vite.config.ts).
await build({ mode: 'offline' });
copyFileSync('src/entries/frame.html', 'dist/pick-your-pathway.html');

const tsc = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync('dist/core.d.ts', "export * from './types/machines/index';\n");
writeFileSync('dist/pick-your-pathway.d.ts', "export * from './types/src/entries/module';\n");

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

console.log('built dist/; built-in content valid');
// The byte budgets (scripts/budgets.mjs), checked by size-limit: over one, the build fails.
const sizes = spawnSync('npx', ['--no-install', 'size-limit', '--silent'], { stdio: 'inherit' });
if (sizes.status !== 0) process.exit(sizes.status ?? 1);
