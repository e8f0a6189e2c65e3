/** Drives the wizard machine in tests, as a view would. */
import { createActor } from 'xstate';
import type { AnswerKey } from '../../data/vocabulary';
import type { Answers } from '../../machines/answers';
import { wizardMachine, type WizardEmitted } from '../../machines/wizard.machine';

export function startWizard() {
  const actor = createActor(wizardMachine);
  const emitted: WizardEmitted[] = [];
  actor.on('answer.changed', (event) => emitted.push(event));
  actor.start();
  const step = () => actor.getSnapshot().value as string;
  const answers = () => actor.getSnapshot().context.answers;
  const send = actor.send.bind(actor);
  /** Chooses each id of an answer on the current question, then continues. */
  const answer = (key: AnswerKey, value: Answers[AnswerKey] | undefined) => {
    if (step() !== key) throw new Error(`expected to be on ${key}, but on ${step()}`);
    const ids = value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const id of ids) send({ type: 'answer.choose', key, id });
    send({ type: 'step.continue' });
  };
  /** Goes from intro through every asked question with these answers. */
  const complete = (all: Answers) => {
    send({ type: 'step.continue' });
    for (const key of ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing'] as const) {
      if (step() === key) answer(key, all[key]);
    }
  };
  return { actor, emitted, step, answers, send, answer, complete };
}
