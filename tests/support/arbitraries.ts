/** fast-check generators for answers and programs, drawn from the contract vocabulary. */
import fc from 'fast-check';
import type { Answers } from '../../machines/answers';
import type { Site } from '../../data/schema';
import { ANSWER_OPTIONS, PATHWAY_IDS, SITE_LEAD_IDS, SITE_SETTING_IDS } from '../../data/vocabulary';

const subset = <T>(ids: readonly T[], minLength = 0) => fc.subarray([...ids], { minLength });

/** Complete, valid answers in vocabulary order. */
export const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    lead: subset(ANSWER_OPTIONS.lead, 1),
    situations: subset(ANSWER_OPTIONS.situations, 1),
    population: subset(ANSWER_OPTIONS.population, 1),
    charging: fc.oneof(subset(['no-charges', 'abeyance', 'citation'] as const, 1), fc.constant<'none'[]>(['none'])),
    partners: subset(ANSWER_OPTIONS.partners),
    setting: fc.constantFrom(...ANSWER_OPTIONS.setting),
    existing: subset(ANSWER_OPTIONS.existing),
  })
  .map(({ charging, ...rest }) => (rest.lead.includes('law-enforcement') ? { ...rest, charging } : rest));

/** The same answers with every list shuffled and some ids repeated. */
export function scrambledArb(answers: Answers): fc.Arbitrary<Answers> {
  const scramble = <T>(list: readonly T[]) =>
    fc
      .tuple(fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length }), fc.subarray([...list]))
      .map(([shuffled, again]) => [...shuffled, ...again]);
  return fc
    .record({
      lead: scramble(answers.lead),
      situations: scramble(answers.situations),
      population: scramble(answers.population),
      charging: scramble(answers.charging ?? []),
      partners: scramble(answers.partners),
      existing: scramble(answers.existing),
    })
    .map(
      ({ charging, ...lists }) =>
        ({ ...lists, setting: answers.setting, ...(answers.charging ? { charging } : {}) }) as Answers,
    );
}

/** Programs with random facts; names collide often so that ties by name are exercised. */
export const siteArb = (id: number): fc.Arbitrary<Site> =>
  fc.record({
    id: fc.constant(`site-${id}`),
    name: fc.constantFrom('Alpha', 'alpha', 'Beta', 'Ćity', 'City', 'Delta', 'Échelle', 'Zed', `Program ${id}`),
    city: fc.constant(null),
    county: fc.constant(null),
    state: fc.constantFrom('IL', 'OH', 'WV'),
    leadAgency: fc.constantFrom(...SITE_LEAD_IDS),
    pathways: fc.subarray([...PATHWAY_IDS], { minLength: 1 }),
    setting: fc.constantFrom(...SITE_SETTING_IDS, null),
    mentorSite: fc.boolean(),
    yearStarted: fc.constant(null),
    confidence: fc.constant('stated' as const),
    source: fc.constant('generated'),
    links: fc.constant([]),
  });

export const sitesArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => siteArb(i))));
