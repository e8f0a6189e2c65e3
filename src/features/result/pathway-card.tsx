/**
 * A recommended pathway: what it is, why it fits, what is missing, the first three steps, then
 * in sections that open: its critical elements as a readiness checklist with the action plan ("N of 10 in place"), its
 * programs (each compact, opening to its description and source), and where to learn more. No
 * list is shown twice.
 */
import type { Answers } from '../../../machines/answers';
import { partnersAlsoUsed } from '../../../machines/enabled-by';
import type { MatchedSite, RecommendedPathway } from '../../../machines/recommend';
import { useWidgetView } from '../../ui/context';
import { gapTexts } from '../../ui/gap-texts';
import { Heading } from '../../ui/heading';
import { Disclosure, type ShowAll } from './disclosure';
import { SiteItem } from './site-item';

/** `key:id` → the resource key of its text, e.g. `reasons:reason.partners.peer`. */
const reasonText = (answerId: string) => `reasons:reason.${answerId.replace(':', '.')}`;

/** How many critical elements not yet in place the card names to start with. */
export const FIRST_STEPS = 3;

export function PathwayCard({
  answers,
  pathway,
  sites,
  all,
}: {
  answers: Answers;
  pathway: RecommendedPathway;
  sites: MatchedSite[];
  all: ShowAll;
}) {
  const { t, content, planner, language } = useWidgetView();
  const definition = content.pathways.find((p) => p.id === pathway.id)!;
  const titleId = `pathway-${pathway.id}-title`;
  const elementTitle = (id: string) => t(`pathways:${pathway.id}.elements.${id}.title`);
  const done = planner?.readiness[pathway.id] ?? [];
  const total = definition.elements.length;
  const firstSteps = definition.elements.filter((e) => !done.includes(e.id)).slice(0, FIRST_STEPS);
  return (
    <article part="pathway-card" class={`card card--${pathway.fit}`} aria-labelledby={titleId}>
      <div class="card__header">
        <Heading depth={1} id={titleId} class="card__title">
          {t(`pathways:${pathway.id}.name`)}
        </Heading>
        <p class={`tag tag--${pathway.fit}`}>{t(`result.fit.${pathway.fit}`)}</p>
      </div>
      <p>{t(`pathways:${pathway.id}.short`)}</p>

      <Heading depth={2}>{t('result.why')}</Heading>
      <ul class="check-list">
        {pathway.reasons.map((id) => (
          <li key={id}>{t(reasonText(id))}</li>
        ))}
        {/* Partners the contract's reasons leave out but the pathway's critical elements ask for (medical). */}
        {partnersAlsoUsed(definition, answers).map((id) => (
          <li key={id}>{t(reasonText(`partners:${id}`))}</li>
        ))}
        {pathway.gaps.length === 0 && <li>{t('result.nothingMissing')}</li>}
      </ul>

      {/* Only what is missing gets its own heading: a short card when nothing is. */}
      {pathway.gaps.length > 0 && (
        <>
          <Heading depth={2}>{t('result.missing')}</Heading>
          <ul class="gap-list">
            {gapTexts(t, language, definition, pathway.gaps).map(({ key, text }) => (
              <li key={key}>{text}</li>
            ))}
          </ul>
        </>
      )}

      {firstSteps.length > 0 && (
        <>
          <Heading depth={2}>{t('result.firstSteps')}</Heading>
          <ol class="first-steps">
            {firstSteps.map((e) => (
              <li key={e.id}>{elementTitle(e.id)}</li>
            ))}
          </ol>
        </>
      )}

      {/* Its sections: on a wide card, the closed ones share a line; an open one takes the card's width. */}
      <div class="card__sections">
        <Disclosure
          all={all}
          part="planning-points"
          id={`pathway-${pathway.id}-plan`}
          summary={`${t(planner ? 'result.elementsPlan' : 'result.elements')} (${planner ? t('planner.inPlace', { count: done.length, total }) : total})`}
        >
          {() =>
            planner ? (
              <planner.views.ReadinessChecklist pathway={pathway} />
            ) : (
              <>
                <p class="hint">{t('result.elementsNote')}</p>
                <ol class="element-list">
                  {definition.elements.map((element) => {
                    const detail = t(`pathways:${pathway.id}.elements.${element.id}.detail`, { defaultValue: '' });
                    return (
                      <li key={element.id}>
                        <strong>{elementTitle(element.id)}</strong>
                        {detail && <span class="element-list__detail">{detail}</span>}
                      </li>
                    );
                  })}
                </ol>
              </>
            )
          }
        </Disclosure>

        {sites.length === 0 ? (
          <p>{t('result.noPrograms')}</p>
        ) : (
          <Disclosure all={all} part="programs" summary={`${t('result.programs')} (${sites.length})`}>
            {() => (
              <ul class="site-list">
                {sites.map((site) => (
                  <SiteItem key={site.id} siteId={site.id} all={all} />
                ))}
              </ul>
            )}
          </Disclosure>
        )}
        {planner && (
          <Disclosure all={all} summary={t('planner.learnMore')}>
            {() => <planner.views.LearnMore pathway={pathway.id} sites={sites} />}
          </Disclosure>
        )}
      </div>
    </article>
  );
}
