/** The action plan in the readiness checklist: owner, target date and note per planning point, checked at the field. */
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { policeHoldingCharges } from '../fixtures/answers';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import { pathwaysEn, uiEn as ui } from '../support/texts';
import '../../src/entries/module';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const answers = parseAnswers(policeHoldingCharges);
const pathway = recommend(answers).pathways[0]!.id;
const [first, second] = builtInContent.pathways.find((p) => p.id === pathway)!.elements.map((e) => e.id);
const titleOf = (element: string) =>
  (pathwaysEn as Record<string, { elements: Record<string, { title: string }> }>)[pathway]!.elements[element]!.title;
const action = ui.planner.action;

/** The result, every section open, and the action fields of a planning point of the first card, opened. */
async function actionOf(element: string) {
  const host = document.createElement('pick-your-pathway');
  document.body.append(host);
  const shadow = within(host.shadowRoot as unknown as HTMLElement);
  host.answers = answers;
  fireEvent.click(await shadow.findByRole('button', { name: 'See my result' }));
  await shadow.findByRole('region', { name: ui.planner.title });
  fireEvent.click(shadow.getByRole('button', { name: 'Show all sections' }));
  const card = within(shadow.getAllByRole('article')[0]!);
  const point = (await card.findByRole('checkbox', { name: titleOf(element) })).closest('.option') as HTMLElement;
  fireEvent.click(within(point).getByText(action.plan));
  const group = within(within(point).getByRole('group', { name: titleOf(element) }));
  return { host, point: within(point), group };
}

/** Types a value and leaves the field, as a user does. */
function enter(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.focusOut(field);
}

/** The action plan in the saved progress. */
const savedActions = () => JSON.parse(localStorage.getItem('pyp:default') ?? '{}').actions;

describe('action fields', () => {
  it('takes a date as people type it in English, 03/15/2027, and keeps it as 2027-03-15', async () => {
    const { group, point } = await actionOf(first!);
    const due = group.getByRole('textbox', { name: action.due });
    enter(due, '3/15/2027');
    await waitFor(() => expect(point.getByText('By March 15, 2027')).toBeTruthy());
    expect(savedActions()).toEqual({ [pathway]: { [first!]: { due: '2027-03-15' } } });
    expect((due as HTMLInputElement).value).toBe('03/15/2027');
    expect(due.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps an owner, a target date and a note, and sums them up under the planning point', async () => {
    const { group, point } = await actionOf(first!);
    const owner = group.getByRole('textbox', { name: action.owner });
    const due = group.getByRole('textbox', { name: action.due });
    const note = group.getByRole('textbox', { name: action.note });
    expect(note.tagName).toBe('TEXTAREA');
    expect(due.getAttribute('aria-describedby')).toBe(group.getByText(action.dueHint).id);
    enter(owner, '  Sgt. Lee ');
    enter(due, '2027-03-31');
    enter(note, 'Ask the county first');
    await waitFor(() =>
      expect(point.getByText('Owner: Sgt. Lee · By March 31, 2027 · Ask the county first')).toBeTruthy(),
    );
    expect((owner as HTMLInputElement).value).toBe('Sgt. Lee');
    expect(point.getByText(action.edit)).toBeTruthy();
    expect(savedActions()).toEqual({
      [pathway]: { [first!]: { owner: 'Sgt. Lee', due: '2027-03-31', note: 'Ask the county first' } },
    });
    for (const field of [owner, due, note]) expect(field.getAttribute('aria-invalid')).toBeNull();

    // Emptying a field removes it from the plan.
    enter(owner, '');
    await waitFor(() => expect(point.getByText('By March 31, 2027 · Ask the county first')).toBeTruthy());
    expect(savedActions()[pathway][first!]).toEqual({ due: '2027-03-31', note: 'Ask the county first' });
  });

  it('says at the field that 30 February does not exist, keeps what was typed, and saves nothing', async () => {
    const { group, point } = await actionOf(second!);
    const due = group.getByRole('textbox', { name: action.due }) as HTMLInputElement;
    enter(due, '2027-02-30');
    const error = await group.findByText(action.problems.dateImpossible);
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(due.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(due.value).toBe('2027-02-30');
    expect(savedActions() ?? {}).toEqual({});
    expect(point.queryByText(/^By /)).toBeNull();

    enter(due, 'next week');
    expect(await group.findByText(action.problems.dateFormat)).toBeTruthy();

    // A good date afterwards is kept, and the message goes.
    enter(due, '2027-02-28');
    await waitFor(() => expect(group.queryByText(action.problems.dateFormat)).toBeNull());
    expect(due.getAttribute('aria-invalid')).toBeNull();
    expect(savedActions()).toEqual({ [pathway]: { [second!]: { due: '2027-02-28' } } });
  });

  it('gives the limit and the length of an over-long note and owner, and keeps neither', async () => {
    const { group } = await actionOf(first!);
    const note = group.getByRole('textbox', { name: action.note }) as HTMLTextAreaElement;
    enter(note, 'x'.repeat(523));
    expect(await group.findByText('Keep the note to 500 characters; it has 523')).toBeTruthy();
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.value).toHaveLength(523);
    enter(group.getByRole('textbox', { name: action.owner }), 'y'.repeat(81));
    expect(await group.findByText('Keep the owner to 80 characters; it has 81')).toBeTruthy();
    expect(savedActions() ?? {}).toEqual({});
  });

  it('gives each field an id of its own, per pathway and planning point', async () => {
    const { host } = await actionOf(first!);
    const ids = [...host.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toContain(`action-${pathway}-${first}-owner`);
  });
});
