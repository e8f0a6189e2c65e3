/** Paths to the shared spec and sources that sit beside the repository (../shared). */
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

/** One example case of ../shared/spec/scenarios.json; `answers` as the file gives them. */
export type Scenario<A = unknown> = {
  name: string;
  answers: A;
  expect: {
    first?: string;
    fit?: 'strong' | 'possible';
    excludes?: string[];
    firstSite?: string;
    gapsInclude?: string[];
    existingEcho?: string[];
    count?: number;
    order?: string[];
  };
};

/** The shared example cases every build must pass. */
export function readScenarios<A = unknown>(): Scenario<A>[] {
  return JSON.parse(readShared('spec/scenarios.json')) as Scenario<A>[];
}
