import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { builtInResources } from '../../data/resources';
import { uiEn as ui } from '../support/texts';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { policeHoldingCharges } from '../fixtures/answers';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import '../../src/entries/module';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const answers = parseAnswers(policeHoldingCharges);

async function toResult(content?: unknown) {
  const element = document.createElement('pick-your-pathway');
  document.body.append(element);
  const shadow = within(element.shadowRoot as unknown as HTMLElement);
  if (content) element.content = content;
  element.answers = answers;
  fireEvent.click(await shadow.findByRole('button', { name: 'See my result' }));
  await shadow.findByRole('region', { name: 'Plan with your result' });
  // Every section open: their contents are drawn only then.
  fireEvent.click(shadow.getByRole('button', { name: 'Show all sections' }));
  return { element, shadow };
}

describe('next steps on the result', () => {
  it('lists, under each recommended pathway, the resources about it as real links that open in a new tab', async () => {
    const { shadow } = await toResult();
    const first = recommend(answers).pathways[0]!.id;
    const expected = builtInResources.filter((r) => r.pathways.includes(first));
    expect(expected.length).toBeGreaterThan(0);
    const card = shadow.getAllByRole('article')[0]!;
    // Drawn when the browser is next idle, under the rest of the card.
    expect(await within(card).findByRole('heading', { name: 'Learn more' })).toBeTruthy();
    for (const resource of expected) {
      if (resource.url) {
        const link = within(card).getByRole('link', {
          name: new RegExp(resource.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        });
        expect(link.getAttribute('href')).toBe(resource.url);
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toContain('noopener');
      } else {
        expect(within(card).getByText(resource.title)).toBeTruthy();
      }
    }
  });

  it('explains how to visit the mentor sites among the matched programs', async () => {
    const { shadow } = await toResult();
    const result = recommend(answers);
    const mentors = result.sites.filter((s) => builtInContent.sites.find((x) => x.id === s.id)?.mentorSite);
    expect(mentors.length).toBeGreaterThan(0);
    const card = shadow.getAllByRole('article').find((c) => within(c).queryByText(mentors[0]!.name))!;
    expect(await within(card).findByRole('heading', { name: 'Visit a mentor site' })).toBeTruthy();
    expect(within(card).getByText(ui.planner.visitHow)).toBeTruthy();
  });

  it('gives a short Before you start checklist, treatment capacity first', async () => {
    const { shadow } = await toResult();
    const section = await shadow.findByRole('region', { name: 'Before you start' });
    const steps = builtInResources
      .filter((r) => r.beforeYouStart)
      .sort((a, b) => a.beforeYouStart! - b.beforeYouStart!);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const items = within(section).getAllByRole('listitem').slice(0, steps.length);
    items.forEach((item, i) => expect(item.textContent).toContain(steps[i]!.title));
    expect(steps[0]!.title).toMatch(/Divert to What|Treatment Capacity/i);
  });

  it("shows an agency's own resource next to the national ones", async () => {
    const { shadow } = await toResult({
      resources: [
        {
          id: 'riverbend-treatment-directory',
          kind: 'toolkit',
          pathways: ['officer-intervention'],
          title: 'Riverbend County treatment directory',
          publisher: 'Riverbend County Health',
          url: 'https://example.org/treatment',
          description: { en: 'Every local provider with open slots.' },
        },
      ],
    });
    expect(await shadow.findByRole('link', { name: /Riverbend County treatment directory/ })).toBeTruthy();
    expect(shadow.getByText('Every local provider with open slots.')).toBeTruthy();
  });
});

describe('readiness checklist', () => {
  it('counts the elements in place, and gives the first three of the rest as first steps', async () => {
    const { shadow } = await toResult();
    const card = shadow.getAllByRole('article')[0]!;
    const pathway = builtInContent.pathways.find((p) => p.id === recommend(answers).pathways[0]!.id)!;
    const total = pathway.elements.length;
    const firstSteps = () =>
      within(within(card).getByRole('heading', { name: ui.result.firstSteps }).nextElementSibling as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    const title = (i: number) =>
      (within(card).getAllByRole('checkbox')[i] as HTMLInputElement).labels?.[0]?.textContent ?? '';
    expect(within(card).getByText(new RegExp(`\\(0 of ${total} in place\\)$`))).toBeTruthy();
    // The checklist comes in its own chunk when the section first opens.
    await within(card).findAllByRole('checkbox');
    const titles = pathway.elements.map((_, i) => title(i));
    expect(firstSteps()).toEqual(titles.slice(0, 3));
    const boxes = within(card).getAllByRole('checkbox');
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[2]!);
    await waitFor(() => expect(within(card).getByText(new RegExp(`\\(2 of ${total} in place\\)$`))).toBeTruthy());
    expect(firstSteps()).toEqual([titles[1], titles[3], titles[4]]);
  });
});

describe('planner accessibility', () => {
  it('has the copy-link status region in place before anything is copied, so its message is announced', async () => {
    const { shadow } = await toResult();
    const section = shadow.getByRole('region', { name: 'Plan with your result' });
    const status = within(section).getByRole('status');
    expect(status.textContent).toBe('');
  });

  it('marks English resource titles and publishers with lang="en" inside the Spanish widget', async () => {
    const element = document.createElement('pick-your-pathway');
    element.setAttribute('lang', 'es');
    document.body.append(element);
    const shadow = within(element.shadowRoot as unknown as HTMLElement);
    element.answers = answers;
    fireEvent.click(await shadow.findByRole('button', { name: 'Ver mi resultado' }));
    const before = await shadow.findByRole('region', { name: 'Antes de comenzar' });
    // Its resources come with the details file, asked for when a section first opens.
    const section = before.querySelector('details')!;
    section.open = true;
    fireEvent(section, new Event('toggle'));
    await waitFor(() => expect(element.shadowRoot!.querySelectorAll('.resource__title').length).toBeGreaterThan(0));
    const titles = [...element.shadowRoot!.querySelectorAll('.resource__title')];
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles)
      expect(title.closest('[lang="en"]') ?? title.querySelector('[lang="en"]')).not.toBeNull();
  });
});
