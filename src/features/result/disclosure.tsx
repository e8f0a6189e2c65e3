/**
 * A section that opens and closes (a native <details>), whose content is drawn only once it is
 * opened, and whose longer prose (the details file) is fetched then, so that a long result costs
 * little until it is read. "Show all sections" opens every
 * one of a result at once (the GOV.UK accordion's control): its state is handed down as `all`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useWidgetView } from '../../ui/context';

/** Each use of "Show all sections": open or closed, and a count so that every use counts. */
export type ShowAll = { open: boolean; times: number };

export function useShowAll() {
  const [all, setAll] = useState<ShowAll>({ open: false, times: 0 });
  return { all, toggle: () => setAll((s) => ({ open: !s.open, times: s.times + 1 })) };
}

/** "Show all sections", then "Hide all sections". */
export function ShowAllButton({ all, toggle }: { all: ShowAll; toggle: () => void }) {
  const { t } = useWidgetView();
  return (
    <p class="show-all">
      <button type="button" class="link-button" aria-expanded={all.open} onClick={toggle}>
        {t(all.open ? 'result.glance.hideAll' : 'result.glance.showAll')}
      </button>
    </p>
  );
}

export function Disclosure({
  summary,
  all,
  part,
  id,
  prose = true,
  children,
}: {
  summary: ComponentChildren;
  all: ShowAll;
  part?: string;
  id?: string;
  /** Whether it shows prose of the details file; the map, drawn from the content alone, does not. */
  prose?: boolean;
  /** Called only while open. */
  children: () => ComponentChildren;
}) {
  const { t, details, needDetails } = useWidgetView();
  const [open, setOpen] = useState(all.open);
  useEffect(() => {
    if (all.times > 0) setOpen(all.open);
  }, [all.times]);
  // What a section holds is longer prose, in the details file: fetched when a section first opens.
  useEffect(() => {
    if (open && prose) needDetails();
  }, [open]);
  return (
    <details id={id} part={part} class="details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="details__summary">{summary}</summary>
      {open && (
        <div class="details__text">
          {prose && details === 'loading' && <p role="status">{t('result.loadingDetails')}</p>}
          {children()}
        </div>
      )}
    </details>
  );
}
