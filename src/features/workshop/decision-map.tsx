/**
 * The decision map of the workshop: the questions read from the machine's transitions on the
 * left, the answers the rules read in the middle, the six pathways on the right, with lines
 * from the pathways' rule facts in the content. Labels wrap, and boxes take the width the
 * browser measures for their text, so no language or font runs a label out of its box.
 */
import { useSelector } from '@xstate/react';
import { selectAnswers } from '../../../machines/wizard.selectors';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ANSWER_OPTIONS, LEAD_IDS, PATHWAY_IDS, type PathwayId } from '../../../data/vocabulary';
import { forwardFlow } from '../../../machines/flow-graph';
import { recommendOnce } from '../../../machines/recommend';
import { isComplete, questionFor, type PartialAnswers } from '../../../machines/steps';
import { wizardMachine } from '../../../machines/wizard.machine';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { boxHeight, columnWidth, LINE_HEIGHT, PAD_X, PAD_Y, spread, stackedHeight, wrapWords } from './map-layout';

type OptionKey = 'lead' | 'situations' | 'charging' | 'partners';
type Node = { key: string; lines: string[]; note?: string; className: string };

const COLUMNS = 3;
/** Characters per line before a label wraps, and the narrowest box, per column. */
const MAX_CHARS = [24, 28, 26];
const MIN_WIDTH = [150, 190, 190];
const MARGIN = 16;
const OPTION_GAP = 6;
/** Room for the lines between the answers and the pathways. */
const LINK_SPAN = 150;

