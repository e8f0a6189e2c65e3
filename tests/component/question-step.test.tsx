import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWizard } from '../support/render-wizard';

afterEach(cleanup);

function toQuestions() {
  const view = renderWizard();
  fireEvent.click(screen.getByRole('button', { name: 'Start now' }));
  return view;
}

describe('a question step', () => {
  it('is a group named by its question, with a hint, progress and one checkbox per option with its hint', () => {
    toQuestions();
    const group = screen.getByRole('group', { name: 'Who will lead the program in your community?' });
    expect(group.getAttribute('aria-describedby')).toBe('lead-hint');
    expect(screen.getByText('Question 1 of 7')).toBeTruthy();
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Law enforcement',
      'Fire department',
      'EMS',
      'Behavioral-health team',
    ]);
    const police = within(group).getByRole('checkbox', { name: 'Law enforcement' });
    expect(document.getElementById(police.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /police department or sheriff/,
    );
    expect(
      within(group)
        .getByRole('heading', { level: 2, name: 'Who will lead the program in your community?' })
        .closest('legend'),
    ).toBeTruthy();
  });

  it('never disables Continue: without an answer it shows an error summary linked to the first option', () => {
    toQuestions();
    const next = screen.getByRole('button', { name: 'Continue' });
    expect((next as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(next);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const link = within(alert).getByRole('link', { name: 'Select who will lead the program' });
    expect(link.getAttribute('href')).toBe('#lead-law-enforcement');
    expect(document.activeElement).toBe(alert);
    const group = screen.getByRole('group', { name: 'Who will lead the program in your community?' });
    expect(group.getAttribute('aria-describedby')).toBe('lead-hint lead-error');
    expect(document.getElementById('lead-error')?.textContent).toBe('Error: Select who will lead the program');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Law enforcement' }));
  });

  it('clears the error once an option is chosen and moves on, focusing the next question heading', () => {
    toQuestions();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'EMS' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = screen.getByRole('heading', { name: 'Which situations do you want your program to respond to?' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Question 2 of 6')).toBeTruthy();
  });

  it('counts the charging question only when law enforcement leads', () => {
    toQuestions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Law enforcement' }));
    expect(screen.getByText('Question 1 of 7')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Law enforcement' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fire department' }));
    expect(screen.getByText('Question 1 of 6')).toBeTruthy();
  });

  it('offers "none" as an exclusive charging option after an "or"', () => {
    const { actor } = toQuestions();
    act(() => {
      for (const [key, id] of [
        ['lead', 'law-enforcement'],
        ['situations', 'routine-contact'],
        ['population', 'substance-use'],
      ] as const) {
        actor.send({ type: 'answer.choose', key, id });
        actor.send({ type: 'step.continue' });
      }
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hold charges' }));
    expect(screen.getByText('or')).toBeTruthy();
    const none = screen.getByRole('checkbox', { name: 'None of these today' });
    fireEvent.click(none);
    expect((none as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Hold charges' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks for the setting with radios', () => {
    const { actor } = toQuestions();
    act(() => {
      for (const [key, id] of [
        ['lead', 'ems'],
        ['situations', 'after-overdose'],
        ['population', 'opioid-use'],
      ] as const) {
        actor.send({ type: 'answer.choose', key, id });
        actor.send({ type: 'step.continue' });
      }
      actor.send({ type: 'step.continue' }); // partners: none yet
    });
    const group = screen.getByRole('group', { name: /community/i });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    fireEvent.click(within(group).getByRole('radio', { name: 'Rural' }));
    expect(actor.getSnapshot().context.answers.setting).toBe('rural');
  });

  it('goes back to the previous question with its answer kept', () => {
    toQuestions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fire department' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByRole('checkbox', { name: 'Fire department' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
  });

  it('announces each new step in a polite live region', () => {
    toQuestions();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Question 1 of 7: Who will lead the program in your community?');
  });
});
