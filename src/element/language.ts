/**
 * The element's language: which one the page asks for, and the language machine that decides
 * what is shown while its file loads (machines/language.machine.ts), with the loader that adds a
 * language's texts to the element's i18next.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { languageMachine } from '../../machines/language.machine';
import { toLanguage } from '../i18n';
import { onDemandLoaders } from '../on-demand';
import type { TextLayers } from '../text-layers';

/** The `lang` that applies to an element: its own, else the nearest ancestor's, across shadow roots. */
function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** The language the page asks for: the element's own `lang`, else the nearest ancestor's, else `<html lang>`. */
export function wantedLanguage(element: Element): string {
  return toLanguage(inheritedLang(element) ?? document.documentElement.lang);
}

export type ElementLanguage = {
  actor: Actor<typeof languageMachine>;
  /** Tells the machine the page's language, and retries a failed file (call on a reader's action). */
  sync: () => void;
};

/** What the language needs of its element. */
export type LanguageHost = {
  element: Element;
  texts: TextLayers;
  /** Redraws the element: called only when the language shown, or its notice, changes. */
  redraw: () => void;
  /** Reports a file that could not be loaded (the element's `pyp-error`). */
  failed: (language: string) => void;
};

export function startLanguage(host: LanguageHost): ElementLanguage {
  const machine = languageMachine.provide({
    actions: {
      load: ({ context, self }) => {
        const language = context.wanted;
        // A file that fails to load, or whose texts cannot be used, counts as failed.
        onDemandLoaders
          .locale(language)
          .then(({ texts }) => {
            host.texts.add(texts);
            self.send({ type: 'language.loaded', language });
          })
          .catch(() => self.send({ type: 'language.error', language }));
      },
    },
  });
  const actor = createActor(machine, { input: { language: wantedLanguage(host.element) } });
  actor.on('language.failed', ({ language }) => host.failed(language));
  actor.start();
  // Every event notifies, even one that changes nothing: redraw only when what is shown changes.
  const drawn = ({ context }: SnapshotFrom<typeof languageMachine>) => `${context.shown} ${context.fallback}`;
  let last = drawn(actor.getSnapshot());
  actor.subscribe((snapshot) => {
    if (drawn(snapshot) !== last) host.redraw();
    last = drawn(snapshot);
  });
  const sync = () => {
    const wanted = wantedLanguage(host.element);
    if (wanted !== actor.getSnapshot().context.wanted) actor.send({ type: 'language.want', language: wanted });
    else if (actor.getSnapshot().matches('failed')) actor.send({ type: 'language.retry' });
  };
  return { actor, sync };
}
