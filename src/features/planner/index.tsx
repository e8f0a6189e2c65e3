/**
 * The planner, an on-demand part: its tools on the result page (share link, print, export and
 * import), the readiness checklist of each pathway with its action plan, and the printable
 * planning brief (loaded after it).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Resource } from '../../../data/schema';
import type { PathwayId } from '../../../data/vocabulary';
import type { Answers } from '../../../machines/answers';
import type { MatchedSite, RecommendedPathway, Recommendation } from '../../../machines/recommend';
import { useWidgetView, type WidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { listFormat } from '../../ui/list-format';
import { loadBrief, type BriefFile } from './brief-loader';
import { CommunityField } from './community-field';
import { shareLink } from './share-link';
import plannerCss from './planner.css?inline';

import plannerTexts from '../../../data/locales/en/ui.planner.json';
import pathwayTexts from '../../../data/locales/en/pathways.result.json';
import { dateLocale } from '../../ui/date-locale';

/** This file's English texts (ui.planner.json); other languages carry their own. */
export const texts = { en: { ui: plannerTexts, pathways: pathwayTexts } };

/** This file's own styles, adopted into each widget's shadow root beside the main sheet. */
export const css = plannerCss;

export { shareLink } from './share-link';

/** The printable planning brief (in print only), drawn once its own file is there. */
export function PrintBrief(props: { answers: Answers; result: Recommendation }) {
  const [file, setFile] = useState<BriefFile | null>(null);
  useEffect(() => {
    let shown = true;
    loadBrief().then(
      (loaded) => shown && setFile(loaded),
      () => {}, // without it, the page prints as it is
    );
    return () => {
      shown = false;
    };
  }, []);
  return file ? <file.PrintBrief {...props} /> : null;
}

/** Calls back once the brief is drawn with its QR code, or after a second and a half without it. */
function whenDrawn(root: ShadowRoot, then: () => void, tries = 30): void {
  if (root.querySelector('[part="brief"] .brief__code') || tries === 0) return then();
  setTimeout(() => whenDrawn(root, then, tries - 1), 50);
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The result's two next actions, in its opening: print the brief (the primary action), and make
 * an action plan, which opens the critical elements of the pathway to start with.
 */
export function NextActions({ plan }: { plan: PathwayId | null }) {
  const view = useWidgetView();
  const { t, needDetails } = view;
  const openPlan = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const section = root.getElementById(`pathway-${plan}-plan`) as HTMLDetailsElement | null;
    if (!section) return;
    section.open = true;
    section.querySelector('summary')?.focus();
  };
  return (
    <div class="next-actions">
      <button
        type="button"
        part="print-button"
        class="button"
        onClick={(event) => {
          const root = event.currentTarget.getRootNode() as ShadowRoot;
          // The brief names resources to read, which come with the details file.
          void Promise.all([needDetails(), loadBrief().catch(() => null)]).then(([, file]) =>
            // Without the brief's file, the page prints as it is.
            whenDrawn(root, () => (file ? file.printBrief(root, view) : window.print())),
          );
        }}
      >
        {t('planner.print')}
      </button>
      {plan && (
        <button type="button" part="plan-button" class="button button--secondary" onClick={openPlan}>
          {t('result.outcome.plan')}
        </button>
      )}
    </div>
  );
}

