/**
 * On-demand file `pick-your-pathway.workshop.js`: the trainer's views in presenter mode (all six
 * pathways side by side, why each answer leads where it does, the decision map, a what-if
 * comparison) and the keyboard shortcut list. It renders with the script's own Preact.
 */
import { useSelector } from '@xstate/react';
import { selectAnswers } from '../../../machines/wizard.selectors';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ANSWER_OPTIONS, LEAD_IDS, type PathwayId } from '../../../data/vocabulary';
import type { Pathway, Site } from '../../../data/schema';
import { atAGlance, type GlanceStatus } from '../../../machines/at-a-glance';
import { byFit } from '../../../machines/outcome';
import type { Answers } from '../../../machines/answers';
import { isAllowed, reasonsFor, recommendOnce, type Recommendation } from '../../../machines/recommend';
import { examplePrograms } from '../../../machines/examples';
import { exclusionRule } from '../../../machines/exclusion';
import { whyOut } from '../../../machines/why-out';
import { medicalCouldLead } from '../../../machines/enabled-by';
import { whatIfChoice } from '../../../machines/what-if';
import { isComplete } from '../../../machines/steps';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { listFormat } from '../../ui/list-format';
import type { TrainerView } from '../../ui/feature-views';
import { DecisionMap } from './decision-map';
import { JoinView } from './join-view';
import workshopCss from './workshop.css?inline';

import workshopTexts from '../../../data/locales/en/ui.workshop.json';
import pathwayTexts from '../../../data/locales/en/pathways.result.json';

/** This file's English texts (ui.workshop.json); other languages carry their own. */
export const texts = { en: { ui: workshopTexts, pathways: pathwayTexts } };
export { startPresenter } from './presenter';

/** This file's own styles, adopted into each widget's shadow root beside the main sheet. */
export const css = workshopCss;

/** The trainer's views, in toolbar order. */
export const WORKSHOP_VIEWS: readonly TrainerView[] = ['compare', 'why', 'map', 'what-if', 'join'];

/** The keyboard shortcuts of presenter mode: key → what it does (a ui text key). */
export const SHORTCUTS: [keys: string, text: string][] = [
  ['PageDown / N', 'workshop.keys.continue'],
  ['PageUp / B', 'workshop.keys.back'],
  ['1 … 9', 'workshop.keys.option'],
  ['R', 'workshop.keys.restart'],
  ['C', 'workshop.keys.compare'],
  ['W', 'workshop.keys.why'],
  ['M', 'workshop.keys.map'],
  ['I', 'workshop.keys.whatIf'],
  ['J', 'workshop.keys.join'],
  ['Q / Esc', 'workshop.keys.quiz'],
  ['F', 'workshop.keys.fullScreen'],
  ['?', 'workshop.keys.help'],
];

/** An example to show before the quiz is complete: a police department, for a first comparison. */
const EXAMPLE: Answers = {
  lead: ['law-enforcement'],
  situations: ['asks-for-help', 'routine-contact', 'low-level-offense'],
  population: ['substance-use', 'opioid-use'],
  charging: ['abeyance'],
  partners: ['case-manager', 'treatment'],
  setting: 'suburban',
  existing: [],
};

function useAnswersOrExample(): { answers: Answers; example: boolean } {
  const { wizard } = useWidgetView();
  const answers = useSelector(wizard, selectAnswers);
  return isComplete(answers) ? { answers, example: false } : { answers: EXAMPLE, example: true };
}

