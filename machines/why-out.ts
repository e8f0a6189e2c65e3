/**
 * `whyOut()` (CONTRACT "Why a pathway is out"): each condition of rules 1-4 that keeps a pathway
 * out for some answers. Apart from exclusion.ts because it needs the built-in content as its
 * default, which the view files that read exclusion.ts must not carry.
 */
import { builtInContent } from '../data/content';
import type { Content } from '../data/schema';
import type { PathwayId, SituationId } from '../data/vocabulary';
import type { Answers } from './answers';
import { exclusionRule, type ExclusionRule } from './exclusion';
import { isAllowed, recommendOnce, situationsPointingAt } from './recommend';

/**
 * What keeps a pathway out, as the contract names it ("Why a pathway is out"), in this order:
 * it already runs; law enforcement does not lead (rule 1); law enforcement leads but cannot hold
 * charges or cite (rule 1); no first responder leads (rule 2); no behavioral-health team (rule 3);
 * allowed, but no chosen situation points at it (rule 4).
 */
export type OutReason =
  | 'running'
  | 'lead:law-enforcement'
  | 'charging:hold-or-cite'
  | 'lead:first-responder'
  | 'behavioral-health-team'
  | 'situation';

/** Why a pathway is out: `situations` are those that would point at it, given with `situation` only. */
export type WhyOut = { pathway: PathwayId; because: OutReason[]; situations: SituationId[] };

/**
 * Why a pathway is not recommended for these answers, naming every condition of rules 1-4 that
 * the answers fail and none they meet: a police department that leads is never told Officer
 * Intervention needs law enforcement to lead. For a recommended pathway (a possible fit too),
 * `because` and `situations` are empty. The rules are read from the pathway's facts in `content`.
 */
export function whyOut(pathwayId: PathwayId, answers: Answers, content: Content = builtInContent): WhyOut {
  const pathway = content.pathways.find((p) => p.id === pathwayId);
  if (!pathway) throw new Error(`No pathway "${pathwayId}" in the content`);
  if (recommendOnce(answers, content).pathways.some((p) => p.id === pathwayId))
    return { pathway: pathwayId, because: [], situations: [] };

  const because: OutReason[] = [];
  if (answers.existing.includes(pathwayId)) because.push('running');
  const led =
    pathway.allowedBy.lead.some((id) => answers.lead.includes(id)) ||
    pathway.allowedBy.partners.some((id) => answers.partners.includes(id));
  const rule = exclusionRule(pathway);
  if (!led) because.push(LEAD_REASON[rule]);
  // Charging is asked, and can fail, only once law enforcement leads.
  else if (rule === 'needsCharging' && !pathway.requiresCharging.some((id) => answers.charging?.includes(id)))
    because.push('charging:hold-or-cite');

  const pointing = situationsPointingAt(pathway, answers);
  if (isAllowed(pathway, answers) && !pointing.some((id) => answers.situations.includes(id))) {
    because.push('situation');
    return { pathway: pathwayId, because, situations: pointing };
  }
  return { pathway: pathwayId, because, situations: [] };
}

/** The reason a pathway's leads (rules 1-3) give when none of them leads. */
const LEAD_REASON: Record<ExclusionRule, OutReason> = {
  needsCharging: 'lead:law-enforcement',
  needsFirstResponder: 'lead:first-responder',
  needsBehavioralHealth: 'behavioral-health-team',
};
