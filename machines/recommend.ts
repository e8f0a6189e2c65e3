/**
 * `recommend()`: which pathways fit a community's answers, why, what it still lacks, and which
 * programs to learn from. Pure: it keeps rules 1-8 and the program matching of
 * ../shared/spec/CONTRACT.md, reading the rule facts of each pathway from the content.
 */
import { builtInContent } from '../data/content';
import type { Content, Pathway, Site } from '../data/schema';
import { ANSWER_OPTIONS, PATHWAY_IDS, type ChargingId, type PathwayId, type SituationId } from '../data/vocabulary';
import type { Answers } from './answers';

/** How well a pathway fits: pointed at by a chosen situation, or only the best allowed one. */
export type Fit = 'strong' | 'possible';

/** A recommended pathway with its reasons and gaps, as `key:id` answer ids. */
export type RecommendedPathway = { id: PathwayId; fit: Fit; reasons: string[]; gaps: string[] };

/** A matching program, listed once, for the recommended pathway it was matched for. */
export type MatchedSite = { id: string; name: string; state: string; pathways: PathwayId[]; matched: PathwayId };

/** What `recommend()` returns (contract shape). */
export type Recommendation = { pathways: RecommendedPathway[]; existing: PathwayId[]; sites: MatchedSite[] };

/** How many programs are listed per recommended pathway. */
export const SITES_PER_PATHWAY = 3;

const order = (id: PathwayId) => PATHWAY_IDS.indexOf(id);
const intersects = (chosen: readonly string[], ids: readonly string[]) => ids.some((id) => chosen.includes(id));
/** The chosen ids that are in `ids`, in vocabulary order. */
const chosenAmong = <T extends string>(vocabulary: readonly T[], chosen: readonly T[], ids: readonly string[]) =>
  vocabulary.filter((id) => chosen.includes(id) && ids.includes(id));

/** Rules 1-3: whether the community's leads, partners and charging options allow a pathway. */
export function isAllowed(pathway: Pathway, answers: Answers): boolean {
  const led =
    intersects(answers.lead, pathway.allowedBy.lead) || intersects(answers.partners, pathway.allowedBy.partners);
  const charges = pathway.requiresCharging.length === 0 || intersects(answers.charging ?? [], pathway.requiresCharging);
  return led && charges;
}

/** Rule 4: the situations that point at a pathway, given the community's charging options. */
export function situationsPointingAt(pathway: Pathway, answers: Answers): SituationId[] {
  const conditional = (pathway.alsoPointedBy ?? [])
    .filter(({ whenCharging }) => intersects(answers.charging ?? [], whenCharging))
    .map(({ situation }) => situation);
  return [pathway.situation, ...conditional];
}

/** Rule 7: the charging options that support a pathway: those it needs, and those that let a situation point at it. */
export function chargingSupporting(pathway: Pathway): ChargingId[] {
  return [...pathway.requiresCharging, ...(pathway.alsoPointedBy ?? []).flatMap(({ whenCharging }) => whenCharging)];
}

/** Rule 4: whether a chosen situation points at the pathway. */
const isPointedAt = (pathway: Pathway, answers: Answers) =>
  intersects(answers.situations, situationsPointingAt(pathway, answers));

/** Rule 7: the answer ids that support a pathway, in the contract's order. */
export function reasonsFor(pathway: Pathway, answers: Answers): string[] {
  return [
    ...chosenAmong(ANSWER_OPTIONS.situations, answers.situations, situationsPointingAt(pathway, answers)).map(
      (id) => `situations:${id}`,
    ),
    ...chosenAmong(ANSWER_OPTIONS.lead, answers.lead, pathway.allowedBy.lead).map((id) => `lead:${id}`),
    ...chosenAmong(ANSWER_OPTIONS.charging, answers.charging ?? [], chargingSupporting(pathway)).map(
      (id) => `charging:${id}`,
    ),
    ...chosenAmong(ANSWER_OPTIONS.population, answers.population, pathway.populations).map((id) => `population:${id}`),
    ...chosenAmong(ANSWER_OPTIONS.partners, answers.partners, pathway.partnerGroups.flat()).map(
      (id) => `partners:${id}`,
    ),
  ];
}

/** Rule 7: one gap per member of each partner group of which none is chosen, in table order. */
export function partnerGapsFor(pathway: Pathway, answers: Answers): string[] {
  return pathway.partnerGroups
    .filter((group) => !intersects(answers.partners, group))
    .flatMap((group) => group.map((id) => `partners:${id}`));
}

function populationMatches(pathway: Pathway, answers: Answers): number {
  return pathway.populations.filter((id) => answers.population.includes(id)).length;
}

