/** The action plan: which values can be kept, how the plan changes, how plan files carry it, and its CSV. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtInContent as content } from '../../data/content';
import { actionProblem, MAX_LENGTH, setAction, type ActionPlan } from '../../machines/action-plan';
import { readActionPlan } from '../../machines/action-plan-read';
import { actionPlanCsv } from '../../machines/action-plan-csv';
import { parseAnswers } from '../../machines/answers';
import { buildPlanFile, PLAN_VERSION } from '../../machines/plan-file';
import { parsePlanFile } from '../../machines/plan-file-parse';
import { recommend } from '../../machines/recommend';

/** Two pathways: Self-Referral, then First Responder and Officer Referral. */
const answers = parseAnswers({
  lead: ['law-enforcement'],
  situations: ['asks-for-help', 'routine-contact'],
  population: ['substance-use'],
  charging: ['no-charges'],
  partners: ['peer', 'treatment'],
  setting: 'suburban',
  existing: [],
});

describe('actionProblem', () => {
  it('accepts real dates written year-month-day, and an empty value for any field', () => {
    for (const date of ['2027-03-31', '2028-02-29', '1900-01-01', '2200-12-31', ' 2027-01-05 '])
      expect(actionProblem('due', date), date).toBeNull();
    for (const field of ['owner', 'due', 'note'] as const) expect(actionProblem(field, '  ')).toBeNull();
  });

  it('names a date that does not exist apart from one that is not written year-month-day', () => {
    for (const date of ['2027-02-30', '2027-13-01', '2027-04-31', '2027-02-29', '1899-12-31', '2201-01-01'])
      expect(actionProblem('due', date), date).toEqual({ key: 'dateImpossible' });
    for (const date of ['next week', '31/03/2027', '2027-3-31', '2027-03-31T10:00', '20270331'])
      expect(actionProblem('due', date), date).toEqual({ key: 'dateFormat' });
  });

  it('gives the limit and the length of an over-long owner or note, counted after trimming', () => {
    expect(actionProblem('owner', 'x'.repeat(MAX_LENGTH.owner))).toBeNull();
    expect(actionProblem('owner', ` ${'x'.repeat(MAX_LENGTH.owner)} `)).toBeNull();
    expect(actionProblem('owner', 'x'.repeat(81))).toEqual({ key: 'tooLong', values: { max: 80, length: 81 } });
    expect(actionProblem('note', 'x'.repeat(500))).toBeNull();
    expect(actionProblem('note', 'x'.repeat(523))).toEqual({ key: 'tooLong', values: { max: 500, length: 523 } });
  });
});

describe('setAction', () => {
  it('sets a field trimmed, keeping the others and the other planning points', () => {
    let plan: ActionPlan = {};
    plan = setAction(plan, 'officer-intervention', 'deadlines', 'owner', '  Sgt. Lee ');
    plan = setAction(plan, 'officer-intervention', 'deadlines', 'due', '2027-03-31');
    plan = setAction(plan, 'officer-intervention', 'coordinator', 'note', 'Ask the county');
    expect(plan).toEqual({
      'officer-intervention': {
        deadlines: { owner: 'Sgt. Lee', due: '2027-03-31' },
        coordinator: { note: 'Ask the county' },
      },
    });
  });

  it('does not change the plan it is given, nor keep a value that cannot be kept', () => {
    const plan: ActionPlan = { 'naloxone-plus': { 'team-roles': { owner: 'Chief Diaz' } } };
    const frozen = structuredClone(plan);
    setAction(plan, 'naloxone-plus', 'team-roles', 'owner', 'Someone else');
    expect(plan).toEqual(frozen);
    expect(setAction(plan, 'naloxone-plus', 'team-roles', 'due', '2027-02-30')).toBe(plan);
    expect(setAction(plan, 'naloxone-plus', 'team-roles', 'note', 'x'.repeat(501))).toBe(plan);
  });

  it('removes an emptied field, then the planning point and the pathway left with nothing', () => {
    let plan: ActionPlan = {};
    plan = setAction(plan, 'naloxone-plus', 'team-roles', 'owner', 'Chief Diaz');
    plan = setAction(plan, 'naloxone-plus', 'team-roles', 'note', 'Start in May');
    plan = setAction(plan, 'naloxone-plus', 'team-roles', 'owner', ' ');
    expect(plan).toEqual({ 'naloxone-plus': { 'team-roles': { note: 'Start in May' } } });
    expect(setAction(plan, 'naloxone-plus', 'team-roles', 'note', '')).toEqual({});
  });
});

