/**
 * The result: the opening that names what to start with, all six pathways at a glance in order
 * of fit, the planner's tools right under them, each recommended pathway as a card, and restart.
 */
import { useSelector } from '@xstate/react';
import type { Answers } from '../../../machines/answers';
import { recommendOnce, type Recommendation } from '../../../machines/recommend';
import { selectAnswers } from '../../../machines/wizard.selectors';
import { useWidgetView } from '../../ui/context';
import { AtAGlance } from './at-a-glance';
import { useShowAll } from './disclosure';
import { Heading } from '../../ui/heading';
import { PathwayCard } from './pathway-card';
import { OutcomePanel } from './outcome-panel';
import { ProgramsMap } from './programs-map';
import { WhenIdle } from './when-idle';

export function Result() {
  const { wizard, t, content, details, restart, planner, buildTeam } = useWidgetView();
  const { all, toggle } = useShowAll();
  const answers = useSelector(wizard, selectAnswers) as Answers;
  const result = recommendOnce(answers, content);
  const card = (pathway: Recommendation['pathways'][number]) => (
    <PathwayCard
      key={pathway.id}
      answers={answers}
      pathway={pathway}
      sites={result.sites.filter((s) => s.matched === pathway.id)}
      all={all}
    />
  );
  return (
    <div part="result" class="step">
      <Heading focusTarget class="title-l">
        {t('result.title')}
      </Heading>
      <OutcomePanel answers={answers} result={result} />
      <AtAGlance answers={answers} all={all} toggle={toggle} />
      {planner && <planner.views.PlannerActions answers={answers} result={result} />}
      {details === 'failed' && (
        <p part="notice" class="notice" role="status">
          {t('result.detailsFailed')}
        </p>
      )}
      {/* The first card fills the first screen; the others follow when the browser is next idle. */}
      {result.pathways.slice(0, 1).map(card)}
      <WhenIdle>
        {result.pathways.slice(1).map(card)}
        <ProgramsMap sites={result.sites} all={all} />
      </WhenIdle>
      {/* Below the recommended pathways: drawn a moment later, so the result itself shows at once. */}
      <WhenIdle>{planner && <planner.views.BeforeYouStart />}</WhenIdle>
      <div class="button-group">
        <button
          type="button"
          part="change-answers-button"
          class="button button--secondary"
          onClick={() => wizard.send({ type: 'step.back' })}
        >
          {t('result.changeAnswers')}
        </button>
        <button type="button" part="team-button" class="button button--secondary" onClick={buildTeam}>
          {t('result.planTogether')}
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
