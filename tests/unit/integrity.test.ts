/** dist/integrity.json gives the right sha384 for every file the widget or the frame page can load. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('dist/integrity.json', () => {
  it('lists every file the widget can load, each with its sha384', () => {
    expect(existsSync(`${dist}integrity.json`), 'npm test builds dist/ first').toBe(true);
    const listed = JSON.parse(readFileSync(`${dist}integrity.json`, 'utf8')) as Record<string, string>;
    const shipped = [
      ...readdirSync(dist).filter((f) => /^pick-your-pathway.*\.(js|mjs|html)$/.test(f)),
      ...readdirSync(`${dist}module`).map((f) => `module/${f}`),
    ].sort();
    expect(Object.keys(listed).sort()).toEqual(shipped);
    for (const file of shipped) {
      const hash = `sha384-${createHash('sha384')
        .update(readFileSync(`${dist}${file}`))
        .digest('base64')}`;
      expect(listed[file], file).toBe(hash);
    }
    for (const must of [
      'pick-your-pathway.js',
      'pick-your-pathway.frame.js',
      'pick-your-pathway.html',
      'pick-your-pathway.mjs',
      'pick-your-pathway-offline.html',
    ]) {
      expect(shipped).toContain(must);
    }
  });
});
