/** `decodeAnswers()`: a share link's text back to valid answers, or an error value; never throws. */
import { safeParseAnswers, type Answers } from './answers';
import { unpackAnswers } from './share-codec';

/** Decodes the text after `#pyp=`; any bad input gives `{ ok: false }`, never an exception. */
export function decodeAnswers(text: string): { ok: true; answers: Answers } | { ok: false; message: string } {
  const unpacked = unpackAnswers(text);
  if (!unpacked.ok) return unpacked;
  const parsed = safeParseAnswers(unpacked.raw);
  return parsed.ok
    ? { ok: true, answers: parsed.answers }
    : { ok: false, message: `This share link holds answers that do not fit: ${parsed.message}` };
}
