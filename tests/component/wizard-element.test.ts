import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import '../../src/entries/module';
import { emsAfterOverdose } from '../fixtures/answers';

const answers = parseAnswers({ ...emsAfterOverdose, partners: ['peer'] });

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

type Recorded = { type: string; detail: any; bubbles: boolean; composed: boolean };
function mount(attributes: Record<string, string> = {}) {
  const events: Recorded[] = [];
  for (const type of ['pyp-step', 'pyp-answer', 'pyp-result', 'pyp-error']) {
    document.addEventListener(type, (e) =>
      events.push({ type, detail: (e as CustomEvent).detail, bubbles: e.bubbles, composed: e.composed }),
    );
  }
  const element = document.createElement('pick-your-pathway');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const shadow = within(element.shadowRoot as unknown as HTMLElement);
  return { element, events, shadow };
}

describe('<pick-your-pathway>', () => {
  it('is defined once, renders into an open shadow root with an adopted stylesheet', async () => {
    const first = customElements.get('pick-your-pathway');
    // @ts-expect-error: the query makes Vite run the module a second time, as a second script tag would
    await import('../../src/entries/module?again');
    expect(customElements.get('pick-your-pathway')).toBe(first);
    const { element, shadow } = mount();
    expect(element.shadowRoot?.mode).toBe('open');
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.getByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
  });

  it('fires pyp-step on the first render and on every step change, bubbling and composed', () => {
    const { events, shadow } = mount();
    fireEvent.click(shadow.getByRole('button', { name: 'Start now' }));
    const steps = events.filter((e) => e.type === 'pyp-step');
    expect(steps.map((e) => e.detail.step)).toEqual(['intro', 'lead']);
    expect(steps.every((e) => e.bubbles && e.composed)).toBe(true);
  });

  it('fires pyp-answer with the key, its new value and all answers on each change', async () => {
    const { events, shadow } = mount();
    fireEvent.click(shadow.getByRole('button', { name: 'Start now' }));
    fireEvent.click(await shadow.findByRole('checkbox', { name: 'EMS' }));
    fireEvent.click(await shadow.findByRole('checkbox', { name: 'Fire department' }));
    expect(events.filter((e) => e.type === 'pyp-answer').map((e) => e.detail)).toEqual([
      { key: 'lead', value: ['ems'], answers: { lead: ['ems'] } },
      { key: 'lead', value: ['fire', 'ems'], answers: { lead: ['fire', 'ems'] } },
    ]);
  });

  it('takes complete answers through the answers property, shows review, and fires pyp-result with recommend(answers)', async () => {
    const { element, events, shadow } = mount();
    element.answers = answers;
    await waitFor(() => expect(shadow.getByRole('heading', { name: 'Check your answers' })).toBeTruthy());
    expect(element.answers).toEqual(answers);
    expect(element.result).toBeNull();
    fireEvent.click(await shadow.findByRole('button', { name: 'See my result' }));
    await waitFor(() => expect(events.some((e) => e.type === 'pyp-result')).toBe(true));
    const result = events.find((e) => e.type === 'pyp-result');
    expect(result?.detail).toEqual({ answers, result: recommend(answers) });
    expect(element.result).toEqual(recommend(answers));
    expect(result?.bubbles && result.composed).toBe(true);
  });

  it('rejects invalid answers with pyp-error and keeps the answers it had', async () => {
    const { element, events, shadow } = mount();
    fireEvent.click(shadow.getByRole('button', { name: 'Start now' }));
    fireEvent.click(await shadow.findByRole('checkbox', { name: 'EMS' }));
    element.answers = { lead: ['sheriff'], setting: 'moon' };
    await waitFor(() => expect(events.some((e) => e.type === 'pyp-error')).toBe(true));
    const error = events.find((e) => e.type === 'pyp-error')!;
    expect(error.detail.message).toMatch(/lead: .*sheriff.*setting/);
    expect(error.detail.issues.map((i: { key: string }) => i.key)).toEqual([
      'lead',
      'situations',
      'population',
      'partners',
      'setting',
      'existing',
    ]);
    expect(element.answers).toEqual({ lead: ['ems'] });
    expect(await shadow.findByRole('group', { name: 'Who will lead the program in your community?' })).toBeTruthy();
  });

  it('restarts from the intro with no answers', async () => {
    const { element, shadow } = mount();
    fireEvent.click(shadow.getByRole('button', { name: 'Start now' }));
    fireEvent.click(await shadow.findByRole('checkbox', { name: 'EMS' }));
    element.restart();
    expect(element.answers).toEqual({});
    expect(await shadow.findByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
  });

  it('falls back to English for a language it lacks, without an error', () => {
    const { element, events } = mount({ lang: 'tlh' });
    expect(element.shadowRoot?.querySelector('.pyp')?.getAttribute('lang')).toBe('en');
    element.setAttribute('lang', 'es-MX');
    expect(element.shadowRoot?.querySelector('.pyp')?.getAttribute('lang')).toBe('en');
    expect(events.filter((e) => e.type === 'pyp-error')).toEqual([]);
  });
});
