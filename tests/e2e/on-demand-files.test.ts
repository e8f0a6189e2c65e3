/**
 * Every file the script loads on demand runs as built: a view file reads the script's Preact,
 * vocabulary and machines when it runs (a module that uses one at its top level once broke only
 * in the build, when they were handed over later), so each file is imported on a page with the
 * script, and none needs anything but it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { SCRIPT, widgetFiles } from '../../scripts/budgets.mjs';
import { openPage, useBrowser } from './browser';

useBrowser();

// Every file the script can load (scripts/budgets.mjs), the script itself aside.
const files = (widgetFiles() as string[]).filter((f) => f !== SCRIPT).map((f) => f.replace('dist/', ''));

describe('the on-demand files', () => {
  it('are all there: result, details, validator, planner, workshop, QR code and Spanish', () => {
    expect(files.sort()).toEqual(
      ['details', 'es', 'planner', 'qr', 'result', 'validate', 'workshop'].map((n) => `pick-your-pathway.${n}.js`),
    );
  });

  it('each load and run, the view files with what the script provides', async () => {
    const page = await openPage('/', {}, { waitForWidget: false });
    // As a string: the test runner would rewrite an import() written in the test's own code.
    const loaded: [string, string][] = await page.evaluate(`Promise.all(${JSON.stringify(files)}.map((name) =>
      import('/dist/' + name).then(
        (module) => [name, Object.keys(module).length > 0 ? 'ok' : 'empty'],
        (error) => [name, String(error)],
      )))`);
    expect(Object.fromEntries(loaded)).toEqual(Object.fromEntries(files.map((f) => [f, 'ok'])));
  });
});
