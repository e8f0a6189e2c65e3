/** Makes an element's host: the one object its modules share. */
import type { Answers } from '../../machines/answers';
import { loadRecommend } from './recommendation';
import { selectPage, selectWizard, type Page } from '../../machines/widget.selectors';
import { dispatch } from './events';
import { wizardStyleSheet } from './styles';
import { TextLayers } from './text-layers';
import { onDemandFiles } from './files';
import { guardWith } from './guard';
import type { ElementHost } from './host';
import { createWidgetActor, type WidgetEffects } from './widget-actor';

/**
 * The element's shadow root, texts, parts and widget machine (not started). Each change of the
 * machine or its wizard calls `changed`; each change the reader makes to an answer fires
 * `pyp-answer`, and each new page `pyp-step` (with `pyp-result` on the result).
 */
export function createElementHost(
  element: HTMLElement,
  {
    changed,
    redraw,
    restart,
    announced: announcedBefore = null,
    ...effects
  }: Omit<WidgetEffects, 'guard'> & {
    changed: () => void;
    redraw: () => void;
    restart: () => void;
    /** The page the start page announced already (`pyp-step`), if any. */
    announced?: string | null;
  },
): ElementHost {
  // The start page, drawn before this host was made, has attached and styled the root already.
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  if (root.adoptedStyleSheets.length === 0) root.adoptedStyleSheets = [wizardStyleSheet()];
  const texts = new TextLayers();
  const files = onDemandFiles(texts, root);
  const error = (message: string, issues: unknown[] = []) => dispatch(element, 'pyp-error', { message, issues });
  const guard = guardWith(error);
  const later: ElementHost['later'] = (load, use) =>
    void load().then(
      (module) => guard(() => use(module)),
      () => error('A part of the widget did not load.'),
    );
  const actor = createWidgetActor(texts, files, { ...effects, guard });
  const emit: ElementHost['emit'] = (type, detail) => dispatch(element, type, detail);
  const wizard = selectWizard(actor.getSnapshot());
  wizard.on('answer.changed', ({ key, value, answers }) => emit('pyp-answer', { key, value, answers }));
  // Said while the element is in the page, once per page: a page changed while it was out is said when it is put back.
  let announced = announcedBefore as Page | null;
  const announce = (page: Page) => {
    if (!element.isConnected || page === announced) return;
    announced = page;
    emit('pyp-step', { step: page });
    if (page !== 'result') return;
    const answers = structuredClone(selectWizard(actor.getSnapshot()).getSnapshot().context.answers) as Answers;
    const { content } = actor.getSnapshot().context;
    later(loadRecommend, ({ recommendOnce }) =>
      emit('pyp-result', { answers, result: structuredClone(recommendOnce(answers, content)) }),
    );
  };
  actor.on('page', ({ page }) => guard(() => announce(page)));
  actor.subscribe(() => guard(changed));
  wizard.subscribe(() => guard(changed));
  return {
    element,
    root,
    texts,
    files,
    actor,
    emit,
    error,
    guard,
    redraw,
    restart,
    later,
    announcePage: () => announce(selectPage(actor.getSnapshot())),
  };
}