/** The toolbar of presenter mode: the quiz and the four views, full screen and the shortcuts. */
export function WorkshopBar() {
  const { t, workshop } = useWidgetView();
  const [more, setMore] = useState(false);
  if (!workshop) return null;
  return (
    <nav part="workshop-bar" class="workshop-bar" aria-label={t('workshop.label')}>
      <ul class="workshop-bar__list">
        {(['quiz', ...WORKSHOP_VIEWS] as const).map((view) => (
          <li key={view}>
            <button
              type="button"
              class="workshop-bar__button"
              aria-current={(workshop.view ?? 'quiz') === view ? 'page' : undefined}
              onClick={() => workshop.show(view === 'quiz' ? null : view)}
            >
              {t(`workshop.views.${view}`)}
            </button>
          </li>
        ))}
        {/* Full screen and the shortcuts in a small menu, so that the bar keeps to one row in every language. */}
        <li class="workshop-bar__more">
          <button
            type="button"
            class="workshop-bar__button"
            aria-expanded={more}
            aria-controls="workshop-more"
            onClick={() => setMore(!more)}
          >
            {t('workshop.more')}
          </button>
          <ul id="workshop-more" class="workshop-bar__menu" hidden={!more}>
            <li>
              <button
                type="button"
                class="workshop-bar__button"
                aria-pressed={workshop.fullScreen}
                onClick={() => (setMore(false), workshop.toggleFullScreen())}
              >
                {t('workshop.fullScreen')}
              </button>
            </li>
            <li>
              <button
                type="button"
                class="workshop-bar__button"
                aria-expanded={workshop.help}
                onClick={() => (setMore(false), workshop.toggleHelp())}
              >
                {t('workshop.shortcuts')}
              </button>
            </li>
          </ul>
        </li>
      </ul>
      {workshop.help && <ShortcutHelp />}
    </nav>
  );
}

