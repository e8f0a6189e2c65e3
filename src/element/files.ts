/**
 * The on-demand files an element draws with (result, details, planner, workshop): each is loaded once,
 * and its texts and styles added to the element before the widget
 * machine hears `file.loaded`. A file that fails is reported as `file.failed`; the next
 * `file.load` tries again.
 */
import type { OnDemandPart } from '../../machines/widget.machine';
import {
  onDemandLoaders,
  type DetailsFile,
  type PlannerFile,
  type ResultFile,
  type WorkshopFile,
  type TeamFile,
} from './parts';
import type { TextLayers } from './text-layers';

export type LoadedParts = {
  result?: ResultFile;
  details?: DetailsFile;
  planner?: PlannerFile;
  workshop?: WorkshopFile;
  team?: TeamFile;
};

/** Adds styles to a shadow root (constructable, so allowed under a strict CSP). */
export function adoptStyles(root: ShadowRoot, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export function onDemandFiles(texts: TextLayers, root: ShadowRoot) {
  const loaded: LoadedParts = {};
  const pending = new Map<OnDemandPart, Promise<void>>();
  const add = (file: OnDemandPart, module: NonNullable<LoadedParts[OnDemandPart]>) => {
    texts.add(module.texts);
    if ('css' in module) adoptStyles(root, module.css);
    (loaded as Record<OnDemandPart, unknown>)[file] = module;
  };
  /** Loads a file once (again after a failure); its texts and styles are in place when it resolves. */
  const load = (file: OnDemandPart): Promise<void> => {
    const started = pending.get(file);
    if (started) return started;
    const loading = (onDemandLoaders[file]() as Promise<NonNullable<LoadedParts[OnDemandPart]>>).then((module) =>
      add(file, module),
    );
    loading.catch(() => pending.delete(file));
    pending.set(file, loading);
    return loading;
  };
  return { loaded, load };
}

export type OnDemandFiles = ReturnType<typeof onDemandFiles>;
