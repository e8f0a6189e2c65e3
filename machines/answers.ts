/**
 * The `Answers` object: its schema, `parseAnswers()` and the list normalisation that makes
 * share links round-trip (../shared/spec/CONTRACT.md, "Answers vocabulary").
 */
import * as z from 'zod/mini';
import { ANSWER_KEYS, ANSWER_OPTIONS } from '../data/vocabulary';
import { normaliseList } from './lists';

const idList = <const T extends readonly [string, ...string[]]>(vocabulary: T, min: number) =>
  z.pipe(
    z
      .array(
        z.enum(vocabulary, { error: (issue) => `"${String(issue.input)}" is not one of ${vocabulary.join(', ')}` }),
        {
          error: (issue) =>
            issue.input === undefined ? 'is missing' : `expected a list of ids, got ${describe(issue.input)}`,
        },
      )
      .check(z.minLength(min, min === 1 ? `choose at least one of ${vocabulary.join(', ')}` : undefined)),
    z.transform((ids: T[number][]) => normaliseList<T[number]>(ids, vocabulary)),
  );

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : typeof value;
}

/** A complete set of answers, as the wizard collects them and `recommend()` takes them. */
export type Answers = Omit<z.output<typeof AnswersObject>, 'charging'> & { charging?: z.output<typeof ChargingList> };

const settingIds = ANSWER_OPTIONS.setting;
const ChargingList = idList(ANSWER_OPTIONS.charging, 1);
const AnswersObject = z.strictObject({
  lead: idList(ANSWER_OPTIONS.lead, 1),
  situations: idList(ANSWER_OPTIONS.situations, 1),
  population: idList(ANSWER_OPTIONS.population, 1),
  // Checked below, and only when law enforcement leads: otherwise it is dropped whatever it holds.
  charging: z.optional(z.unknown()),
  partners: idList(ANSWER_OPTIONS.partners, 0),
  setting: z.enum(settingIds, {
    error: (issue) =>
      issue.input === undefined ? 'is missing' : `${describe(issue.input)} is not one of ${settingIds.join(', ')}`,
  }),
  existing: idList(ANSWER_OPTIONS.existing, 0),
});

/** The answers schema: lists de-duplicated and in vocabulary order; `charging` only with law enforcement. */
export const AnswersSchema = z.pipe(
  AnswersObject.check(
    z.superRefine((answers, ctx) => {
      if (!answers.lead.includes('law-enforcement')) return;
      if (answers.charging === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['charging'],
          message: 'is missing: it is asked when lead includes law-enforcement',
          input: undefined,
        });
        return;
      }
      const charging = ChargingList.safeParse(answers.charging);
      if (!charging.success) {
        charging.error.issues.forEach((issue) => ctx.addIssue({ ...issue, path: ['charging', ...issue.path] }));
      } else if (charging.data.includes('none') && charging.data.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['charging'],
          message: '"none" cannot be combined with other charging options',
          input: answers.charging,
        });
      }
    }),
  ),
  z.transform(({ charging, ...answers }): Answers =>
    answers.lead.includes('law-enforcement') ? { ...answers, charging: ChargingList.parse(charging) } : answers,
  ),
);

/** One problem with an answers value, by key. */
export type AnswersIssue = { key: string; message: string };

/** Thrown by `parseAnswers()`; its message names every bad key. */
export class AnswersError extends Error {
  override name = 'AnswersError';
  constructor(readonly issues: AnswersIssue[]) {
    super(issues.map((i) => `${i.key}: ${i.message}`).join('; '));
  }
}

const keyOrder = (key: string) => {
  const i = (ANSWER_KEYS as readonly string[]).indexOf(key);
  return i === -1 ? ANSWER_KEYS.length : i;
};

function toIssues(error: z.core.$ZodError): AnswersIssue[] {
  const byKey = new Map<string, string[]>();
  const add = (key: string, message: string) => byKey.set(key, [...(byKey.get(key) ?? []), message]);
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') issue.keys.forEach((key) => add(key, 'is not an answer key'));
    else if (issue.path.length === 0) add('answers', `expected an object, got ${describe(issue.input)}`);
    else add(String(issue.path[0]), issue.message);
  }
  return [...byKey]
    .sort(([a], [b]) => keyOrder(a) - keyOrder(b))
    .map(([key, messages]) => ({ key, message: [...new Set(messages)].join(', ') }));
}

/** Validates and normalises answers, or tells every problem at once. */
export function safeParseAnswers(
  input: unknown,
): { ok: true; answers: Answers } | { ok: false; message: string; issues: AnswersIssue[] } {
  const result = AnswersSchema.safeParse(input);
  if (result.success) return { ok: true, answers: result.data as Answers };
  const error = new AnswersError(toIssues(result.error));
  return { ok: false, message: error.message, issues: error.issues };
}

/** Validates and normalises answers; throws one `AnswersError` naming every bad key. */
export function parseAnswers(input: unknown): Answers {
  const result = safeParseAnswers(input);
  if (!result.ok) throw new AnswersError(result.issues);
  return result.answers;
}

const PartialAnswersSchema = z.partial(
  z.strictObject({
    lead: idList(ANSWER_OPTIONS.lead, 0),
    situations: idList(ANSWER_OPTIONS.situations, 0),
    population: idList(ANSWER_OPTIONS.population, 0),
    charging: idList(ANSWER_OPTIONS.charging, 0),
    partners: idList(ANSWER_OPTIONS.partners, 0),
    setting: z.enum(settingIds),
    existing: idList(ANSWER_OPTIONS.existing, 0),
  }),
);

/** Validates answers of a quiz under way (saved progress): known keys and ids only, lists normalised. */
export function safeParsePartialAnswers(
  input: unknown,
): { ok: true; answers: Partial<Answers> } | { ok: false; message: string; issues: AnswersIssue[] } {
  const result = PartialAnswersSchema.safeParse(input);
  if (!result.success) {
    const error = new AnswersError(toIssues(result.error));
    return { ok: false, message: error.message, issues: error.issues };
  }
  const { charging, ...answers } = result.data;
  const withPolice = answers.lead?.includes('law-enforcement') ?? false;
  return { ok: true, answers: withPolice && charging ? { ...answers, charging } : answers };
}
