/** Makes an element's host: the one object its modules share. */
import { selectWizard } from '../../machines/widget.selectors';
import { dispatch } from './events';
import { wizardStyleSheet } from './styles';
import { TextLayers } from './text-layers';
import { onDemandFiles } from './files';
import { guardWith } from './guard';
import type { ElementHost } from './host';
import { createWidgetActor } from './widget-actor';

/**
 * The element's shadow root, texts, files and widget machine (not started). Each change of the
 * machine or its wizard calls `changed`; each change the reader makes to an answer fires `pyp-answer`.
 */
export function createElementHost(
  element: HTMLElement,
  { changed, redraw, restart }: { changed: () => void; redraw: () => void; restart: () => void },
): ElementHost {
  // The start page, drawn before this host was made, has attached and styled the root already.
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  if (root.adoptedStyleSheets.length === 0) root.adoptedStyleSheets = [wizardStyleSheet()];
  const texts = new TextLayers();
  const files = onDemandFiles(texts, root);
  const actor = createWidgetActor(texts, files);
  const error = (message: string, issues: unknown[] = []) => dispatch(element, 'pyp-error', { message, issues });
  const guard = guardWith(error);
  const emit: ElementHost['emit'] = (type, detail) => dispatch(element, type, detail);
  const wizard = selectWizard(actor.getSnapshot());
  wizard.on('answer.changed', ({ key, value, answers }) => {
    actor.send({ type: 'answers.changed' });
    emit('pyp-answer', { key, value, answers });
  });
  actor.subscribe(() => guard(changed));
  wizard.subscribe(() => guard(changed));
  return { element, root, texts, files, actor, emit, error, guard, redraw, restart };
}
