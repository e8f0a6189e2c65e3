/**
 * The action plan: for a pathway's planning point (a critical element), who owns it, by when and
 * a note. Pure and DOM-free. A value is checked before it is kept, so the plan never holds an
 * impossible date or an over-long text; an empty value removes the field.
 */
import type { PathwayId } from '../data/vocabulary';

export const ACTION_FIELDS = ['owner', 'due', 'note'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];
export type PlanAction = Partial<Record<ActionField, string>>;
/** Per pathway, per planning point (element id), its action. */
export type ActionPlan = Partial<Record<PathwayId, Record<string, PlanAction>>>;

/** The longest owner and note, in characters. */
export const MAX_LENGTH: Record<Exclude<ActionField, 'due'>, number> = { owner: 80, note: 500 };

/** Why a value cannot be kept, as a text key of the planner's (`planner.action.problems.*`) with its values; null when it can. */
export type ActionProblem = { key: 'tooLong' | 'dateFormat' | 'dateImpossible'; values?: Record<string, number> };

/** A calendar date written YYYY-MM-DD that exists (no 30 February), between the years 1900 and 2200. */
function checkDate(value: string): ActionProblem | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { key: 'dateFormat' };
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2200 ? null : { key: 'dateImpossible' };
}

export function actionProblem(field: ActionField, raw: string): ActionProblem | null {
  const value = raw.trim();
  if (value === '') return null;
  if (field === 'due') return checkDate(value);
  const max = MAX_LENGTH[field];
  return value.length > max ? { key: 'tooLong', values: { max, length: value.length } } : null;
}

/** The plan with one field set (trimmed) or, when empty, removed; unchanged when the value cannot be kept. */
export function setAction(
  plan: ActionPlan,
  pathway: PathwayId,
  element: string,
  field: ActionField,
  raw: string,
): ActionPlan {
  const value = raw.trim();
  if (actionProblem(field, value)) return plan;
  const action: PlanAction = { ...plan[pathway]?.[element] };
  if (value === '') delete action[field];
  else action[field] = value;
  const points = { ...plan[pathway] };
  if (Object.keys(action).length === 0) delete points[element];
  else points[element] = action;
  const next = { ...plan };
  if (Object.keys(points).length === 0) delete next[pathway];
  else next[pathway] = points;
  return next;
}
