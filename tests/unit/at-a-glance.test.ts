/** All six pathways at a glance: statuses that agree with recommend(), and the reason for each. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { PATHWAY_IDS } from '../../data/vocabulary';
import { parseAnswers } from '../../machines/answers';
import { atAGlance } from '../../machines/at-a-glance';
import { exclusionRule } from '../../machines/exclusion';
import { isAllowed, recommend } from '../../machines/recommend';
import { readScenarios } from '../support/fixtures';

const pathwayOf = (id: string) => builtInContent.pathways.find((p) => p.id === id)!;

describe('atAGlance', () => {
  it.each(readScenarios().map((s) => [s.name, s.answers] as const))(
    'gives each of the six pathways the status recommend() implies (%s)',
    (_, raw) => {
      const answers = parseAnswers(raw);
      const result = recommend(answers);
      const rows = atAGlance(answers, builtInContent);
      expect(rows.map((r) => r.pathway)).toEqual([...PATHWAY_IDS]);
      for (const row of rows) {
        const recommended = result.pathways.find((p) => p.id === row.pathway);
        if (recommended) expect(row.status, row.pathway).toBe(recommended.fit);
        else if (result.existing.includes(row.pathway)) expect(row.status, row.pathway).toBe('running');
        else expect(row.status, row.pathway).toBe('out');
        if (row.reason.kind === 'points') expect(answers.situations).toContain(row.reason.situation);
        if (row.reason.kind === 'rule') {
          expect(isAllowed(pathwayOf(row.pathway), answers)).toBe(false);
          expect(row.reason.rule).toBe(exclusionRule(pathwayOf(row.pathway)));
        }
        if (row.reason.kind === 'unpicked') expect(answers.situations).not.toContain(row.reason.situation);
      }
    },
  );

  it('tells a fire department that picks low-level offenses the rule that keeps Officer Intervention out', () => {
    const answers = parseAnswers({
      lead: ['fire'],
      situations: ['low-level-offense', 'after-overdose'],
      population: ['opioid-use'],
      partners: ['treatment'],
      setting: 'suburban',
      existing: ['self-referral'],
    });
    const rows = Object.fromEntries(atAGlance(answers, builtInContent).map((r) => [r.pathway, r]));
    expect(rows['officer-intervention']).toEqual({
      pathway: 'officer-intervention',
      status: 'out',
      reason: { kind: 'rule', rule: 'needsCharging' },
    });
    expect(rows['naloxone-plus']).toMatchObject({ status: 'strong', reason: { situation: 'after-overdose' } });
    expect(rows['self-referral']).toMatchObject({ status: 'running' });
    expect(rows['active-outreach']).toMatchObject({
      status: 'out',
      reason: { kind: 'unpicked', situation: 'known-individuals' },
    });
  });
});
