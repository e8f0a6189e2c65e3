/**
 * Team links (CONTRACT "Team links"): `#pyp-team=Label~code,…`, 2 to 20 members, each a share
 * code with an optional label; and the team's combined answers. Pure and DOM-free: the decoding of
 * each member's code is handed in, so this file carries no zod.
 */
import { ANSWER_OPTIONS, SETTING_IDS, type SettingId } from '../data/vocabulary';
import type { Answers } from './answers';
import { normaliseList } from './lists';

export const TEAM_PREFIX = '#pyp-team=';
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 20;
export const MAX_LABEL_LENGTH = 40;

export type TeamMember = { label: string | null; answers: Answers };
export type DecodeMember = (code: string) => { ok: true; answers: Answers } | { ok: false; message: string };

/** The members that could be read, and a message for each one that could not (by its place, 1 first). */
export type ParsedTeam =
  { ok: true; members: TeamMember[]; problems: string[] } | { ok: false; message: string; problems: string[] };

/** A label as a person wrote it: no markup, no control characters, at most 40 characters; else null with why. */
function readLabel(encoded: string): { ok: true; label: string } | { ok: false; message: string } {
  let label: string;
  try {
    label = decodeURIComponent(encoded).trim();
  } catch {
    return { ok: false, message: 'its label is not valid percent-encoding' };
  }
  if (label.length > MAX_LABEL_LENGTH)
    return { ok: false, message: `its label is over ${MAX_LABEL_LENGTH} characters` };
  if (/[\u0000-\u001f\u007f<>]/.test(label))
    return { ok: false, message: 'its label holds markup or control characters' };
  return { ok: true, label };
}

/** Reads the members of a team fragment (the text after `#pyp-team=`); a member that cannot be read is left out and named. */
export function parseTeam(text: string, decode: DecodeMember): ParsedTeam {
  const parts = text.split(',').filter((part) => part.trim() !== '');
  if (parts.length > MAX_MEMBERS)
    return {
      ok: false,
      message: `A team link holds at most ${MAX_MEMBERS} members; this one has ${parts.length}.`,
      problems: [],
    };
  const members: TeamMember[] = [];
  const problems: string[] = [];
  parts.forEach((part, i) => {
    const cut = part.indexOf('~');
    const label = cut === -1 ? null : readLabel(part.slice(0, cut));
    if (label && !label.ok) return void problems.push(`Member ${i + 1}: ${label.message}.`);
    const decoded = decode(cut === -1 ? part : part.slice(cut + 1));
    if (!decoded.ok) return void problems.push(`Member ${i + 1}: ${decoded.message}`);
    members.push({ label: label?.label || null, answers: decoded.answers });
  });
  if (members.length < MIN_MEMBERS)
    return {
      ok: false,
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
