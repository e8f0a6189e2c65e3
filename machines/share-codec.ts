/**
 * Share-link codec: `encodeAnswers()` gives `1.<payload>`, the text after `#pyp=` in a link.
 * The payload is eight bytes in base64url: one bit set per chosen id of each list key, in
 * vocabulary order, the setting's index, and a CRC-8 so that a mistyped link is caught.
 */
import { ANSWER_KEYS, ANSWER_OPTIONS, type AnswerKey } from '../data/vocabulary';
import type { Answers } from './answers';

const VERSION = 1;
// Read when decoding, not when the module loads: in a view file the vocabulary is the script's,
// handed over only at install(), after the module has run.
const payloadBytes = () => ANSWER_KEYS.length + 1;

function crc8(bytes: readonly number[]): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function toBase64Url(bytes: readonly number[]): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return [...atob(text.replace(/-/g, '+').replace(/_/g, '/'))].map((c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function packKey(key: AnswerKey, answers: Answers): number {
  const vocabulary: readonly string[] = ANSWER_OPTIONS[key];
  if (key === 'setting') return vocabulary.indexOf(answers.setting);
  const ids: readonly string[] = answers[key] ?? [];
  return vocabulary.reduce((bits, id, i) => (ids.includes(id) ? bits | (1 << i) : bits), 0);
}

/** Encodes complete answers as `1.<payload>`, URL-safe. */
export function encodeAnswers(answers: Answers): string {
  const bytes = ANSWER_KEYS.map((key) => packKey(key, answers));
  return `${VERSION}.${toBase64Url([...bytes, crc8(bytes)])}`;
}

/** Unpacked link: the answers as the link holds them, still to be validated. */
export type Unpacked = { ok: true; raw: Record<string, unknown> } | { ok: false; message: string };

/** Unpacks the text after `#pyp=` without validating the answers; never throws. */
export function unpackAnswers(text: string): Unpacked {
  try {
    return unpack(String(text).trim());
  } catch {
    return { ok: false, message: 'This share link could not be read.' };
  }
}

function unpack(text: string): Unpacked {
  const match = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!match) return { ok: false, message: 'This is not a Pick Your Pathway share link.' };
  const version = Number(match[1]);
  if (version > VERSION) return { ok: false, message: 'This share link was made by a newer version of the tool.' };
  if (version !== VERSION) return { ok: false, message: `Share links of version ${version} are not supported.` };
  const payload = match[2] ?? '';
  const bytes = fromBase64Url(payload);
  // Only the canonical text of the bytes counts, so unused trailing bits cannot vary.
  const intact = bytes && bytes.length === payloadBytes() && toBase64Url(bytes) === payload;
  if (!intact || crc8(bytes.slice(0, -1)) !== bytes[payloadBytes() - 1]) {
    return { ok: false, message: 'This share link is incomplete or was changed.' };
  }
  const raw: Record<string, unknown> = {};
  ANSWER_KEYS.forEach((key, i) => {
    const byte = bytes[i] ?? 0;
    const vocabulary: readonly string[] = ANSWER_OPTIONS[key];
    if (key === 'setting') raw.setting = vocabulary[byte] ?? `#${byte}`;
    else if (key !== 'charging' || byte !== 0) {
      if (byte >> vocabulary.length)
        raw[key] = [`#${byte}`]; // bits beyond the vocabulary: rejected below
      else raw[key] = vocabulary.filter((_, bit) => byte & (1 << bit));
    }
  });
  return { ok: true, raw };
}
