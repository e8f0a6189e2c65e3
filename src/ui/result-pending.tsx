/**
 * A page while its file is on its way, or when it could not be loaded: the heading, a busy
 * status, or the problem and a way on. The result's file is fetched while the quiz is answered,
 * so it is seldom seen; the team page's file is fetched when the page opens.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWidgetView } from './context';
import { Heading } from './heading';

export function ResultPending() {
  const { t, resultFailed, retryResult } = useWidgetView();
  return (
    <Pending
      part="result"
      title={t('result.title')}
      loading={t('result.loading')}
      failed={resultFailed}
      problem={t('result.loadFailed')}
    >
      <button type="button" class="button" onClick={retryResult}>
        {t('result.retry')}
      </button>
    </Pending>
  );
}

/** The team page before its files are there; if they cannot be, the notice says so and the reader goes back. */
export function TeamPending({ failed = false }: { failed?: boolean }) {
  const { t, team } = useWidgetView();
  return (
    <Pending
      part="team"
      title={t('teamPending.title')}
      loading={t('teamPending.loading')}
      failed={failed || (team?.failed ?? false)}
      problem={null}
    >
      <button type="button" class="button button--secondary" onClick={team?.close}>
        {t('teamPending.back')}
      </button>
    </Pending>
  );
}

function Pending({
  part,
  title,
  loading,
  failed,
  problem,
  children,
}: {
  part: string;
  title: string;
  loading: string;
  failed: boolean;
  problem: string | null;
  children: ComponentChildren;
}) {
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
    <div ref={page} part={part} class="step" aria-busy={!failed}>
      <Heading focusTarget class="title-l">
        {title}
      </Heading>
      {failed ? (
        <>
          {problem && (
            <p part="notice" class="notice" role="status">
              {problem}
            </p>
          )}
          {children}
        </>
      ) : (
        <p role="status">{loading}</p>
      )}
    </div>
  );
}
