/**
 * One property per rule of the product contract ("Rules the recommendation keeps" and
 * "Matching programs"), each over 10,000 generated answer sets. The oracle below is written
 * from the contract's text and table, not from the content, so that a content or code slip shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import type { Site } from '../../data/schema';
import { ANSWER_OPTIONS, PATHWAY_IDS, type PathwayId } from '../../data/vocabulary';
import type { Answers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { answersArb, scrambledArb, sitesArb } from '../support/arbitraries';

const RUNS = { numRuns: 10_000 };
const FIRST_RESPONDER = ['self-referral', 'active-outreach', 'naloxone-plus', 'officer-referral'];

const TABLE: Record<PathwayId, { situation: string; populations: string[]; groups: string[][] }> = {
  'self-referral': {
    situation: 'asks-for-help',
    populations: ['substance-use', 'opioid-use'],
    groups: [['treatment'], ['peer', 'case-manager']],
  },
  'active-outreach': {
    situation: 'known-individuals',
    populations: ['substance-use', 'opioid-use', 'mental-health', 'homelessness'],
    groups: [['treatment'], ['clinician', 'peer']],
  },
  'naloxone-plus': {
    situation: 'after-overdose',
    populations: ['opioid-use'],
    groups: [['treatment'], ['clinician', 'peer']],
  },
  'officer-referral': {
    situation: 'routine-contact',
    populations: ['substance-use', 'opioid-use', 'mental-health', 'homelessness'],
    groups: [['treatment'], ['case-manager']],
  },
  'officer-intervention': {
    situation: 'low-level-offense',
    populations: ['substance-use', 'opioid-use', 'mental-health', 'homelessness'],
    groups: [['treatment'], ['case-manager']],
  },
  'community-response': {
    situation: 'crisis-call',
    populations: ['substance-use', 'mental-health', 'homelessness'],
    groups: [['treatment'], ['clinician', 'peer', 'crisis-team']],
  },
};

const has = (list: readonly string[] | undefined, id: string) => (list ?? []).includes(id);
const any = (list: readonly string[] | undefined, ids: readonly string[]) => ids.some((id) => has(list, id));

/** Rules 1-3, from the contract text. */
function allowed(id: PathwayId, a: Answers): boolean {
  if (id === 'officer-intervention') return has(a.lead, 'law-enforcement') && any(a.charging, ['abeyance', 'citation']);
  if (id === 'community-response') return has(a.lead, 'behavioral-health') || has(a.partners, 'crisis-team');
  return any(a.lead, ['law-enforcement', 'fire', 'ems']);
}
/** Rule 4, from the contract text: the table's situation, and a low-level offense for referral when officers may refer instead of charging. */
function pointingSituations(id: PathwayId, a: Answers): string[] {
  const referInstead = id === 'officer-referral' && has(a.charging, 'no-charges');
  return referInstead ? [TABLE[id].situation, 'low-level-offense'] : [TABLE[id].situation];
}
const strongFit = (id: PathwayId, a: Answers) =>
  allowed(id, a) && !has(a.existing, id) && any(a.situations, pointingSituations(id, a));

/** Rule 7, from the contract text. */
function expectedReasons(id: PathwayId, a: Answers): string[] {
  const leads = FIRST_RESPONDER.includes(id)
    ? ['law-enforcement', 'fire', 'ems']
    : id === 'officer-intervention'
      ? ['law-enforcement']
      : ['behavioral-health'];
  const inOrder = (key: keyof typeof ANSWER_OPTIONS, ids: readonly string[]) =>
    (ANSWER_OPTIONS[key] as readonly string[])
      .filter((x) => ids.includes(x) && has(a[key] as string[] | undefined, x))
      .map((x) => `${key}:${x}`);
  return [
    ...inOrder('situations', pointingSituations(id, a)),
    ...inOrder('lead', leads),
    ...(id === 'officer-intervention' ? inOrder('charging', ['abeyance', 'citation']) : []),
    ...(id === 'officer-referral' ? inOrder('charging', ['no-charges']) : []),
    ...inOrder('population', TABLE[id].populations),
    ...inOrder('partners', TABLE[id].groups.flat()),
  ];
}
const expectedPartnerGaps = (id: PathwayId, a: Answers) =>
  TABLE[id].groups.filter((g) => !any(a.partners, g)).flatMap((g) => g.map((x) => `partners:${x}`));

