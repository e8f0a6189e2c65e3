/**
 * Where the matched programs are: a tile-grid map of the United States (one square per state and
 * DC, drawn as SVG here, so it makes no request and needs no map tiles), the programs' states
 * marked with their count, and the same in words beside it.
 */
import type { MatchedSite } from '../../../machines/recommend';
import { useWizard } from '../../ui/context';
import { Disclosure, type ShowAll } from './disclosure';

/** The usual tile-grid layout: each state's column and row, 11 by 8. */
const TILES: Record<string, readonly [number, number]> = {
  AK: [0, 0],
  ME: [10, 0],
  WI: [5, 1],
  VT: [9, 1],
  NH: [10, 1],
  WA: [0, 2],
  ID: [1, 2],
  MT: [2, 2],
  ND: [3, 2],
  MN: [4, 2],
  IL: [5, 2],
  MI: [6, 2],
  NY: [8, 2],
  MA: [9, 2],
  OR: [0, 3],
  NV: [1, 3],
  WY: [2, 3],
  SD: [3, 3],
  IA: [4, 3],
  IN: [5, 3],
  OH: [6, 3],
  PA: [7, 3],
  NJ: [8, 3],
  CT: [9, 3],
  RI: [10, 3],
  CA: [0, 4],
  UT: [1, 4],
  CO: [2, 4],
  NE: [3, 4],
  MO: [4, 4],
  KY: [5, 4],
  WV: [6, 4],
  VA: [7, 4],
  MD: [8, 4],
  DE: [9, 4],
  AZ: [1, 5],
  NM: [2, 5],
  KS: [3, 5],
  AR: [4, 5],
  TN: [5, 5],
  NC: [6, 5],
  SC: [7, 5],
  DC: [8, 5],
  OK: [3, 6],
  LA: [4, 6],
  MS: [5, 6],
  AL: [6, 6],
  GA: [7, 6],
  HI: [0, 7],
  TX: [3, 7],
  FL: [8, 7],
};
const SIZE = 40;
const GAP = 4;
const STEP = SIZE + GAP;

export function ProgramsMap({ sites, all }: { sites: MatchedSite[]; all: ShowAll }) {
  const { t } = useWizard();
  const byState = new Map<string, string[]>();
  for (const site of sites) byState.set(site.state, [...(byState.get(site.state) ?? []), site.name]);
  if (byState.size === 0) return null;
  const states = [...byState.keys()].sort();
  return (
    <Disclosure all={all} part="map" prose={false} summary={t('result.map.summary', { count: states.length })}>
      {() => (
        <div class="programs-map">
          <svg
            class="programs-map__grid"
            viewBox={`0 0 ${11 * STEP - GAP} ${8 * STEP - GAP}`}
            role="img"
            aria-label={t('result.map.label', { count: states.length })}
          >
            {Object.entries(TILES).map(([state, [column, row]]) => {
              const count = byState.get(state)?.length ?? 0;
              return (
                <g key={state} class={count ? 'programs-map__tile programs-map__tile--marked' : 'programs-map__tile'}>
                  <rect x={column * STEP} y={row * STEP} width={SIZE} height={SIZE} />
                  <text x={column * STEP + SIZE / 2} y={row * STEP + (count ? 16 : 24)} text-anchor="middle">
                    {state}
                  </text>
                  {count > 0 && (
                    <text
                      class="programs-map__count"
                      x={column * STEP + SIZE / 2}
                      y={row * STEP + 33}
                      text-anchor="middle"
                    >
                      {count}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <ul class="programs-map__list">
            {states.map((state) => (
              <li key={state}>
                <strong>{state}</strong>: {byState.get(state)!.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Disclosure>
  );
}
