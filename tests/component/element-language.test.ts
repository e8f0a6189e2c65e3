/** The element's language module in a DOM: the language asked for, and redraws only on a change. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLanguage, wantedLanguage } from '../../src/element/language';
import { onDemandLoaders } from '../../src/on-demand';
import { TextLayers } from '../../src/text-layers';
import { allTexts } from '../support/locales';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('wantedLanguage', () => {
  it("follows the element's lang, else the nearest ancestor's, else <html lang>, mapping regional tags", () => {
    const outer = document.createElement('section');
    const element = document.createElement('div');
    outer.append(element);
    document.body.append(outer);
    document.documentElement.lang = 'es-MX';
    expect(wantedLanguage(element)).toBe('es');
    outer.lang = 'en-US';
    expect(wantedLanguage(element)).toBe('en');
    element.lang = 'es';
    expect(wantedLanguage(element)).toBe('es');
    element.lang = 'fr';
    expect(wantedLanguage(element)).toBe('en');
  });
});

describe('startLanguage', () => {
  it('loads the wanted language once, adds its texts, and redraws only when what is shown changes', async () => {
    const locale = vi.fn(async (language: string) => ({ texts: { [language]: allTexts[language]! } }));
    onDemandLoaders.locale = locale as never;
    const element = document.createElement('div');
    element.lang = 'es';
    document.body.append(element);
    const texts = new TextLayers();
    const redraw = vi.fn();
    const language = startLanguage({ element, texts, redraw, failed: () => {} });
    expect(language.actor.getSnapshot().context.shown).toBeNull();
    await vi.waitFor(() => expect(language.actor.getSnapshot().context.shown).toBe('es'));
    const start = (allTexts.es!.ui as { intro: { start: string } }).intro.start;
    expect(texts.i18n.getResource('es', 'ui', 'intro.start')).toBe(start);
    expect(redraw).toHaveBeenCalledTimes(1);
    language.sync();
    language.sync();
    expect(redraw).toHaveBeenCalledTimes(1);
    expect(locale).toHaveBeenCalledTimes(1);
  });

  it('reports a file that fails, shows English, and retries on sync', async () => {
    let fail = true;
    onDemandLoaders.locale = (async (language: string) => {
      if (fail) throw new Error('offline');
      return { texts: { [language]: allTexts[language]! } };
    }) as never;
    const element = document.createElement('div');
    element.lang = 'es';
    document.body.append(element);
    const failed = vi.fn();
    const language = startLanguage({ element, texts: new TextLayers(), redraw: () => {}, failed });
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith('es'));
    expect(language.actor.getSnapshot().context.shown).toBe('en');
    fail = false;
    language.sync();
    await vi.waitFor(() => expect(language.actor.getSnapshot().context.shown).toBe('es'));
  });
});
