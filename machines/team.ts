/**
 * Team links (CONTRACT "Team links"): `#pyp-team=Label~code,…`, 2 to 20 members, each a share
 * code with an optional label; and the team's combined answers. Pure and DOM-free: the decoding of
 * each member's code is handed in, so this file carries no zod.
 */
import { TEAM_PREFIX } from './team-link-text';
import { ANSWER_KEYS, ANSWER_OPTIONS, SETTING_IDS, type AnswerKey, type SettingId } from '../data/vocabulary';
import type { Content, Question } from '../data/schema';
import type { Answers } from './answers';
import { normaliseList } from './lists';
import { createQuestionFlow, type QuestionFlow } from './question-flow';
import { recommend, type Recommendation } from './recommend';

export { TEAM_PREFIX, teamTextFromHash } from './team-link-text';
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 20;
export const MAX_LABEL_LENGTH = 40;

export type TeamMember = { label: string | null; answers: Answers };
export type DecodeMember = (code: string) => { ok: true; answers: Answers } | { ok: false; message: string };

/** Why a member was left out, by its place (1 first): as words for `pyp-error`, and as a reason the view translates. */
export type TeamProblem = { member: number; reason: LabelReason | 'code'; message: string };
export type LabelReason = 'label-encoding' | 'label-length' | 'label-markup';

/** The members that could be read and why any were left out; or why there is no team at all. */
export type ParsedTeam =
  | { ok: true; members: TeamMember[]; problems: TeamProblem[] }
  | { ok: false; reason: 'too-many' | 'too-few'; count: number; message: string; problems: TeamProblem[] };

const LABEL_MESSAGES: Record<LabelReason, string> = {
  'label-encoding': 'its label is not valid percent-encoding',
  'label-length': `its label is over ${MAX_LABEL_LENGTH} characters`,
  'label-markup': 'its label holds markup or control characters',
};

/** Why a label as a person wrote it cannot be used (markup, control characters, over 40 characters), or null. */
export function labelProblem(label: string): Exclude<LabelReason, 'label-encoding'> | null {
  if (label.length > MAX_LABEL_LENGTH) return 'label-length';
  if (/[\u0000-\u001f\u007f<>]/.test(label)) return 'label-markup';
  return null;
}

function readLabel(encoded: string): { ok: true; label: string } | { ok: false; reason: LabelReason } {
  let label: string;
  try {
    label = decodeURIComponent(encoded).trim();
  } catch {
    return { ok: false, reason: 'label-encoding' };
  }
  const reason = labelProblem(label);
  return reason ? { ok: false, reason } : { ok: true, label };
}

/** Reads the members of a team fragment (the text after `#pyp-team=`); a member that cannot be read is left out and named. */
export function parseTeam(text: string, decode: DecodeMember): ParsedTeam {
  const parts = text.split(',').filter((part) => part.trim() !== '');
  if (parts.length > MAX_MEMBERS)
    return {
      ok: false,
      reason: 'too-many',
      count: parts.length,
      message: `A team link holds at most ${MAX_MEMBERS} members; this one has ${parts.length}.`,
      problems: [],
    };
  const members: TeamMember[] = [];
  const problems: TeamProblem[] = [];
  parts.forEach((part, i) => {
    const member = i + 1;
    const cut = part.indexOf('~');
    const label = cut === -1 ? null : readLabel(part.slice(0, cut));
    if (label && !label.ok)
      return void problems.push({
        member,
        reason: label.reason,
        message: `Member ${member}: ${LABEL_MESSAGES[label.reason]}.`,
      });
    const decoded = decode(cut === -1 ? part : part.slice(cut + 1));
    if (!decoded.ok)
      return void problems.push({ member, reason: 'code', message: `Member ${member}: ${decoded.message}` });
    members.push({ label: label?.label || null, answers: decoded.answers });
  });
  if (members.length < MIN_MEMBERS)
    return {
      ok: false,
      reason: 'too-few',
      count: members.length,
      message: `A team link needs at least ${MIN_MEMBERS} members that can be read; this one has ${members.length}.`,
      problems,
    };
  return { ok: true, members, problems };
}

/** The team link for these members: labels percent-encoded (`~` too, as it ends a label), codes as they are. */
export function teamFragment(members: readonly { label: string | null; code: string }[]): string {
  return `${TEAM_PREFIX}${members.map(({ label, code }) => (label ? `${encodeURIComponent(label).replaceAll('~', '%7E')}~${code}` : code)).join(',')}`;
}

