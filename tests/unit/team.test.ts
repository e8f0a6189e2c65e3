/** Team links and combined answers (CONTRACT "Team links"), with real share codes. */
import { describe, expect, it } from 'vitest';
import { parseAnswers, type Answers } from '../../machines/answers';
import { encodeAnswers } from '../../machines/share-codec';
import { decodeAnswers } from '../../machines/share-decode';
import { builtInContent } from '../../data/content';
import { ANSWER_KEYS } from '../../data/vocabulary';
import { recommend } from '../../machines/recommend';
import {
  combineAnswers,
  labelProblem,
  parseTeam,
  teamFragment,
  teamOf,
  teamRows,
  teamTextFromHash,
  TEAM_PREFIX,
} from '../../machines/team';
import { readScenarios } from '../support/fixtures';

const [first, second, third] = readScenarios()
  .slice(0, 3)
  .map((s) => parseAnswers(s.answers));
const police = parseAnswers({
  lead: ['law-enforcement'],
  situations: ['low-level-offense'],
  population: ['substance-use'],
  charging: ['none'],
  partners: ['case-manager'],
  setting: 'urban',
  existing: [],
});
const sheriff = { ...police, charging: ['abeyance'] as Answers['charging'], setting: 'rural' as const };
const ems = parseAnswers({
  lead: ['ems'],
  situations: ['after-overdose'],
  population: ['opioid-use'],
  partners: ['peer'],
  setting: 'rural',
  existing: ['naloxone-plus'],
});

const fragment = (text: string) => text.slice(TEAM_PREFIX.length);

describe('team links', () => {
  it('round-trip members with their labels, percent-encoded', () => {
    const link = teamFragment([
      { label: 'Police, Riverbend', code: encodeAnswers(first!) },
      { label: null, code: encodeAnswers(second!) },
      { label: 'EMS ~ county', code: encodeAnswers(third!) },
    ]);
    const parsed = parseTeam(fragment(link), decodeAnswers);
    expect(parsed).toEqual({
      ok: true,
      members: [
        { label: 'Police, Riverbend', answers: first },
        { label: null, answers: second },
        { label: 'EMS ~ county', answers: third },
      ],
      problems: [],
    });
  });

  it('leave out a garbled member and name it; fewer than two left, or more than twenty, is refused', () => {
    const good = encodeAnswers(first!);
    const partly = parseTeam(`A~${good},B~1.garbled,C~${encodeAnswers(second!)}`, decodeAnswers);
    expect(partly.ok && partly.members.map((m) => m.label)).toEqual(['A', 'C']);
    expect(partly.problems).toEqual([{ member: 2, reason: 'code', message: expect.stringMatching(/^Member 2: /) }]);
    const wholly = parseTeam('1.x,1.y', decodeAnswers);
    expect(wholly).toMatchObject({
      ok: false,
      reason: 'too-few',
      count: 0,
      message: expect.stringMatching(/at least 2 members/),
    });
    expect(wholly.problems).toHaveLength(2);
    const crowd = parseTeam(Array(21).fill(good).join(','), decodeAnswers);
    expect(crowd).toMatchObject({
      ok: false,
      reason: 'too-many',
      count: 21,
      message: expect.stringMatching(/at most 20 members; this one has 21/),
    });
  });

  it('refuse labels with markup, control characters or more than 40 characters, keeping the rest', () => {
    const good = encodeAnswers(first!);
    const parsed = parseTeam(
      [
        `${encodeURIComponent('<b>Police</b>')}~${good}`,
        `${encodeURIComponent('EMS\u0007')}~${good}`,
        `${'x'.repeat(41)}~${good}`,
        `%E0%A4%A~${good}`,
        `Fire~${good}`,
        `Health~${good}`,
      ].join(','),
      decodeAnswers,
    );
    expect(parsed.ok && parsed.members.map((m) => m.label)).toEqual(['Fire', 'Health']);
    expect(parsed.problems.map((p) => [p.member, p.reason, p.message.split(':')[0]])).toEqual([
      [1, 'label-markup', 'Member 1'],
      [2, 'label-markup', 'Member 2'],
      [3, 'label-length', 'Member 3'],
      [4, 'label-encoding', 'Member 4'],
    ]);
  });
});

describe('combined answers', () => {
  it('unite the lists in vocabulary order and keep the most frequent setting, a tie to the earliest member', () => {
    const combined = combineAnswers([ems, police, sheriff]);
    expect(combined.lead).toEqual(['law-enforcement', 'ems']);
    expect(combined.situations).toEqual(['after-overdose', 'low-level-offense']);
    expect(combined.partners).toEqual(['peer', 'case-manager']);
    expect(combined.existing).toEqual(['naloxone-plus']);
    expect(combined.setting).toBe('rural');
    expect(combineAnswers([police, ems]).setting).toBe('urban');
  });

  it("unite the charging options when law enforcement leads, dropping 'none' beside another, and leave them out otherwise", () => {
    expect(combineAnswers([police, sheriff, ems]).charging).toEqual(['abeyance']);
    expect(combineAnswers([police, ems]).charging).toEqual(['none']);
    expect(combineAnswers([ems, { ...ems, setting: 'urban' }])).not.toHaveProperty('charging');
  });
});

describe('a team side by side', () => {
  it('lists each asked question with every member’s choice and what not everyone chose', () => {
    const rows = teamRows([police, ems, sheriff]);
    expect(rows.map((r) => r.key)).toEqual(ANSWER_KEYS);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('lead')).toEqual({
      key: 'lead',
      choices: [['law-enforcement'], ['ems'], ['law-enforcement']],
      differs: ['law-enforcement', 'ems'],
    });
    // Charging is not asked of EMS: "not asked", and a talking point between the two who were.
    expect(row('charging').choices).toEqual([['none'], null, ['abeyance']]);
    expect(row('charging').differs).toEqual(['abeyance', 'none']);
    expect(row('setting').differs).toEqual(['urban', 'rural']);
    expect(teamRows([police, police]).every((r) => r.differs.length === 0)).toBe(true);
    // A question asked of nobody is left out.
    expect(teamRows([ems, ems]).map((r) => r.key)).not.toContain('charging');
  });

  it('gives each member’s recommendation and the combined answers’ one, as recommend() does', () => {
    const team = teamOf(
      [
        { label: 'Police', answers: police },
        { label: null, answers: ems },
      ],
      builtInContent,
    );
    expect(team.members.map((m) => m.result)).toEqual([
      recommend(police, builtInContent),
      recommend(ems, builtInContent),
    ]);
    expect(team.combined).toEqual(combineAnswers([police, ems]));
    expect(team.result).toEqual(recommend(team.combined, builtInContent));
  });

  it('checks a label as a person typed it', () => {
    expect(labelProblem('County health')).toBeNull();
    expect(labelProblem('x'.repeat(41))).toBe('label-length');
    expect(labelProblem('<img src=x>')).toBe('label-markup');
    expect(labelProblem('EMS\n')).toBe('label-markup');
  });

  it('finds the team text in a page address', () => {
    expect(teamTextFromHash('#pyp-team=A~1.x,B~1.y')).toBe('A~1.x,B~1.y');
    expect(teamTextFromHash('#pyp=1.x')).toBeNull();
  });
});
