/**
 * An eighth question added by its data alone: the wizard made from a question list with a fixture
 * question walks it in its place, skips it when it is not asked, and opens it from review.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import type { Question } from '../../data/schema';
import type { AnswerKey } from '../../data/vocabulary';
import { englishTexts } from '../../data/locales/english';
import { forwardFlow } from '../../machines/flow-graph';
import { parseAnswers, type Answers } from '../../machines/answers';
import { createQuestionFlow } from '../../machines/question-flow';
import type { PartialAnswers } from '../../machines/steps';
import { createWizardMachine } from '../../machines/wizard.machine';
import { selectProgress } from '../../machines/wizard.selectors';
import {
  FUNDING,
  FUNDING_IDS,
  fundingQuestion,
  fundingTexts,
  questionsWith,
  SCHOOLS,
  schoolsQuestion,
  schoolsTexts,
} from '../fixtures/eighth-question';
import { emsAfterOverdose } from '../fixtures/answers';

const ems = parseAnswers(emsAfterOverdose);

function start(questions: Question[]) {
  const flow = createQuestionFlow(questions);
  const actor = createActor(createWizardMachine(questions));
  const steps: string[] = [];
  const progress: string[] = [];
  actor.subscribe((s) => {
    if (steps.at(-1) !== s.value) steps.push(s.value);
    const p = selectProgress(s, flow);
    if (p && progress.at(-1) !== `${p.number}/${p.total}`) progress.push(`${p.number}/${p.total}`);
  });
  actor.start();
  const step = () => actor.getSnapshot().value as string;
  const answers = () => actor.getSnapshot().context.answers as PartialAnswers & Record<string, unknown>;
  const send = actor.send.bind(actor);
  const choose = (key: AnswerKey, ...ids: string[]) => ids.forEach((id) => send({ type: 'answer.choose', key, id }));
  /** Chooses the ids on the current question and continues. */
  const answer = (...ids: string[]) => {
    choose(step() as AnswerKey, ...ids);
    send({ type: 'step.continue' });
  };
  return { actor, steps, progress, step, answers, send, choose, answer };
}

describe('a fixture question asked always (funding, after population)', () => {
  const questions = questionsWith(fundingQuestion, 'population');

  it('is asked in its place, required, one choice, and kept in the answers', () => {
    const w = start(questions);
    w.send({ type: 'step.continue' });
    w.answer('ems');
    w.answer('after-overdose');
    w.answer('opioid-use');
    expect(w.step()).toBe('funding');
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('funding');
    expect(w.actor.getSnapshot().context.missing).toBe('funding');
    w.choose(FUNDING, 'grant', 'not-an-option', 'county-budget');
    w.send({ type: 'step.continue' });
    w.answer();
    w.answer('rural');
    w.answer();
    expect(w.steps).toEqual([
      'intro',
      'lead',
      'situations',
      'population',
      'funding',
      'partners',
      'setting',
      'existing',
      'review',
    ]);
    expect(w.progress).toEqual(['1/8', '1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    expect(w.answers()).toEqual({
      lead: ['ems'],
      situations: ['after-overdose'],
      population: ['opioid-use'],
      funding: 'county-budget',
      partners: [],
      setting: 'rural',
      existing: [],
    });
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('result');
  });

  it('comes before charging when law enforcement leads, and Back returns to it', () => {
    const w = start(questions);
    w.send({ type: 'step.continue' });
    w.answer('law-enforcement');
    w.answer('low-level-offense');
    w.answer('substance-use');
    w.answer('opioid-settlement');
    expect(w.step()).toBe('charging');
    w.send({ type: 'step.back' });
    expect(w.step()).toBe('funding');
    w.send({ type: 'step.continue' });
    w.answer('abeyance');
    expect(w.step()).toBe('partners');
    expect(w.progress.at(-1)).toBe('6/8');
  });

  it('is changed from review and returns there', () => {
    const w = start(questions);
    w.send({ type: 'answers.load', answers: { ...ems, [FUNDING]: 'grant' } as Answers });
    w.send({ type: 'review.change', key: FUNDING });
    expect(w.step()).toBe('funding');
    w.answer(FUNDING_IDS[3]);
    expect(w.step()).toBe('review');
    expect(w.answers()[FUNDING]).toBe('none-yet');
    w.send({ type: 'step.back' });
    expect(w.step()).toBe('existing');
  });

  it('is a step of the forward flow the decision map reads, in its place', () => {
    const { steps, edges } = forwardFlow(createWizardMachine(questions));
    expect(steps.slice(3, 6)).toEqual(['population', 'funding', 'charging']);
    expect(edges.filter((e) => e.from === 'population').map((e) => e.to)).toEqual(['funding']);
    expect(edges.filter((e) => e.from === 'funding').map((e) => e.to)).toEqual(['charging', 'partners']);
  });

  it('carries a text for its prompt, its hint and each option, as a locale file does', () => {
    const builtIn = englishTexts.questions as Record<string, { options: Record<string, unknown> }>;
    const shapeOf = (texts: { options: Record<string, unknown> }) => ({
      ...texts,
      options: Object.fromEntries(Object.entries(texts.options).map(([id, o]) => [id, Object.keys(o as object)])),
    });
    const expectedKeys = Object.keys(builtIn.partners!).sort();
    for (const [question, texts] of [
      [fundingQuestion, fundingTexts],
      [schoolsQuestion, schoolsTexts],
    ] as const) {
      expect(Object.keys(texts).sort()).toEqual(expectedKeys);
      expect(shapeOf(texts).options).toEqual(
        Object.fromEntries(question.options.map((o) => [o.id, Object.keys(builtIn.partners!.options.peer as object)])),
      );
    }
  });
});

