/**
 * Why a pathway is not recommended, in terms a view can put into words: the rule that keeps it
 * out (rules 1-3), or that it already runs. Used to explain a possible fit: which pathways the
 * chosen situations point at, and why each of those is out. For each condition the answers
 * fail, see why-out.ts.
 */
import type { Content, Pathway } from '../data/schema';
import type { PathwayId, SituationId } from '../data/vocabulary';
import type { Answers } from './answers';
import { isAllowed, situationsPointingAt } from './recommend';

/** The rule that keeps a pathway out: it needs law enforcement and a charging option, a behavioral-health team, or a first responder. */
export type ExclusionRule = 'needsCharging' | 'needsBehavioralHealth' | 'needsFirstResponder';

/** Which of rules 1-3 a pathway rests on, read from its facts in the content. */
export function exclusionRule(pathway: Pathway): ExclusionRule {
  if (pathway.requiresCharging.length > 0) return 'needsCharging';
  if (pathway.allowedBy.partners.length > 0) return 'needsBehavioralHealth';
  return 'needsFirstResponder';
}

/** A pathway a chosen situation points at that is not recommended, and why. */
export type PointedOut = { pathway: PathwayId; situation: SituationId; why: ExclusionRule | 'running' };

/** The pathways the chosen situations point at that are out, in the fixed order, each once. */
export function pointedButOut(answers: Answers, content: Content): PointedOut[] {
  const out: PointedOut[] = [];
  for (const pathway of content.pathways) {
    const situation = situationsPointingAt(pathway, answers).find((id) => answers.situations.includes(id));
    if (!situation) continue;
    if (answers.existing.includes(pathway.id)) out.push({ pathway: pathway.id, situation, why: 'running' });
    else if (!isAllowed(pathway, answers)) out.push({ pathway: pathway.id, situation, why: exclusionRule(pathway) });
  }
  return out;
}
