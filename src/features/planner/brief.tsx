/**
 * The planning brief, shown only in print: a handout for a county board. It opens with who it is
 * for, the date and what to start with, beside a QR code of the share link (the result online,
 * where every resource and program is a link); then the answers, why the other pathways are out,
 * and each recommended pathway kept together with its critical elements (and its action plan,
 * once there is one). Resources and programs are named with their site ("cossup.org"), never
 * printed as raw addresses.
 */
import { printAlone } from '../../ui/print-alone';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PathwayId } from '../../../data/vocabulary';
import type { Answers } from '../../../machines/answers';
import { atAGlance } from '../../../machines/at-a-glance';
import { byFit, outcomeOf } from '../../../machines/outcome';
import type { Recommendation } from '../../../machines/recommend';
import { askedQuestions } from '../../../machines/steps';
import { whyOut } from '../../../machines/why-out';
import { medicalCouldLead, partnersAlsoUsed } from '../../../machines/enabled-by';
import { useWidgetView, type WidgetView } from '../../ui/context';
import { gapTexts } from '../../ui/gap-texts';
import { listFormat } from '../../ui/list-format';
import { actionRows, readableDate } from './action-fields';
import briefCss from './brief.css?inline';
import { adoptPageRules, briefPageCss as pageCss } from './brief-page';
import { shareLink } from './share-link';
import { dateLocale } from '../../ui/date-locale';

/** The page rules of this brief (see brief-page.ts), for the document that prints it. */
/** Prints the planning brief alone (see printAlone), with its page margins. */
export function printBrief(root: ShadowRoot, view: WidgetView): void {
  const brief = root.querySelector('[part="brief"]');
  const title = brief?.querySelector('.brief__title')?.textContent ?? '';
  printAlone(root, brief, view.language, title, briefPageCss(view));
}

export function briefPageCss(view: WidgetView): string {
  return pageCss(view.t, briefFoot(view));
}

