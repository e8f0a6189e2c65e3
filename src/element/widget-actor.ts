/** The element's widget machine, with what only an element can do provided: loading its files and languages. */
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import { widgetMachine } from '../../machines/widget.machine';
import type { WidgetActor } from '../../machines/widget.selectors';
import type { TextLayers } from './text-layers';
import type { OnDemandFiles } from './files';
import { languageLoading } from './language';

export function createWidgetActor(texts: TextLayers, files: OnDemandFiles): WidgetActor {
  const machine = widgetMachine.provide({
    actors: { language: languageLoading(texts) },
    actions: {
      loadFile: ({ self }, { file }) =>
        void files.load(file).then(
          () => self.send({ type: 'file.loaded', file }),
          () => self.send({ type: 'file.failed', file }),
        ),
    },
  });
  return createActor(machine, { input: { content: builtInContent } });
}
