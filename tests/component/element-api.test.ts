/**
 * The element's API as dist/custom-elements.json gives it (made by the build from the JSDoc on the
 * class, its one description) matches the code, the CSS and the README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PickYourPathway } from '../../src/element/pick-your-pathway';

// happy-dom replaces the global URL; Node's own resolves file addresses.
const root = fileURLToPath(new NodeURL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const sourcesIn = (folder: string) =>
  readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => `${folder}/${f}`);
const views = [...sourcesIn('src/start'), ...sourcesIn('src/ui'), ...sourcesIn('src/features')].map(read).join('\n');
const css = read('src/ui/widget.css');
const readme = read('README.md');

type Named = { name: string };
const declaration = JSON.parse(read('dist/custom-elements.json')).modules[0].declarations[0] as {
  attributes: Named[];
  members: (Named & { kind: string })[];
  events: Named[];
  cssProperties: Named[];
  cssParts: Named[];
};
const api = {
  attributes: declaration.attributes,
  properties: declaration.members.filter((m) => m.kind === 'field'),
  methods: declaration.members.filter((m) => m.kind === 'method'),
  events: declaration.events,
  cssProperties: declaration.cssProperties,
  cssParts: declaration.cssParts,
};
const unique = (list: string[]) => [...new Set(list)].sort();

describe('element API description (dist/custom-elements.json)', () => {
  it('names the four events', () => {
    expect(api.events.map((e) => e.name)).toEqual(['pyp-step', 'pyp-answer', 'pyp-result', 'pyp-error']);
  });

  it('lists exactly the observed attributes', () => {
    expect(unique(api.attributes.map((a) => a.name))).toEqual(unique([...PickYourPathway.observedAttributes]));
  });

  it('lists exactly the public properties and methods', () => {
    const proto = Object.getOwnPropertyNames(PickYourPathway.prototype).filter(
      (n) => n !== 'constructor' && !n.endsWith('Callback'),
    );
    expect(unique([...api.properties, ...api.methods].map((m) => m.name))).toEqual(unique(proto));
  });

  it('lists exactly the --pyp-* custom properties the stylesheet reads', () => {
    const sheets =
      css +
      ['result/result', 'planner/planner', 'workshop/workshop']
        .map((file) => read(`src/features/${file}.css`))
        .join('\n');
    expect(unique(api.cssProperties.map((c) => c.name))).toEqual(
      unique([...sheets.matchAll(/var\(\s*(--pyp-[a-z-]+)/g)].map((m) => m[1]!)),
    );
  });

  it('lists exactly the parts the views expose', () => {
    expect(unique(api.cssParts.map((p) => p.name))).toEqual(
      unique([...views.matchAll(/part="([a-z_-]+)"/g)].map((m) => m[1]!)),
    );
  });

  it('is documented in the README, every name of it', () => {
    const names = [...api.attributes, ...api.properties, ...api.events, ...api.cssProperties, ...api.cssParts].map(
      (x) => `\`${x.name}\``,
    );
    expect(names.filter((name) => !readme.includes(name))).toEqual([]);
  });
});
