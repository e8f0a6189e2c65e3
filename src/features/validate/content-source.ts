/** Fetches the JSON document named by `content-src`; a result value, never an exception. */
import type { ContentIssue } from '../../../data/issues';

/** Larger documents are refused before parsing: an override is a few programs and texts. */
export const MAX_CONTENT_BYTES = 1_000_000;

export type FetchedContent = { ok: true; json: unknown } | { ok: false; message: string; issues: ContentIssue[] };

const failure = (message: string): FetchedContent => ({
  ok: false,
  message,
  issues: [{ path: '(document)', message }],
});

export async function fetchContent(source: string): Promise<FetchedContent> {
  let url: URL;
  try {
    url = new URL(source, document.baseURI);
  } catch {
    return failure(`"${source.slice(0, 100)}" is not a valid address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return failure(`"${url.protocol}" addresses are not supported`);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    return failure(`${url.href} could not be reached`);
  }
  if (!response.ok) return failure(`${url.href} answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text().catch(() => null);
  if (text === null) return failure(`${url.href} could not be read`);
  if (text.length > MAX_CONTENT_BYTES) return failure(`${url.href} is larger than ${MAX_CONTENT_BYTES} bytes`);
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return failure(`${url.href} is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
}
