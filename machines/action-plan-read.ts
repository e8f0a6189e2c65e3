/**
 * An action plan read from a plan file or saved progress: checked field by field, in the
 * validator's part (the quiz needs only setting one field, in action-plan.ts).
 */
import type { Content } from '../data/schema';
import { PATHWAY_IDS, type PathwayId } from '../data/vocabulary';
import { ACTION_FIELDS, actionProblem, setAction, type ActionField, type ActionPlan } from './action-plan';

/**
 * Keeps the actions of known pathways and planning points whose fields can be kept; the problems
 * name each one that cannot, so that a file with a bad action is refused with a reason rather
 * than half read.
 */
export function readActionPlan(raw: unknown, content: Content): { plan: ActionPlan; problems: string[] } {
  let plan: ActionPlan = {};
  const problems: string[] = [];
  if (raw === undefined) return { plan, problems };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { plan, problems: ['the actions are not an object'] };
  for (const [pathwayId, points] of Object.entries(raw)) {
    const pathway = content.pathways.find((p) => p.id === pathwayId);
    if (!pathway || !(PATHWAY_IDS as readonly string[]).includes(pathwayId)) {
      problems.push(`"${pathwayId.slice(0, 40)}" is not a pathway`);
      continue;
    }
    if (!points || typeof points !== 'object' || Array.isArray(points)) {
      problems.push(`the actions of ${pathwayId} are not an object`);
      continue;
    }
    for (const [elementId, action] of Object.entries(points)) {
      if (!pathway.elements.some((e) => e.id === elementId)) {
        problems.push(`"${elementId.slice(0, 40)}" is not a planning point of ${pathwayId}`);
        continue;
      }
      if (!action || typeof action !== 'object' || Array.isArray(action)) {
        problems.push(`the action for ${pathwayId} / ${elementId} is not an object`);
        continue;
      }
      for (const [field, value] of Object.entries(action)) {
        const where = `${pathwayId} / ${elementId} / ${field.slice(0, 20)}`;
        if (!(ACTION_FIELDS as readonly string[]).includes(field)) problems.push(`${where} is not an action field`);
        else if (typeof value !== 'string') problems.push(`${where} is not text`);
        else {
          const problem = actionProblem(field as ActionField, value);
          if (problem)
            problems.push(
              `${where}: ${problem.key === 'tooLong' ? `over ${problem.values!.max} characters` : 'not a real date (YYYY-MM-DD)'}`,
            );
          else plan = setAction(plan, pathwayId as PathwayId, elementId, field as ActionField, value);
        }
      }
    }
  }
  return { plan, problems };
}
