import { describe, expect, it } from 'vitest';
import { parseAnswers, type Answers } from '../../machines/answers';
import { selectProgress } from '../../machines/wizard.selectors';
import { startWizard } from '../support/wizard';

const police: Answers = parseAnswers({
  lead: ['law-enforcement'],
  situations: ['low-level-offense'],
  population: ['substance-use'],
  charging: ['abeyance'],
  partners: ['case-manager', 'treatment'],
  setting: 'urban',
  existing: [],
});
const ems: Answers = parseAnswers({ ...police, lead: ['ems'], situations: ['after-overdose'], charging: undefined });

describe('wizard machine', () => {
  it('starts on the intro and goes through every question to review and result', () => {
    const w = startWizard();
    expect(w.step()).toBe('intro');
    w.complete(police);
    expect(w.step()).toBe('review');
    expect(w.answers()).toEqual(police);
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('result');
  });

  it('asks about charging only when law enforcement leads, and counts progress accordingly', () => {
    const seen: string[] = [];
    const progress: string[] = [];
    const w = startWizard();
    w.actor.subscribe((s) => {
      seen.push(s.value as string);
      const p = selectProgress(s);
      if (p) progress.push(`${p.number}/${p.total}`);
    });
    w.complete(ems);
    expect(seen).not.toContain('charging');
    expect([...new Set(progress)]).toEqual(['1/7', '1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
  });

  it('stays put and flags the question when Continue is pressed without a required answer', () => {
    const w = startWizard();
    w.send({ type: 'step.continue' });
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('lead');
    expect(w.actor.getSnapshot().context.missing).toBe('lead');
    w.send({ type: 'answer.choose', key: 'lead', id: 'fire' });
    expect(w.actor.getSnapshot().context.missing).toBeNull();
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('situations');
  });

  it('treats an empty partners or existing choice as the answer "none yet"', () => {
    const w = startWizard();
    w.complete({ ...ems, partners: [], existing: [] });
    expect(w.step()).toBe('review');
    expect(w.answers()).toMatchObject({ partners: [], existing: [] });
  });

  it('goes back to the previous question with the answers kept, skipping charging when it is not asked', () => {
    const w = startWizard();
    w.complete(ems);
    const kept = w.answers();
    const backwards: string[] = [];
    while (w.step() !== 'intro') {
      w.send({ type: 'step.back' });
      backwards.push(w.step());
    }
    expect(backwards).toEqual(['existing', 'setting', 'partners', 'population', 'situations', 'lead', 'intro']);
    expect(w.answers()).toEqual(kept);
  });

  it('makes "none" exclusive among the charging options', () => {
    const w = startWizard();
    w.send({ type: 'step.continue' });
    w.answer('lead', ['law-enforcement']);
    w.answer('situations', ['routine-contact']);
    w.answer('population', ['mental-health']);
    w.send({ type: 'answer.choose', key: 'charging', id: 'abeyance' });
    w.send({ type: 'answer.choose', key: 'charging', id: 'citation' });
    w.send({ type: 'answer.choose', key: 'charging', id: 'none' });
    expect(w.answers().charging).toEqual(['none']);
    w.send({ type: 'answer.choose', key: 'charging', id: 'no-charges' });
    expect(w.answers().charging).toEqual(['no-charges']);
  });

  it('changes one answer from review and returns to review', () => {
    const w = startWizard();
    w.complete(police);
    w.send({ type: 'review.change', key: 'setting' });
    expect(w.step()).toBe('setting');
    w.send({ type: 'answer.choose', key: 'setting', id: 'rural' });
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('review');
    expect(w.answers()).toEqual({ ...police, setting: 'rural' });
  });

  it('drops charging when law enforcement is removed from lead', () => {
    const w = startWizard();
    w.complete(police);
    w.send({ type: 'review.change', key: 'lead' });
    w.send({ type: 'answer.choose', key: 'lead', id: 'fire' });
    w.send({ type: 'answer.choose', key: 'lead', id: 'law-enforcement' });
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('review');
    expect(w.answers()).not.toHaveProperty('charging');
    expect(w.answers().lead).toEqual(['fire']);
  });

  it('asks about charging before review when law enforcement is added from review', () => {
    const w = startWizard();
    w.complete(ems);
    w.send({ type: 'review.change', key: 'lead' });
    w.send({ type: 'answer.choose', key: 'lead', id: 'law-enforcement' });
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('charging');
    w.send({ type: 'step.continue' });
    expect(w.step()).toBe('charging');
    w.answer('charging', ['citation']);
    expect(w.step()).toBe('review');
    expect(w.answers().charging).toEqual(['citation']);
  });

  it('does not open a question from review that is not asked', () => {
    const w = startWizard();
    w.complete(ems);
    w.send({ type: 'review.change', key: 'charging' });
    expect(w.step()).toBe('review');
  });

  it('ignores a choice for another question or outside the vocabulary', () => {
    const w = startWizard();
    w.send({ type: 'step.continue' });
    w.send({ type: 'answer.choose', key: 'setting', id: 'rural' });
    w.send({ type: 'answer.choose', key: 'lead', id: 'sheriff' });
    expect(w.answers()).toEqual({});
  });

  it('emits answer.changed with the key, its new value and all answers on each change', () => {
    const w = startWizard();
    w.send({ type: 'step.continue' });
    w.send({ type: 'answer.choose', key: 'lead', id: 'ems' });
    w.send({ type: 'answer.choose', key: 'lead', id: 'fire' });
    expect(w.emitted).toEqual([
      { type: 'answer.changed', key: 'lead', value: ['ems'], answers: { lead: ['ems'] } },
      { type: 'answer.changed', key: 'lead', value: ['fire', 'ems'], answers: { lead: ['fire', 'ems'] } },
    ]);
  });

  it('loads complete answers straight into review, and restarts from nothing', () => {
    const w = startWizard();
    w.send({ type: 'answers.load', answers: police });
    expect(w.step()).toBe('review');
    expect(w.answers()).toEqual(police);
    w.send({ type: 'wizard.restart' });
    expect(w.step()).toBe('intro');
    expect(w.answers()).toEqual({});
  });
});