/** Share, export and import, under the six pathways. */
export function PlannerActions({ answers, result }: { answers: Answers; result: Recommendation }) {
  const view = useWidgetView();
  const { t, planner } = view;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const file = useRef<HTMLInputElement>(null);
  if (!planner) return null;
  const link = shareLink(answers);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('manual'); // no clipboard access: show the link to copy by hand
    }
  };
  // The file writers load on the first download: the journey to the result carries none of them.
  const exportPlan = async () => {
    const { buildPlanFile } = await import('../../../machines/plan-file');
    const date = new Date();
    download(
      `pathway-plan-${date.toISOString().slice(0, 10)}.json`,
      `${JSON.stringify(buildPlanFile(answers, result, planner.readiness, planner.actionPlan, date, planner.community), null, 2)}\n`,
      'application/json',
    );
  };
  // One row per planning point of each recommended pathway; dates stay YYYY-MM-DD, which spreadsheets read as dates.
  const exportCsv = async () => {
    const [{ actionPlanCsv }, { actionRows }] = await Promise.all([
      import('../../../machines/action-plan-csv'),
      import('./action-fields'),
    ]);
    const columns = ['pathway', 'point', 'inPlace', 'owner', 'due', 'note'];
    const rows = result.pathways.flatMap(({ id }) =>
      actionRows(view, id, (due) => due).map((row) => [t(`pathways:${id}.name`), ...row]),
    );
    download(
      `pathway-actions-${new Date().toISOString().slice(0, 10)}.csv`,
      actionPlanCsv([columns.map((key) => t(`planner.action.${key}`)), ...rows]),
      'text/csv;charset=utf-8',
    );
  };
  const importPlan = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) planner.importText(chosen.size > 1_000_000 ? '' : await chosen.text());
  };

  return (
    <section part="planner" class="planner" aria-labelledby="planner-title">
      {/* Named for screen readers and the outline; the tools below say what they are. */}
      <Heading depth={1} id="planner-title" class="visually-hidden">
        {t('planner.title')}
      </Heading>
      <CommunityField />
      {/* Secondary tools, grouped as links with the file format in a hint: the opening holds the primary action. */}
      <ul class="planner__tools">
        <li>
          <button type="button" part="share-button" class="link-button" onClick={copyLink}>
            {t('planner.copyLink')}
          </button>
        </li>
        <li>
          <button type="button" part="import-button" class="link-button" onClick={() => file.current?.click()}>
            {t('planner.import')}
          </button>
        </li>
        <Download
          part="export-button"
          label={t('planner.export')}
          hint={t('planner.exportHint')}
          onClick={exportPlan}
        />
        <Download part="csv-button" label={t('planner.csv')} hint={t('planner.csvHint')} onClick={exportCsv} />
      </ul>
      <input
        ref={file}
        type="file"
        accept="application/json,.json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={importPlan}
      />
      {/* Always present, so that what it says next is announced. */}
      <p role="status" class={copy === 'idle' ? 'visually-hidden' : 'notice'}>
        {copy === 'copied' ? t('planner.copied') : copy === 'manual' ? t('planner.copyManually') : ''}
      </p>
      {copy === 'manual' && (
        <p class="share-link">
          <label for="share-link" class="share-link__label">
            {t('planner.copyManually')}
          </label>
          <input
            id="share-link"
            class="share-link__input"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      {planner.notice && (
        <p role="alert" class="error-message">
          {planner.notice}
        </p>
      )}
    </section>
  );
}

/** A download among the planner's actions: a plain label, with the file's kind in a hint beside it. */
function Download({ part, label, hint, onClick }: { part: string; label: string; hint: string; onClick: () => void }) {
  const hintId = `planner-${part}-hint`;
  return (
    <li>
      <button type="button" part={part} class="link-button" aria-describedby={hintId} onClick={onClick}>
        {label}
      </button>
      <span id={hintId} class="planner__hint">
        {hint}
      </span>
    </li>
  );
}

/** Loads the checklist's chunk once (again after a failure): it is drawn only when a section opens. */
let checklistChunk: Promise<typeof import('./checklist')> | null = null;
const loadChecklist = () =>
  (checklistChunk ??= import('./checklist').catch((error: unknown) => {
    checklistChunk = null;
    throw error;
  }));

/**
 * The critical elements of a pathway as a checklist of what is in place, with each one's action
 * plan: its own chunk, loaded when a card's section first opens, as the longer prose is.
 */
export function ReadinessChecklist({ pathway }: { pathway: RecommendedPathway }) {
  const { t } = useWidgetView();
  const [chunk, setChunk] = useState<typeof import('./checklist') | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadChecklist().then(setChunk, () => setFailed(true));
  }, []);
  if (chunk) return <chunk.ReadinessChecklist pathway={pathway} />;
  return <p role="status">{t(failed ? 'result.detailsFailed' : 'result.loadingDetails')}</p>;
}

/** The resources to read, once the details file has brought them; an empty list until then. */
function useResources(): Resource[] {
  return useWidgetView().planner?.resources ?? [];
}

