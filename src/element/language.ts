/**
 * The element's language: which one the page asks for, and the loader that the language machine
 * (machines/language.machine.ts, a child of the widget machine) runs to add a language's texts to
 * the element's i18next.
 */
import { languageMachine } from '../../machines/language.machine';
import { selectLanguage } from '../../machines/widget.selectors';
import { wantedLanguage } from './page-language';
import { onDemandLoaders } from './parts';
import type { TextLayers } from './text-layers';
import type { ElementHost } from './host';

export { wantedLanguage };

/** The language machine with its loader: a language's file adds its texts to the element's i18next. */
export function languageLoading(texts: TextLayers) {
  return languageMachine.provide({
    actions: {
      load: ({ context, self }) => {
        const language = context.wanted;
        // A file that fails to load, or whose texts cannot be used, counts as failed.
        onDemandLoaders
          .locale(language)
          .then(({ texts: loaded }) => {
            texts.add(loaded);
            self.send({ type: 'language.loaded', language });
          })
          .catch(() => self.send({ type: 'language.error', language }));
      },
    },
  });
}

/** Language children whose events the element already hears. */
const heard = new WeakSet<object>();

/**
 * Tells the widget the page's language: the first call starts the language child; once it runs,
 * the element hears it (a redraw when what is shown changes, `pyp-error` when a file fails). Later
 * calls switch it, or retry a failed file (call on a reader's action).
 */
export function syncLanguage({ element, actor, guard, redraw, error }: ElementHost): void {
  const wanted = wantedLanguage(element);
  if (!selectLanguage(actor.getSnapshot())) actor.send({ type: 'language.start', language: wanted });
  // Sent from inside a change, that event waits its turn: the child is then heard on the next change.
  const language = selectLanguage(actor.getSnapshot());
  if (!language) return;
  if (!heard.has(language)) {
    heard.add(language);
    language.on('language.failed', ({ language }) =>
      error(`The texts in "${language}" could not be loaded; showing English.`),
    );
    // Every event notifies, even one that changes nothing: redraw only when what is shown changes.
    let drawn = '';
    language.subscribe(({ context }) => {
      if (drawn !== (drawn = `${context.shown} ${context.fallback}`)) guard(redraw);
    });
  }
  if (wanted !== language.getSnapshot().context.wanted) language.send({ type: 'language.want', language: wanted });
  else if (language.getSnapshot().matches('failed')) language.send({ type: 'language.retry' });
}
