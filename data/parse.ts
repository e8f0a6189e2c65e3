/**
 * Parses an agency's content override: a result value, never an exception, with one message
 * that names where and what is wrong, and every issue for `pyp-error`.
 */
import { describeIssues, type ContentIssue } from './issues';
import { OverrideSchema, type Override } from './schema';

export type { ContentIssue };

export type ParsedOverride = { ok: true; override: Override } | { ok: false; message: string; issues: ContentIssue[] };

/** Validates an override document (already parsed from JSON). */
export function parseOverride(input: unknown): ParsedOverride {
  let result: ReturnType<typeof OverrideSchema.safeParse>;
  try {
    result = OverrideSchema.safeParse(input);
  } catch (error) {
    // Pathological input (e.g. getters that throw) must not escape either.
    return {
      ok: false,
      message: `The content could not be read: ${String(error)}`,
      issues: [{ path: '', message: String(error) }],
    };
  }
  if (result.success) return { ok: true, override: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(document)',
    message:
      issue.code === 'unrecognized_keys'
        ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
        : issue.message,
  }));
  return { ok: false, message: describeIssues(issues), issues };
}
