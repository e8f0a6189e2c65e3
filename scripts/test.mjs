// `npm test`: build, type-check, run every Vitest project, then print one plain summary line
// ("N passed, N failed") that counts every failure: a failed test, a test file that could not
// load, a failing hook, an unhandled error, and a build or type check that stopped the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureWordPress } from './ensure-wordpress.mjs';
import { closingLine, summarize } from './test-summary.mjs';
import { UNHANDLED_ERRORS_FILE } from './unhandled-errors-reporter.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

/** Stops before any test ran: the step that stopped it counts as one failure. */
function stop(why) {
  console.error(`npm test: ${why}`);
  console.log(closingLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exit(1);
}

if (run('node', ['scripts/build.mjs']) !== 0) stop('the build failed, so no test ran.');
if (run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) stop('type errors, so no test ran.');

const chromium = ensureChromium();
if (!chromium) stop('no Chromium for the browser tests, so no test ran.');
process.env.PYP_CHROMIUM = chromium;
// The WordPress plugin's test needs Debian's WordPress, PHP and MariaDB; without them it fails and says so.
ensureWordPress();

const results = '.vitest-results.json';
rmSync(results, { force: true });
rmSync(UNHANDLED_ERRORS_FILE, { force: true });
const exitCode = run('npx', [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--reporter=./scripts/unhandled-errors-reporter.mjs',
  `--outputFile.json=${results}`,
  ...process.argv.slice(2),
]);
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const summary = summarize(readJson(results), { exitCode, unhandledErrors: readJson(UNHANDLED_ERRORS_FILE) ?? [] });

if (summary.skippedTests.length)
  console.log(`\nSkipped:\n${summary.skippedTests.map((name) => `  ${name}`).join('\n')}`);
if (summary.problems.length)
  console.error(`\nAlso counted as failed, or worth knowing:\n${summary.problems.map((p) => `  ${p}`).join('\n')}`);
console.log(closingLine(summary));
process.exit(summary.failed > 0 || exitCode !== 0 || summary.passed === 0 ? 1 : 0);
