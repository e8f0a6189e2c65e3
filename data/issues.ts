/** Problems in a document, by place; shared by parsing (zod) and the element (no zod). */

/** One problem, by its place in the document (`sites.2.state`). */
export type ContentIssue = { path: string; message: string };

const SHOWN_ISSUES = 3;

/** "sites.0.state: Use the two-letter state code; … (and 4 more)". */
export function describeIssues(issues: readonly ContentIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length - SHOWN_ISSUES;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