/** The brief's styles, adopted into each shadow root it is drawn in, beside the widget's own. */
const adopted = new WeakSet<ShadowRoot>();
function adoptBriefStyles(root: Node): void {
  if (!(root instanceof ShadowRoot) || adopted.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(briefCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

/** The site an address is on, without "www.": "cossup.org". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The dark modules as one path: a 1 × 1 square per module, in module units. */
function modulesPath(modules: boolean[][]): string {
  return modules.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
}

/** A QR code of the share link, drawn once the QR file is there; nothing if it cannot be. */
function ShareCode({ link }: { link: string }) {
  const { t, planner } = useWidgetView();
  const [modules, setModules] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let current = true;
    planner?.qr().then(
      ({ qrModules }) => current && setModules(qrModules(link)),
      () => {},
    );
    return () => void (current = false);
  }, [link]);
  if (!modules) return null;
  return (
    <div class="brief__code">
      <svg
        role="img"
        aria-label={t('planner.brief.code')}
        viewBox={`0 0 ${modules.length} ${modules.length}`}
        shape-rendering="crispEdges"
      >
        <path d={modulesPath(modules)} fill="#000000" />
      </svg>
      <p>{t('planner.brief.code')}</p>
    </div>
  );
}

/** What the foot of each printed page says besides its number: who the brief is for, what it is, and when. */
export function briefFoot({ t, language, planner }: WidgetView): string {
  const date = new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long' }).format(new Date());
  return [planner?.community, t('planner.briefTitle'), date].filter(Boolean).join(' · ');
}

/** The opening line: what to start with, in the result's own terms (outcomeOf). */
function opening({ t }: WidgetView, result: Recommendation): string {
  const outcome = outcomeOf(result);
  const names = (ids: readonly PathwayId[]) =>
    listFormat(t('planner.listLocale')).format(ids.map((id) => t(`pathways:${id}.name`)));
  if (outcome.kind === 'running') return t('planner.brief.start_running', { names: names(outcome.running) });
  if (outcome.kind === 'possible') return t('planner.brief.start_possible', { names: names(outcome.start) });
  return t('planner.brief.start_strong', { names: names(outcome.start) });
}

/** Why a pathway is out (whyOut), in words: each condition the answers fail. */
function whyNot({ t, content }: WidgetView, pathway: PathwayId, answers: Answers): string {
  const { because, situations } = whyOut(pathway, answers, content);
  const definition = content.pathways.find((p) => p.id === pathway)!;
  const quoted = situations.map((id) =>
    t('planner.brief.quoted', { text: t(`questions:situations.options.${id}.label`) }),
  );
  return because
    .map((reason) =>
      reason === 'situation'
        ? t('planner.brief.out.situation', {
            situations: listFormat(t('planner.listLocale'), 'disjunction').format(quoted),
          })
        : t(`planner.brief.out.${reason.replace(':', '.')}`),
    )
    .concat(
      // EMS chosen as a medical partner, where a first responder must lead: say where EMS goes.
      because.includes('lead:first-responder') && medicalCouldLead(definition, answers)
        ? [t('result.outWhy.medical-lead')]
        : [],
    )
    .join(' ');
}

export function PrintBrief({ answers, result }: { answers: Answers; result: Recommendation }) {
  const view = useWidgetView();
  const { t, content, planner, language } = view;
  const resources = planner?.resources ?? [];
  const label = (key: string, id: string) => t(`questions:${key}.options.${id}.label`);
  const date = new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long' }).format(new Date());
  const community = planner?.community ?? '';
  const foot = briefFoot(view);
  const brief = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    try {
      adoptBriefStyles(brief.current!.getRootNode());
    } catch {
      // a browser without constructable sheets: the widget's own print styles still apply
    }
  }, []);
  // Ctrl+P on the host page: its pages of the brief get their margins, page numbers and date too.
  useEffect(() => {
    try {
      return adoptPageRules(document, pageCss(t, foot));
    } catch {
      return undefined; // a browser without constructable sheets prints without them
    }
  }, [foot]);

  const others = byFit(atAGlance(answers, content), result).filter(
    (row) => row.status === 'running' || row.status === 'out',
  );
  const link = shareLink(answers);
  const referenced = (text: string, url: string | undefined) => {
    const host = url ? hostOf(url) : '';
    return host ? `${text}, ${host}` : text;
  };
  const sections = result.pathways.map((pathway) => {
    const definition = content.pathways.find((p) => p.id === pathway.id)!;
    const done = planner?.readiness[pathway.id] ?? [];
    const rows = actionRows(view, pathway.id, (due) => readableDate(due, language));
    return {
      pathway,
      definition,
      done,
      rows,
      planned: rows.some(([, , ...action]) => action.some(Boolean)),
      // The first resource only, to keep to one page: the result online lists them all.
      reading: resources
        .filter((r) => r.pathways.includes(pathway.id) && r.url)
        .slice(0, 1)
        .map((r) => referenced(r.title, r.url)),
      programs: result.sites
        .filter((s) => s.matched === pathway.id)
        .map((s) => {
          const site = content.sites.find((x) => x.id === s.id)!;
          return referenced(`${site.name} (${[site.city, site.state].filter(Boolean).join(', ')})`, site.links[0]);
        }),
    };
  });

  return (
    <div part="brief" class="brief" ref={brief}>
      <ShareCode link={link} />
      <p class="brief__title">{t('planner.briefTitle')}</p>
      <p class="brief__date">
        {community ? t('planner.brief.for', { community, date }) : t('planner.briefDate', { date })}
      </p>
      <p class="brief__start">{opening(view, result)}</p>
      <p class="brief__section">{t('planner.brief.answers')}</p>
      {/* Two columns of "question: answer", as the result's review lists them. */}
      <dl class="brief__answers">
        {askedQuestions(answers).map((key) => {
          const value = answers[key];
          const ids: readonly string[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
          return (
            <div key={key} class="brief__answer">
              <dt>{t(`review.labels.${key}`)}:</dt>{' '}
              <dd>{ids.length ? ids.map((id) => label(key, id)).join(', ') : t('review.noneYet')}</dd>
            </div>
          );
        })}
      </dl>
      {others.length > 0 && (
        <div class="brief__others">
          <p class="brief__section">{t('planner.brief.others')}</p>
          <table class="brief__table">
            <thead>
              <tr>
                <th scope="col">{t('planner.action.pathway')}</th>
                <th scope="col">{t('planner.brief.whyNot')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((row) => (
                <tr key={row.pathway}>
                  <th scope="row">{t(`pathways:${row.pathway}.name`)}</th>
                  <td>{whyNot(view, row.pathway, answers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sections.map(({ pathway, definition, done, rows, planned, reading, programs }) => (
        <div class="brief__pathway" key={pathway.id}>
          <p class="brief__heading">
            {t(`pathways:${pathway.id}.name`)}: {t(`result.fit.${pathway.fit}`)}
          </p>
          <p class="brief__line">
            <strong>{t('result.why')}: </strong>
            {[...pathway.reasons, ...partnersAlsoUsed(definition, answers).map((id) => `partners:${id}`)]
              .map((id) => t(`reasons:reason.${id.replace(':', '.')}`))
              .join(' ')}
          </p>
          {pathway.gaps.length > 0 && (
            <p class="brief__line">
              <strong>{t('result.missing')}: </strong>
              {gapTexts(t, language, definition, pathway.gaps)
                .map((line) => line.text)
                .join(' ')}
            </p>
          )}
          <p class="brief__label">
            {t('planner.brief.elements')} (
            {t('planner.inPlace', { count: done.length, total: definition.elements.length })}){planned ? '' : ':'}
          </p>{' '}
          {planned ? (
            // The action plan: owner, target date and note, only once something is planned.
            <table class="brief__table brief__actions">
              <thead>
                <tr>
                  {['point', 'inPlace', 'owner', 'due', 'note'].map((key) => (
                    <th scope="col" key={key}>
                      {t(`planner.action.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([title, ...cells]) => (
                  <tr key={title}>
                    <th scope="row">{title}</th>
                    {cells.map((cell, i) => (
                      <td key={i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <>
              {/* Boxes, ticked where in place, flowing like words: a checklist to take into the meeting. */}
              <ul class="brief__points">
                {definition.elements.map(({ id }, i) => (
                  <li key={id} class="brief__point">
                    <span class="brief__box">{done.includes(id) ? '☑' : '☐'}</span> {rows[i]![0]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {reading.length > 0 && (
            <p class="brief__line">
              <strong>{t('planner.learnMore')}: </strong>
              {reading.join('; ')}
            </p>
          )}
          {programs.length > 0 && (
            <p class="brief__line">
              <strong>{t('result.programs')}: </strong>
              {programs.join('; ')}
            </p>
          )}
        </div>
      ))}
      <p class="brief__line brief__link">
        {t('planner.brief.online')} <span class="brief__address">{link}</span>
      </p>
      <p class="brief__note">{t('result.elementsNote')}</p>
    </div>
  );
}
