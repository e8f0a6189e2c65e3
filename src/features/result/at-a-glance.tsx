/**
 * All six pathways at the top of the result, as six tiles: each one's status, drawn as a mark and
 * said in words (never by colour alone), the one reason for it, and what the pathway is, in a
 * section that opens (so the result names each pathway once).
 */
import type { Answers } from '../../../machines/answers';
import { atAGlance, type GlanceReason, type GlanceStatus } from '../../../machines/at-a-glance';
import type { TFunction } from 'i18next';
import { useWizard } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { Disclosure, type ShowAll } from './disclosure';

const FACTS = ['whoLeads', 'startsContact', 'charges', 'team', 'populations'] as const;

/** What a pathway is: its summary and its facts. */
function PathwayFacts({ pathway }: { pathway: string }) {
  const { t } = useWizard();
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

function reasonText(t: TFunction, reason: GlanceReason): string {
  const situation = (id: string) => t(`questions:situations.options.${id}.label`);
  switch (reason.kind) {
    case 'points':
    case 'unpicked':
      return t(`result.glance.reason.${reason.kind}`, { situation: situation(reason.situation) });
    case 'rule':
      return t('result.glance.reason.rule', { why: t(`result.outWhy.${reason.rule}`) });
    default:
      return t(`result.glance.reason.${reason.kind}`);
  }
}

export function AtAGlance({ answers, all }: { answers: Answers; all: ShowAll }) {
  const { t, content } = useWizard();
  return (
    <section part="glance" class="glance" aria-labelledby="glance-title">
      <Heading depth={1} id="glance-title">
        {t('result.glance.title')}
      </Heading>
      <p class="visually-hidden">{t('result.glance.intro')}</p>
      <ul class="glance__tiles">
        {atAGlance(answers, content).map(({ pathway, status, reason }) => (
          <li key={pathway} class={`glance__tile glance__tile--${status}`}>
            <div class="glance__head">
              <p class="glance__name">{t(`pathways:${pathway}.name`)}</p>
              <p class="glance__status">
                <StatusMark status={status} />
                {t(`result.glance.status.${status}`)}
              </p>
            </div>
            <p class="glance__reason">{reasonText(t, reason)}</p>
            <Disclosure
              all={all}
              summary={
                <>
                  {t('result.glance.about')}
                  <span class="visually-hidden"> ({t(`pathways:${pathway}.name`)})</span>
                </>
              }
            >
              {() => <PathwayFacts pathway={pathway} />}
            </Disclosure>
          </li>
        ))}
      </ul>
    </section>
  );
}
