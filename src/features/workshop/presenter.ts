/**
 * Presenter mode's keys and full screen, in the workshop file (the script carries none of it).
 * What it shows (the trainer's view, the shortcut list) is state of the widget machine; this
 * only listens to the page and sends events.
 */
import { selectWizard } from '../../../machines/widget.selectors';
import type { Presenter, PresenterElement, TrainerView } from '../../ui/feature-views';
import { handlePresenterKey } from './presenter-keys';

export function startPresenter(host: PresenterElement): Presenter {
  const { actor } = host;
  const show = (view: TrainerView | null) => host.guard(() => actor.send({ type: 'presenter.show', view }));
  const setHelp = (open: boolean) => host.guard(() => actor.send({ type: 'presenter.help', open }));
  const toggleFullScreen = () =>
    host.guard(() => {
      if (document.fullscreenElement === host.element) void document.exitFullscreen().catch(() => undefined);
      else void host.element.requestFullscreen?.().catch(() => undefined);
    });
  // Shortcuts on the whole page: a workshop page is the trainer's.
  const onKey = (event: KeyboardEvent) =>
    host.guard(() => {
      const snapshot = actor.getSnapshot();
      const { content, view, help } = snapshot.context;
      const wizard = selectWizard(snapshot);
      const keys = { actor: wizard, content, root: host.root, view, help, restart: host.restart };
      if (handlePresenterKey(event, { ...keys, showView: show, setHelp, toggleFullScreen })) event.preventDefault();
    });
  const onFullScreen = () => host.redraw();
  document.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFullScreen);
  return {
    controls: () => {
      const { view, help } = actor.getSnapshot().context;
      return {
        view,
        show,
        help,
        toggleHelp: () => setHelp(!help),
        fullScreen: document.fullscreenElement === host.element,
        toggleFullScreen,
      };
    },
    stop: () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullScreen);
    },
  };
}
