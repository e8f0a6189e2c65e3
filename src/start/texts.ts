/**
 * The start page's own texts, without i18next: English, which the script carries. Another
 * language's start page waits, hidden, for the rest of the widget, which loads its texts.
 */
import ui from '../../data/locales/en/ui.json';

export type StartTexts = {
  widget: { label: string };
  language: { label: string };
  intro: Record<'title' | 'lead' | 'what' | 'time' | 'privacy' | 'start' | 'teamQuestion' | 'teamBuild', string>;
};

/** The texts of a language if the start page has them (English), else null. */
export const startTexts = (language: string): StartTexts | null => (language === 'en' ? ui : null);

/** `{{name}}` in a text, replaced by its value. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
