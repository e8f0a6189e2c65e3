/** Presenter mode's controller (in the workshop file), on a bare element: views, help, keys, stop. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import { wizardMachine } from '../../machines/wizard.machine';
import { startPresenter } from '../../src/on-demand/presenter';

afterEach(() => document.body.replaceChildren());

function start() {
  const element = document.createElement('div');
  document.body.append(element);
  const actor = createActor(wizardMachine).start();
  const host = {
    element,
    actor,
    content: () => builtInContent,
    root: element.attachShadow({ mode: 'open' }),
    restart: vi.fn(),
    stepChanged: vi.fn(),
    redraw: vi.fn(),
    guard: (callback: () => void) => callback(),
  };
  return { host, actor, presenter: startPresenter(host) };
}
const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('presenter mode', () => {
  it('opens a trainer view on its key, as a change of page, and closes it back to the quiz step', () => {
    const { host, presenter } = start();
    press('c');
    expect(presenter.controls().view).toBe('compare');
    expect(host.stepChanged).toHaveBeenLastCalledWith('compare');
    presenter.close();
    expect(presenter.controls().view).toBeNull();
    expect(host.stepChanged).toHaveBeenLastCalledWith('intro');
  });

  it('drives the quiz with a clicker and opens the shortcut list, until stopped', () => {
    const { actor, presenter } = start();
    press('PageDown');
    expect(actor.getSnapshot().value).toBe('lead');
    press('?');
    expect(presenter.controls().help).toBe(true);
    press('Escape');
    expect(presenter.controls().help).toBe(false);
    presenter.stop();
    press('PageDown');
    expect(actor.getSnapshot().value).toBe('lead');
  });
});
