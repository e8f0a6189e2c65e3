/**
 * The build of a view file: Preact and the script's modules are read from the runtime the script
 * provides for its folder, by names read from the modules themselves, and a file that would bundle
 * its own copy of a library or module that must exist once is refused.
 */
import { fileURLToPath } from 'node:url';
import { build, normalizePath } from 'vite';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { sharedRuntime } from '../../scripts/shared-runtime.mjs';

const fixture = (name: string) =>
  normalizePath(fileURLToPath(new URL(`../fixtures/view-files/${name}`, import.meta.url)));

async function buildViewFile(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [sharedRuntime()],
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'view.js' },
      rolldownOptions: { output: { minify: false } },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  return (result as { output: { code?: string }[] }).output[0]!.code ?? '';
}

describe('building a view file', { timeout: 60_000 }, () => {
  it("forwards Preact and the script's modules, with every name they export, and bundles neither", async () => {
    const code = await buildViewFile(fixture('shared-only.ts'));
    // The runtime the script put where files of this folder look, found when the file runs.
    expect(code).toContain('Symbol.for("pick-your-pathway runtime " + import.meta.url.replace(');
    // The recommendation's exports, read from machines/recommend.ts, not from a hand-kept list.
    expect(code).toMatch(/(provided\$?\d*) = shared\["recommend"\]/);
    const recommendModule = /(provided\$?\d*) = shared\["recommend"\]/.exec(code)![1]!;
    for (const name of ['recommend', 'isAllowed', 'situationsPointingAt', 'sitesByPathway']) {
      expect(code).toContain(`${name} = ${recommendModule}.${name}`);
    }
    expect(code).toMatch(/= shared\["preact"\]/);
    // Neither the recommendation's code nor Preact's own is in the file.
    expect(code).not.toContain('Intl.Collator');
    expect(code).not.toContain('__H');
  });

  it('refuses a view file that bundles its own XState', async () => {
    await expect(buildViewFile(fixture('own-xstate.ts'))).rejects.toThrow(
      /bundles its own copy of what must exist once: .*xstate/,
    );
  });
});