export function DecisionMap() {
  const { t, content, wizard } = useWidgetView();
  const answers = useSelector(wizard, selectAnswers);
  const svg = useRef<SVGSVGElement>(null);
  const [measured, setMeasured] = useState<number[] | null>(null);

  // After each render, the widest label of each column as drawn; a new measure redraws once.
  useLayoutEffect(() => {
    const widths = measureColumns(svg.current);
    if (widths && (!measured || widths.some((w, c) => Math.abs(w - measured[c]!) > 0.5))) setMeasured(widths);
  });

  const { steps, edges } = forwardFlow(wizardMachine);
  const questions = steps.filter((s) => (ANSWER_OPTIONS as Record<string, unknown>)[s]);
  const result = isComplete(answers) ? recommendOnce(answers, content) : null;
  const chosen = (key: string, id: string) =>
    ((answers as Record<string, unknown>)[key] as string[] | undefined)?.includes(id) ?? false;

  // What points at each pathway, from the rules' facts in the content.
  // `when`: charging options of which one must be chosen too (a situation that points only with them).
  const links: { key: OptionKey; id: string; pathway: PathwayId; kind: string; when?: readonly string[] }[] = [];
  for (const p of content.pathways) {
    links.push({ key: 'situations', id: p.situation, pathway: p.id, kind: 'points' });
    for (const { situation, whenCharging } of p.alsoPointedBy ?? []) {
      links.push({ key: 'situations', id: situation, pathway: p.id, kind: 'points-if', when: whenCharging });
      for (const id of whenCharging) links.push({ key: 'charging', id, pathway: p.id, kind: 'points-if' });
    }
    for (const id of p.allowedBy.lead) links.push({ key: 'lead', id, pathway: p.id, kind: 'allows' });
    for (const id of p.allowedBy.partners) links.push({ key: 'partners', id, pathway: p.id, kind: 'allows' });
    for (const id of p.requiresCharging) links.push({ key: 'charging', id, pathway: p.id, kind: 'needs' });
  }
  const linked = (key: OptionKey) => (id: string) => links.some((l) => l.key === key && l.id === id);
  const options: { key: OptionKey; id: string }[] = [
    ...LEAD_IDS.map((id) => ({ key: 'lead' as const, id })),
    ...ANSWER_OPTIONS.situations.map((id) => ({ key: 'situations' as const, id })),
    ...ANSWER_OPTIONS.charging.filter(linked('charging')).map((id) => ({ key: 'charging' as const, id })),
    ...ANSWER_OPTIONS.partners.filter(linked('partners')).map((id) => ({ key: 'partners' as const, id })),
  ];
  const isOn = (l: (typeof links)[number]) =>
    chosen(l.key, l.id) && (!l.when || l.when.some((id) => chosen('charging', id)));

  const nodeClass = (on: boolean, extra = '') => `map__node${on ? ' map__node--on' : ''}${extra}`;
  const columns: Node[][] = [
    questions.map((step) => ({
      key: step,
      lines: wrapWords(t(`review.labels.${step}`), MAX_CHARS[0]!),
      className: nodeClass(chosenStep(step, answers)),
    })),
    options.map((o) => ({
      key: `${o.key}-${o.id}`,
      lines: wrapWords(t(`questions:${o.key}.options.${o.id}.label`), MAX_CHARS[1]!),
      className: nodeClass(chosen(o.key, o.id)),
    })),
    PATHWAY_IDS.map((id) => {
      const fit = result?.pathways.find((p) => p.id === id)?.fit;
      return {
        key: id,
        lines: wrapWords(t(`pathways:${id}.name`), MAX_CHARS[2]!),
        note: fit && `(${t(`result.fit.${fit}`)})`,
        className: nodeClass(!!fit, fit ? ` map__node--${fit}` : ''),
      };
    }),
  ];

  // Geometry: the middle column stacks; the others spread over the same height.
  const heights = columns.map((nodes) => nodes.map((n) => boxHeight(n.lines.length, !!n.note)));
  const inner = Math.max(...heights.map((h) => stackedHeight(h, OPTION_GAP)));
  const tops = heights.map((h) => spread(h, MARGIN, inner));
  const widths = columns.map((nodes, c) =>
    columnWidth(
      MIN_WIDTH[c]!,
      measured?.[c],
      nodes.flatMap((n) => [...n.lines, n.note ?? '']),
    ),
  );
  const xs = [MARGIN, MARGIN + widths[0]! + MARGIN];
  xs.push(xs[1]! + widths[1]! + LINK_SPAN);
  const width = xs[2]! + widths[2]! + 10;
  const height = inner + 2 * MARGIN;
  const middle = (c: number, i: number) => tops[c]![i]! + heights[c]![i]! / 2;

  const conditional = edges.find((e) => e.guard?.type === 'isAsked');
  const when = conditional ? questionFor(conditional.to as 'charging').askedWhen : undefined;

  return (
    <div part="map" class="step">
      <Heading focusTarget class="title-l">
        {t('workshop.views.map')}
      </Heading>
      <div class="map-view">
        <div class="map">
          <svg
            ref={svg}
            role="img"
            aria-labelledby="map-title"
            aria-describedby="map-summary"
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="xMinYMin meet"
            class="map__svg"
          >
            <title id="map-title">{t('workshop.views.map')}</title>
            {edges
              .filter((e) => questions.includes(e.from) && questions.includes(e.to))
              .map((e) => {
                const a = questions.indexOf(e.from);
                const b = questions.indexOf(e.to);
                const x = xs[0]! + widths[0]! / 2;
                // A step that skips a question goes round the boxes on the left, not through them.
                const d =
                  b === a + 1
                    ? `M ${x} ${tops[0]![a]! + heights[0]![a]!} L ${x} ${tops[0]![b]!}`
                    : `M ${xs[0]} ${middle(0, a)} C ${MARGIN / 4} ${middle(0, a)}, ${MARGIN / 4} ${middle(0, b)}, ${xs[0]} ${middle(0, b)}`;
                return (
                  <path key={`${e.from}-${e.to}`} class={e.guard ? 'map__flow map__flow--if' : 'map__flow'} d={d} />
                );
              })}
            {links.map((l) => {
              const from = options.findIndex((o) => o.key === l.key && o.id === l.id);
              const to = PATHWAY_IDS.indexOf(l.pathway);
              const [x1, y1, x2, y2] = [xs[1]! + widths[1]!, middle(1, from), xs[2]!, middle(2, to)];
              return (
                <path
                  key={`${l.key}-${l.id}-${l.pathway}-${l.kind}`}
                  class={`map__link map__link--${l.kind}${isOn(l) ? ' map__link--on' : ''}`}
                  d={`M ${x1} ${y1} C ${x1 + LINK_SPAN / 2} ${y1}, ${x2 - LINK_SPAN / 2} ${y2}, ${x2} ${y2}`}
                />
              );
            })}
            {columns.map((nodes, c) =>
              nodes.map((node, i) => (
                <g key={node.key} class={node.className}>
                  <rect x={xs[c]} y={tops[c]![i]} width={widths[c]} height={heights[c]![i]} rx={4} />
                  <text data-column={c} x={xs[c]! + PAD_X} y={tops[c]![i]! + PAD_Y + LINE_HEIGHT - 4}>
                    {/* A space ends each line but the last, so the label reads whole as text. */}
                    {node.lines.map((line, n) => (
                      <tspan key={n} x={xs[c]! + PAD_X} dy={n === 0 ? 0 : LINE_HEIGHT}>
                        {n < node.lines.length - 1 || node.note ? `${line} ` : line}
                      </tspan>
                    ))}
                    {node.note && (
                      <tspan class="map__fit" x={xs[c]! + PAD_X} dy={LINE_HEIGHT}>
                        {node.note}
                      </tspan>
                    )}
                  </text>
                </g>
              )),
            )}
          </svg>
        </div>
        {/* Beside the map, so that the map takes the slide's height: the key, and the map in words on demand. */}
        <div class="map__side">
          <p id="map-summary">{t('workshop.mapIntro')}</p>
          <details class="map__words">
            <summary>{t('workshop.mapText')}</summary>
            <ul class="map__text">
              {when && (
                <li>
                  {t('workshop.mapConditional', {
                    question: t(`review.labels.${conditional!.to}`),
                    answer: t(`questions:${when.key}.options.${when.includes}.label`),
                  })}
                </li>
              )}
              {content.pathways.map((p) => (
                <li key={p.id}>
                  {t('workshop.mapLine', {
                    pathway: t(`pathways:${p.id}.name`),
                    situation: t(`questions:situations.options.${p.situation}.label`),
                    leads: p.allowedBy.lead.map((id) => t(`questions:lead.options.${id}.label`)).join(', '),
                  })}
                  {(p.alsoPointedBy ?? []).map(
                    ({ situation, whenCharging }) =>
                      ` ${t('workshop.mapAlsoPointed', {
                        situation: t(`questions:situations.options.${situation}.label`),
                        charging: whenCharging.map((id) => t(`questions:charging.options.${id}.label`)).join(', '),
                      })}`,
                  )}
                  {p.requiresCharging.length > 0 && ` ${t('workshop.rules.needsCharging')}`}
                  {p.allowedBy.partners.length > 0 && ` ${t('workshop.rules.needsBehavioralHealth')}`}
                </li>
              ))}
            </ul>
          </details>
        </div>
      </div>
    </div>
  );
}

function chosenStep(step: string, answers: PartialAnswers): boolean {
  return (answers as Record<string, unknown>)[step] !== undefined;
}

/** The widest drawn label of each column, or null where the browser cannot measure (no layout). */
function measureColumns(svg: SVGSVGElement | null): number[] | null {
  if (!svg) return null;
  const widths = new Array<number>(COLUMNS).fill(0);
  try {
    for (const text of svg.querySelectorAll<SVGTextElement>('text[data-column]')) {
      const c = Number(text.dataset.column);
      widths[c] = Math.max(widths[c]!, text.getBBox().width);
    }
  } catch {
    return null;
  }
  return widths.every((w) => w > 0) ? widths : null;
}
