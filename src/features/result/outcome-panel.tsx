/**
 * The result's opening, above everything else: what to start with (outcomeOf), one line of why,
 * and what happens next (print the brief, make an action plan), as GOV.UK opens a result.
 */
import type { Answers } from '../../../machines/answers';
import { enablingPartners } from '../../../machines/enabled-by';
import { outcomeOf, type Outcome } from '../../../machines/outcome';
import type { Recommendation } from '../../../machines/recommend';
import { useWidgetView, type WidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { listFormat } from '../../ui/list-format';

/**
 * The line of why under the opening. Strong fits name who can run them: the lead agencies, or the
 * partner (a mobile crisis team) that allows one without a lead.
 */
function whyLine({ t, language, content }: WidgetView, answers: Answers, outcome: Outcome): string {
  if (outcome.kind !== 'strong') return t(`result.outcome.why_${outcome.kind}`);
  const count = outcome.start.length;
  const pathways = content.pathways.filter((p) => outcome.start.includes(p.id));
  const partners = enablingPartners(pathways, answers);
  if (partners.length === 0) return t('result.outcome.why_strong', { count });
  const names = listFormat(language).format(partners.map((id) => t(`reasons:gap.partnerNames.${id}`)));
  // One fit a partner allows; or several, each run by the leads or by "a mobile crisis team you work with".
  return t(count > 1 ? 'result.outcome.why_mixed' : 'result.outcome.why_partner', { partners: names });
}

export function OutcomePanel({ answers, result }: { answers: Answers; result: Recommendation }) {
  const view = useWidgetView();
  const { t, language, planner } = view;
  const outcome = outcomeOf(result);
  const names = listFormat(language).format(outcome.start.map((id) => t(`pathways:${id}.name`)));
  return (
    <section part="outcome" class="notice outcome" aria-labelledby="outcome-title">
      <p id="outcome-title" class="outcome__title">
        {outcome.kind === 'running' ? t('result.outcome.running') : t(`result.outcome.${outcome.kind}`, { names })}
      </p>
      <p>{whyLine(view, answers, outcome)}</p>
      {planner && (
        <div class="outcome__next">
          <Heading depth={1}>{t('result.outcome.next')}</Heading>
          <planner.views.NextActions plan={outcome.start[0] ?? null} />
        </div>
      )}
    </section>
  );
}
