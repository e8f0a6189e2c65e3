/**
 * The result page while its file (pick-your-pathway.result.js) is on its way, or when it could
 * not be loaded: the heading, a busy status, or the problem and a way to try again. The file is
 * fetched while the quiz is answered, so this is seldom seen.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWizard } from './context';
import { Heading } from './heading';

export function ResultPending() {
  const { t, resultFailed, retryResult } = useWizard();
  const page = useRef<HTMLDivElement>(null);
  // When the result replaces this page, focus on its heading moves to the result's own.
  useLayoutEffect(() => {
    const root = page.current?.getRootNode() as ShadowRoot | Document | undefined;
    return () => {
      if (root?.activeElement && page.current?.contains(root.activeElement))
        queueMicrotask(() => root.querySelector<HTMLElement>('[data-step-heading]')?.focus());
    };
  }, []);
  return (
    <div ref={page} part="result" class="step" aria-busy={!resultFailed}>
      <Heading focusTarget class="title-l">
        {t('result.title')}
      </Heading>
      {resultFailed ? (
        <>
          <p part="notice" class="notice" role="status">
            {t('result.loadFailed')}
          </p>
          <button type="button" class="button" onClick={retryResult}>
            {t('result.retry')}
          </button>
        </>
      ) : (
        <p role="status">{t('result.loading')}</p>
      )}
    </div>
  );
}
