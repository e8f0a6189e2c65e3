// Subresource Integrity for what ships: dist/integrity.json maps each file the widget or the
// frame page can load (by its path inside dist/) to "sha384-<base64>".
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The script, the ES module and their on-demand files, the frame page, the offline file and the embed builder: not the DOM-free core or types. */
export function loadableFiles(dist = 'dist') {
  const top = readdirSync(dist).filter((name) => /^pick-your-pathway([.-][a-z-]+)?\.(js|mjs|html)$/.test(name));
  const module = readdirSync(join(dist, 'module'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `module/${name}`);
  return [...top, ...module].sort();
}

export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function integrityOf(files, dist = 'dist') {
  return Object.fromEntries(files.map((file) => [file, sha384(readFileSync(join(dist, file)))]));
}
