/**
 * An ES-module `useSyncExternalStoreWithSelector` on Preact's compat hooks, for @xstate/react.
 *
 * The `use-sync-external-store` package ships only CommonJS, whose `require('react')` makes the
 * bundler keep all of preact/compat (about 4 KB gzip). This port keeps its behaviour: the
 * selection is memoised per snapshot and kept while `isEqual` says it is unchanged.
 * After use-sync-external-store (MIT, Meta Platforms, Inc.).
 */
import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'preact/compat';

export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: undefined | null | (() => Snapshot),
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const instance = useRef<{ hasValue: boolean; value: Selection | null }>({ hasValue: false, value: null }).current;

  const [getSelection, getServerSelection] = useMemo(() => {
    let hasMemo = false;
    let memoizedSnapshot: Snapshot;
    let memoizedSelection: Selection;
    const memoizedSelector = (nextSnapshot: Snapshot): Selection => {
      if (!hasMemo) {
        hasMemo = true;
        memoizedSnapshot = nextSnapshot;
        const nextSelection = selector(nextSnapshot);
        if (isEqual !== undefined && instance.hasValue && isEqual(instance.value as Selection, nextSelection)) {
          return (memoizedSelection = instance.value as Selection);
        }
        return (memoizedSelection = nextSelection);
      }
      if (Object.is(memoizedSnapshot, nextSnapshot)) return memoizedSelection;
      const nextSelection = selector(nextSnapshot);
      if (isEqual !== undefined && isEqual(memoizedSelection, nextSelection)) {
        memoizedSnapshot = nextSnapshot;
        return memoizedSelection;
      }
      memoizedSnapshot = nextSnapshot;
      return (memoizedSelection = nextSelection);
    };
    return [
      () => memoizedSelector(getSnapshot()),
      getServerSnapshot ? () => memoizedSelector(getServerSnapshot()) : undefined,
    ] as const;
  }, [getSnapshot, getServerSnapshot, selector, isEqual]);

  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection as () => Selection);
  useEffect(() => {
    instance.hasValue = true;
    instance.value = value;
  }, [value]);
  useDebugValue(value);
  return value;
}
