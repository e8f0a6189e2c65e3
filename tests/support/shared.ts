/**
 * The shared spec and sources beside the repository (../shared), for checks that only make sense
 * where it exists: that the fixtures are still its copies, and that our texts copy no source.
 * A clone with nothing beside it skips those checks, and says so in the test's name.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const sharedDir = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared = existsSync(join(sharedDir, 'spec', 'CONTRACT.md'));

export function readShared(path: string): string {
  return readFileSync(join(sharedDir, path), 'utf8');
}

/** The text of every seed page and of the gathered facts. */
export function sourceTexts(): string[] {
  const seeds = readdirSync(join(sharedDir, 'seeds')).map((f) => readShared(join('seeds', f)));
  return [...seeds, readShared('domain/FACTS.md')];
}
