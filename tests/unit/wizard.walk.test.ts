/**
 * A walk of the wizard's state graph. Multi-select answers make full contexts countless, so the
 * walk is run once per representative answer set (each option alone, with and without law
 * enforcement), with events that answer the current question with that set, clear it, continue,
 * go back, change an answer from review and restart.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { ANSWER_KEYS, ANSWER_OPTIONS, type AnswerKey } from '../../data/vocabulary';
import { parseAnswers, type Answers } from '../../machines/answers';
import { askedQuestions, STEP_IDS } from '../../machines/steps';
import { wizardMachine, type WizardEvent } from '../../machines/wizard.machine';

type Snapshot = SnapshotFrom<typeof wizardMachine>;
type Edge = { label: string; from: Snapshot; to: Snapshot };

const withPolice = {
  lead: ['law-enforcement'],
  situations: ['asks-for-help'],
  population: ['substance-use'],
  charging: ['abeyance'],
  partners: [],
  setting: 'urban',
  existing: [],
};
const withoutPolice = { ...withPolice, lead: ['fire'] };

/** Each option alone, on a base with and without law enforcement. */
function representativeAnswerSets(): Answers[] {
  const sets = new Map<string, Answers>();
  for (const base of [withPolice, withoutPolice]) {
    for (const key of ANSWER_KEYS) {
      for (const id of ANSWER_OPTIONS[key]) {
        const answers = parseAnswers({ ...base, [key]: key === 'setting' ? id : [id] });
        sets.set(JSON.stringify(answers), answers);
      }
    }
  }
  return [...sets.values()];
}

const nodeId = (s: Snapshot) => `${String(s.value)}|${JSON.stringify(s.context)}`;

/** The events that set the current question to its value in `target`, one choice at a time. */
function answerEvents(key: AnswerKey, current: unknown, target: Answers): WizardEvent[] {
  const want: string[] = key === 'setting' ? [target.setting] : [...((target[key] as string[] | undefined) ?? [])];
  const have: string[] =
    key === 'setting'
      ? current === undefined
        ? []
        : [current as string]
      : [...((current as string[] | undefined) ?? [])];
  const toggles =
    key === 'setting'
      ? want.filter((id) => !have.includes(id))
      : [...have.filter((id) => !want.includes(id)), ...want.filter((id) => !have.includes(id))];
  return toggles.map((id) => ({ type: 'answer.choose', key, id }));
}

function explore(target: Answers) {
  const [initial] = initialTransition(wizardMachine);
  const nodes = new Map<string, Snapshot>([[nodeId(initial), initial]]);
  const edges: Edge[] = [];
  const queue = [initial];
  while (queue.length) {
    const from = queue.shift()!;
    const step = from.value as string;
    const moves: [string, WizardEvent[]][] = [
      ['continue', [{ type: 'step.continue' }]],
      ['back', [{ type: 'step.back' }]],
      ['restart', [{ type: 'wizard.restart' }]],
      ...ANSWER_KEYS.map((key): [string, WizardEvent[]] => [`change ${key}`, [{ type: 'review.change', key }]]),
    ];
    if ((ANSWER_KEYS as readonly string[]).includes(step)) {
      const key = step as AnswerKey;
      const current = from.context.answers[key];
      moves.push([`answer ${key}`, answerEvents(key, current, target)]);
      if (key !== 'setting')
        moves.push([
          `clear ${key}`,
          ((current as string[] | undefined) ?? []).map((id): WizardEvent => ({ type: 'answer.choose', key, id })),
        ]);
    }
    for (const [label, events] of moves) {
      if (events.length === 0) continue;
      const to = events.reduce((s, event) => transition(wizardMachine, s, event)[0], from);
      edges.push({ label, from, to });
      const id = nodeId(to);
      if (!nodes.has(id)) {
        nodes.set(id, to);
        queue.push(to);
      }
    }
  }
  return { nodes, edges };
}

const answerSets = representativeAnswerSets();
const walks = answerSets.map((answers) => ({ answers, ...explore(answers) }));

// The walk covers about 41,000 states; give it room on a busy two-core machine.
describe('wizard state graph', { timeout: 60_000 }, () => {
  it('is walked for every option alone, with and without law enforcement', () => {
    expect(answerSets.length).toBeGreaterThanOrEqual(50);
    expect(walks.reduce((n, w) => n + w.nodes.size, 0)).toBeGreaterThan(10_000);
    expect(answerSets.some((a) => a.lead.includes('law-enforcement'))).toBe(true);
    expect(answerSets.some((a) => !a.lead.includes('law-enforcement'))).toBe(true);
    const visited = new Set(walks.flatMap((w) => [...w.nodes.values()].map((s) => s.value as string)));
    expect([...visited].sort()).toEqual([...STEP_IDS].sort());
  });

  it('can reach the result from every reachable state', () => {
    for (const { answers, nodes, edges } of walks) {
      const into = new Map<string, string[]>();
      for (const { from, to } of edges) into.set(nodeId(to), [...(into.get(nodeId(to)) ?? []), nodeId(from)]);
      const reaches = new Set([...nodes.values()].filter((s) => s.value === 'result').map(nodeId));
      expect(reaches.size, JSON.stringify(answers)).toBeGreaterThan(0);
      const queue = [...reaches];
      while (queue.length) {
        for (const from of into.get(queue.pop()!) ?? []) {
          if (!reaches.has(from)) {
            reaches.add(from);
            queue.push(from);
          }
        }
      }
      const stuck = [...nodes.keys()].filter((id) => !reaches.has(id));
      expect(stuck, JSON.stringify(answers)).toEqual([]);
    }
  });

  it('goes back to the previous asked question, keeping the answers', () => {
    let checked = 0;
    for (const { edges } of walks) {
      for (const { label, from, to } of edges) {
        const step = from.value as string;
        if (label !== 'back' || from.context.changing || !(ANSWER_KEYS as readonly string[]).includes(step)) continue;
        const asked = askedQuestions(from.context.answers);
        const expected = asked[asked.indexOf(step as AnswerKey) - 1] ?? 'intro';
        expect(to.value, `back from ${step}`).toBe(expected);
        expect(to.context.answers).toEqual(from.context.answers);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows the charging question exactly when law enforcement leads', () => {
    for (const { answers, nodes } of walks) {
      const states = [...nodes.values()];
      for (const s of states.filter((x) => x.value === 'charging'))
        expect(s.context.answers.lead).toContain('law-enforcement');
      const reached = states.some((s) => s.value === 'charging');
      expect(reached, JSON.stringify(answers.lead)).toBe(answers.lead.includes('law-enforcement'));
      for (const s of states.filter((x) => x.value === 'result')) {
        expect('charging' in s.context.answers).toBe(s.context.answers.lead!.includes('law-enforcement'));
      }
    }
  });

  it('reaches the result only with complete, valid answers', () => {
    for (const { nodes } of walks) {
      for (const s of [...nodes.values()].filter((x) => x.value === 'result')) {
        expect(parseAnswers(s.context.answers)).toEqual(s.context.answers);
      }
    }
  });
});
