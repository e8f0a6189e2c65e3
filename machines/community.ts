/** The community or agency named on the printed brief: plain text, one line, kept short. */
export const COMMUNITY_MAX = 80;

/** A name as kept: spaces collapsed and trimmed, at most COMMUNITY_MAX characters; '' for anything else. */
export function readCommunity(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, COMMUNITY_MAX) : '';
}
