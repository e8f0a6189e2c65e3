/**
 * A program to learn from, compact: its name, place, lead agency and mentor tag; opened, its
 * description, pathways (and whether they were inferred), start year and source link.
 */
import { useWidgetView } from '../../ui/context';
import { Disclosure, type ShowAll } from './disclosure';

export function SiteItem({ siteId, all }: { siteId: string; all: ShowAll }) {
  const { t, content } = useWidgetView();
  const site = content.sites.find((s) => s.id === siteId)!;
  const place = [site.city, site.county && !site.city ? `${site.county} County` : null, site.state]
    .filter(Boolean)
    .join(', ');
  const link = site.links[0];
  const description = t(`sites:${site.id}.description`, { defaultValue: '' });
  return (
    <li part="site" class="site">
      <Disclosure
        all={all}
        summary={
          <>
            <strong class="site__name">{site.name}</strong>
            {site.mentorSite && <span class="tag tag--mentor">{t('site.mentor')}</span>}
            <span class="site__summary">
              {place} · {t(`site.leadAgency.${site.leadAgency}`)}
            </span>
          </>
        }
      >
        {() => (
          <>
            {description && <p class="site__description">{description}</p>}
            {site.inferredLeadAgency && <p class="site__inferred">{t('site.inferredLeadAgency')}</p>}
            <dl class="facts">
              <div>
                <dt>{t('site.pathways')}</dt>
                <dd>
                  {site.pathways.map((id) => t(`pathways:${id}.name`)).join(', ')}
                  {site.confidence === 'inferred' && <span class="site__inferred">{t('site.inferred')}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('site.started')}</dt>
                <dd>{site.yearStarted ?? t('site.unknownYear')}</dd>
              </div>
              <div>
                <dt>{t('site.source')}</dt>
                <dd>
                  {link ? (
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      {new URL(link).hostname.replace(/^www\./, '')}
                      <span class="visually-hidden">
                        {' '}
                        ({t('site.sourceFor', { name: site.name })}) {t('site.opensInNewTab')}
                      </span>
                    </a>
                  ) : (
                    t('site.noSource')
                  )}
                </dd>
              </div>
            </dl>
          </>
        )}
      </Disclosure>
    </li>
  );
}
