/** Presenter mode's keys (in the workshop file), on a bare element: views, help and the clicker go through the widget machine. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import { widgetMachine } from '../../machines/widget.machine';
import { selectPage, selectWizard } from '../../machines/widget.selectors';
import { startPresenter } from '../../src/features/workshop/presenter';

const running: { stop: () => void }[] = [];
afterEach(() => {
  running.splice(0).forEach((presenter) => presenter.stop());
  document.body.replaceChildren();
});

function start() {
  const element = document.createElement('div');
  document.body.append(element);
  const actor = createActor(widgetMachine.provide({ actions: { loadPart: () => {} } }), {
    input: { content: builtInContent },
  }).start();
  actor.send({ type: 'presenter.set', on: true });
  const host = {
    element,
    actor,
    root: element.attachShadow({ mode: 'open' }),
    restart: vi.fn(),
    redraw: vi.fn(),
    guard: (callback: () => void) => callback(),
  };
  const page = () => selectPage(actor.getSnapshot());
  const presenter = startPresenter(host);
  running.push(presenter);
  return { host, actor, page, presenter };
}
const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('presenter mode', () => {
  it('opens a trainer view on its key, as a change of page, and closes it back to the quiz step', () => {
    const { page, presenter } = start();
    press('c');
    expect(presenter.controls().view).toBe('compare');
    expect(page()).toBe('compare');
    press('q');
    expect(presenter.controls().view).toBeNull();
    expect(page()).toBe('intro');
  });

  it('drives the quiz with a clicker and opens the shortcut list, until stopped', () => {
    const { actor, presenter } = start();
    const step = () => selectWizard(actor.getSnapshot()).getSnapshot().value;
    press('PageDown');
    expect(step()).toBe('lead');
    press('?');
    expect(presenter.controls().help).toBe(true);
    press('Escape');
    expect(presenter.controls().help).toBe(false);
    presenter.stop();
    press('PageDown');
    expect(step()).toBe('lead');
  });
});
