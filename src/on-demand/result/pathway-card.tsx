/** A recommended pathway: its fit, why, what is missing, critical elements and programs. */
import type { MatchedSite, RecommendedPathway } from '../../../machines/recommend';
import { useWizard } from '../../views/context';
import { gapTexts } from '../../views/gap-texts';
import { Heading } from '../../views/heading';
import { SiteItem } from './site-item';
import { WhenIdle } from './when-idle';

/** `key:id` → the resource key of its text, e.g. `reasons:reason.partners.peer`. */
const reasonText = (answerId: string) => `reasons:reason.${answerId.replace(':', '.')}`;

export function PathwayCard({ pathway, sites }: { pathway: RecommendedPathway; sites: MatchedSite[] }) {
  const { t, content, planner, language } = useWizard();
  const definition = content.pathways.find((p) => p.id === pathway.id)!;
  const titleId = `pathway-${pathway.id}-title`;
  return (
    <article part="pathway-card" class={`card card--${pathway.fit}`} aria-labelledby={titleId}>
      <div class="card__header">
        <Heading depth={1} id={titleId} class="card__title">
          {t(`pathways:${pathway.id}.name`)}
        </Heading>
        <p class={`tag tag--${pathway.fit}`}>{t(`result.fit.${pathway.fit}`)}</p>
      </div>
      {planner && <planner.views.ReadinessCount pathway={pathway.id} />}
      <p>{t(`pathways:${pathway.id}.summary`)}</p>

      <Heading depth={2}>{t('result.why')}</Heading>
      <ul class="check-list">
        {pathway.reasons.map((id) => (
          <li key={id}>{t(reasonText(id))}</li>
        ))}
      </ul>

      <Heading depth={2}>{t('result.missing')}</Heading>
      {pathway.gaps.length === 0 ? (
        <p>{t('result.nothingMissing')}</p>
      ) : (
        <ul class="gap-list">
          {gapTexts(t, language, definition, pathway.gaps).map(({ key, text }) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
      )}

      {planner ? (
        <planner.views.ReadinessChecklist pathway={pathway} />
      ) : (
        <details class="details">
          <summary class="details__summary">
            {t('result.elements')} ({definition.elements.length})
          </summary>
          <div class="details__text">
            <p class="hint">{t('result.elementsNote')}</p>
            <ol class="element-list">
              {definition.elements.map((element) => {
                const detail = t(`pathways:${pathway.id}.elements.${element.id}.detail`, { defaultValue: '' });
                return (
                  <li key={element.id}>
                    <strong>{t(`pathways:${pathway.id}.elements.${element.id}.title`)}</strong>
                    {detail && <span class="element-list__detail">{detail}</span>}
                  </li>
                );
              })}
            </ol>
          </div>
        </details>
      )}

      <Heading depth={2}>{t('result.programs')}</Heading>
      {sites.length === 0 ? (
        <p>{t('result.noPrograms')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <SiteItem key={site.id} siteId={site.id} />
          ))}
        </ul>
      )}
      {planner && (
        <WhenIdle>
          <planner.views.LearnMore pathway={pathway.id} sites={sites} />
        </WhenIdle>
      )}
    </article>
  );
}