describe('readActionPlan', () => {
  it('reads a good plan, and no plan at all as an empty one', () => {
    const raw = { 'self-referral': { 'warm-handoff': { owner: 'Lt. Park', due: '2027-06-01', note: 'Peer line' } } };
    expect(readActionPlan(raw, content)).toEqual({ plan: raw, problems: [] });
    expect(readActionPlan(undefined, content)).toEqual({ plan: {}, problems: [] });
  });

  it('names each problem: unknown pathway, planning point or field, a value that is not text, a bad date, an over-long note', () => {
    const { problems } = readActionPlan(
      {
        'no-such-pathway': {},
        'self-referral': {
          'no-such-point': { owner: 'A' },
          'warm-handoff': { colour: 'red', owner: 42, due: '2027-02-30' },
          'peer-support': { note: 'x'.repeat(501) },
          'eligibility-rules': 'soon',
        },
        'naloxone-plus': ['team-roles'],
      },
      content,
    );
    expect(problems).toEqual([
      '"no-such-pathway" is not a pathway',
      '"no-such-point" is not a planning point of self-referral',
      'self-referral / warm-handoff / colour is not an action field',
      'self-referral / warm-handoff / owner is not text',
      'self-referral / warm-handoff / due: not a real date (YYYY-MM-DD)',
      'self-referral / peer-support / note: over 500 characters',
      'the action for self-referral / eligibility-rules is not an object',
      'the actions of naloxone-plus are not an object',
    ]);
    for (const raw of [null, 'plan', [1]]) expect(readActionPlan(raw, content).problems, String(raw)).toHaveLength(1);
  });
});

describe('plan file with actions', () => {
  const result = recommend(answers, content);
  const [first, second] = result.pathways.map((p) => p.id);
  it('recommends two pathways', () => expect(second).toBeDefined());
  const actions: ActionPlan = {
    [first!]: { 'treatment-capacity': { owner: 'Dr. Núñez', due: '2027-03-31', note: 'Beds, "slots", waiting list' } },
    [second!]: { 'information-sharing': { note: 'Line one\nLine two' } },
  };

  it('is version 2, and gives back the same answers, marks and actions through JSON', () => {
    const readiness = { [first!]: ['treatment-capacity'] };
    const file = buildPlanFile(answers, result, readiness, actions, new Date('2027-01-02T03:04:05Z'));
    expect(file.version).toBe(PLAN_VERSION);
    expect(PLAN_VERSION).toBe(2);
    const read = parsePlanFile(JSON.stringify(file, null, 2), content);
    expect(read).toEqual({ ok: true, answers, readiness, actionPlan: actions, community: '' });
  });

  it('keeps the community or agency the plan is for, and reads a bad one as none', () => {
    const file = buildPlanFile(answers, result, {}, actions, new Date('2027-01-02T03:04:05Z'), 'Riverbend County');
    expect(parsePlanFile(JSON.stringify(file), content)).toMatchObject({ ok: true, community: 'Riverbend County' });
    expect(buildPlanFile(answers, result, {}, actions, new Date())).not.toHaveProperty('community');
    for (const [community, read] of [
      [42, ''],
      ['  Riverbend\n  County  ', 'Riverbend County'],
      ['x'.repeat(200), 'x'.repeat(80)],
    ] as const)
      expect(parsePlanFile(JSON.stringify({ ...file, community }), content)).toMatchObject({
        ok: true,
        community: read,
      });
  });

  it('opens a version-1 file, which has no actions, with none', () => {
    const v1 = {
      format: 'pick-your-pathway/plan',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      answers,
      result,
    };
    expect(parsePlanFile(JSON.stringify(v1), content)).toMatchObject({ ok: true, answers, actionPlan: {} });
    // Actions written into a version-1 file by hand are not read: that version had none.
    expect(parsePlanFile(JSON.stringify({ ...v1, actions }), content)).toMatchObject({ ok: true, actionPlan: {} });
  });

  it('refuses a version-2 file with a bad action, saying which', () => {
    const file = buildPlanFile(answers, result, {}, actions, new Date());
    const bad = { ...file, actions: { ...actions, [first!]: { 'treatment-capacity': { due: '2027-02-30' } } } };
    expect(parsePlanFile(JSON.stringify(bad), content)).toEqual({
      ok: false,
      message: `The plan's actions do not fit: ${first} / treatment-capacity / due: not a real date (YYYY-MM-DD).`,
    });
    const many = { ...file, actions: { a: {}, b: {}, c: {}, d: {}, e: {} } };
    expect(parsePlanFile(JSON.stringify(many), content)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The plan's actions do not fit: "a" is not a pathway; .* \(and 2 more\)\.$/),
    });
    expect(parsePlanFile(JSON.stringify({ ...file, version: 3 }), content)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/version 3\b/),
    });
  });
});

describe('actionPlanCsv', () => {
  const parse = (csv: string) => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };

  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = actionPlanCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('gives back, through a CSV parser, text with commas, quotes, line breaks and accents', () => {
    const rows = [
      ['Vía', 'Punto', 'Nota'],
      ['Self-Referral', 'Treatment capacity, beds', 'He said "yes", then:\nline two\r\nline three'],
      ['', ' spaced ', 'Ñandú · 2027-03-31'],
    ];
    expect(parse(actionPlanCsv(rows))).toEqual(rows);
  });

  it('keeps a cell a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const risky = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'a=b', '2027-03-31'];
    const [back] = parse(actionPlanCsv([risky]));
    expect(back).toEqual([
      `'=HYPERLINK("http://x")`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'a=b',
      '2027-03-31',
    ]);
  });
});