/**
 * The combined answers: each list the union of the members' lists (in vocabulary order); the
 * setting the most frequent (a tie goes to the earliest member among the tied); charging the
 * union when the combined leads include law enforcement (`none` dropped beside any other), else absent.
 */
export function combineAnswers(members: readonly Answers[]): Answers {
  const union = <K extends 'lead' | 'situations' | 'population' | 'partners' | 'existing'>(key: K) =>
    normaliseList(
      members.flatMap((m) => m[key] as readonly string[]),
      ANSWER_OPTIONS[key] as readonly string[],
    ) as Answers[K];
  const counts = new Map<SettingId, number>();
  for (const m of members) counts.set(m.setting, (counts.get(m.setting) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const setting = members.find((m) => counts.get(m.setting) === most)?.setting ?? SETTING_IDS[0];
  const lead = union('lead');
  const combined: Answers = {
    lead,
    situations: union('situations'),
    population: union('population'),
    partners: union('partners'),
    setting,
    existing: union('existing'),
  };
  if (lead.includes('law-enforcement')) {
    const charging = normaliseList(
      members.flatMap((m) => m.charging ?? []),
      ANSWER_OPTIONS.charging,
    );
    combined.charging = charging.length > 1 ? charging.filter((id) => id !== 'none') : charging;
  }
  return combined;
}

/**
 * The element's `team` property: each member with their recommendation, the combined answers and
 * theirs, and the questions the members disagree on.
 */
export type Team = {
  members: { label: string | null; answers: Answers; result: Recommendation }[];
  combined: Answers;
  result: Recommendation;
  disagreements: AnswerKey[];
};

export function teamOf(members: readonly TeamMember[], content: Content): Team {
  const answers = members.map((m) => m.answers);
  const combined = combineAnswers(answers);
  return {
    members: members.map(({ label, answers }) => ({ label, answers, result: recommend(answers, content) })),
    combined,
    result: recommend(combined, content),
    disagreements: teamDisagreements(answers, content),
  };
}

/** Each member asked a question, by their place in the team (0 first), with their ids in option order. */
export function askedChoices(
  question: Question,
  members: readonly Answers[],
  flow: QuestionFlow,
): { member: number; ids: string[] }[] {
  const order = question.options.map((o) => o.id);
  return members.flatMap((answers, member) => {
    if (!flow.isAsked(question.id, answers)) return [];
    const value: unknown = answers[question.id];
    const ids = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
    return [{ member, ids: normaliseList(ids, order) }];
  });
}

/**
 * The questions the members disagree on, in question order: two members were both asked it and
 * answered differently (lists as sets). A member not asked a question (charging, when law
 * enforcement does not lead) takes no part in it, so "not asked" is never a disagreement.
 */
export function teamDisagreements(members: readonly Answers[], content: Content): AnswerKey[] {
  const flow = createQuestionFlow(content.questions);
  return content.questions
    .filter((question) => {
      // In option order and without repeats, equal sets are equal lists.
      const [first, ...others] = askedChoices(question, members, flow).map((c) => c.ids.join(' '));
      return others.some((ids) => ids !== first);
    })
    .map((q) => q.id);
}

/** One question across a team: each member's choice, and what not everyone chose. */
export type TeamRow = {
  key: AnswerKey;
  /** Each member's option ids for it; null when the question was not asked of that member. */
  choices: (readonly string[] | null)[];
  /** The options some members asked chose and others did not (in vocabulary order); empty when they all agree. */
  differs: string[];
};

/**
 * The team's answers question by question. A question asked of no member is left out; one asked
 * of some only (charging, when some lead with law enforcement) differs by their choices.
 */
export function teamRows(members: readonly Answers[]): TeamRow[] {
  return ANSWER_KEYS.flatMap((key) => {
    const choices = members.map((m) => {
      const value = m[key];
      return value === undefined ? null : Array.isArray(value) ? (value as readonly string[]) : [value as string];
    });
    if (choices.every((c) => c === null)) return [];
    const chosen = (id: string) => choices.filter((c) => c?.includes(id)).length;
    // Against the members asked only: "not asked" is no choice to differ from.
    const asked = choices.filter((c) => c !== null).length;
    const differs = (ANSWER_OPTIONS[key] as readonly string[]).filter((id) => chosen(id) > 0 && chosen(id) < asked);
    return [{ key, choices, differs }];
  });
}
