/**
 * Presenter mode on an element: while `mode="presenter"` is set, the element is in the page and
 * the workshop file is loaded, that file's keys and full screen run; otherwise they are stopped.
 */
import type { WorkshopFile } from './parts';
import type { Presenter, PresenterControls, PresenterElement } from '../ui/feature-views';

export function presenterMode(host: PresenterElement) {
  let running: Presenter | null = null;
  return {
    /** Starts or stops the keys to match: call on every change of the mode, the file or the page. */
    sync(on: boolean, file: WorkshopFile | undefined): void {
      if (on && file) running ??= file.startPresenter(host);
      else {
        running?.stop();
        running = null;
      }
    },
    controls: (): PresenterControls | null => running?.controls() ?? null,
  };
}
