import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../../machines/saved-progress';
import '../../src/entries/module';

beforeAll(loadOnDemandFilesFromSources);
beforeEach(() => localStorage.clear());
afterEach(() => document.body.replaceChildren());

function mount(attributes: Record<string, string> = {}) {
  const errors: string[] = [];
  const element = document.createElement('pick-your-pathway');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.addEventListener('pyp-error', (e) => errors.push((e as CustomEvent).detail.message));
  document.body.append(element);
  return { element, errors, shadow: within(element.shadowRoot as unknown as HTMLElement) };
}

async function answerLeadAndSituations(shadow: ReturnType<typeof mount>['shadow']) {
  fireEvent.click(shadow.getByRole('button', { name: 'Start now' }));
  fireEvent.click(await shadow.findByRole('checkbox', { name: 'EMS' }));
  fireEvent.click(shadow.getByRole('button', { name: 'Continue' }));
  fireEvent.click(await shadow.findByRole('checkbox', { name: 'After an overdose' }));
}

describe('saved progress', () => {
  it('is saved on every change and offered on return; Continue resumes at the same step with the answers', async () => {
    const first = mount({ id: 'planner' });
    await answerLeadAndSituations(first.shadow);
    first.element.remove();
    expect(JSON.parse(localStorage.getItem('pyp:planner')!)).toMatchObject({
      format: PROGRESS_FORMAT,
      version: PROGRESS_VERSION,
      step: 'situations',
      answers: { lead: ['ems'], situations: ['after-overdose'] },
    });

    const again = mount({ id: 'planner' });
    expect(await again.shadow.findByRole('heading', { name: 'Continue where you left off?' })).toBeTruthy();
    expect(again.shadow.queryByRole('button', { name: 'Start now' })).toBeNull();
    fireEvent.click(again.shadow.getByRole('button', { name: 'Continue' }));
    const group = await again.shadow.findByRole('group', {
      name: 'Which situations do you want your program to respond to?',
    });
    expect((within(group).getByRole('checkbox', { name: 'After an overdose' }) as HTMLInputElement).checked).toBe(true);
    expect(again.element.answers).toEqual({ lead: ['ems'], situations: ['after-overdose'] });
  });

  it('can be dropped with Start over, which clears it', async () => {
    const first = mount();
    await answerLeadAndSituations(first.shadow);
    first.element.remove();
    const again = mount();
    fireEvent.click(await again.shadow.findByRole('button', { name: 'Start over' }));
    expect(await again.shadow.findByRole('button', { name: 'Start now' })).toBeTruthy();
    expect(localStorage.getItem('pyp:default')).toBeNull();
  });

  it('uses the persist key, and saves nothing with persist="off"', async () => {
    const keyed = mount({ persist: 'county-plan' });
    await answerLeadAndSituations(keyed.shadow);
    expect(localStorage.getItem('county-plan')).not.toBeNull();
    localStorage.clear();
    const off = mount({ persist: 'off' });
    await answerLeadAndSituations(off.shadow);
    expect(localStorage.length).toBe(0);
  });

  it.each([
    ['not JSON', '{"format":'],
    ['not an object', '42'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, step: 'lead', answers: {} })],
    [
      'an older version',
      JSON.stringify({ format: PROGRESS_FORMAT, version: 0, step: 'lead', answers: { lead: ['ems'] } }),
    ],
    [
      'an unknown step',
      JSON.stringify({ format: PROGRESS_FORMAT, version: 1, step: 'teleport', answers: { lead: ['ems'] } }),
    ],
    [
      'unknown ids',
      JSON.stringify({ format: PROGRESS_FORMAT, version: 1, step: 'lead', answers: { lead: ['sheriff'] } }),
    ],
    [
      'an unknown key',
      JSON.stringify({ format: PROGRESS_FORMAT, version: 1, step: 'lead', answers: { colour: 'red' } }),
    ],
  ])('that is %s is discarded quietly: pyp-error for the embedder, a fresh start for the user', async (_, stored) => {
    localStorage.setItem('pyp:default', stored);
    const { errors, shadow } = mount();
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatch(/^Saved progress under "pyp:default" was discarded/);
    expect(localStorage.getItem('pyp:default')).toBeNull();
    expect(shadow.getByRole('button', { name: 'Start now' })).toBeTruthy();
    expect(shadow.queryByRole('status')).toBeNull();
  });
});

describe('focus around saved progress', () => {
  it('keeps focus on the page after Start over: it moves to Start now', async () => {
    const first = mount();
    await answerLeadAndSituations(first.shadow);
    first.element.remove();
    const again = mount();
    fireEvent.click(await again.shadow.findByRole('button', { name: 'Start over' }));
    await waitFor(() => expect(again.element.shadowRoot!.activeElement?.textContent).toBe('Start now'));
  });

  it('says when the answers were saved as US readers write it, in Spanish too (2:30 p.m., not 14:30)', async () => {
    const savedAt = new Date(2026, 11, 5, 14, 30).toISOString();
    const saved = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, step: 'lead', answers: { lead: ['ems'] } };
    for (const [lang, time] of [
      ['en', /December 5, 2026 at 2:30\sPM/],
      ['es', /5 de diciembre de 2026 a las 2:30\sp\.\s?m\./],
    ] as const) {
      localStorage.setItem('pyp:default', JSON.stringify({ ...saved, savedAt }));
      const { shadow } = mount({ lang });
      await waitFor(() => expect(shadow.getByText(time)).toBeTruthy());
      document.body.replaceChildren();
    }
  });
});
