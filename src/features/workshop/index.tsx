/**
 * On-demand file `pick-your-pathway.workshop.js`: the trainer's views in presenter mode (all six
 * pathways side by side, why each answer leads where it does, the decision map, a what-if
 * comparison) and the keyboard shortcut list. It renders with the script's own Preact.
 */
import { useState } from 'preact/hooks';
import { ANSWER_OPTIONS, LEAD_IDS } from '../../../data/vocabulary';
import type { Answers } from '../../../machines/answers';
import { isAllowed, reasonsFor, recommendOnce, type Recommendation } from '../../../machines/recommend';
import { examplePrograms } from '../../../machines/examples';
import { exclusionRule } from '../../../machines/exclusion';
import { whatIfChoice } from '../../../machines/what-if';
import { isComplete } from '../../../machines/steps';
import { useWizard } from '../../ui/context';
import { Heading } from '../../ui/heading';
import type { TrainerView } from '../../ui/feature-views';
import { DecisionMap } from './decision-map';
import { JoinView } from './join-view';
import workshopCss from './workshop.css?inline';

import workshopTexts from '../../../data/locales/en/ui.workshop.json';

/** This file's English texts (ui.workshop.json); other languages carry their own. */
export const texts = { en: { ui: workshopTexts } };
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
  const { actor } = useWizard();
  const answers = actor.getSnapshot().context.answers;
  return isComplete(answers) ? { answers, example: false } : { answers: EXAMPLE, example: true };
}

/** The toolbar of presenter mode: the quiz and the four views, full screen and the shortcuts. */
export function WorkshopBar() {
  const { t, workshop } = useWizard();
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
        <li>
          <button
            type="button"
            class="workshop-bar__button"
            aria-pressed={workshop.fullScreen}
            onClick={workshop.toggleFullScreen}
          >
            {t('workshop.fullScreen')}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="workshop-bar__button"
            aria-expanded={workshop.help}
            onClick={workshop.toggleHelp}
          >
            {t('workshop.shortcuts')}
          </button>
        </li>
      </ul>
      {workshop.help && <ShortcutHelp />}
    </nav>
  );
}

function ShortcutHelp() {
  const { t } = useWizard();
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

const FACTS = ['whoLeads', 'startsContact', 'charges', 'team', 'populations'] as const;

/** All six pathways side by side: one column each on a wide screen, stacked on a phone. */
function ComparePathways() {
  const { t, content } = useWizard();
  return (
    <div part="compare" class="step">
      <Heading focusTarget class="title-l">
        {t('workshop.views.compare')}
      </Heading>
      <p>{t('workshop.compareIntro')}</p>
      <div class="compare">
        {content.pathways.map((pathway) => (
          <section key={pathway.id} class="compare__pathway" aria-labelledby={`compare-${pathway.id}`}>
            <Heading depth={1} id={`compare-${pathway.id}`}>
              {t(`pathways:${pathway.id}.name`)}
            </Heading>
            <p class="compare__short">{t(`pathways:${pathway.id}.short`)}</p>
            <dl class="compare__facts">
              {FACTS.map((fact) => (
                <div key={fact}>
                  <dt>{t(`result.facts.${fact}`)}</dt>
                  <dd>{t(`pathways:${pathway.id}.${fact}`, { defaultValue: t('workshop.loading') })}</dd>
                </div>
              ))}
              <div>
                <dt>{t('workshop.examples')}</dt>
                <dd>
                  {examplePrograms(pathway.id, content.sites)
                    .map((site) => `${site.name} (${site.state})`)
                    .join('; ') || t('result.noPrograms')}
                </dd>
              </div>
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}

/** For the answers, each of the six pathways: what points at it, or the rule that keeps it out. */
function WhyView() {
  const { t, content } = useWizard();
  const { answers, example } = useAnswersOrExample();
  const result = recommendOnce(answers, content);
  return (
    <div part="why" class="step">
      <Heading focusTarget class="title-l">
        {t('workshop.views.why')}
      </Heading>
      {example && <p class="notice">{t('workshop.example')}</p>}
      <ul class="why-list">
        {content.pathways.map((pathway) => {
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
          return (
            <li key={pathway.id} class={`why ${recommended ? 'why--in' : 'why--out'}`}>
              <Heading depth={1}>{t(`pathways:${pathway.id}.name`)}</Heading>
              <p class="why__status">
                <strong>{t(status)}</strong>
              </p>
              {allowed ? (
                <ul class="check-list">
                  {reasonsFor(pathway, answers).map((id) => (
                    <li key={id}>{t(`reasons:reason.${id.replace(':', '.')}`)}</li>
                  ))}
                  {!recommended && !running && (
                    <li>
                      {t('workshop.rules.pointedBy', {
                        situation: t(`questions:situations.options.${pathway.situation}.label`),
                      })}
                    </li>
                  )}
                </ul>
              ) : (
                <p>{t(`workshop.rules.${exclusionRule(pathway)}`)}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Two answer sets side by side: the current (or example) answers and the same with other leads. */
function WhatIf() {
  const { t, content } = useWizard();
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
      <Heading focusTarget class="title-l">
        {t('workshop.views.what-if')}
      </Heading>
      {example && <p class="notice">{t('workshop.example')}</p>}
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
  const { t } = useWizard();
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
                {mark && <span class="tag tag--diff">{t(mark)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