describe('a fixture question asked only when the population includes young people (schools)', () => {
  const questions = questionsWith(schoolsQuestion, 'population');

  function upToPopulation(lead: string, population: string) {
    const w = start(questions);
    w.send({ type: 'step.continue' });
    w.answer(lead);
    w.answer('crisis-call');
    w.answer(population);
    return w;
  }

  it('is skipped forward and back when not asked', () => {
    const w = upToPopulation('fire', 'homelessness');
    expect(w.step()).toBe('partners');
    w.send({ type: 'step.back' });
    expect(w.step()).toBe('population');
    const police = upToPopulation('law-enforcement', 'homelessness');
    expect(police.step()).toBe('charging');
    police.send({ type: 'step.back' });
    expect(police.step()).toBe('population');
  });

  it('is asked after population, before charging, and Back from the next question returns to it', () => {
    const w = upToPopulation('law-enforcement', 'youth');
    expect(w.step()).toBe('schools');
    w.answer('high', 'middle');
    expect(w.step()).toBe('charging');
    w.send({ type: 'step.back' });
    expect(w.step()).toBe('schools');
    expect(w.answers()[SCHOOLS]).toEqual(['middle', 'high']);
    const fire = upToPopulation('fire', 'youth');
    fire.answer();
    expect(fire.step()).toBe('partners');
    expect(fire.answers()[SCHOOLS]).toEqual([]);
    fire.send({ type: 'step.back' });
    expect(fire.step()).toBe('schools');
  });

  it('opens from review when young people are added, and its answer goes when they are removed', () => {
    const w = start(questions);
    w.send({ type: 'answers.load', answers: ems });
    w.send({ type: 'review.change', key: SCHOOLS });
    expect(w.step()).toBe('review');
    w.send({ type: 'review.change', key: 'population' });
    w.choose('population', 'youth');
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('schools');
    w.answer('college');
    expect(w.step()).toBe('review');
    expect(w.answers()[SCHOOLS]).toEqual(['college']);
    w.send({ type: 'review.change', key: 'population' });
    w.choose('population', 'youth');
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('review');
    expect(w.answers()).not.toHaveProperty(SCHOOLS);
  });
});

describe('a question list', () => {
  it('cannot make a question depend on a later one', () => {
    const [lead, ...rest] = builtInContent.questions;
    const early = { ...schoolsQuestion, askedWhen: { key: 'existing', includes: 'self-referral' } } as Question;
    expect(() => createWizardMachine([lead!, early, ...rest])).toThrow(/"schools".*"existing"/);
  });
});
