import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { builtInContent } from '../../data/content';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import '../../src/entries/module';
import { emsAfterOverdose } from '../fixtures/answers';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const answers = parseAnswers({ ...emsAfterOverdose, partners: ['peer'] });
const localProgram = {
  id: 'riverbend-bridge',
  name: 'Riverbend Overdose Bridge Team',
  city: 'Riverbend',
  state: 'OH',
  leadAgency: 'ems',
  pathways: ['naloxone-plus'],
  setting: 'rural',
  mentorSite: true,
  yearStarted: 2024,
  links: ['https://example.org/bridge'],
  description: {
    en: 'Our paramedics and a peer visit people within two days of an overdose.',
    es: 'Nuestros paramédicos y un par visitan a las personas.',
  },
};

function mount() {
  const errors: { message: string; issues: { path: string; message: string }[] }[] = [];
  const element = document.createElement('pick-your-pathway');
  element.addEventListener('pyp-error', (e) => errors.push((e as CustomEvent).detail));
  document.body.append(element);
  return { element, errors, shadow: within(element.shadowRoot as unknown as HTMLElement) };
}

describe('content overrides', () => {
  it('adds an agency program that then ranks among the matching programs, with its description', async () => {
    const { element, shadow } = mount();
    element.content = { sites: [localProgram] };
    await waitFor(() => expect(element.content.sites.some((s) => s.id === 'riverbend-bridge')).toBe(true));
    expect(recommend(answers, element.content).sites[0]?.id).toBe('riverbend-bridge');
    element.answers = answers;
    fireEvent.click(await shadow.findByRole('button', { name: 'See my result' }));
    fireEvent.click(await shadow.findByRole('button', { name: 'Show all sections' }));
    expect(await shadow.findByText('Riverbend Overdose Bridge Team')).toBeTruthy();
    expect(await shadow.findByText(localProgram.description.en)).toBeTruthy();
  });

  it('replaces texts, and a later override replaces the earlier one entirely', async () => {
    const { element, shadow } = mount();
    element.content = { texts: { en: { ui: { intro: { title: 'Plan deflection with Riverbend County' } } } } };
    expect(await shadow.findByRole('heading', { name: 'Plan deflection with Riverbend County' })).toBeTruthy();
    element.content = { sites: [localProgram] };
    expect(await shadow.findByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
    element.content = null;
    await waitFor(() => expect(element.content).toBe(builtInContent));
  });

  it('rejects an invalid document: a visible message naming where and what, pyp-error, built-in content kept', async () => {
    const { element, errors, shadow } = mount();
    element.content = { sites: [{ ...localProgram, state: 'Ohio', pathways: ['teleportation'] }], colour: 'red' };
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]!.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['sites.0.state', 'sites.0.pathways.0', '(document)']),
    );
    const notice = await shadow.findByRole('status');
    expect(notice.textContent).toMatch(/sites\.0\.state: Use the two-letter state code/);
    expect(element.content).toBe(builtInContent);
    fireEvent.click(shadow.getByRole('button', { name: 'Start now' }));
    expect(await shadow.findByRole('group', { name: 'Who will lead the program in your community?' })).toBeTruthy();
  });

  it('rejects texts for keys the widget does not have, so a typo is not silently ignored', async () => {
    const { element, errors } = mount();
    element.content = { texts: { en: { ui: { intro: { titel: 'Typo' } } } } };
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]!.issues).toEqual([{ path: 'texts.en.ui.intro.titel', message: 'No such text in the widget' }]);
  });

  it('renders HTML and script in content as inert text', async () => {
    const { element, shadow } = mount();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    element.content = { texts: { en: { ui: { intro: { title: payload } } } } };
    expect(await shadow.findByRole('heading', { name: payload })).toBeTruthy();
    expect(element.shadowRoot!.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('two instances', () => {
  it("keep their own content: one element's override changes nothing in another", async () => {
    const first = mount();
    const second = mount();
    first.element.content = {
      texts: { en: { ui: { intro: { title: 'Only for the first' } } } },
      sites: [localProgram],
    };
    expect(await first.shadow.findByRole('heading', { name: 'Only for the first' })).toBeTruthy();
    expect(second.shadow.getByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
    expect(second.element.content.sites.some((s) => s.id === 'riverbend-bridge')).toBe(false);
    const third = mount();
    expect(third.shadow.getByRole('heading', { name: 'Pick your deflection pathway' })).toBeTruthy();
  });
});
