// `npm test`: build, type-check, run every Vitest project, then print one plain summary line
// ("N passed, N failed") so that a run that executed no test shows as such.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

function finish(passed, failed, skipped, code) {
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code);
}

if (run('node', ['scripts/build.mjs']) !== 0) {
  console.error('npm test: the build failed, so no test ran.');
  finish(0, 0, 0, 1);
}
if (run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('npm test: type errors, so no test ran.');
  finish(0, 0, 0, 1);
}

const chromium = ensureChromium();
if (!chromium) {
  console.error('npm test: no Chromium for the browser tests, so no test ran.');
  finish(0, 0, 0, 1);
}
process.env.PYP_CHROMIUM = chromium;

const results = '.vitest-results.json';
rmSync(results, { force: true });
const status = run('npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...process.argv.slice(2)]);
if (!existsSync(results)) {
  console.error('npm test: Vitest wrote no results.');
  finish(0, 0, 0, status || 1);
}
const summary = JSON.parse(readFileSync(results, 'utf8'));
const skipped = summary.numPendingTests + summary.numTodoTests;
finish(summary.numPassedTests, summary.numFailedTests, skipped, status || (summary.numTotalTests === 0 ? 1 : 0));
