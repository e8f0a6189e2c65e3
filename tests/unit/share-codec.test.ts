import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { encodeAnswers } from '../../machines/share-codec';
import { decodeAnswers } from '../../machines/share-decode';
import { answersArb } from '../support/arbitraries';

const sample = parseAnswers({
  lead: ['law-enforcement', 'fire'],
  situations: ['asks-for-help', 'routine-contact'],
  population: ['substance-use'],
  charging: ['no-charges'],
  partners: ['peer', 'treatment'],
  setting: 'suburban',
  existing: ['naloxone-plus'],
});

describe('share-link codec', { timeout: 60_000 }, () => {
  it('encodes as 1.<payload> with a URL-safe payload', () => {
    const text = encodeAnswers(sample);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(text)).toBe(text);
  });

  it('round-trips every valid answer set exactly', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['empty', ''],
    ['no version', 'AAECAwQFBgc'],
    ['version only', '1.'],
    ['a newer version', '2.AAECAwQFBgc'],
    ['an unsupported older version', '0.AAECAwQFBgc'],
    ['characters outside base64url', '1.AAEC+wQF/gc'],
    ['a whole URL', 'https://example.org/#pyp=1.AAECAwQFBgc'],
    ['script', '<script>alert(1)</script>'],
    ['very long', `1.${'A'.repeat(100_000)}`],
  ])('gives an error value, never an exception, for %s', (_, text) => {
    const result = decodeAnswers(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/\S/);
  });

  it('says when a link comes from a newer version', () => {
    expect(decodeAnswers('9.AAECAwQFBgc')).toEqual({ ok: false, message: expect.stringMatching(/newer version/) });
  });

  it('catches every single-character change and every cut of a valid link', () => {
    const text = encodeAnswers(sample);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 2; i < text.length; i++) {
      for (const c of alphabet) {
        if (c === text[i]) continue;
        expect(decodeAnswers(text.slice(0, i) + c + text.slice(i + 1)).ok, `changed at ${i} to ${c}`).toBe(false);
      }
      expect(decodeAnswers(text.slice(0, i)).ok).toBe(false);
    }
  });

  it('never throws, and anything it accepts is valid and re-encodes to the same text', () => {
    const payload = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      minLength: 11,
      maxLength: 11,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          payload.map((p) => `1.${p}`),
        ),
        (text) => {
          const result = decodeAnswers(text);
          if (result.ok) {
            expect(parseAnswers(result.answers)).toEqual(result.answers);
            expect(encodeAnswers(result.answers)).toBe(text.trim());
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
