/** The files an embedder's tools read: the manifest, the JSON Schema, the example override. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOverride } from '../../data/parse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

describe('embedding files', () => {
  it('builds a custom elements manifest describing <pick-your-pathway>', () => {
    expect(existsSync(`${root}dist/custom-elements.json`)).toBe(true);
    const manifest = json('dist/custom-elements.json');
    const element = manifest.modules[0].declarations[0];
    expect(element).toMatchObject({ tagName: 'pick-your-pathway', customElement: true, name: 'PickYourPathway' });
    expect(element.attributes.map((a: { name: string }) => a.name)).toEqual([
      'lang',
      'content-src',
      'heading-level',
      'persist',
      'mode',
    ]);
    // package.json names it where tools look (and the build keeps it there).
    expect(json('package.json').customElements).toBe('dist/custom-elements.json');
    // It points at the file embedders import, and declares the element's definition.
    expect(manifest.modules[0].path).toBe('dist/pick-your-pathway.mjs');
    expect(manifest.modules[0].exports).toContainEqual(
      expect.objectContaining({ kind: 'custom-element-definition', name: 'pick-your-pathway' }),
    );
    expect(element.events.map((e: { name: string }) => e.name)).toEqual([
      'pyp-step',
      'pyp-answer',
      'pyp-result',
      'pyp-error',
    ]);
  });

  it('builds the override JSON Schema from the zod schema', () => {
    const schema = json('dist/content.schema.json');
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'resources', 'sites', 'texts']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.sites.items.required).toEqual(
      expect.arrayContaining(['id', 'name', 'state', 'leadAgency', 'pathways']),
    );
  });

  it('documents the format with an example that is valid', () => {
    const parsed = parseOverride(json('demo/content-example.json'));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});
