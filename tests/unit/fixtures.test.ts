/** The fixtures are still copies of the shared spec and facts, where ../shared is beside the repository. */
import { describe, expect, it } from 'vitest';
import { gatheredPrograms, readScenarios } from '../support/fixtures';
import { hasShared, readShared } from '../support/shared';

const reason = '(skipped: no ../shared is beside the repository)';

describe('test fixtures against ../shared', () => {
  it.skipIf(!hasShared)(`tests/fixtures/scenarios.json equals shared/spec/scenarios.json ${reason}`, () => {
    expect(readScenarios()).toEqual(JSON.parse(readShared('spec/scenarios.json')));
  });

  it.skipIf(!hasShared)(`tests/fixtures/sites.json equals shared/domain/sites.json ${reason}`, () => {
    expect(gatheredPrograms()).toEqual(JSON.parse(readShared('domain/sites.json')));
  });
});