function ShortcutHelp() {
  const { t } = useWidgetView();
  return (
    <section part="shortcuts" class="shortcuts" aria-labelledby="shortcuts-title">
      <Heading depth={1} id="shortcuts-title" focusTarget>
        {t('workshop.shortcuts')}
      </Heading>
      <dl class="shortcuts__list">
        {SHORTCUTS.map(([keys, text]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The view shown instead of the quiz step. */
export function WorkshopView({ view }: { view: TrainerView }) {
  if (view === 'compare') return <ComparePathways />;
  if (view === 'why') return <WhyView />;
  if (view === 'map') return <DecisionMap />;
  if (view === 'join') return <JoinView />;
  return <WhatIf />;
}

/** The pathways in columns: in order of fit when the quiz is complete, else in the content's order. */
function useColumns(): { ids: PathwayId[]; status: Partial<Record<PathwayId, GlanceStatus>> } {
  const { wizard, content } = useWidgetView();
  const answers = useSelector(wizard, selectAnswers);
  if (!isComplete(answers)) return { ids: content.pathways.map((p) => p.id), status: {} };
  const rows = byFit(atAGlance(answers, content), recommendOnce(answers, content));
  return { ids: rows.map((row) => row.pathway), status: Object.fromEntries(rows.map((r) => [r.pathway, r.status])) };
}

/** The leads that together are "any first responder" (rule 2). */
const FIRST_RESPONDERS = ['law-enforcement', 'fire', 'ems'] as const;

/**
 * All six side by side: a table with the pathways as columns and one row per point of
 * comparison, each cell a few words from the rules in the content, so that a row reads across.
 */
function ComparePathways() {
  const { t, content, language } = useWidgetView();
  const { ids, status } = useColumns();
  const and = listFormat(language);
  const or = listFormat(language, 'disjunction');
  const label = (key: string) => (id: string) => t(`questions:${key}.options.${id}.label`);
  const pathways = ids.map((id) => content.pathways.find((p) => p.id === id)!);
  // One program per pathway, the shortest name the content has, a different one in each column where it can.
  const examples: Partial<Record<PathwayId, Site>> = {};
  for (const { id } of pathways) {
    const sites = examplePrograms(id, content.sites, Infinity).sort((a, b) => a.name.length - b.name.length);
    examples[id] = sites.find((site) => !Object.values(examples).includes(site)) ?? sites[0];
  }
  // The partner groups every pathway needs, said once in the row's header, so that the cells show what differs.
  const partnerGroup = (group: readonly string[]) => or.format(group.map((id) => t(`workshop.matrix.partner.${id}`)));
  const common = pathways[0]!.partnerGroups
    .map((group) => group.join())
    .filter((key) => pathways.every((p) => p.partnerGroups.some((group) => group.join() === key)));
  const commonGroups = pathways[0]!.partnerGroups.filter((group) => common.includes(group.join()));
  const facetName = (facet: string) =>
    facet === 'partners' && commonGroups.length > 0
      ? t('workshop.matrix.partnersBesides', { partners: and.format(commonGroups.map(partnerGroup)) })
      : t(`workshop.matrix.${facet}`);
  // A few words per cell, so that the matrix reads at the presenter's size; the details say the rest.
  const rows: [string, (pathway: Pathway) => ComponentChildren][] = [
    [
      'lead',
      (p) =>
        FIRST_RESPONDERS.every((id) => p.allowedBy.lead.includes(id))
          ? t('workshop.matrix.anyFirstResponder')
          : and.format(p.allowedBy.lead.map((id) => t(`workshop.matrix.leader.${id}`))),
    ],
    // The situation that points to it first: what the result says it serves.
    ['serves', (p) => label('situations')(p.situation)],
    [
      'charges',
      (p) =>
        t(
          p.requiresCharging.length > 0
            ? 'workshop.matrix.held'
            : p.alsoPointedBy?.some((a) => a.whenCharging.includes('no-charges'))
              ? 'workshop.matrix.noneFiled'
              : 'workshop.matrix.noCharges',
        ),
    ],
    [
      'partners',
      (p) => (
        <ul class="matrix__list">
          {p.partnerGroups
            .filter((group) => !common.includes(group.join()))
            .map((group) => (
              <li key={group.join()}>{partnerGroup(group)}</li>
            ))}
        </ul>
      ),
    ],
    ['example', (p) => examples[p.id]?.name ?? t('result.noPrograms')],
  ];
  return (
    <div part="compare" class="step">
      {/* The intro (or, after a result, the columns' order) beside the title, so that the table keeps the slide's height. */}
      <div class="view-head">
        <Heading focusTarget class="title-l">
          {t('workshop.views.compare')}
        </Heading>
        <p id="compare-intro">
          {Object.keys(status).length > 0 ? t('workshop.matrix.order') : t('workshop.compareIntro')}
        </p>
      </div>
      <table class="matrix" aria-describedby="compare-intro">
        <caption class="visually-hidden">{t('workshop.views.compare')}</caption>
        <thead>
          <tr>
            <td />
            {pathways.map((p) => (
              <th key={p.id} scope="col" class={`matrix__pathway matrix__pathway--${status[p.id] ?? 'none'}`}>
                {t(`pathways:${p.id}.name`)}
                {status[p.id] && <span class="matrix__status">{t(`result.glance.status.${status[p.id]}`)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([facet, cell]) => (
            <tr key={facet}>
              <th scope="row">{facetName(facet)}</th>
              {pathways.map((p) => (
                <td key={p.id}>{cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="matrix__more">{t('workshop.compareMore')}</p>
    </div>
  );
}

/** For the answers, each of the six pathways: its status and the one reason that decides it. */
function WhyView() {
  const { t, content } = useWidgetView();
  // In: the first answer that points at it; out: the first condition whyOut() names (none when it runs already: its status says so).
  const reasonText = (pathway: Pathway, answers: Answers): string | null => {
    const [first] = reasonsFor(pathway, answers);
    const out = whyOut(pathway.id, answers, content);
    if (out.because.length === 0) return first ? t(`reasons:reason.${first.replace(':', '.')}`) : null;
    const because = out.because[0];
    if (because === 'running') return null;
    if (because === 'situation')
      return t('workshop.rules.pointedBy', {
        situation: t(`questions:situations.options.${out.situations[0] ?? pathway.situation}.label`),
      });
    const rule = t(`workshop.rules.${exclusionRule(pathway)}`);
    // EMS chosen as a medical partner, where a first responder must lead: say where EMS goes.
    return medicalCouldLead(pathway, answers) ? `${rule} ${t('result.outWhy.medical-lead')}` : rule;
  };
  const { answers, example } = useAnswersOrExample();
  const result = recommendOnce(answers, content);
  return (
    <div part="why" class="step">
      {/* The example's notice beside the title, so that the six boxes keep the slide's height. */}
      <div class="view-head">
        <Heading focusTarget class="title-l">
          {t('workshop.views.why')}
        </Heading>
        {example && <p class="notice">{t('workshop.example')}</p>}
      </div>
      <ul class="why-list">
        {byFit(atAGlance(answers, content), result).map(({ pathway: id }) => {
          const pathway = content.pathways.find((p) => p.id === id)!;
          const recommended = result.pathways.find((p) => p.id === pathway.id);
          const running = answers.existing.includes(pathway.id);
          const allowed = isAllowed(pathway, answers);
          const status = recommended
            ? `result.fit.${recommended.fit}`
            : running
              ? 'workshop.status.running'
              : allowed
                ? 'workshop.status.notPointed'
                : 'workshop.status.excluded';
          const decidingReason = reasonText(pathway, answers);
          return (
            <li key={pathway.id} class={`why ${recommended ? 'why--in' : 'why--out'}`}>
              <Heading depth={1}>{t(`pathways:${pathway.id}.name`)}</Heading>
              <p class="why__status">
                <strong>{t(status)}</strong>
              </p>
              {decidingReason && <p class="why__reason">{decidingReason}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Two answer sets side by side: the current (or example) answers and the same with other leads. */
function WhatIf() {
  const { t, content } = useWidgetView();
  const { answers, example } = useAnswersOrExample();
  const [variant, setVariant] = useState<Answers>(
    () => ({ ...answers, lead: ['behavioral-health'], charging: undefined }) as Answers,
  );
  // A choice that would leave no lead keeps the answers; a new object redraws the box it unticked.
  const toggle = (key: 'lead' | 'charging', id: string) => {
    const next = whatIfChoice(variant, key, id);
    setVariant(next === variant ? { ...variant } : next);
  };
  const a = recommendOnce(answers, content);
  const b = recommendOnce(variant, content);
  return (
    <div part="what-if" class="step">
      <div class="view-head">
        <Heading focusTarget class="title-l">
          {t('workshop.views.what-if')}
        </Heading>
        {example && <p class="notice">{t('workshop.example')}</p>}
      </div>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">
          <Heading depth={1}>{t('workshop.whatIfLead')}</Heading>
        </legend>
        <div class="options options--checkbox options--small options--inline">
          {LEAD_IDS.map((id) => (
            <div class="option" key={id}>
              <input
                class="option__input"
                type="checkbox"
                id={`whatif-lead-${id}`}
                checked={variant.lead.includes(id)}
                onChange={() => toggle('lead', id)}
              />
              <label class="option__label" for={`whatif-lead-${id}`}>
                {t(`questions:lead.options.${id}.label`)}
              </label>
            </div>
          ))}
        </div>
        {variant.lead.includes('law-enforcement') && (
          <div class="options options--checkbox options--small options--inline">
            {ANSWER_OPTIONS.charging.map((id) => (
              <div class="option" key={id}>
                <input
                  class="option__input"
                  type="checkbox"
                  id={`whatif-charging-${id}`}
                  checked={variant.charging?.includes(id) ?? false}
                  onChange={() => toggle('charging', id)}
                />
                <label class="option__label" for={`whatif-charging-${id}`}>
                  {t(`questions:charging.options.${id}.label`)}
                </label>
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <div class="what-if">
        <Side title={t('workshop.current')} leads={answers.lead} result={a} other={b} />
        <Side title={t('workshop.variant')} leads={variant.lead} result={b} other={a} />
      </div>
    </div>
  );
}

function Side({
  title,
  leads,
  result,
  other,
}: {
  title: string;
  leads: readonly string[];
  result: Recommendation;
  other: Recommendation;
}) {
  const { t } = useWidgetView();
  return (
    <section class="what-if__side" aria-label={title}>
      <Heading depth={1}>{title}</Heading>
      <p>{t('workshop.ledBy', { leads: leads.map((id) => t(`questions:lead.options.${id}.label`)).join(', ') })}</p>
      {result.pathways.length === 0 ? (
        <p>{t('result.summary_none')}</p>
      ) : (
        <ul class="what-if__list">
          {result.pathways.map((p) => {
            const there = other.pathways.find((o) => o.id === p.id);
            const mark = !there ? 'workshop.diff.only' : there.fit !== p.fit ? 'workshop.diff.fit' : null;
            return (
              <li key={p.id} class={mark ? 'what-if__item what-if__item--diff' : 'what-if__item'}>
                <strong>{t(`pathways:${p.id}.name`)}</strong> · {t(`result.fit.${p.fit}`)}
                {/* A space, so that the tag reads as a word of its own, in text as on screen. */}
                {mark && ' '}
                {mark && <span class="tag tag--diff">{t(mark)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
