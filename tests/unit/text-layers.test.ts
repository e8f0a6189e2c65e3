/**
 * The texts of one element: the kept texts (t asked without values) must never outlive a change,
 * whether a loaded file, an agency's override, or another language.
 */
import { describe, expect, it } from 'vitest';
import { uiEs as esUi } from '../support/texts';
import { uiEn as enUi } from '../support/texts';
import { TextLayers } from '../../src/element/text-layers';

const t = (layers: TextLayers, key: string, options?: Record<string, unknown>) =>
  (layers.t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);

describe('the texts of one element', () => {
  it('shows an override laid over a text already shown, and the built-in text once it is removed', () => {
    const layers = new TextLayers();
    expect(t(layers, 'intro.start')).toBe(enUi.intro.start);
    layers.setOverride({ en: { ui: { intro: { start: 'Begin the planning quiz' } } } });
    expect(t(layers, 'intro.start')).toBe('Begin the planning quiz');
    layers.setOverride(null);
    expect(t(layers, 'intro.start')).toBe(enUi.intro.start);
  });

  it('shows a text a loaded file adds after the default was shown', () => {
    const layers = new TextLayers();
    const key = 'sites:example-site.description';
    expect(t(layers, key, { defaultValue: '' })).toBe('');
    layers.add({ en: { sites: { 'example-site': { description: 'A program to learn from.' } } } });
    expect(t(layers, key, { defaultValue: '' })).toBe('A program to learn from.');
  });

  it('keeps each language apart, and never keeps texts with values', async () => {
    const layers = new TextLayers();
    expect(t(layers, 'intro.start')).toBe(enUi.intro.start);
    layers.add({ es: { ui: esUi } });
    await layers.i18n.changeLanguage('es');
    expect(t(layers, 'intro.start')).toBe(esUi.intro.start);
    await layers.i18n.changeLanguage('en');
    expect(t(layers, 'intro.start')).toBe(enUi.intro.start);
    expect(t(layers, 'progress', { number: 1, total: 7 })).toContain('1');
    expect(t(layers, 'progress', { number: 2, total: 7 })).toContain('2');
  });
});
