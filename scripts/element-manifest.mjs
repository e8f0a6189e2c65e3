// dist/custom-elements.json, made by @custom-elements-manifest/analyzer (its programmatic API, so
// nothing is written beside the build, nor into package.json) from the JSDoc on the element's
// class (the one description of its API), then trimmed to the public API and pointed at the file
// embedders import.
import { readFileSync } from 'node:fs';
import { create, ts } from '@custom-elements-manifest/analyzer';

const SOURCE = 'src/element/pick-your-pathway.tsx';
const MODULE = 'dist/pick-your-pathway.mjs';
const TAG = 'pick-your-pathway';

/** The public members: documented, not private, not inherited from HTMLElement. */
const isPublicApi = (member) =>
  member.description && !member.privacy && !member.name.startsWith('#') && !member.inheritedFrom;

export function elementManifest() {
  const source = ts.createSourceFile(SOURCE, readFileSync(SOURCE, 'utf8'), ts.ScriptTarget.ES2022, true);
  const analyzed = create({ modules: [source] });
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
}
