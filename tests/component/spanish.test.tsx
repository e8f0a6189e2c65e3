/** Every step, the review and the result rendered in Spanish show no English text. */
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { renderWizard } from '../support/render-wizard';
import { allTexts } from '../support/locales';

afterEach(cleanup);

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return typeof node === 'string' ? [[prefix, node]] : [];
}
const spanish = new Map(leaves(allTexts.es));
/** English texts whose Spanish differs (names like "EMS" read the same in both). */
const englishOnly = new Set(
  leaves(allTexts.en)
    .filter(([k, v]) => spanish.get(k) !== v)
    .map(([, v]) => v),
);
const properNames = new Set(builtInContent.sites.map((s) => s.name));
const ENGLISH_WORDS = /\b(the|and|your|you|what|which|who|with|question|continue|back|change|answers?)\b/i;

/** Visible text and accessible labels inside the widget. */
function shownTexts(root: Element): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('[lang]:not([lang="es"])')) continue; // the switch names other languages in their own
    const text = node.textContent?.trim();
    if (text) texts.push(text);
  }
  root.querySelectorAll('[aria-label]').forEach((el) => texts.push(el.getAttribute('aria-label')!));
  return texts;
}
/** A text without the program names in it (proper names stay as they are). */
const withoutNames = (text: string) => [...properNames].reduce((t, name) => t.split(name).join(''), text);
function expectNoEnglish(root: Element) {
  const english = shownTexts(root).filter((t) => englishOnly.has(t) || ENGLISH_WORDS.test(withoutNames(t)));
  expect(english).toEqual([]);
}

const answers = parseAnswers({
  lead: ['law-enforcement', 'ems'],
  situations: ['asks-for-help', 'after-overdose', 'low-level-offense'],
  population: ['substance-use', 'opioid-use', 'youth'],
  charging: ['abeyance'],
  partners: [],
  setting: 'rural',
  existing: ['active-outreach'],
});

describe('in Spanish', () => {
  it('shows the intro and every question, with its error, in Spanish only', () => {
    const { container, actor } = renderWizard({ language: 'es' });
    expectNoEnglish(container);
    fireEvent.click(screen.getByRole('button', { name: 'Comenzar' }));
    for (const key of ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing'] as const) {
      expect(actor.getSnapshot().value).toBe(key);
      expectNoEnglish(container);
      if (builtInContent.questions.find((q) => q.id === key)!.required) {
        fireEvent.click(screen.getByRole('button', { name: 'Continuar' })); // shows the error
        expect(screen.getByRole('alert')).toBeTruthy();
        expectNoEnglish(container);
      }
      act(() => {
        const value = answers[key];
        for (const id of Array.isArray(value) ? value : [value]) if (id) actor.send({ type: 'answer.choose', key, id });
        actor.send({ type: 'step.continue' });
      });
    }
    expect(actor.getSnapshot().value).toBe('review');
    expectNoEnglish(container);
    expect(screen.getByRole('heading', { name: 'Revise sus respuestas' })).toBeTruthy();
  });

  it('shows the result in Spanish only, details included', () => {
    const { container } = renderWizard({ language: 'es', answers });
    fireEvent.click(screen.getAllByRole('button').at(-1)!);
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    container.querySelectorAll('details').forEach((d) => (d.open = true));
    expectNoEnglish(container);
  });
});
