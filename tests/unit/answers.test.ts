import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersError, parseAnswers, safeParseAnswers } from '../../machines/answers';
import { answersArb, scrambledArb } from '../support/arbitraries';

const valid = {
  lead: ['law-enforcement'],
  situations: ['low-level-offense'],
  population: ['substance-use'],
  charging: ['abeyance'],
  partners: [],
  setting: 'urban',
  existing: [],
};

describe('parseAnswers()', { timeout: 60_000 }, () => {
  it('returns lists de-duplicated and in vocabulary order', () => {
    const parsed = parseAnswers({
      ...valid,
      lead: ['ems', 'law-enforcement', 'ems'],
      population: ['youth', 'substance-use', 'youth'],
      charging: ['citation', 'abeyance'],
      partners: ['treatment', 'peer', 'peer'],
    });
    expect(parsed).toEqual({
      ...valid,
      lead: ['law-enforcement', 'ems'],
      population: ['substance-use', 'youth'],
      charging: ['abeyance', 'citation'],
      partners: ['peer', 'treatment'],
    });
  });

  it('normalises any valid answers the same way, whatever their order', () => {
    fc.assert(
      fc.property(
        answersArb.chain((a) => fc.tuple(fc.constant(a), scrambledArb(a))),
        ([a, scrambled]) => {
          expect(parseAnswers(scrambled)).toEqual(a);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('names every bad key in one error, in the vocabulary order', () => {
    const attempt = () =>
      parseAnswers({
        lead: [],
        situations: 'crisis-call',
        population: ['cats'],
        setting: 'moon',
        partners: [],
        existing: ['self-referral'],
        colour: 'red',
      });
    expect(attempt).toThrow(AnswersError);
    expect(attempt).toThrow(
      /^lead: .+; situations: .+; population: .*"cats".+; setting: .*"moon".+; colour: is not an answer key$/,
    );
  });

  it('rejects a missing key that is always asked, and accepts empty partners and existing', () => {
    const { setting: _setting, ...withoutSetting } = valid;
    expect(() => parseAnswers(withoutSetting)).toThrow(/^setting: is missing$/);
    const { partners: _partners, ...withoutPartners } = valid;
    expect(() => parseAnswers(withoutPartners)).toThrow(/^partners: is missing$/);
    expect(parseAnswers(valid).partners).toEqual([]);
  });

  it('requires charging when law enforcement leads, and drops it otherwise', () => {
    const { charging: _charging, ...withoutCharging } = valid;
    expect(() => parseAnswers(withoutCharging)).toThrow(/^charging: is missing/);
    expect(parseAnswers({ ...valid, lead: ['fire'] })).not.toHaveProperty('charging');
    expect(parseAnswers({ ...valid, lead: ['fire'], charging: 'garbage' })).not.toHaveProperty('charging');
  });

  it('does not let "none" be combined with another charging option', () => {
    expect(() => parseAnswers({ ...valid, charging: ['none', 'abeyance'] })).toThrow(
      /^charging: "none" cannot be combined/,
    );
    expect(parseAnswers({ ...valid, charging: ['none', 'none'] }).charging).toEqual(['none']);
  });

  it('explains input that is not an object', () => {
    for (const input of [null, undefined, 'lead', 42, []]) {
      const result = safeParseAnswers(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^answers: expected an object/);
    }
  });

  it('never throws anything but an AnswersError, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseAnswers(input);
        } catch (error) {
          expect(error).toBeInstanceOf(AnswersError);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
