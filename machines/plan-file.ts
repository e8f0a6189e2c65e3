/**
 * The planner's export file: versioned JSON with the answers, the result and the readiness marks.
 * On import only the answers and marks are trusted; the result is computed again.
 */
import type { Answers } from './answers';
import type { Readiness } from './readiness';
import type { Recommendation } from './recommend';

export const PLAN_FORMAT = 'pick-your-pathway/plan';
export const PLAN_VERSION = 1;

export type PlanFile = {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  exportedAt: string;
  answers: Answers;
  result: Recommendation;
  readiness: Readiness;
};

export function buildPlanFile(
  answers: Answers,
  result: Recommendation,
  readiness: Readiness,
  exportedAt: Date,
): PlanFile {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    exportedAt: exportedAt.toISOString(),
    answers,
    result,
    readiness,
  };
}
