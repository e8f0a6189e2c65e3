/**
 * An eighth question is added by its data and texts alone: with data/questions.json and the
 * English question and review texts carrying a `funding` question after `population`, the element
 * asks it in its place, counts it in the progress, keeps its answer, lists it on review and lets
 * it be changed from there. Nothing else is changed for it (the mocks stand for the edited files).
 */
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fundingTexts } from '../fixtures/eighth-question';

vi.mock('../../data/questions.json', async (original) => {
  const questions = ((await original()) as { default: { id: string }[] }).default;
  const at = questions.findIndex((q) => q.id === 'population') + 1;
  // The fixture's question, written out: the fixture reads the built-in content, this very file.
  const funding = {
    id: 'funding',
    type: 'single',
    required: true,
    options: ['grant', 'county-budget', 'opioid-settlement', 'none-yet'].map((id) => ({ id })),
  };
  return { default: [...questions.slice(0, at), funding, ...questions.slice(at)] };
});
vi.mock('../../data/locales/en/questions.json', async (original) => {
  const { fundingTexts: texts } = await import('../fixtures/eighth-question');
  return { default: { ...((await original()) as { default: object }).default, funding: texts } };
});
vi.mock('../../data/locales/en/ui.json', async (original) => {
  const ui = ((await original()) as { default: { review: { labels: object } } }).default;
  return { default: { ...ui, review: { ...ui.review, labels: { ...ui.review.labels, funding: 'Funding' } } } };
});

await import('../../src/entries/module');

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const answers: string[] = [];
document.addEventListener('pyp-answer', (e) => answers.push(JSON.stringify((e as CustomEvent).detail.answers)));

function mount() {
  const element = document.createElement('pick-your-pathway');
  element.setAttribute('persist', 'off');
  document.body.append(element);
  return { element, shadow: within(element.shadowRoot as unknown as HTMLElement) };
}

/** A shadow root is no container for Testing Library's find queries: wait, then get. */
const find = <T>(get: () => T) => waitFor(get);

const next = (shadow: ReturnType<typeof mount>['shadow']) =>
  fireEvent.click(shadow.getByRole('button', { name: 'Continue' }));

describe('an eighth question, from its data and texts alone', () => {
  it('is asked after population, counted in the progress, kept, and changed from review', async () => {
    const { element, shadow } = mount();
    fireEvent.click(await find(() => shadow.getByRole('button', { name: 'Start now' })));
    fireEvent.click(await find(() => shadow.getByRole('checkbox', { name: 'EMS' })));
    next(shadow);
    fireEvent.click(await find(() => shadow.getByRole('checkbox', { name: 'After an overdose' })));
    next(shadow);
    fireEvent.click(await find(() => shadow.getByRole('checkbox', { name: 'People who use opioids' })));
    next(shadow);
    const group = await find(() => shadow.getByRole('group', { name: fundingTexts.prompt }));
    expect(shadow.getByText('Question 4 of 7')).toBeTruthy();
    fireEvent.click(within(group).getByRole('radio', { name: fundingTexts.options.grant.label }));
    next(shadow);
    await find(() => shadow.getByRole('group', { name: 'Which partners already work with you?' }));
    expect((element as unknown as { answers: Record<string, unknown> }).answers.funding).toBe('grant');
    expect(answers.at(-1)).toContain('"funding":"grant"');
    // Partners, setting and existing, then review.
    next(shadow);
    fireEvent.click(await find(() => shadow.getByRole('radio', { name: 'Rural' })));
    next(shadow);
    next(shadow);
    const review = await find(() => shadow.getByRole('heading', { name: 'Check your answers' }));
    expect(review).toBeTruthy();
    const row = shadow.getByText('Funding', { selector: 'dt' }).parentElement!;
    expect(within(row).getByText(fundingTexts.options.grant.label)).toBeTruthy();
    fireEvent.click(shadow.getByRole('button', { name: /Change.*Funding/ }));
    await waitFor(() => expect(shadow.getByRole('group', { name: fundingTexts.prompt })).toBeTruthy());
  });
});
