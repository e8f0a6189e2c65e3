// Builds dist/: the DOM-free core (ESM) with its type declarations, then validates the
// built-in content with the built core, so that a content error fails the build.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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

const tsc = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync('dist/core.d.ts', "export * from './types/machines/index';\n");

const core = await import(new URL('dist/core.js', root).href + `?t=${Date.now()}`);
const checked = core.ContentSchema.safeParse(core.builtInContent);
if (!checked.success) {
  console.error('Built-in content is invalid:');
  for (const issue of checked.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
console.log('built dist/core.js; built-in content valid');
