/** What an element's modules may use of it: one object, made when the element is, passed to each. */
import type { WidgetActor } from '../../machines/widget.selectors';
import type { PypEventDetail, PypEventName } from './events';
import type { TextLayers } from './text-layers';
import type { OnDemandFiles } from './files';

export type ElementHost = {
  element: HTMLElement;
  root: ShadowRoot;
  actor: WidgetActor;
  texts: TextLayers;
  files: OnDemandFiles;
  emit: <K extends PypEventName>(type: K, detail: PypEventDetail[K]) => void;
  /** Fires `pyp-error`. */
  error: (message: string, issues?: unknown[]) => void;
  /** Runs a callback so that nothing is thrown into the host page. */
  guard: (callback: () => void) => void;
  /** Tells the views that something outside the machines changed (an attribute, full screen). */
  redraw: () => void;
  restart: () => void;
  /**
   * Uses a module the widget needs only for some pages (a share or team link, answers or content
   * set by the page, a plan file, the recommendation): loaded on first use, so the first load
   * carries none of it. Uses keep their order, as they wait on the same import.
   */
  later: <Module>(load: () => Promise<Module>, use: (module: Module) => void) => void;
  /** Fires `pyp-step` for the page shown, unless it was the last said. */
  announcePage: () => void;
};
