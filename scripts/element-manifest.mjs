// dist/custom-elements.json, made by @custom-elements-manifest/analyzer from the JSDoc on the
// element's class (the one description of its API), then trimmed to the public API and pointed
// at the file embedders import.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const SOURCE = 'src/element/pick-your-pathway.tsx';
const MODULE = 'dist/pick-your-pathway.mjs';
const TAG = 'pick-your-pathway';

/** The public members: documented, not private, not inherited from HTMLElement. */
const isPublicApi = (member) =>
  member.description && !member.privacy && !member.name.startsWith('#') && !member.inheritedFrom;

export function elementManifest() {
  // The analyzer writes its output folder relative to the working folder.
  const out = 'dist/.cem';
  try {
    const run = spawnSync(
      'npx',
      ['--no-install', 'custom-elements-manifest', 'analyze', '--globs', SOURCE, '--outdir', out],
      {
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`custom-elements-manifest failed:\n${run.stdout}\n${run.stderr}`);
    // The analyzer writes under the output folder by the source's own path.
    const found = spawnSync('find', [out, '-name', 'custom-elements.json'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')[0];
    const analyzed = JSON.parse(readFileSync(found, 'utf8'));
    const element = analyzed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
    if (!element) throw new Error(`No custom element found in ${SOURCE}`);
    const { members = [], ...rest } = element;
    const declaration = { ...rest, tagName: TAG, members: members.filter(isPublicApi) };
    const reference = { name: element.name, module: MODULE };
    return {
      schemaVersion: analyzed.schemaVersion,
      modules: [
        {
          kind: 'javascript-module',
          path: MODULE,
          declarations: [declaration],
          exports: [
            { kind: 'js', name: element.name, declaration: reference },
            { kind: 'custom-element-definition', name: TAG, declaration: reference },
          ],
        },
      ],
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
