import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { readScenarios } from '../support/fixtures';

const scenarios = readScenarios();

describe('the example scenarios (tests/fixtures/scenarios.json)', () => {
  it('has scenarios to run', () => expect(scenarios.length).toBeGreaterThan(0));

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const result = recommend(parseAnswers(scenario.answers));
    const ids = result.pathways.map((p) => p.id);
    const { expect: want } = scenario;
    if (want.first) expect(ids[0]).toBe(want.first);
    if (want.fit) expect(result.pathways[0]?.fit).toBe(want.fit);
    for (const id of want.excludes ?? []) expect(ids).not.toContain(id);
    if (want.firstSite) expect(result.sites[0]?.id).toBe(want.firstSite);
    for (const gap of want.gapsInclude ?? []) expect(result.pathways[0]?.gaps).toContain(gap);
    if (want.existingEcho) expect(result.existing).toEqual(want.existingEcho);
    if (want.count !== undefined) expect(ids).toHaveLength(want.count);
    if (want.order) expect(ids.slice(0, want.order.length)).toEqual(want.order);
    if (want.order && want.fit)
      for (const p of result.pathways.slice(0, want.order.length)) expect(p.fit).toBe(want.fit);
  });
});
