/**
 * The recommendation, for the element's `result` and `pyp-result`: its code comes with the result
 * page's part (which imports it), so the first load carries none of it. It is asked for while the
 * start page is read; until it is there, no result is shown either.
 */
import { cached } from './parts';

type Recommend = typeof import('../../machines/recommend');

let recommend: Recommend | null = null;

/** Loads the recommendation's code once (again after a failure). */
export const loadRecommend = cached(() => import('../../machines/recommend').then((module) => (recommend = module)));

/** The recommendation's code if loaded, else null. */
export const loadedRecommend = (): Recommend | null => recommend;
