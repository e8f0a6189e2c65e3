/**
 * The printed brief, on the element, names medical partners where they matter: among the reasons
 * Community Response fits, and beside each pathway that needs a first responder to lead, where
 * EMS goes when it can lead.
 */
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import { pathwaysEn, uiEn as ui } from '../support/texts';
import reasonTexts from '../../data/locales/en/reasons.json';
import '../../src/entries/module';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

/** The brief drawn under the result, for answers set on the element. */
async function briefFor(answers: unknown) {
  const host = document.createElement('pick-your-pathway');
  document.body.append(host);
  const shadow = within(host.shadowRoot as unknown as HTMLElement);
  host.answers = answers as never;
  fireEvent.click(await shadow.findByRole('button', { name: 'See my result' }));
  await waitFor(() => expect(host.shadowRoot!.querySelector('[part="brief"]')).toBeTruthy());
  return host.shadowRoot!.querySelector<HTMLElement>('[part="brief"]')!;
}

const base = {
  lead: ['behavioral-health'],
  situations: ['crisis-call'],
  population: ['mental-health'],
  setting: 'rural',
  existing: [],
};

describe('the brief with medical partners', () => {
  it('names them among the reasons and where EMS goes for a pathway a first responder must lead', async () => {
    const brief = await briefFor(parseAnswers({ ...base, partners: ['treatment', 'medical'] }));
    expect(brief.textContent).toContain(reasonTexts.reason.partners.medical);
    const row = within(brief).getByRole('rowheader', { name: pathwaysEn['naloxone-plus'].name }).closest('tr')!;
    expect(row.textContent).toContain(ui.result.outWhy['medical-lead']);
  });

  it('says nothing of them to a planner who chose none', async () => {
    const brief = await briefFor(parseAnswers({ ...base, partners: ['treatment'] }));
    expect(brief.textContent).not.toContain(reasonTexts.reason.partners.medical);
    expect(brief.textContent).not.toContain(ui.result.outWhy['medical-lead']);
    expect(within(brief).getByRole('rowheader', { name: pathwaysEn['naloxone-plus'].name })).toBeTruthy();
  });
});
