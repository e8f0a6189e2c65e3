/**
 * The recommendation, for the element's `result` and `pyp-result`: its code comes with the result
 * page's part (which imports it), so the first load carries none of it. It is asked for as soon as
 * the quiz begins; until it is there, no result is shown either.
 */
type Recommend = typeof import('../../machines/recommend');

let recommend: Recommend | null = null;
let loading: Promise<Recommend> | null = null;

/** Loads the recommendation's code once (again after a failure). */
export function loadRecommend(): Promise<Recommend> {
  loading ??= import('../../machines/recommend').then(
    (module) => (recommend = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The recommendation's code if loaded, else null. */
export const loadedRecommend = (): Recommend | null => recommend;
