/**
 * The closing line of `npm test` counts every failure. Fed Vitest's JSON report, and then a real
 * Vitest run of a throwaway project: a file that cannot load, a failing hook and an unhandled
 * error each count as failed, which Vitest's own `numFailedTests` does not do.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the build scripts, without declarations
import { closingLine, summarize } from '../../scripts/test-summary.mjs';
import report from '../fixtures/vitest-report.json';

type Summary = { passed: number; failed: number; skipped: number; problems: string[]; skippedTests: string[] };
const summarizeRun = summarize as (report: unknown, run: { exitCode: number; unhandledErrors?: string[] }) => Summary;
const line = closingLine as (summary: Summary) => string;

describe('the closing line of npm test', () => {
  it('counts a file that could not load and a failing hook, which Vitest counts only as failed files', () => {
    expect(report.numFailedTests).toBe(0); // what the old line printed
    const summary = summarizeRun(report, { exitCode: 1 });
    expect(summary.failed).toBe(2);
    expect(summary.problems.join('\n')).toMatch(/load\.test\.ts: cannot load/);
    expect(summary.problems.join('\n')).toMatch(/hook\.test\.ts: a hook failed/);
    expect(line(summary)).toBe('4 passed, 2 failed, 2 skipped');
  });

  it('counts each unhandled error, which the JSON report leaves out', () => {
    const summary = summarizeRun(report, { exitCode: 1, unhandledErrors: ['late', 'later'] });
    expect(summary.failed).toBe(4);
    expect(summary.problems).toContain('unhandled error: late');
  });

  it('never prints 0 failed for a run that failed, with or without a report', () => {
    const passing = {
      testResults: [
        { name: 'a.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed', fullName: 'a' }] },
      ],
    };
    expect(line(summarizeRun(passing, { exitCode: 0 }))).toBe('1 passed, 0 failed');
    expect(summarizeRun(passing, { exitCode: 1 }).failed).toBe(1);
    expect(summarizeRun(null, { exitCode: 1 }).failed).toBe(1);
  });

  it('names every skipped test, so that a skip and its reason are visible', () => {
    const { skippedTests } = summarizeRun(report, { exitCode: 1 });
    expect(skippedTests).toEqual(['tests/unit/hook.test.ts: s a', 'tests/unit/ok.test.ts: f']);
  });
});

describe('a real Vitest run of a broken project', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyp-summary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a closing line with every failure counted, and a failing exit code', () => {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    writeFileSync(
      join(dir, 'ok.test.ts'),
      "import { it, expect } from 'vitest';\nit('passes', () => expect(1).toBe(1));\n",
    );
    writeFileSync(
      join(dir, 'load.test.ts'),
      "import { it } from 'vitest';\nthrow new Error('cannot load');\nit('never', () => {});\n",
    );
    writeFileSync(
      join(dir, 'hook.test.ts'),
      "import { beforeAll, it } from 'vitest';\nbeforeAll(() => { throw new Error('hook'); });\nit('skipped by the hook', () => {});\n",
    );
    writeFileSync(
      join(dir, 'late.test.ts'),
      "import { it } from 'vitest';\nit('throws later', async () => { setTimeout(() => { throw new Error('late'); }); await new Promise((r) => setTimeout(r, 50)); });\n",
    );
    const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
    const reporter = fileURLToPath(new URL('../../scripts/unhandled-errors-reporter.mjs', import.meta.url));
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    const run = spawnSync(
      process.execPath,
      [vitest, 'run', '--root', dir, '--reporter=json', `--reporter=${reporter}`, '--outputFile.json=report.json'],
      { cwd: dir, env, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    const summary = summarizeRun(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), {
      exitCode: run.status ?? 1,
      unhandledErrors: JSON.parse(readFileSync(join(dir, '.vitest-unhandled.json'), 'utf8')),
    });
    expect(summary.failed).toBe(3);
    expect(line(summary)).toMatch(/^\d+ passed, 3 failed/);
  });
});
