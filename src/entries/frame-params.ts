/**
 * The frame page's query parameters (`pick-your-pathway.html?lang=es&…`): the element's
 * attributes, and the origin its events may be forwarded to. DOM-free, so a unit test reads it.
 */

/** The attributes the frame page passes on to the element. */
export const FRAME_ATTRIBUTES = ['lang', 'mode', 'heading-level', 'persist', 'content-src'] as const;

export type FrameParams = {
  attributes: Partial<Record<(typeof FRAME_ATTRIBUTES)[number], string>>;
  /** Colours for the `--pyp-*` custom properties (`?--pyp-button-color=%23005ea5`): hex values only. */
  colours: Record<string, string>;
  /** The only origin the four events are forwarded to; null: none are. */
  parentOrigin: string | null;
  /** Parameters that were not used, and why. */
  problems: string[];
};

/** Reads the query string of a frame page served from `pageOrigin`. */
export function frameParams(search: string, pageOrigin: string): FrameParams {
  const query = new URLSearchParams(search);
  const attributes: FrameParams['attributes'] = {};
  const problems: string[] = [];
  for (const name of FRAME_ATTRIBUTES) {
    const value = query.get(name);
    if (value === null) continue;
    if (name === 'content-src' && !isSameOrigin(value, pageOrigin)) {
      problems.push('content-src must be on the same site as the frame page; it was not used.');
      continue;
    }
    attributes[name] = value;
  }
  const colours: Record<string, string> = {};
  for (const [name, value] of query) {
    if (!name.startsWith('--pyp-')) continue;
    if (/^--pyp-[a-z-]+$/.test(name) && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) colours[name] = value;
    else problems.push(`${name.slice(0, 40)} takes a colour such as #1d70b8; it was not used.`);
  }
  const origin = query.get('parent-origin');
  const parentOrigin = origin !== null && isOrigin(origin) ? origin : null;
  if (origin !== null && parentOrigin === null) {
    problems.push('parent-origin must be an origin such as https://www.example.gov; no event is forwarded.');
  }
  return { attributes, colours, parentOrigin, problems };
}

function isSameOrigin(address: string, pageOrigin: string): boolean {
  try {
    return new URL(address, pageOrigin).origin === pageOrigin;
  } catch {
    return false;
  }
}

/** An http(s) origin written as one: scheme, host and port only. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}
