/**
 * The element's widget machine, with what only an element can do provided: loading its parts and
 * languages, saving progress, fetching ahead while the reader reads, and presenter mode's keys.
 */
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import { widgetMachine } from '../../machines/widget.machine';
import type { WidgetActor } from '../../machines/widget.selectors';
import { whenIdle } from '../ui/idle';
import type { TextLayers } from './text-layers';
import type { OnDemandFiles } from './files';
import { languageLoading } from './language';
import { loadRecommend } from './recommendation';

/** What the element does for its machine; each runs inside the machine's actions. */
export type WidgetEffects = {
  /** Saves progress as the machine's context and its wizard have it now. */
  saveProgress: () => void;
  /** Starts or stops presenter mode's keys to match the machine. */
  syncPresenter: () => void;
  /** Runs a callback later, guarded, so that nothing is thrown into the host page. */
  guard: (callback: () => void) => void;
};

export function createWidgetActor(texts: TextLayers, files: OnDemandFiles, effects: WidgetEffects): WidgetActor {
  // The browser's list data take tens of ms to make the first time (67 ms in Node): made while the
  // start page is read, not when the result is drawn. The result's part warms the collation.
  whenIdle(() => new Intl.ListFormat());
  let saving = false;
  const machine = widgetMachine.provide({
    actors: { language: languageLoading(texts) },
    actions: {
      loadPart: ({ self }, { file }) =>
        void files.load(file).then(
          () => self.send({ type: 'file.loaded', file }),
          () => self.send({ type: 'file.failed', file }),
        ),
      // Once the machine and its wizard have taken every step of the change, and once per change.
      saveProgress: () => {
        if (saving) return;
        saving = true;
        queueMicrotask(() => {
          saving = false;
          effects.guard(effects.saveProgress);
        });
      },
      syncPresenter: () => queueMicrotask(() => effects.guard(effects.syncPresenter)),
      // While a question is read: the result's parts, so that the result is drawn at once.
      prefetchParts: ({ self }) =>
        whenIdle(() =>
          effects.guard(() => {
            self.send({ type: 'file.load', file: 'result' });
            self.send({ type: 'file.load', file: 'planner' });
            loadRecommend().catch(() => {}); // said where it is needed
          }),
        ),
    },
  });
  return createActor(machine, { input: { content: builtInContent } });
}
