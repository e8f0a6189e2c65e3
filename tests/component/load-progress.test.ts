/** Saved progress read back and checked, without the element: offered, discarded with a reason, or nothing. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { onDemandLoaders } from '../../src/element/parts';
import { loadProgress, PROGRESS_FORMAT, saveProgress } from '../../src/element/persistence';
import { loadOnDemandFilesFromSources } from '../support/on-demand';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => localStorage.clear());

const KEY = 'pyp:test';

describe('loadProgress', () => {
  it('gives back what was saved, its marks checked against the content', async () => {
    saveProgress(KEY, {
      step: 'situations',
      answers: { lead: ['ems'] },
      readiness: { 'naloxone-plus': ['no-such-element'] },
      actionPlan: {},
      savedAt: '2026-11-29T10:00:00.000Z',
    });
    expect(await loadProgress(KEY, builtInContent)).toEqual({
      step: 'situations',
      answers: { lead: ['ems'] },
      readiness: {},
      actionPlan: {},
      // Saved before the brief named a community: none.
      community: '',
      savedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  it('clears progress that does not fit, and says why', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ format: PROGRESS_FORMAT, version: 1, step: 'lead', answers: { lead: ['sheriff'] } }),
    );
    expect(await loadProgress(KEY, builtInContent)).toEqual({ discarded: expect.stringMatching(/answers do not fit/) });
    expect(localStorage.getItem(KEY)).toBeNull();
    localStorage.setItem(KEY, '{not json');
    expect(await loadProgress(KEY, builtInContent)).toEqual({ discarded: 'it is not valid JSON' });
  });

  it('offers nothing when nothing, or no answer, is saved, or the validator cannot be had', async () => {
    expect(await loadProgress(KEY, builtInContent)).toBeNull();
    saveProgress(KEY, { step: 'intro', answers: {}, readiness: {}, actionPlan: {}, savedAt: '' });
    expect(await loadProgress(KEY, builtInContent)).toBeNull();
    saveProgress(KEY, { step: 'lead', answers: { lead: ['ems'] }, readiness: {}, actionPlan: {}, savedAt: '' });
    const validate = onDemandLoaders.validate;
    onDemandLoaders.validate = () => Promise.reject(new Error('offline'));
    try {
      expect(await loadProgress(KEY, builtInContent)).toBeNull();
      expect(localStorage.getItem(KEY)).not.toBeNull();
    } finally {
      onDemandLoaders.validate = validate;
    }
  });
});
