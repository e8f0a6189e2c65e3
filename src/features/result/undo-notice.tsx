/**
 * The way back from "Start again", `restart()`, a plan file or a share link: what was replaced,
 * and Undo, which restores the answers, the readiness marks and the action plan. In the result's
 * file, which is there whenever there is work to lose, so the first load carries none of it.
 */
import { useWidgetView } from '../../ui/context';

export function UndoNotice() {
  const { t, undo } = useWidgetView();
  if (!undo) return null;
  const apply = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    undo.send('undo.apply');
    // The button goes with the notice: focus moves to the heading of what is shown again.
    setTimeout(() => root.querySelector<HTMLElement>('[data-step-heading]')?.focus());
  };
  return (
    <div part="undo" class="notice undo">
      <p role="status">{t(`undo.${undo.kind}`)}</p>
      <p>
        <button type="button" part="undo-button" class="button button--secondary" onClick={apply}>
          {t(undo.kind === 'link' ? 'undo.back' : 'undo.apply')}
        </button>
        <button type="button" class="link-button" onClick={() => undo.send('undo.dismiss')}>
          {t('undo.dismiss')}
        </button>
      </p>
    </div>
  );
}
