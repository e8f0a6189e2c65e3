/** Why pathways are out, and gaps grouped by partner group: the facts the result puts into words. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { exclusionRule, pointedButOut } from '../../machines/exclusion';
import { groupGaps } from '../../machines/gap-groups';
import { recommend } from '../../machines/recommend';

const pathway = (id: string) => builtInContent.pathways.find((p) => p.id === id)!;
const fireLowLevel = parseAnswers({
  lead: ['fire'],
  situations: ['low-level-offense'],
  population: ['opioid-use'],
  partners: [],
  setting: 'urban',
  existing: [],
});

describe('exclusionRule', () => {
  it('names the rule each pathway rests on, read from its facts', () => {
    expect(Object.fromEntries(builtInContent.pathways.map((p) => [p.id, exclusionRule(p)]))).toEqual({
      'self-referral': 'needsFirstResponder',
      'active-outreach': 'needsFirstResponder',
      'naloxone-plus': 'needsFirstResponder',
      'officer-referral': 'needsFirstResponder',
      'officer-intervention': 'needsCharging',
      'community-response': 'needsBehavioralHealth',
    });
  });
});

describe('pointedButOut', () => {
  it('tells a fire department that picked low-level offenses why Officer Intervention is out', () => {
    expect(recommend(fireLowLevel).pathways.map((p) => [p.id, p.fit])).toEqual([['self-referral', 'possible']]);
    expect(pointedButOut(fireLowLevel, builtInContent)).toEqual([
      { pathway: 'officer-intervention', situation: 'low-level-offense', why: 'needsCharging' },
    ]);
  });

  it('says when a pointed-at pathway already runs, and lists nothing a chosen situation does not point at', () => {
    const answers = parseAnswers({
      ...fireLowLevel,
      situations: ['after-overdose', 'crisis-call'],
      existing: ['naloxone-plus'],
    });
    expect(pointedButOut(answers, builtInContent)).toEqual([
      { pathway: 'naloxone-plus', situation: 'after-overdose', why: 'running' },
      { pathway: 'community-response', situation: 'crisis-call', why: 'needsBehavioralHealth' },
    ]);
  });

  it('follows rule 4: with "refer instead of charging", a low-level offense points at referral, which police may run', () => {
    const police = parseAnswers({ ...fireLowLevel, lead: ['law-enforcement'], charging: ['no-charges'] });
    expect(pointedButOut(police, builtInContent)).toEqual([
      { pathway: 'officer-intervention', situation: 'low-level-offense', why: 'needsCharging' },
    ]);
    expect(recommend(police).pathways.map((p) => [p.id, p.fit])).toEqual([['officer-referral', 'strong']]);
  });
});

describe('groupGaps', () => {
  it('puts the members of a partner group on one line, as alternatives, then the situation gap', () => {
    const gaps = recommend(
      parseAnswers({ ...fireLowLevel, lead: ['behavioral-health'], situations: ['asks-for-help'] }),
    ).pathways[0]!;
    expect(gaps.id).toBe('community-response');
    expect(groupGaps(pathway('community-response'), gaps.gaps)).toEqual([
      { kind: 'partners', ids: ['treatment'] },
      { kind: 'partners', ids: ['clinician', 'peer', 'crisis-team'] },
      { kind: 'other', id: 'situations:crisis-call' },
    ]);
  });

  it('keeps every gap id exactly once, in the contract order', () => {
    const gaps = ['partners:treatment', 'partners:clinician', 'partners:peer', 'situations:after-overdose'];
    const lines = groupGaps(pathway('naloxone-plus'), gaps);
    expect(lines.flatMap((l) => (l.kind === 'partners' ? l.ids.map((id) => `partners:${id}`) : [l.id]))).toEqual(gaps);
  });
});
