/**
 * The team's disagreements and its meeting agenda (CONTRACT "Team links", issue 30): a
 * disagreement is a question two members were both asked and answered differently, lists
 * compared as sets; a question a member was not asked is never one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { ANSWER_KEYS } from '../../data/vocabulary';
import { parseAnswers, type Answers } from '../../machines/answers';
import { teamOf, teamRows } from '../../machines/team';
import { teamAgenda } from '../../machines/team-agenda';
import { emsAfterOverdose, policeHoldingCharges } from '../fixtures/answers';
import { answersArb } from '../support/arbitraries';

const team = (...members: Answers[]) =>
  teamOf(
    members.map((answers) => ({ label: null, answers })),
    builtInContent,
  );
const agenda = (...members: Answers[]) => teamAgenda(members, builtInContent);

const police = parseAnswers(policeHoldingCharges);
const ems = parseAnswers(emsAfterOverdose);

// UX review items 1 and 2: a rural county's sheriff's office, its EMS, and a treatment provider
// that already runs Self-Referral (people walk in asking for help).
const sheriff = parseAnswers({
  lead: ['law-enforcement'],
  situations: ['routine-contact', 'low-level-offense'],
  population: ['substance-use', 'opioid-use'],
  charging: ['abeyance'],
  partners: ['case-manager', 'treatment'],
  setting: 'rural',
  existing: [],
});
const countyEms = parseAnswers({
  lead: ['ems'],
  situations: ['after-overdose'],
  population: ['opioid-use'],
  partners: ['peer', 'treatment'],
  setting: 'rural',
  existing: [],
});
const treatmentProvider = parseAnswers({
  lead: ['behavioral-health'],
  situations: ['asks-for-help', 'after-overdose'],
  population: ['substance-use', 'opioid-use'],
  partners: ['clinician', 'peer', 'treatment'],
  setting: 'rural',
  existing: ['self-referral'],
});

describe('team.disagreements', () => {
  it('is exactly ["lead"] for members who differ only in who leads', () => {
    expect(team(ems, { ...ems, lead: ['fire', 'ems'] }).disagreements).toEqual(['lead']);
    // Charging is asked of the police department alone: still only who leads.
    const policeAfterOverdose = parseAnswers({ ...emsAfterOverdose, lead: ['law-enforcement'], charging: ['none'] });
    expect(team(ems, policeAfterOverdose).disagreements).toEqual(['lead']);
  });

  it('is empty for identical members, and compares lists as sets', () => {
    expect(team(police, police).disagreements).toEqual([]);
    expect(team(police, police, police).disagreements).toEqual([]);
    const reordered = { ...police, partners: ['treatment', 'case-manager'] } as Answers;
    expect(team(police, reordered).disagreements).toEqual([]);
  });

  it('finds the real disagreements of a sheriff’s office, county EMS and a treatment provider', () => {
    expect(team(sheriff, countyEms, treatmentProvider).disagreements).toEqual([
      'lead',
      'situations',
      'population',
      'partners',
      'existing',
    ]);
    // Two of them, each asked charging or not, agreeing on all else that both were asked.
    expect(team(sheriff, { ...sheriff, lead: ['law-enforcement', 'ems'] }).disagreements).toEqual(['lead']);
  });

  it('counts charging only between members who were both asked it', () => {
    const citing = { ...sheriff, charging: ['citation'] } as Answers;
    expect(team(sheriff, countyEms, treatmentProvider).disagreements).not.toContain('charging');
    expect(team(sheriff, citing).disagreements).toEqual(['charging']);
    expect(team(sheriff, countyEms, citing).disagreements).toContain('charging');
  });

  it('over many teams: names, in question order, each question two members asked it answered differently', () => {
    const same = (a: unknown, b: unknown) =>
      JSON.stringify([a ?? []].flat().sort()) === JSON.stringify([b ?? []].flat().sort());
    const asked = (key: string, a: Answers) => key !== 'charging' || a.lead.includes('law-enforcement');
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 2, maxLength: 5 }), (members) => {
        const expected = ANSWER_KEYS.filter((key) =>
          members.some((a, i) =>
            members.some((b, j) => i < j && asked(key, a) && asked(key, b) && !same(a[key], b[key])),
          ),
        );
        expect(team(...members).disagreements).toEqual(expected);
        const agendaSays = teamAgenda(members, builtInContent).questions.filter((q) => q.disagree);
        expect(agendaSays.map((q) => q.key)).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
    // Property runs take seconds on a loaded two-core machine, as recommend.properties.test.ts allows.
  }, 60_000);
});

describe('the team agenda', () => {
  const { questions, running } = agenda(sheriff, countyEms, treatmentProvider);
  const question = (key: string) => questions.find((q) => q.key === key)!;

  it('says what everyone asked agrees on, also beside a disagreement', () => {
    expect(question('population')).toMatchObject({ agreed: ['opioid-use'], disagree: true });
    expect(question('partners').agreed).toEqual(['treatment']);
    expect(question('setting')).toMatchObject({ agreed: ['rural'], disagree: false, split: [] });
    expect(question('situations').agreed).toEqual([]);
  });

  it('says who chose what where members differ', () => {
    expect(question('lead').choices).toEqual([
      { member: 0, ids: ['law-enforcement'] },
      { member: 1, ids: ['ems'] },
      { member: 2, ids: ['behavioral-health'] },
    ]);
    expect(question('situations').split).toEqual([
      { id: 'asks-for-help', chosenBy: [2] },
      { id: 'after-overdose', chosenBy: [1, 2] },
      { id: 'routine-contact', chosenBy: [0] },
      { id: 'low-level-offense', chosenBy: [0] },
    ]);
    expect(question('population').split).toEqual([{ id: 'substance-use', chosenBy: [0, 2] }]);
  });

  it('keeps a question asked of one member alone as theirs, with no disagreement', () => {
    expect(question('charging')).toEqual({
      key: 'charging',
      askedOf: [0],
      agreed: ['abeyance'],
      disagree: false,
      choices: [{ member: 0, ids: ['abeyance'] }],
      split: [],
    });
    expect(agenda(countyEms, treatmentProvider).questions.map((q) => q.key)).not.toContain('charging');
  });

  it('lists the questions in question order', () => {
    expect(questions.map((q) => q.key)).toEqual(builtInContent.questions.map((q) => q.id));
  });

  it('says which members run each pathway some member runs', () => {
    expect(running).toEqual([{ pathway: 'self-referral', members: [2] }]);
    const both = { ...countyEms, existing: ['naloxone-plus', 'self-referral'] } as Answers;
    expect(agenda(sheriff, both, treatmentProvider).running).toEqual([
      { pathway: 'self-referral', members: [1, 2] },
      { pathway: 'naloxone-plus', members: [1] },
    ]);
    expect(agenda(sheriff, countyEms).running).toEqual([]);
  });
});

describe('the side-by-side rows', () => {
  it('do not count a member not asked as differing (charging, between police and EMS)', () => {
    const rows = teamRows([police, ems]);
    expect(rows.find((r) => r.key === 'charging')).toEqual({
      key: 'charging',
      choices: [['abeyance'], null],
      differs: [],
    });
    const citing = { ...police, charging: ['citation'] } as Answers;
    expect(teamRows([police, ems, citing]).find((r) => r.key === 'charging')!.differs).toEqual([
      'abeyance',
      'citation',
    ]);
  });
});
