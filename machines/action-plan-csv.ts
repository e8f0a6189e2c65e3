/**
 * The action plan as CSV (RFC 4180) that opens in a spreadsheet: a UTF-8 byte order mark so that
 * Excel reads accents, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * Pure: the rows come translated from the view; this only formats them.
 */

/** A cell a spreadsheet would run as a formula (= + - @, or a tab or CR before one) is kept as text by a leading apostrophe. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function actionPlanCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
