/** Reads an exported plan file back: answers validated with zod, readiness marks normalised, actions checked. */
import type { Content } from '../data/schema';
import { safeParseAnswers, type Answers } from './answers';
import type { ActionPlan } from './action-plan';
import { readActionPlan } from './action-plan-read';
import { readCommunity } from './community';
import { PLAN_FORMAT, PLAN_VERSIONS_READ } from './plan-file';
import { normaliseReadiness, type Readiness } from './readiness';

/** A result value with a plain message, never an exception. */
export function parsePlanFile(
  text: string,
  content: Content,
):
  | { ok: true; answers: Answers; readiness: Readiness; actionPlan: ActionPlan; community: string }
  | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not a JSON file.' };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== PLAN_FORMAT) {
    return { ok: false, message: 'The file is not a Pick Your Pathway plan.' };
  }
  const { version, answers, readiness, actions, community } = data as Record<string, unknown>;
  if (!PLAN_VERSIONS_READ.includes(version as number))
    return {
      ok: false,
      message: `The plan is in format version ${String(version).slice(0, 20)}, which this tool cannot read.`,
    };
  const parsed = safeParseAnswers(answers);
  if (!parsed.ok) return { ok: false, message: `The plan's answers do not fit: ${parsed.message}` };
  // Version 1 had no actions; in version 2 a bad action refuses the file, so nothing is half read.
  const read = readActionPlan(version === 1 ? undefined : actions, content);
  if (read.problems.length > 0)
    return {
      ok: false,
      message: `The plan's actions do not fit: ${read.problems.slice(0, 3).join('; ')}${read.problems.length > 3 ? ` (and ${read.problems.length - 3} more)` : ''}.`,
    };
  return {
    ok: true,
    answers: parsed.answers,
    readiness: normaliseReadiness(readiness, content),
    actionPlan: read.plan,
    community: readCommunity(community),
  };
}
