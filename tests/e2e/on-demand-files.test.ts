/**
 * Every on-demand part runs as built: each is imported on a page, straight from its chunk of the
 * module graph, and none needs anything but the files of the graph beside it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { parts } from '../../scripts/budgets.mjs';
import { openPage, useBrowser } from './browser';

useBrowser();

const files = (parts() as { files: string[] }[]).map((part) => part.files[0]!);

describe('the on-demand parts', () => {
  it('are all there: result, details, validator, planner, checklist, brief, team page, workshop, QR code and Spanish, and what loads on first use', () => {
    const names = files.map((file) => /^module\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1]).sort();
    expect(names).toEqual([
      // The planner's file writers, loaded on the first download (action-fields is shared with the checklist and the brief).
      'action-fields',
      'action-plan-csv',
      // The element's rarer tasks: answers or content set by the page, a plan file, a share or team link.
      'answers',
      'brief',
      'checklist',
      'details',
      'locale-es',
      'override',
      'plan-file',
      'planner',
      'qr',
      'result',
      'share-link',
      'team',
      'team-link',
      'validate',
      'workshop',
    ]);
  });

  it('each load and run from the built graph', async () => {
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
