/** The element's language module in a DOM: the language asked for, loaded once, and redraws only on a change. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectLanguage } from '../../machines/widget.selectors';
import { createElementHost } from '../../src/element/create-host';
import { syncLanguage, wantedLanguage } from '../../src/element/language';
import { onDemandLoaders } from '../../src/element/parts';
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

/** An element's host in Spanish, its widget machine started. */
function spanishHost() {
  const element = document.createElement('div');
  element.lang = 'es';
  document.body.append(element);
  const redraw = vi.fn();
  const host = createElementHost(element, {
    changed: () => {},
    redraw,
    restart: () => {},
    saveProgress: () => {},
    syncPresenter: () => {},
  });
  const errors: string[] = [];
  element.addEventListener('pyp-error', (event) => errors.push((event as CustomEvent).detail.message));
  host.actor.start();
  const shown = () => selectLanguage(host.actor.getSnapshot())?.getSnapshot().context.shown;
  return { host, redraw, errors, shown };
}

describe('syncLanguage', () => {
  it('starts the language the page asks for, adds its texts once, and redraws only when what is shown changes', async () => {
    const locale = vi.fn(async (language: string) => ({ texts: { [language]: allTexts[language]! } }));
    onDemandLoaders.locale = locale as never;
    const { host, redraw, shown } = spanishHost();
    syncLanguage(host);
    expect(shown()).toBeNull();
    await vi.waitFor(() => expect(shown()).toBe('es'));
    const start = (allTexts.es!.ui as { intro: { start: string } }).intro.start;
    expect(host.texts.i18n.getResource('es', 'ui', 'intro.start')).toBe(start);
    expect(redraw).toHaveBeenCalledTimes(1);
    syncLanguage(host);
    syncLanguage(host);
    expect(redraw).toHaveBeenCalledTimes(1);
    expect(locale).toHaveBeenCalledTimes(1);
  });

  it('reports a file that fails with pyp-error, shows English, and tries again on the next sync', async () => {
    let fail = true;
    onDemandLoaders.locale = (async (language: string) => {
      if (fail) throw new Error('offline');
      return { texts: { [language]: allTexts[language]! } };
    }) as never;
    const { host, errors, shown } = spanishHost();
    syncLanguage(host);
    await vi.waitFor(() => expect(errors).toEqual(['The texts in "es" could not be loaded; showing English.']));
    expect(shown()).toBe('en');
    fail = false;
    syncLanguage(host);
    await vi.waitFor(() => expect(shown()).toBe('es'));
  });
});
