/**
 * The wizard's view: the current step, a polite live region announcing step changes, and focus
 * moved to the new step's heading on every transition (never on the first render, so that the
 * host page is not scrolled on load).
 */
import { useSelector } from '@xstate/react';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AnswerKey } from '../../data/vocabulary';
import { selectProgress, selectStep } from '../../machines/wizard.selectors';
import { questionKeys, type StepId } from '../../machines/steps';
import { useWidgetView } from './context';
import { Intro } from './intro';
import { LanguageSwitch } from './language-switch';
import { QuestionStep } from './question-step';
import { ResultPending, TeamPending } from './result-pending';
import { Review } from './review';

const isQuestion = (step: StepId): step is AnswerKey => (questionKeys as readonly string[]).includes(step);

export function App() {
  const { wizard, t, language, notices, workshop, pending, result, team, undo } = useWidgetView();
  const view = workshop?.view ?? null;
  const teamPage = team ? (team.page.members ? 'team' : 'team-builder') : null;
  const step = useSelector(wizard, selectStep);
  const root = useRef<HTMLDivElement>(null);
  const announcement = useRef('');
  const shownStep = useRef<StepId | null>(null);

  if (shownStep.current !== null && shownStep.current !== step) {
    const progress = selectProgress(wizard.getSnapshot());
    announcement.current =
      isQuestion(step) && progress
        ? t('announce.question', { ...progress, prompt: t(`questions:${step}.prompt`) })
        : t(`announce.${step === 'intro' ? 'intro' : step === 'review' ? 'review' : 'result'}`);
  }

  useLayoutEffect(() => {
    const moved = shownStep.current !== null && shownStep.current !== step;
    shownStep.current = step;
    if (moved) root.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }, [step]);

  // A trainer's view or the team page opening or closing is a change of page too.
  const shownView = useRef(`${view}:${teamPage}`);
  useLayoutEffect(() => {
    if (shownView.current === `${view}:${teamPage}`) return;
    shownView.current = `${view}:${teamPage}`;
    root.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }, [view, teamPage]);
  const quiz = !view && !team;

  const page = (
    <>
      <LanguageSwitch />
      {notices.map((notice) => (
        <p key={notice} part="notice" class="notice" role="status">
          {notice}
        </p>
      ))}
      {undo && result && <result.UndoNotice />}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement.current}
      </p>
      {workshop && <workshop.views.WorkshopBar />}
      {view && workshop && <workshop.views.WorkshopView view={view} />}
      {!view && team && (team.views ? <team.views.TeamPage /> : <TeamPending />)}
      {quiz && step === 'intro' && <Intro />}
      {quiz && isQuestion(step) && <QuestionStep key={step} questionKey={step} />}
      {quiz && step === 'review' && <Review />}
      {quiz && step === 'result' && (result ? <result.Result /> : <ResultPending />)}
    </>
  );
  // Until the page's language is ready, the start page holds its place unseen: no text in
  // another language is shown or read, and nothing can be clicked.
  if (pending) {
    return (
      <div ref={root} part="base" class="pyp" role="region" aria-busy="true">
        <div class="pyp__pending" inert aria-hidden="true">
          {page}
        </div>
      </div>
    );
  }
  return (
    <div ref={root} part="base" class="pyp" lang={language} role="region" aria-label={t('widget.label')}>
      {page}
    </div>
  );
}
