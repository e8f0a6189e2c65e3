/**
 * What follows each change of an element's widget or wizard: progress saved, the result's files
 * fetched ahead of it, presenter keys started or stopped, and the page announced (`pyp-step`,
 * then `pyp-result` on the result).
 */
import type { Answers } from '../../machines/answers';
import { recommendOnce } from '../../machines/recommend';
import { selectPage, selectWizard } from '../../machines/widget.selectors';
import { selectStep } from '../../machines/wizard.selectors';
import { whenIdle } from '../ui/idle';
import type { ElementHost } from './host';
import { saveProgressOf } from './progress';
import { storageKeyFor } from './persistence';

export function afterChanges(host: ElementHost) {
  const { actor } = host;
  let step: string | null = null;
  let announced: string | null = null;
  let saved: unknown[] = [];
  // Every event notifies, even one that changes nothing: only what is not loading or loaded is asked for.
  const loadResultFiles = () => {
    // The details file (longer prose, all of it in sections that open) waits until a section opens.
    for (const file of ['result', 'planner'] as const)
      if (['idle', 'failed'].includes(actor.getSnapshot().context.files[file])) actor.send({ type: 'file.load', file });
  };
  return (): void => {
    const snapshot = actor.getSnapshot();
    const wizard = selectWizard(snapshot).getSnapshot();
    // Every event notifies, even one that changes nothing: storage is written only when progress changed.
    const progress = [
      storageKeyFor(host.element),
      selectStep(wizard),
      wizard.context.answers,
      snapshot.context.readiness,
      snapshot.context.actions,
      snapshot.context.fromLink,
      snapshot.context.teamDraft,
    ];
    if (progress.some((value, i) => value !== saved[i])) {
      saved = progress;
      saveProgressOf(host.element, snapshot);
    }
    if (selectStep(wizard) !== step) {
      step = selectStep(wizard);
      if (snapshot.context.offer && step !== 'intro') actor.send({ type: 'progress.discard' });
      // From review on, the result's files; once the quiz has begun, fetched while a question is read.
      if (step === 'review' || step === 'result') loadResultFiles();
      else if (step !== 'intro') whenIdle(() => host.guard(loadResultFiles));
    }
    const page = selectPage(snapshot);
    if (page === announced) return;
    announced = page;
    host.emit('pyp-step', { step: page });
    if (page !== 'result') return;
    const answers = structuredClone(wizard.context.answers) as Answers;
    host.emit('pyp-result', { answers, result: structuredClone(recommendOnce(answers, snapshot.context.content)) });
  };
}
