/** recommend() is computed once for the same answers and content, and equals a fresh computation. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { recommend, recommendOnce } from '../../machines/recommend';
import { emsAfterOverdose } from '../fixtures/answers';

const answers = parseAnswers(emsAfterOverdose);

describe('recommendOnce', () => {
  it('gives the same result object for the same answers and content, equal to recommend()', () => {
    const first = recommendOnce(answers, builtInContent);
    expect(recommendOnce(answers, builtInContent)).toBe(first);
    expect(recommendOnce(answers)).toBe(first);
    expect(first).toEqual(recommend(answers, builtInContent));
  });

  it('computes again for other answers or other content', () => {
    const other = { ...builtInContent, sites: [] };
    expect(recommendOnce(answers, other)).not.toBe(recommendOnce(answers, builtInContent));
    expect(recommendOnce(answers, other).sites).toEqual([]);
    expect(recommendOnce({ ...answers }, builtInContent)).not.toBe(recommendOnce(answers, builtInContent));
  });
});
