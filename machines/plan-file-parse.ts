/** Reads an exported plan file back: answers validated with zod, readiness marks normalised. */
import type { Content } from '../data/schema';
import { safeParseAnswers, type Answers } from './answers';
import { PLAN_FORMAT, PLAN_VERSION } from './plan-file';
import { normaliseReadiness, type Readiness } from './readiness';

/** A result value with a plain message, never an exception. */
export function parsePlanFile(
  text: string,
  content: Content,
): { ok: true; answers: Answers; readiness: Readiness } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not a JSON file.' };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== PLAN_FORMAT) {
    return { ok: false, message: 'The file is not a Pick Your Pathway plan.' };
  }
  const { version, answers, readiness } = data as { version?: unknown; answers?: unknown; readiness?: unknown };
  if (version !== PLAN_VERSION)
    return {
      ok: false,
      message: `The plan is in format version ${String(version).slice(0, 20)}, which this tool cannot read.`,
    };
  const parsed = safeParseAnswers(answers);
  if (!parsed.ok) return { ok: false, message: `The plan's answers do not fit: ${parsed.message}` };
  return { ok: true, answers: parsed.answers, readiness: normaliseReadiness(readiness, content) };
}
