import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { pathwaysEn as en, uiEn as ui } from '../support/texts';
import reasonTexts from '../../data/locales/en/reasons.json';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { whyOut } from '../../machines/why-out';
import { renderWizard } from '../support/render-wizard';

afterEach(cleanup);

/** Opens every section of the result ("Show all sections"), whose contents are drawn only when open. */
const showAllSections = () => fireEvent.click(screen.getByRole('button', { name: 'Show all sections' }));

const police = parseAnswers({
  lead: ['law-enforcement'],
  situations: ['asks-for-help', 'routine-contact'],
  population: ['substance-use'],
  charging: ['no-charges'],
  partners: ['peer', 'treatment'],
  setting: 'suburban',
  existing: ['naloxone-plus'],
});

describe('the intro', () => {
  it('says what the tool does, how long it takes, and that nothing leaves the browser', () => {
    renderWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Pick your deflection pathway' })).toBeTruthy();
    expect(screen.getByText(/takes about 5 minutes/)).toBeTruthy();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeTruthy();
    expect(document.activeElement).toBe(document.body); // no focus taken on the first render
  });
});

describe('check your answers', () => {
  it('lists every asked question with its answer and a Change button', () => {
    renderWizard({ answers: police });
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeTruthy();
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual([
      'Who leads',
      'Situations',
      'People to reach',
      'Charging options',
      'Partners',
      'Community',
      'Pathways you already run',
    ]);
    const situations = screen.getAllByRole('term').find((t) => t.textContent === 'Situations')!
      .nextElementSibling as HTMLElement;
    expect(situations.getAttribute('role') ?? situations.tagName.toLowerCase()).toBe('dd');
    expect(
      within(situations)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['People who ask for help', 'Patrol and service calls']);
    expect(screen.getAllByRole('button', { name: /^Change / })).toHaveLength(7);
  });

  it('shows "None yet" for an empty list and leaves out charging when it is not asked', () => {
    renderWizard({ answers: parseAnswers({ ...police, lead: ['fire'], partners: [] }) });
    expect(screen.getAllByRole('term').map((t) => t.textContent)).not.toContain('Charging options');
    expect(screen.getByText('None yet')).toBeTruthy();
  });

  it('changes one answer and comes back to review', () => {
    const { actor } = renderWizard({ answers: police });
    fireEvent.click(screen.getByRole('button', { name: 'Change Community' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What kind of community do you serve?' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Rural' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeTruthy();
    expect(screen.getByText('Rural')).toBeTruthy();
    expect(actor.getSnapshot().context.answers.setting).toBe('rural');
  });
});

describe('the result', () => {
  function toResult(answers = police) {
    const view = renderWizard({ answers });
    fireEvent.click(screen.getByRole('button', { name: 'See my result' }));
    return view;
  }

  it('shows each recommended pathway as a card, in the recommended order, with its fit', async () => {
    toResult();
    const expected = recommend(police).pathways;
    expect(expected.length).toBeGreaterThan(1);
    // The first card at once; the others when the browser is next idle.
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(expected.length));
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual(
      expected.map((p) => en[p.id].name),
    );
    expect(within(cards[0]!).getByText('Strong fit')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your recommended pathways' }));
  });

  it('explains why and what is missing in plain language, one line per reason and gap', () => {
    toResult(parseAnswers({ ...police, partners: [] }));
    const card = screen.getAllByRole('article')[0]!;
    const { reasons, gaps } = recommend(parseAnswers({ ...police, partners: [] })).pathways[0]!;
    const lists = within(card).getAllByRole('list');
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(reasons.length);
    expect(within(lists[1]!).getAllByRole('listitem')).toHaveLength(gaps.length);
    expect(within(card).getByText(reasonTexts.gap.partners.treatment)).toBeTruthy();
    const [key, id] = reasons[0]!.split(':') as [keyof typeof reasonTexts.reason, string];
    expect(key).toBe('situations');
    expect(within(card).getByText((reasonTexts.reason[key] as Record<string, string>)[id]!)).toBeTruthy();
  });

  it('groups partners of which any one will do into one line of what is still missing', () => {
    const team = parseAnswers({
      lead: ['behavioral-health'],
      situations: ['crisis-call'],
      population: ['mental-health'],
      partners: [],
      setting: 'urban',
      existing: [],
    });
    toResult(team);
    const card = screen.getAllByRole('article')[0]!;
    const lines = within(within(card).getAllByRole('list')[1]!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      reasonTexts.gap.partners.treatment,
      'At least one of: a clinician, a peer with lived experience, or a mobile crisis team.',
    ]);
  });

  /** The tile of a pathway at a glance. */
  const tileOf = (name: string) =>
    within(screen.getByRole('region', { name: ui.result.glance.title }))
      .getByText(name)
      .closest('li')!;

  it('opens by naming every strong fit, above the six tiles, with the two next actions', () => {
    toResult();
    const strong = recommend(police).pathways.filter((p) => p.fit === 'strong');
    const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(strong.map((p) => en[p.id].name));
    const opening = screen.getByText(ui.result.outcome.strong.replace('{{names}}', names));
    const glance = screen.getByRole('region', { name: ui.result.glance.title });
    expect(opening.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('orders the tiles by fit: strong, possible, already running, not for now', () => {
    toResult();
    const statuses = within(screen.getByRole('region', { name: ui.result.glance.title }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.glance__status')!.textContent);
    const order = Object.values(ui.result.glance.status);
    const ranks = statuses.map((status) => order.indexOf(status!));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(statuses[0]).toBe(ui.result.glance.status.strong);
  });

  it('says a possible fit is only the closest one, and gives each pathway that is out what the answers lack', () => {
    const fire = parseAnswers({
      lead: ['fire'],
      situations: ['low-level-offense'],
      population: ['opioid-use'],
      partners: [],
      setting: 'urban',
      existing: [],
    });
    toResult(fire);
    const closest = recommend(fire).pathways.map((p) => en[p.id].name);
    expect(closest).toHaveLength(1);
    expect(screen.getByText(ui.result.outcome.possible.replace('{{names}}', closest[0]!))).toBeTruthy();
    expect(screen.getByText(ui.result.outcome.why_possible)).toBeTruthy();
    const tile = tileOf('Officer Intervention');
    expect(within(tile).getByText('Not for now')).toBeTruthy();
    expect(whyOut('officer-intervention', fire).because).toEqual(['lead:law-enforcement']);
    expect(within(tile).getByText(ui.result.outWhy['lead-law-enforcement'])).toBeTruthy();
    expect(within(screen.getByRole('region', { name: ui.result.glance.title })).getAllByRole('listitem')).toHaveLength(
      6,
    );
  });

  it('never tells a police department that leads that Officer Intervention needs law enforcement to lead', () => {
    const leading = parseAnswers({
      lead: ['law-enforcement'],
      situations: ['low-level-offense', 'routine-contact'],
      population: ['substance-use'],
      charging: ['no-charges'],
      partners: ['treatment'],
      setting: 'rural',
      existing: [],
    });
    toResult(leading);
    expect(whyOut('officer-intervention', leading).because).toEqual(['charging:hold-or-cite']);
    const tile = tileOf('Officer Intervention');
    // What is missing, and how to get there: an agreement with the prosecutor.
    expect(within(tile).getByText(ui.result.outWhy['charging-hold-or-cite'])).toBeTruthy();
    expect(tile.textContent).toMatch(/prosecutor/);
    expect(tile.textContent).not.toContain(ui.result.outWhy['lead-law-enforcement']);
  });

  it('marks programs whose pathways were inferred from public descriptions', () => {
    toResult();
    showAllSections();
    const sites = recommend(police).sites.map((s) => builtInContent.sites.find((x) => x.id === s.id)!);
    const card = screen.getAllByRole('article')[0]!;
    const shown = sites.filter((s) => s.id && within(card).queryByText(s.name));
    expect(shown.length).toBeGreaterThan(0);
    for (const site of shown) {
      const item = within(card).getByText(site.name).closest('li')!;
      expect(
        within(item).queryByText('Inferred from public descriptions, not named by the program.') !== null,
        site.id,
      ).toBe(site.confidence === 'inferred');
    }
  });

  it('lists the critical elements with their details, and says they are not the official list', () => {
    toResult();
    const card = screen.getAllByRole('article')[0]!;
    const id = recommend(police).pathways[0]!.id;
    const definition = builtInContent.pathways.find((p) => p.id === id)!;
    expect(within(card).getByText(`Critical elements to plan for (${definition.elements.length})`)).toBeTruthy();
    expect(within(card).queryByText(/not the official list/), 'drawn only once opened').toBeNull();
    showAllSections();
    expect(within(card).getByText(/not the official list/)).toBeTruthy();
    const first = definition.elements[0]!.id;
    const texts = (en as Record<string, { elements: Record<string, { title: string; detail: string }> }>)[id]!.elements[
      first
    ]!;
    // Also among the first steps above: the list of all of them is the one with details.
    const item = within(card).getByText(texts.detail).closest('li')!;
    expect(within(item).getByText(texts.title)).toBeTruthy();
  });

  it('shows the matching programs with place, lead agency, pathways, year and a source link that opens in a new tab', () => {
    toResult();
    showAllSections();
    const card = screen.getAllByRole('article')[0]!;
    const site = builtInContent.sites.find((s) => s.id === recommend(police).sites[0]!.id)!;
    const item = within(card).getByText(site.name).closest('li')!;
    expect(within(item).getByText(`${site.city}, ${site.state} · Law enforcement`)).toBeTruthy();
    expect(within(item).getByText(String(site.yearStarted))).toBeTruthy();
    const link = within(item).getByRole('link', { name: /opens in a new tab/ });
    expect(link.getAttribute('href')).toBe(site.links[0]);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('marks the pathways already running at a glance, and lets the planner explore all six', async () => {
    toResult();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    const running = within(glance).getByText('Naloxone Plus').closest('li')!;
    expect(within(running).getByText('Already running')).toBeTruthy();
    expect(within(running).getByText('You already run it.')).toBeTruthy();
    // Each of the six opens to what it is.
    const intervention = within(glance).getByText('Officer Intervention').closest('li')!;
    fireEvent.click(within(intervention).getByText('About this pathway'));
    expect(await within(intervention).findByText(en['officer-intervention'].summary)).toBeTruthy();
  });

  it('keeps working without the longer details, and says so when they failed to load', () => {
    renderWizard({ answers: police, details: 'failed' });
    fireEvent.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByRole('status').textContent).toMatch(/could not be loaded/);
  });

  it('starts again from the intro, with no answers kept', () => {
    const { actor } = toResult();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('goes back to review from "Change your answers"', () => {
    toResult();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Change your answers' }));
    });
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeTruthy();
  });
});
