/** Programs to show as examples of a pathway (the trainer's side-by-side view): mentor sites first. */
import type { Site } from '../data/schema';
import type { PathwayId } from '../data/vocabulary';

/** The first `count` programs that run a pathway, mentor sites first, otherwise in list (name) order. */
export function examplePrograms(pathway: PathwayId, sites: readonly Site[], count = 3): Site[] {
  return sites
    .filter((site) => site.pathways.includes(pathway))
    .sort((a, b) => Number(b.mentorSite) - Number(a.mentorSite))
    .slice(0, count);
}
