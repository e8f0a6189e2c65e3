/** The share code in a page address's fragment: `#pyp=1.…`, alone or among other `&`-separated parts. */

/** The text after `pyp=` (percent-decoded where it can be), or null when the fragment has no share link. */
export function shareCodeFromHash(hash: string): string | null {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith('pyp='));
  if (part === undefined) return null;
  const raw = part.slice('pyp='.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a stray % sign: decodeAnswers then says the link is not readable
  }
}
