/**
 * Parses an agency's content override: a result value, never an exception, with one message
 * that names where and what is wrong, and every issue for `pyp-error`.
 */
import { OverrideSchema, type Override } from './schema';

/** One problem, by its place in the document (`sites.2.state`). */
export type ContentIssue = { path: string; message: string };

export type ParsedOverride = { ok: true; override: Override } | { ok: false; message: string; issues: ContentIssue[] };

const SHOWN_ISSUES = 3;

/** Validates an override document (already parsed from JSON). */
export function parseOverride(input: unknown): ParsedOverride {
  let result: ReturnType<typeof OverrideSchema.safeParse>;
  try {
    result = OverrideSchema.safeParse(input);
  } catch (error) {
    // Pathological input (e.g. getters that throw) must not escape either.
    return { ok: false, message: `The content could not be read: ${String(error)}`, issues: [{ path: '', message: String(error) }] };
  }
  if (result.success) return { ok: true, override: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(document)',
    message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message,
  }));
  return { ok: false, message: describeIssues(issues), issues };
}

/** "sites.0.state: Use the two-letter state code; … (and 4 more)". */
export function describeIssues(issues: readonly ContentIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length - SHOWN_ISSUES;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
