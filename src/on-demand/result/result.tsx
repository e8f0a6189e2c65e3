/**
 * The result: each recommended pathway as a card (fit, why, what is missing, critical elements,
 * matching programs), the pathways already running, all six to explore, and restart.
 */
import { useMemo } from 'preact/hooks';
import type { Answers } from '../../../machines/answers';
import { pointedButOut } from '../../../machines/exclusion';
import { recommendOnce, type Recommendation } from '../../../machines/recommend';
import { selectAnswers } from '../../../machines/wizard.selectors';
import { useWizard } from '../../views/context';
import { ExplorePathways } from './explore-pathways';
import { Heading } from '../../views/heading';
import { PathwayCard } from './pathway-card';
import { WhenIdle } from './when-idle';

export function Result() {
  const { actor, t, content, details, restart, planner } = useWizard();
  // The element draws again on every change of the wizard, so its snapshot is current here.
  const answers = selectAnswers(actor.getSnapshot()) as Answers;
  const result = recommendOnce(answers, content);
  const strong = result.pathways.filter((p) => p.fit === 'strong').length;
  const outs = useMemo(() => (strong === 0 ? pointedButOut(answers, content) : []), [strong, answers, content]);
  const card = (pathway: Recommendation['pathways'][number]) => (
    <PathwayCard key={pathway.id} pathway={pathway} sites={result.sites.filter((s) => s.matched === pathway.id)} />
  );
  const summary =
    result.pathways.length === 0
      ? t('result.summary_none')
      : strong > 0
        ? t('result.summary_strong', { count: strong })
        : t('result.summary_possible');

  return (
    <div part="result" class="step">
      <Heading focusTarget class="title-l">
        {t('result.title')}
      </Heading>
      <p class="lead">{summary}</p>
      {strong === 0 && outs.length > 0 && (
        <ul class="plain-list" part="pointed-out">
          {outs.map(({ pathway, situation, why }) => (
            <li key={pathway}>
              {t('result.pointedOut', {
                situation: t(`questions:situations.options.${situation}.label`),
                pathway: t(`pathways:${pathway}.name`),
                why: t(`result.outWhy.${why}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {details === 'failed' && (
        <p part="notice" class="notice" role="status">
          {t('result.detailsFailed')}
        </p>
      )}
      {/* The first card fills the first screen; the others follow when the browser is next idle. */}
      {result.pathways.slice(0, 1).map(card)}
      <WhenIdle>{result.pathways.slice(1).map(card)}</WhenIdle>
      {result.existing.length > 0 && (
        <section class="section" aria-labelledby="existing-title">
          <Heading depth={1} id="existing-title">
            {t('result.existingTitle')}
          </Heading>
          <ul class="plain-list">
            {result.existing.map((id) => (
              <li key={id}>{t(`pathways:${id}.name`)}</li>
            ))}
          </ul>
        </section>
      )}
      {/* Below the recommended pathways: drawn a moment later, so the result itself shows at once. */}
      <WhenIdle>
        {planner && <planner.views.BeforeYouStart />}
        {planner && <planner.views.PlannerActions answers={answers} result={result} />}
        <ExplorePathways />
      </WhenIdle>
      <div class="button-group">
        <button
          type="button"
          part="change-answers-button"
          class="button button--secondary"
          onClick={() => actor.send({ type: 'step.back' })}
        >
          {t('result.changeAnswers')}
        </button>
        <button type="button" part="restart-button" class="button button--secondary" onClick={restart}>
          {t('result.restart')}
        </button>
      </div>
      {planner && (
        <WhenIdle>
          <planner.views.PrintBrief answers={answers} result={result} />
        </WhenIdle>
      )}
    </div>
  );
}