describe('recommend() keeps the contract rules', { timeout: 60_000 }, () => {
  it('rule 1: Officer Intervention only with law enforcement and a way to hold or cite charges', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const listed = recommend(a).pathways.some((p) => p.id === 'officer-intervention');
        return !listed || (has(a.lead, 'law-enforcement') && any(a.charging, ['abeyance', 'citation']));
      }),
      RUNS,
    );
  });

  it('rule 2: the four first-responder pathways only with law enforcement, fire or EMS leading', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const ids = recommend(a).pathways.map((p) => p.id as string);
        return !ids.some((id) => FIRST_RESPONDER.includes(id)) || any(a.lead, ['law-enforcement', 'fire', 'ems']);
      }),
      RUNS,
    );
  });

  it('rule 3: Community Response only with a behavioral-health team', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const listed = recommend(a).pathways.some((p) => p.id === 'community-response');
        return !listed || has(a.lead, 'behavioral-health') || has(a.partners, 'crisis-team');
      }),
      RUNS,
    );
  });

  it('rule 4: a pathway is a strong fit exactly when allowed, not existing and pointed at by a chosen situation', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const strong = recommend(a)
          .pathways.filter((p) => p.fit === 'strong')
          .map((p) => p.id);
        expect(strong.sort()).toEqual(PATHWAY_IDS.filter((id) => strongFit(id, a)).sort());
      }),
      RUNS,
    );
  });

  it('rule 5: strong fits, else the best allowed pathway as the one possible fit; empty only when all allowed exist', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { pathways } = recommend(a);
        for (const p of pathways) expect(has(a.existing, p.id)).toBe(false);
        const open = PATHWAY_IDS.filter((id) => allowed(id, a) && !has(a.existing, id));
        if (open.some((id) => strongFit(id, a))) {
          expect(pathways.every((p) => p.fit === 'strong')).toBe(true);
        } else if (open.length === 0) {
          expect(pathways).toEqual([]);
        } else {
          const matches = (id: PathwayId) => TABLE[id].populations.filter((x) => has(a.population, x)).length;
          const best = open.reduce((top, id) => (matches(id) > matches(top) ? id : top));
          expect(pathways).toHaveLength(1);
          expect(pathways[0]).toMatchObject({ id: best, fit: 'possible' });
          expect(pathways[0]!.gaps).toContain(`situations:${TABLE[best].situation}`);
        }
      }),
      RUNS,
    );
  });

  it('rule 6: strong fits are ordered by more reasons first, then the fixed order', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { pathways } = recommend(a);
        for (let i = 1; i < pathways.length; i++) {
          const [prev, next] = [pathways[i - 1]!, pathways[i]!];
          const inOrder =
            prev.reasons.length > next.reasons.length ||
            (prev.reasons.length === next.reasons.length &&
              PATHWAY_IDS.indexOf(prev.id) < PATHWAY_IDS.indexOf(next.id));
          expect(inOrder, `${prev.id} before ${next.id}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('rule 7: reasons and gaps are the contract ids, in the contract order, each once', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const p of recommend(a).pathways) {
          expect(p.reasons).toEqual(expectedReasons(p.id, a));
          const situationGap = p.fit === 'possible' ? [`situations:${TABLE[p.id].situation}`] : [];
          expect(p.gaps).toEqual([...expectedPartnerGaps(p.id, a), ...situationGap]);
        }
      }),
      RUNS,
    );
  });

  it('rule 8: the same answers give the same result, whatever the order or repetition of ids, and are not changed', () => {
    fc.assert(
      fc.property(
        answersArb.chain((a) => fc.tuple(fc.constant(a), scrambledArb(a))),
        ([a, scrambled]) => {
          const before = structuredClone(scrambled);
          const result = recommend(a);
          expect(recommend(scrambled)).toEqual(result);
          expect(recommend(a)).toEqual(result);
          expect(scrambled).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it("existing is the community's current pathways, echoed in the fixed order", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(recommend(a).existing).toEqual(PATHWAY_IDS.filter((id) => has(a.existing, id)));
      }),
      RUNS,
    );
  });
});

/** Matching programs, from the contract text: scored, best first, ties by English name, 3 each. */
function expectedSites(a: Answers, pathways: PathwayId[], sites: readonly Site[]): string[] {
  const listed: string[] = [];
  const score = (s: Site) =>
    (s.leadAgency === 'multi-agency' ? (a.lead.length >= 2 ? 2 : 0) : has(a.lead, s.leadAgency) ? 2 : 0) +
    (s.setting !== null && s.setting !== 'mixed' && s.setting === a.setting ? 1 : 0) +
    (s.mentorSite ? 0.5 : 0);
  for (const id of pathways) {
    const ranked = sites
      .filter((s) => s.pathways.includes(id) && !listed.includes(s.id))
      .map((s, order) => ({ s, order }))
      .sort((x, y) => score(y.s) - score(x.s) || x.s.name.localeCompare(y.s.name, 'en') || x.order - y.order);
    listed.push(...ranked.slice(0, 3).map((r) => r.s.id));
  }
  return listed;
}

describe('recommend() matches programs as the contract says', { timeout: 60_000 }, () => {
  it('on the built-in programs', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const result = recommend(a);
        const ids = result.pathways.map((p) => p.id);
        expect(result.sites.map((s) => s.id)).toEqual(expectedSites(a, ids, builtInContent.sites));
        for (const site of result.sites) {
          const source = builtInContent.sites.find((s) => s.id === site.id)!;
          expect(site).toEqual({
            id: source.id,
            name: source.name,
            state: source.state,
            pathways: source.pathways,
            matched: site.matched,
          });
          expect(source.pathways).toContain(site.matched);
          expect(ids).toContain(site.matched);
        }
      }),
      RUNS,
    );
  });

  it('on generated programs, with colliding names and scores', () => {
    fc.assert(
      fc.property(answersArb, sitesArb, (a, sites) => {
        const content = { ...builtInContent, sites };
        const result = recommend(a, content);
        expect(result.sites.map((s) => s.id)).toEqual(
          expectedSites(
            a,
            result.pathways.map((p) => p.id),
            sites,
          ),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