/** Rules 4-6: the strong fits, best first, or else the one best possible fit. */
function rankPathways(content: Content, answers: Answers): RecommendedPathway[] {
  const candidates = content.pathways
    .filter((p) => !answers.existing.includes(p.id) && isAllowed(p, answers))
    .sort((a, b) => order(a.id) - order(b.id));
  const strong = candidates
    .filter((p) => isPointedAt(p, answers))
    .map((p) => ({
      id: p.id,
      fit: 'strong' as const,
      reasons: reasonsFor(p, answers),
      gaps: partnerGapsFor(p, answers),
    }))
    .sort((a, b) => b.reasons.length - a.reasons.length || order(a.id) - order(b.id));
  if (strong.length > 0 || candidates.length === 0) return strong;
  const best = candidates.reduce((top, p) =>
    populationMatches(p, answers) > populationMatches(top, answers) ? p : top,
  );
  return [
    {
      id: best.id,
      fit: 'possible',
      reasons: reasonsFor(best, answers),
      gaps: [...partnerGapsFor(best, answers), `situations:${best.situation}`],
    },
  ];
}

// Made on first use: a first collator loads the language's collation data (60 ms on a slow
// laptop). The built-in programs are kept in name order (a content test holds them to it), so
// only an agency's own list needs it.
let byName: Intl.Collator | null = null;
/** Per sites list, its programs by pathway in name order; computed once, so matching is one pass. */
const siteIndexCache = new WeakMap<readonly Site[], Map<PathwayId, Site[]>>();

/** Sorts a sites list into its index ahead of the first recommendation (e.g. while the browser is idle). */
export function sitesByPathway(sites: readonly Site[]): Map<PathwayId, Site[]> {
  let index = siteIndexCache.get(sites);
  if (!index) {
    index = new Map(PATHWAY_IDS.map((id) => [id, [] as Site[]]));
    const collator = sites === builtInContent.sites ? null : (byName ??= new Intl.Collator('en'));
    for (const site of collator ? [...sites].sort((a, b) => collator.compare(a.name, b.name)) : sites) {
      for (const id of site.pathways) index.get(id)?.push(site);
    }
    siteIndexCache.set(sites, index);
  }
  return index;
}

const TOP_SCORE = 3.5;

function siteScore(site: Site, answers: Answers): number {
  const lead =
    site.leadAgency === 'multi-agency'
      ? new Set(answers.lead).size >= 2
      : (answers.lead as string[]).includes(site.leadAgency);
  return (lead ? 2 : 0) + (site.setting === answers.setting ? 1 : 0) + (site.mentorSite ? 0.5 : 0);
}

/** Matching programs: per recommended pathway, the best three not listed before; ties by name. */
function matchSites(content: Content, answers: Answers, pathways: readonly RecommendedPathway[]): MatchedSite[] {
  const index = sitesByPathway(content.sites);
  const listed = new Set<string>();
  const matched: MatchedSite[] = [];
  for (const { id: pathway } of pathways) {
    // Sites come in name order, so keeping only strictly better scores breaks ties by name.
    const best: { site: Site; score: number }[] = [];
    for (const site of index.get(pathway) ?? []) {
      if (best.length === SITES_PER_PATHWAY && best[SITES_PER_PATHWAY - 1]!.score === TOP_SCORE) break;
      if (listed.has(site.id)) continue;
      const score = siteScore(site, answers);
      if (best.length === SITES_PER_PATHWAY && score <= best[SITES_PER_PATHWAY - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { site, score });
      if (best.length > SITES_PER_PATHWAY) best.pop();
    }
    for (const { site } of best) {
      listed.add(site.id);
      matched.push({ id: site.id, name: site.name, state: site.state, pathways: [...site.pathways], matched: pathway });
    }
  }
  return matched;
}

/** Recommends pathways and programs for complete answers; `content` is the effective content. */
export function recommend(answers: Answers, content: Content = builtInContent): Recommendation {
  const pathways = rankPathways(content, answers);
  return {
    pathways,
    existing: ANSWER_OPTIONS.existing.filter((id) => answers.existing.includes(id)),
    sites: matchSites(content, answers, pathways),
  };
}

const computed = new WeakMap<object, WeakMap<Content, Recommendation>>();

/**
 * `recommend()` computed once for the same answers object and content: the element's event, its
 * `result` property and the views all ask for it. The result is shared: callers must not change
 * it (the element hands embedders copies).
 */
export function recommendOnce(answers: Answers, content: Content = builtInContent): Recommendation {
  let byContent = computed.get(answers);
  if (!byContent) computed.set(answers, (byContent = new WeakMap()));
  let result = byContent.get(content);
  if (!result) byContent.set(content, (result = recommend(answers, content)));
  return result;
}
