/**
 * Presenter mode's state and controls, in the workshop file (the script carries none of it):
 * the trainer's view shown instead of the quiz, the shortcut list, full screen, and the keys.
 */
import { selectStep } from '../../machines/wizard.selectors';
import type { Presenter, PresenterElement, TrainerView } from '../views/view-files';
import { handlePresenterKey } from './presenter-keys';

export function startPresenter(host: PresenterElement): Presenter {
  let view: TrainerView | null = null;
  let help = false;
  // A view opening or closing is a change of page, for the host page as for the reader.
  const show = (next: TrainerView | null) => {
    if (next === view) return;
    view = next;
    help = false;
    host.stepChanged(next ?? selectStep(host.actor.getSnapshot()));
    host.redraw();
  };
  const setHelp = (open: boolean) => {
    help = open;
    host.redraw();
  };
  const toggleFullScreen = () => {
    if (document.fullscreenElement === host.element) void document.exitFullscreen().catch(() => undefined);
    else void host.element.requestFullscreen?.().catch(() => undefined);
  };
  // Shortcuts on the whole page: a workshop page is the trainer's.
  const onKey = (event: KeyboardEvent) =>
    host.guard(() => {
      const keys = { actor: host.actor, content: host.content(), root: host.root, view, help };
      if (handlePresenterKey(event, { ...keys, restart: host.restart, showView: show, setHelp, toggleFullScreen })) {
        event.preventDefault();
      }
    });
  const onFullScreen = () => host.redraw();
  document.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFullScreen);
  const stop = () => {
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('fullscreenchange', onFullScreen);
  };
  return {
    controls: () => ({
      view,
      show: (next) => host.guard(() => show(next)),
      help,
      toggleHelp: () => host.guard(() => setHelp(!help)),
      fullScreen: document.fullscreenElement === host.element,
      toggleFullScreen: () => host.guard(toggleFullScreen),
    }),
    stop,
    close: () => {
      show(null);
      stop();
    },
  };
}
