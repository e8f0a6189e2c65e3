/** All six pathways, each in a disclosure, so that planners can read about the ones not recommended. */
import { useWizard } from '../../views/context';
import { Heading } from '../../views/heading';

const FACTS = ['whoLeads', 'startsContact', 'charges', 'team', 'populations'] as const;

export function ExplorePathways() {
  const { t, content } = useWizard();
  return (
    <section part="explore" class="section" aria-labelledby="explore-title">
      <Heading depth={1} id="explore-title">
        {t('result.exploreTitle')}
      </Heading>
      <p>{t('result.exploreIntro')}</p>
      {content.pathways.map((pathway) => (
        <details key={pathway.id} class="details">
          <summary class="details__summary">{t(`pathways:${pathway.id}.name`)}</summary>
          <div class="details__text">
            <p>{t(`pathways:${pathway.id}.summary`)}</p>
            <dl class="facts facts--stacked">
              {FACTS.map((fact) => {
                const text = t(`pathways:${pathway.id}.${fact}`, { defaultValue: '' });
                return text ? (
                  <div key={fact}>
                    <dt>{t(`result.facts.${fact}`)}</dt>
                    <dd>{text}</dd>
                  </div>
                ) : null;
              })}
            </dl>
          </div>
        </details>
      ))}
    </section>
  );
}
