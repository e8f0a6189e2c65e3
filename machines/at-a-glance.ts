/**
 * All six pathways at a glance, for the top of the result: each one's status (a strong or
 * possible fit, already running, or not for now) and the one reason a view puts into words.
 */
import type { Content } from '../data/schema';
import type { PathwayId, SituationId } from '../data/vocabulary';
import type { Answers } from './answers';
import { exclusionRule, type ExclusionRule } from './exclusion';
import { isAllowed, recommendOnce, situationsPointingAt } from './recommend';

export type GlanceStatus = 'strong' | 'possible' | 'running' | 'out';

/**
 * Why: a chosen situation points at it and the leads can run it (`points`); the leads can run it
 * but no chosen situation points at it (`allowed`); it runs already; a rule keeps it out (`rule`);
 * or it is allowed, but serves a situation that was not picked (`unpicked`).
 */
export type GlanceReason =
  | { kind: 'points'; situation: SituationId }
  | { kind: 'allowed' }
  | { kind: 'running' }
  | { kind: 'rule'; rule: ExclusionRule }
  | { kind: 'unpicked'; situation: SituationId };

export type GlanceRow = { pathway: PathwayId; status: GlanceStatus; reason: GlanceReason };

/** The six pathways in the content's order, each with its status and reason. */
export function atAGlance(answers: Answers, content: Content): GlanceRow[] {
  const result = recommendOnce(answers, content);
  return content.pathways.map((pathway): GlanceRow => {
    const recommended = result.pathways.find((p) => p.id === pathway.id);
    const pointing = situationsPointingAt(pathway, answers).find((id) => answers.situations.includes(id));
    if (recommended?.fit === 'strong')
      return { pathway: pathway.id, status: 'strong', reason: { kind: 'points', situation: pointing! } };
    if (recommended) return { pathway: pathway.id, status: 'possible', reason: { kind: 'allowed' } };
    if (result.existing.includes(pathway.id))
      return { pathway: pathway.id, status: 'running', reason: { kind: 'running' } };
    if (!isAllowed(pathway, answers))
      return { pathway: pathway.id, status: 'out', reason: { kind: 'rule', rule: exclusionRule(pathway) } };
    return { pathway: pathway.id, status: 'out', reason: { kind: 'unpicked', situation: pathway.situation } };
  });
}
