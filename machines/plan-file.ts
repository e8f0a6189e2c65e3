/**
 * The planner's export file: versioned JSON with the answers, the result, the readiness marks and
 * (from version 2) the action plan and, when named, the community. On import only the answers, marks and actions are read; the
 * result is computed again. Version-1 files still open, with no actions.
 */
import type { ActionPlan } from './action-plan';
import type { Answers } from './answers';
import type { Readiness } from './readiness';
import type { Recommendation } from './recommend';

export const PLAN_FORMAT = 'pick-your-pathway/plan';
export const PLAN_VERSION = 2;
/** Versions this build can open. */
export const PLAN_VERSIONS_READ: readonly number[] = [1, 2];

export type PlanFile = {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  exportedAt: string;
  answers: Answers;
  result: Recommendation;
  readiness: Readiness;
  actions: ActionPlan;
  /** The community or agency the plan is for, when named (read by builds that know it, ignored by others). */
  community?: string;
};

export function buildPlanFile(
  answers: Answers,
  result: Recommendation,
  readiness: Readiness,
  actions: ActionPlan,
  exportedAt: Date,
  community = '',
): PlanFile {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    exportedAt: exportedAt.toISOString(),
    answers,
    result,
    readiness,
    actions,
    ...(community ? { community } : {}),
  };
}
