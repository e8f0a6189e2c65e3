/**
 * The texts of one element, in layers: English in the script, then files loaded on demand
 * (details, other languages), then an agency's override on top. Replacing the override rebuilds
 * the i18next instance, so that nothing of an earlier override remains.
 */
import { addTexts, createI18n, type I18n, type TFunction, type Texts } from './i18n';

export class TextLayers {
  i18n: I18n = createI18n();
  #loaded: Texts[] = [];
  #override: Texts | null = null;

  #kept = new Map<string, string>();
  /** Counts each override laid or removed, so that the views can tell when to draw their texts again (a part's texts are new to its own views). */
  version = 0;

  /**
   * i18next's t, keeping each text asked for without values (per language) until the texts
   * change: a result asks for hundreds, most of them again on every redraw.
   */
  readonly t = ((key: string, options?: Record<string, unknown>) => {
    const translate = this.i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
    const plain =
      options === undefined || (Object.keys(options).length === 1 && typeof options.defaultValue === 'string');
    if (!plain) return translate(key, options);
    const id = `${this.i18n.language}\u0000${String(options?.defaultValue ?? '\u0001')}\u0000${key}`;
    let text = this.#kept.get(id);
    if (text === undefined) this.#kept.set(id, (text = translate(key, options)));
    return text;
  }) as unknown as TFunction;

  /** Adds a loaded file's texts, under the override. */
  add(texts: Texts): void {
    this.#kept.clear();
    this.#loaded.push(texts);
    addTexts(this.i18n, texts);
    if (this.#override) addTexts(this.i18n, this.#override);
  }

  /** Lays an override's texts over everything, or removes it. */
  setOverride(texts: Texts | null): void {
    this.version++;
    this.#kept.clear();
    this.#override = texts;
    const language = this.i18n.language;
    this.i18n = createI18n(language);
    for (const layer of this.#loaded) addTexts(this.i18n, layer);
    if (texts) addTexts(this.i18n, texts);
    void this.i18n.changeLanguage(language);
  }

  /** Whether the widget has an English text under that key (its own, or from a loaded file). */
  hasEnglish(namespace: string, key: string): boolean {
    return typeof this.i18n.getResource('en', namespace, key) === 'string';
  }
}
