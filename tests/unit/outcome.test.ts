/** What a result says first, and the order of fit, against recommend() and atAGlance() for the scenarios. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { PATHWAY_IDS } from '../../data/vocabulary';
import { parseAnswers } from '../../machines/answers';
import { atAGlance } from '../../machines/at-a-glance';
import { byFit, outcomeOf } from '../../machines/outcome';
import { recommend } from '../../machines/recommend';
import scenarios from '../fixtures/scenarios.json';

const cases = scenarios as { name: string; answers: unknown }[];

describe('outcomeOf', () => {
  it.each(cases.map((c) => [c.name, c.answers] as const))(
    '%s: starts with every strong fit, best first, or else the possible fit',
    (_name, raw) => {
      const answers = parseAnswers(raw);
      const result = recommend(answers);
      const outcome = outcomeOf(result);
      const strong = result.pathways.filter((p) => p.fit === 'strong').map((p) => p.id);
      if (strong.length) expect(outcome).toEqual({ kind: 'strong', start: strong });
      else if (result.pathways.length) expect(outcome).toEqual({ kind: 'possible', start: [result.pathways[0]!.id] });
      else expect(outcome.kind).toBe('running');
    },
  );

  it('says every fitting pathway runs already when nothing is left to start', () => {
    const answers = parseAnswers({
      lead: ['ems'],
      situations: ['after-overdose'],
      population: ['opioid-use'],
      partners: [],
      setting: 'rural',
      existing: ['self-referral', 'active-outreach', 'naloxone-plus', 'officer-referral'],
    });
    expect(outcomeOf(recommend(answers))).toEqual({ kind: 'running', start: [], running: answers.existing });
  });
});

describe('byFit', () => {
  it.each(cases.map((c) => [c.name, c.answers] as const))(
    '%s: strong, possible, running, out; all six once',
    (_name, raw) => {
      const answers = parseAnswers(raw);
      const result = recommend(answers);
      const ordered = byFit(atAGlance(answers, builtInContent), result);
      expect([...ordered.map((r) => r.pathway)].sort()).toEqual([...PATHWAY_IDS].sort());
      const ranks = ordered.map((r) => ['strong', 'possible', 'running', 'out'].indexOf(r.status));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const strong = ordered.filter((r) => r.status === 'strong').map((r) => r.pathway);
      expect(strong).toEqual(result.pathways.filter((p) => p.fit === 'strong').map((p) => p.id));
    },
  );
});
