// The closing line of `npm test`, from Vitest's JSON report. Vitest's own `numFailedTests`
// leaves out a test file that could not load and a failing hook (they fail the file, not a
// test), and the JSON report holds no unhandled error at all: each of those counts here.

/**
 * @param {object | null} report Vitest's JSON report, or null when it wrote none
 * @param {{ exitCode: number, unhandledErrors?: string[] }} run Vitest's exit code and the unhandled errors its run reported
 * @returns {{ passed: number, failed: number, skipped: number, problems: string[], skippedTests: string[] }}
 */
export function summarize(report, { exitCode, unhandledErrors = [] }) {
  const problems = [];
  let passed = 0;
  let failed = 0;
  const skippedTests = [];
  for (const file of report?.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') failed++;
      else skippedTests.push(`${file.name}: ${test.fullName}`);
    }
    // A file that failed with no failing test: it could not load, or a hook failed.
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      failed++;
      problems.push(`${file.name}: ${file.message || 'a hook failed, so its tests did not run'}`);
    }
  }
  for (const message of unhandledErrors) {
    failed++;
    problems.push(`unhandled error: ${message}`);
  }
  if (!report) problems.push('Vitest wrote no report.');
  // Whatever else made Vitest fail still fails the line.
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    problems.push(`Vitest exited with code ${exitCode} without a failing test to show for it.`);
  }
  if (report && passed + failed === 0 && exitCode === 0) problems.push('No test ran.');
  return { passed, failed, skipped: skippedTests.length, problems, skippedTests };
}

/** The plain closing line CI reads: "N passed, N failed" (", N skipped" when some were). */
export function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
