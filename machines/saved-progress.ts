/**
 * Saved progress read back: the stored text unwrapped (format, version, step) and its answers
 * and readiness marks checked. Pure and DOM-free; the validator file carries it, so the script
 * ships no zod.
 */
import type { Content } from '../data/schema';
import { safeParsePartialAnswers } from './answers';
import { decodeAnswers } from './share-decode';
import { readActionPlan } from './action-plan-read';
import { readCommunity } from './community';
import { normaliseReadiness } from './readiness';
import { STEP_IDS, type StepId } from './step-ids';
import { labelProblem } from './team';
import type { SavedProgress, TeamDraft } from './widget.machine';

import { PROGRESS_FORMAT, PROGRESS_VERSION } from './progress-format';

export { PROGRESS_FORMAT, PROGRESS_VERSION };

/** The progress to offer; `discarded` with why it cannot be used; or null when no answer was saved. */
export function parseSavedProgress(text: string, content: Content): SavedProgress | { discarded: string } | null {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { discarded: 'it is not valid JSON' };
  }
  if (!saved || typeof saved !== 'object') return { discarded: 'it is not an object' };
  const { format, version, step, answers, readiness, actions, community, savedAt, team } = saved as Record<
    string,
    unknown
  >;
  if (format !== PROGRESS_FORMAT) return { discarded: 'it is not Pick Your Pathway progress' };
  if (version !== PROGRESS_VERSION)
    return { discarded: `it is in format version ${String(version).slice(0, 20)}, not ${PROGRESS_VERSION}` };
  if (!(STEP_IDS as readonly unknown[]).includes(step)) return { discarded: 'its step is unknown' };
  const parsed = safeParsePartialAnswers(answers);
  if (!parsed.ok) return { discarded: `its answers do not fit (${parsed.message})` };
  const draft = readTeamDraft(team);
  if (Object.keys(parsed.answers).length === 0 && draft.length === 0) return null;
  return {
    step: step as StepId,
    answers: parsed.answers,
    readiness: normaliseReadiness(readiness, content),
    // Saved before the action plan, or an action that cannot be kept: the rest of the progress still is.
    actionPlan: readActionPlan(actions, content).plan,
    community: readCommunity(community),
    savedAt: typeof savedAt === 'string' ? savedAt : '',
    ...(draft.length > 0 && { team: draft }),
  };
}

/** The builder's saved partners; one whose label or code cannot be used is dropped, the rest kept. */
function readTeamDraft(team: unknown): TeamDraft {
  if (!Array.isArray(team)) return [];
  return team.flatMap((member: unknown): TeamDraft => {
    const { label, code } = (member ?? {}) as Record<string, unknown>;
    if (typeof code !== 'string' || (label !== null && (typeof label !== 'string' || labelProblem(label)))) return [];
    const decoded = decodeAnswers(code);
    return decoded.ok ? [{ label: label as string | null, answers: decoded.answers, code }] : [];
  });
}