function ResourceItem({ resource }: { resource: Resource }) {
  const { t, language } = useWidgetView();
  // Titles and publishers are proper names in English: marked so, screen readers say them right.
  const nameLang = language === 'en' ? undefined : 'en';
  const description = t(`resources:${resource.id}.description`, { defaultValue: '' });
  return (
    <li part="resource" class="resource">
      {resource.url ? (
        <a href={resource.url} target="_blank" rel="noopener noreferrer" class="resource__title">
          <span lang={nameLang}>{resource.title}</span>
          <span class="visually-hidden"> {t('site.opensInNewTab')}</span>
        </a>
      ) : (
        <span class="resource__title" lang={nameLang}>
          {resource.title}
        </span>
      )}
      <span class="resource__meta">
        {t(`planner.kinds.${resource.kind}`)} · <span lang={nameLang}>{resource.publisher}</span>
        {resource.year ? ` · ${resource.year}` : ''}
      </span>
      {description && <span class="resource__description">{description}</span>}
      {resource.framework === 'five-pathways' && <span class="resource__meta">{t('planner.fivePathways')}</span>}
      {!resource.url && <span class="resource__meta">{t('planner.noLink')}</span>}
    </li>
  );
}

/** Under a recommended pathway: where to read more, and how to visit its mentor sites. */
export function LearnMore({ pathway, sites }: { pathway: PathwayId; sites: MatchedSite[] }) {
  const { t, content } = useWidgetView();
  const all = useResources();
  const resources = all.filter((r) => r.pathways.includes(pathway));
  const mentoring = all.find((r) => r.kind === 'mentoring');
  const mentors = sites
    .map((s) => content.sites.find((x) => x.id === s.id))
    .filter((s) => s?.mentorSite)
    .map((s) => s!.name);
  return (
    <div part="learn-more" class="learn-more">
      {resources.length > 0 && (
        <>
          <Heading depth={2}>{t('planner.learnMore')}</Heading>
          <ul class="resource-list">
            {resources.map((r) => (
              <ResourceItem key={r.id} resource={r} />
            ))}
          </ul>
        </>
      )}
      {mentors.length > 0 && (
        <>
          <Heading depth={2}>{t('planner.visitTitle')}</Heading>
          <p>{t('planner.visitMentors', { names: listFormat(t('planner.listLocale')).format(mentors) })}</p>
          <p>{t('planner.visitHow')}</p>
          {mentoring && (
            <ul class="resource-list">
              <ResourceItem resource={mentoring} />
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** A section that opens, whose resources (from the details file) are asked for when it first does. */
function ResourceSection({ summary, children }: { summary: string; children: ComponentChildren }) {
  const { t, planner, needDetails } = useWidgetView();
  return (
    <details class="details" onToggle={(event) => event.currentTarget.open && void needDetails()}>
      <summary class="details__summary">{summary}</summary>
      <div class="details__text">
        {planner?.resources ? children : <p role="status">{t('result.loadingDetails')}</p>}
      </div>
    </details>
  );
}

/** A short checklist for any community, from the general resources: capacity first. */
export function BeforeYouStart() {
  const { t } = useWidgetView();
  const steps = useResources()
    .filter((r) => r.beforeYouStart !== undefined)
    .sort((a, b) => (a.beforeYouStart ?? 0) - (b.beforeYouStart ?? 0));
  const general = useResources().filter((r) => r.pathways.length === 0 && r.beforeYouStart === undefined);
  return (
    <section part="before-you-start" class="section" aria-labelledby="before-you-start-title">
      <Heading depth={1} id="before-you-start-title">
        {t('planner.beforeYouStart')}
      </Heading>
      <ResourceSection summary={t('planner.beforeYouStartChecks')}>
        <p>{t('planner.beforeYouStartIntro')}</p>
        <ol class="resource-list resource-list--numbered">
          {steps.map((r) => (
            <ResourceItem key={r.id} resource={r} />
          ))}
        </ol>
      </ResourceSection>
      <ResourceSection summary={t('planner.moreHelp')}>
        <ul class="resource-list">
          {general.map((r) => (
            <ResourceItem key={r.id} resource={r} />
          ))}
        </ul>
      </ResourceSection>
    </section>
  );
}
