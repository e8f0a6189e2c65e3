/**
 * Which language the widget shows while a language's file loads. No DOM: loading is an action
 * the element provides (it answers with `language.loaded` or `language.error`), so a unit test
 * drives this machine with `createActor` alone. (An action, not an invoked promise actor: that
 * would add XState's promise-actor code to the script for this one use.)
 *
 * - On first load, nothing is shown (`shown` is null: the view keeps the space, busy) until the
 *   wanted language is ready, so a Spanish reader never sees English first.
 * - If the file fails, or takes longer than `patience`, English is shown with a notice; a file
 *   that arrives late still switches the widget to its language.
 * - After a failure, the reader's next action (`language.retry`) tries again.
 * - A switch made later keeps the language on screen until the new one is ready.
 */
import { assign, emit, setup } from 'xstate';

/** English ships in the script; every other language is a file. */
export const BUILT_IN_LANGUAGE = 'en';

/** How long a reader waits for their language before the widget shows English (ms). */
export const LANGUAGE_PATIENCE = 3000;

export type LanguageContext = {
  /** The language the page or the reader asked for. */
  wanted: string;
  /** The language drawn, or null before the first one is ready. */
  shown: string | null;
  /** Languages whose texts are loaded. */
  ready: string[];
  /** Whether the wanted language failed to load, or is overdue: English is shown with a notice. */
  fallback: boolean;
};

export type LanguageEvent =
  | { type: 'language.want'; language: string }
  | { type: 'language.retry' }
  | { type: 'language.loaded'; language: string }
  | { type: 'language.error'; language: string };

/** Emitted when a language's file could not be loaded (the element's `pyp-error`). */
export type LanguageEmitted = { type: 'language.failed'; language: string };

export const languageMachine = setup({
  types: {
    context: {} as LanguageContext,
    events: {} as LanguageEvent,
    emitted: {} as LanguageEmitted,
    input: {} as { language: string },
  },
  delays: { patience: LANGUAGE_PATIENCE },
  guards: {
    wantedIsReady: ({ context }) => context.ready.includes(context.wanted),
    isNewWish: ({ context, event }) => event.type === 'language.want' && event.language !== context.wanted,
    /** An answer about the language now wanted (not one asked for earlier). */
    isAboutWanted: ({ context, event }) => 'language' in event && event.language === context.wanted,
  },
  actions: {
    setWanted: assign({
      wanted: ({ context, event }) => (event.type === 'language.want' ? event.language : context.wanted),
    }),
    showWanted: assign({ shown: ({ context }) => context.wanted, fallback: false }),
    markReady: assign({ ready: ({ context }) => [...context.ready, context.wanted] }),
    showEnglish: assign({ shown: ({ context }) => context.shown ?? BUILT_IN_LANGUAGE, fallback: true }),
    reportFailure: emit(({ context }) => ({ type: 'language.failed' as const, language: context.wanted })),
    /** Starts loading `context.wanted`; provided by the element (or a test), which answers with an event. */
    load: () => {
      throw new Error('No language loader was provided.');
    },
  },
}).createMachine({
  id: 'language',
  context: ({ input }) => ({ wanted: input.language, shown: null, ready: [BUILT_IN_LANGUAGE], fallback: false }),
  initial: 'choosing',
  on: {
    'language.want': { guard: 'isNewWish', target: '.choosing', actions: 'setWanted' },
  },
  states: {
    choosing: {
      always: [{ guard: 'wantedIsReady', target: 'settled', actions: 'showWanted' }, { target: 'loading' }],
    },
    loading: {
      entry: 'load',
      on: {
        'language.loaded': { guard: 'isAboutWanted', target: 'settled', actions: ['markReady', 'showWanted'] },
        'language.error': { guard: 'isAboutWanted', target: 'failed', actions: ['showEnglish', 'reportFailure'] },
      },
      // Overdue: English for now, with the notice; the file may still arrive.
      after: { patience: { actions: 'showEnglish' } },
    },
    settled: {},
    failed: {
      on: { 'language.retry': 'loading' },
    },
  },
});
