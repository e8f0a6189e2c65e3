/** Selectors for the language machine's snapshot; pure, no DOM. */
import type { SnapshotFrom } from 'xstate';
import type { languageMachine } from './language.machine';

type LanguageSnapshot = SnapshotFrom<typeof languageMachine>;

/** The language to draw, or null while the first one is not ready (the view keeps the space, busy). */
export const selectShownLanguage = (snapshot: LanguageSnapshot): string | null => snapshot.context.shown;

/** The wanted language, when it failed or is overdue and English is shown in its place; else null. */
export const selectMissingLanguage = (snapshot: LanguageSnapshot): string | null =>
  snapshot.context.fallback ? snapshot.context.wanted : null;
