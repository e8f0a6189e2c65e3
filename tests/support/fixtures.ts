/**
 * Copies, inside the repository, of the shared material the tests need (see
 * tests/fixtures/README.md): a clone with nothing beside it runs every test.
 */
import gatheredSites from '../fixtures/sites.json';
import scenarioCases from '../fixtures/scenarios.json';

/** One example case of the scenarios every build must pass; `answers` as the file gives them. */
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

/** The example cases every build must pass (tests/fixtures/scenarios.json). */
export function readScenarios<A = unknown>(): Scenario<A>[] {
  return structuredClone(scenarioCases) as Scenario<A>[];
}

/** The programs as gathered from public sources, with their facts (tests/fixtures/sites.json). */
export function gatheredPrograms(): Record<string, unknown>[] {
  return structuredClone(gatheredSites) as Record<string, unknown>[];
}
