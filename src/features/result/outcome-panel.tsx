/**
 * The result's opening, above everything else: what to start with (outcomeOf), one line of why,
 * and what happens next (print the brief, make an action plan), as GOV.UK opens a result.
 */
import { outcomeOf } from '../../../machines/outcome';
import type { Recommendation } from '../../../machines/recommend';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { listFormat } from '../../ui/list-format';

export function OutcomePanel({ result }: { result: Recommendation }) {
  const { t, language, planner } = useWidgetView();
  const outcome = outcomeOf(result);
  const names = listFormat(language).format(outcome.start.map((id) => t(`pathways:${id}.name`)));
  return (
    <section part="outcome" class="notice outcome" aria-labelledby="outcome-title">
      <p id="outcome-title" class="outcome__title">
        {outcome.kind === 'running' ? t('result.outcome.running') : t(`result.outcome.${outcome.kind}`, { names })}
      </p>
      <p>
        {outcome.kind === 'strong'
          ? t('result.outcome.why_strong', { count: outcome.start.length })
          : t(`result.outcome.why_${outcome.kind}`)}
      </p>
      {planner && (
        <div class="outcome__next">
          <Heading depth={1}>{t('result.outcome.next')}</Heading>
          <planner.views.NextActions plan={outcome.start[0] ?? null} />
        </div>
      )}
    </section>
  );
}
