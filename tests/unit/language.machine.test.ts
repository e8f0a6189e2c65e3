/** The language machine driven alone, with a loader the test controls: no DOM, no files. */
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { languageMachine, LANGUAGE_PATIENCE } from '../../machines/language.machine';
import { selectMissingLanguage, selectShownLanguage } from '../../machines/language.selectors';

/** Starts the machine with a loader whose every call waits for the test to settle it. */
function start(language: string) {
  const calls: { language: string; resolve: () => void; reject: () => void }[] = [];
  const actor = createActor(
    languageMachine.provide({
      actions: {
        load: ({ context, self }) => {
          const asked = context.wanted;
          calls.push({
            language: asked,
            resolve: () => self.send({ type: 'language.loaded', language: asked }),
            reject: () => self.send({ type: 'language.error', language: asked }),
          });
        },
      },
    }),
    { input: { language } },
  );
  const failures: string[] = [];
  actor.on('language.failed', ({ language }) => failures.push(language));
  actor.start();
  const shown = () => selectShownLanguage(actor.getSnapshot());
  const missing = () => selectMissingLanguage(actor.getSnapshot());
  return { actor, loader: { calls }, failures, shown, missing };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the language machine', () => {
  it('shows English at once, loading nothing', () => {
    const { shown, loader } = start('en');
    expect(shown()).toBe('en');
    expect(loader.calls).toEqual([]);
  });

  it("shows nothing until a Spanish reader's file is ready, then Spanish", async () => {
    const { shown, missing, loader } = start('es');
    expect(shown()).toBeNull();
    expect(loader.calls.map((c) => c.language)).toEqual(['es']);
    loader.calls[0]!.resolve();
    await settle();
    expect(shown()).toBe('es');
    expect(missing()).toBeNull();
  });

  it("shows English with a notice when the file fails, and tries again on the reader's next action", async () => {
    const { actor, shown, missing, loader, failures } = start('es');
    loader.calls[0]!.reject();
    await settle();
    expect([shown(), missing(), failures]).toEqual(['en', 'es', ['es']]);
    actor.send({ type: 'language.retry' });
    expect(loader.calls).toHaveLength(2);
    loader.calls[1]!.resolve();
    await settle();
    expect([shown(), missing()]).toEqual(['es', null]);
  });

  it('shows English with a notice once the file is overdue, and switches when it arrives', async () => {
    vi.useFakeTimers();
    try {
      const { shown, missing, loader } = start('es');
      vi.advanceTimersByTime(LANGUAGE_PATIENCE - 1);
      expect(shown()).toBeNull();
      vi.advanceTimersByTime(1);
      expect([shown(), missing()]).toEqual(['en', 'es']);
      loader.calls[0]!.resolve();
      await vi.runAllTimersAsync();
      expect([shown(), missing()]).toEqual(['es', null]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the language on screen while a switch loads, and loads each language once', async () => {
    const { actor, shown, loader } = start('en');
    actor.send({ type: 'language.want', language: 'es' });
    expect(shown()).toBe('en');
    loader.calls[0]!.resolve();
    await settle();
    expect(shown()).toBe('es');
    actor.send({ type: 'language.want', language: 'en' });
    actor.send({ type: 'language.want', language: 'es' });
    expect(shown()).toBe('es');
    expect(loader.calls).toHaveLength(1);
  });

  it('ignores a wish for the language already wanted, so a redraw never restarts a load', () => {
    const { actor, loader } = start('es');
    actor.send({ type: 'language.want', language: 'es' });
    expect(loader.calls).toHaveLength(1);
  });
});
