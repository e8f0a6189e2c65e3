/**
 * Where the matched programs are: each state, then its programs, each named with the pathways it
 * runs. A list, which reads the same at 375 px as on a desk (a tile map of the country could not
 * be read on a phone, and said nothing of pathways).
 */
import type { MatchedSite } from '../../../machines/recommend';
import { useWidgetView } from '../../ui/context';
import { Disclosure, type ShowAll } from './disclosure';

export function ProgramsMap({ sites, all }: { sites: MatchedSite[]; all: ShowAll }) {
  const { t } = useWidgetView();
  // A program matched for two pathways is listed once.
  const byState = new Map<string, MatchedSite[]>();
  for (const site of sites) {
    const listed = byState.get(site.state) ?? [];
    if (!listed.some((s) => s.id === site.id)) byState.set(site.state, [...listed, site]);
  }
  if (byState.size === 0) return null;
  const states = [...byState.keys()].sort();
  return (
    <Disclosure all={all} part="map" prose={false} summary={t('result.map.summary', { count: states.length })}>
      {() => (
        <dl class="programs-map">
          {states.map((state) => (
            <div key={state} class="programs-map__state">
              <dt>{state}</dt>
              {byState.get(state)!.map((site) => (
                <dd key={site.id}>
                  <strong>{site.name}</strong>: {site.pathways.map((id) => t(`pathways:${id}.name`)).join(', ')}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </Disclosure>
  );
}
