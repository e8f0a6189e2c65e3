/**
 * All six pathways at the top of the result, as six tiles: each one's status, drawn as a mark and
 * said in words (never by colour alone), the one reason for it, and what the pathway is, in a
 * section that opens (so the result names each pathway once).
 */
import type { Answers } from '../../../machines/answers';
import { atAGlance, type GlanceRow, type GlanceStatus } from '../../../machines/at-a-glance';
import { enabledBy, medicalCouldLead } from '../../../machines/enabled-by';
import { byFit } from '../../../machines/outcome';
import { recommendOnce } from '../../../machines/recommend';
import { whyOut } from '../../../machines/why-out';
import { useWidgetView, type WidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { listFormat } from '../../ui/list-format';
import { Disclosure, ShowAllButton, type ShowAll } from './disclosure';

const FACTS = ['whoLeads', 'startsContact', 'charges', 'team', 'populations'] as const;

/** What a pathway is: its summary and its facts. */
function PathwayFacts({ pathway }: { pathway: string }) {
  const { t } = useWidgetView();
  return (
    <>
      <p>{t(`pathways:${pathway}.summary`)}</p>
      <dl class="facts facts--stacked">
        {FACTS.map((fact) => {
          const text = t(`pathways:${pathway}.${fact}`, { defaultValue: '' });
          return text ? (
            <div key={fact}>
              <dt>{t(`result.facts.${fact}`)}</dt>
              <dd>{text}</dd>
            </div>
          ) : null;
        })}
      </dl>
    </>
  );
}

/** A status mark: a tick, a half-filled circle, a ring around a dot, or a dash. */
function StatusMark({ status }: { status: GlanceStatus }) {
  return (
    <svg class="glance__mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle
        cx="10"
        cy="10"
        r="8.5"
        fill={status === 'strong' ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="2"
      />
      {status === 'strong' && (
        <path d="M5.5 10.5l3 3 6-6.5" fill="none" stroke="var(--glance-tick, #fff)" stroke-width="2.2" />
      )}
      {status === 'possible' && <path d="M10 1.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />}
      {status === 'running' && <circle cx="10" cy="10" r="4" fill="currentColor" />}
      {status === 'out' && <path d="M5.5 10h9" stroke="currentColor" stroke-width="2.2" />}
    </svg>
  );
}

/**
 * A tile's one line of why. A fit names who makes it possible: the leads, or the partner that
 * allows it without them (a mobile crisis team). A pathway that is out says only what the answers
 * fail (whyOut), never a condition they meet: a police department that leads hears what charging
 * needs, not who leads; medical partners chosen where a first responder must lead hear where EMS goes.
 */
function reasonText(
  { t, language, content }: WidgetView,
  answers: Answers,
  { pathway, status, reason }: GlanceRow,
): string {
  const situation = (id: string) => t(`questions:situations.options.${id}.label`);
  const definition = content.pathways.find((p) => p.id === pathway)!;
  if (reason.kind === 'points' || reason.kind === 'allowed') {
    const by = enabledBy(definition, answers);
    const partners =
      by.by === 'partner' ? listFormat(language).format(by.ids.map((id) => t(`reasons:gap.partnerNames.${id}`))) : null;
    const key = `result.glance.reason.${reason.kind}${partners ? '_partner' : ''}`;
    return t(key, { partners, situation: reason.kind === 'points' ? situation(reason.situation) : '' });
  }
  if (status !== 'out') return t(`result.glance.reason.${reason.kind}`);
  const why = whyOut(pathway, answers, content);
  const lines = why.because.map((because) =>
    // i18next reads ':' as a namespace: the keys say `lead-law-enforcement`.
    t(`result.outWhy.${because.replace(':', '-')}`, {
      situations: listFormat(language, 'disjunction').format(why.situations.map(situation)),
    }),
  );
  if (why.because.includes('lead:first-responder') && medicalCouldLead(definition, answers))
    lines.push(t('result.outWhy.medical-lead'));
  return lines.join(' ');
}

/** The six tiles, with "Show all sections" (of the whole result) beside their heading. */
export function AtAGlance({ answers, all, toggle }: { answers: Answers; all: ShowAll; toggle: () => void }) {
  const view = useWidgetView();
  const { t, content } = view;
  const rows = byFit(atAGlance(answers, content), recommendOnce(answers, content));
  return (
    <section part="glance" class="glance" aria-labelledby="glance-title">
      <div class="glance__header">
        <Heading depth={1} id="glance-title">
          {t('result.glance.title')}
        </Heading>
        <ShowAllButton all={all} toggle={toggle} />
      </div>
      <p class="visually-hidden">{t('result.glance.intro')}</p>
      <ul class="glance__tiles">
        {rows.map((row) => (
          <li key={row.pathway} class={`glance__tile glance__tile--${row.status}`}>
            <p class="glance__name">{t(`pathways:${row.pathway}.name`)}</p>
            <p class="glance__status">
              <StatusMark status={row.status} />
              {t(`result.glance.status.${row.status}`)}
            </p>
            <p class="glance__reason">{reasonText(view, answers, row)}</p>
            <Disclosure
              all={all}
              summary={
                <>
                  {t('result.glance.about')}
                  <span class="visually-hidden"> ({t(`pathways:${row.pathway}.name`)})</span>
                </>
              }
            >
              {() => <PathwayFacts pathway={row.pathway} />}
            </Disclosure>
          </li>
        ))}
      </ul>
    </section>
  );
}
