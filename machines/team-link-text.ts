/** A team link's place in a page address, `#pyp-team=…`: all the element needs before a team link is opened. */
export const TEAM_PREFIX = '#pyp-team=';

/** The text after `#pyp-team=` in a page address's fragment, or null when it has no team link. */
export function teamTextFromHash(hash: string): string | null {
  return hash.startsWith(TEAM_PREFIX) ? hash.slice(TEAM_PREFIX.length) : null;
}
