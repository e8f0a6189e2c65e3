/**
 * The result names the partner that makes a fit possible: Community Response allowed by a mobile
 * crisis team partner (CONTRACT rule 3) is not credited to the lead agencies, and medical partners
 * (EMS as a partner) are named where they matter instead of counting for nothing.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { renderWizard } from '../support/render-wizard';

afterEach(cleanup);

const crisisCalls = {
  situations: ['crisis-call'],
  population: ['mental-health'],
  setting: 'urban',
  existing: [],
};
/** A police department leads; the behavioral-health side is a mobile crisis team partner. */
const policeWithCrisisTeam = parseAnswers({
  ...crisisCalls,
  lead: ['law-enforcement'],
  charging: ['none'],
  partners: ['crisis-team', 'treatment'],
});
const behavioralHealthLeads = parseAnswers({ ...crisisCalls, lead: ['behavioral-health'], partners: ['treatment'] });

function toResult(answers = policeWithCrisisTeam, language = 'en') {
  renderWizard({ answers, language });
  fireEvent.click(screen.getAllByRole('button').at(-1)!);
}

/** A pathway's tile at a glance. */
const tileOf = (name: string, glance = 'At a glance') =>
  within(screen.getByRole('region', { name: glance }))
    .getByText(name)
    .closest('li')!;

/** The opening's line of why: the paragraph after the line that names what to start with. */
const openingWhy = () => screen.getByText(/^Start with /).nextElementSibling!.textContent!;

describe('a fit allowed by a partner', () => {
  it('names the mobile crisis team, not the lead agencies, as what lets Community Response run', () => {
    toResult();
    const tile = tileOf('Community Response');
    expect(within(tile).getByText('Strong fit')).toBeTruthy();
    const reason = tile.querySelector('.glance__reason')!.textContent!;
    expect(reason).toMatch(/mobile crisis team/);
    expect(reason).not.toMatch(/lead agenc/i);
    expect(openingWhy()).toMatch(/mobile crisis team/);
    expect(openingWhy()).not.toMatch(/lead agenc/i);
    // The card's reasons name the team too, and never a lead the answers did not choose.
    const card = screen.getByRole('article', { name: 'Community Response' });
    expect(within(card).getByText(/You already have a mobile crisis team/)).toBeTruthy();
    expect(card.textContent).not.toMatch(/behavioral-health team can lead/);
  });

  it('names both when the leads run one strong fit and the crisis team the other', async () => {
    toResult(parseAnswers({ ...policeWithCrisisTeam, situations: ['crisis-call', 'routine-contact'] }));
    expect(openingWhy()).toMatch(/lead agencies or a mobile crisis team you work with/);
    expect(tileOf('First Responder and Officer Referral').querySelector('.glance__reason')!.textContent).toMatch(
      /your lead agencies can run it/,
    );
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });

  it('says so in Spanish too', () => {
    toResult(policeWithCrisisTeam, 'es');
    const tile = tileOf('Respuesta comunitaria', 'De un vistazo');
    const reason = tile.querySelector('.glance__reason')!.textContent!;
    expect(reason).toMatch(/equipo móvil de crisis/);
    expect(reason).not.toMatch(/agencias que eligió/);
  });
});

describe('a fit allowed by the lead', () => {
  it('still credits the behavioral-health team that leads', () => {
    toResult(behavioralHealthLeads);
    const reason = tileOf('Community Response').querySelector('.glance__reason')!.textContent!;
    expect(reason).toMatch(/your lead agencies can run it/);
    expect(reason).not.toMatch(/crisis team/);
    expect(openingWhy()).toMatch(/your lead agencies can run it/);
    const card = screen.getByRole('article', { name: 'Community Response' });
    expect(within(card).getByText('Your behavioral-health team can lead it.')).toBeTruthy();
  });
});

describe('medical partners', () => {
  const withMedical = parseAnswers({ ...behavioralHealthLeads, partners: ['treatment', 'medical'] });

  it('are named among the reasons Community Response fits, which asks for medical partners', () => {
    toResult(withMedical);
    const card = screen.getByRole('article', { name: 'Community Response' });
    expect(within(card).getByText(/Your medical partners, such as community paramedics/)).toBeTruthy();
  });

  it('are told where EMS goes when a pathway needs a first responder to lead', () => {
    toResult(withMedical);
    const tile = tileOf('Naloxone Plus');
    expect(within(tile).getByText('Not for now')).toBeTruthy();
    expect(tile.textContent).toMatch(/Law enforcement, fire or EMS would need to lead it\./);
    expect(tile.textContent).toMatch(/if EMS can lead, choose it under “Who leads”/);
  });

  it('are not mentioned to a planner who chose none', () => {
    toResult(behavioralHealthLeads);
    expect(screen.getByRole('region', { name: 'At a glance' }).textContent).not.toMatch(/medical/i);
    expect(screen.getByRole('article', { name: 'Community Response' }).textContent).not.toMatch(
      /medical partners, such as/,
    );
  });
});
