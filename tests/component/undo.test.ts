/**
 * Nothing the reader made is lost without a way back (CONTRACT "Bad input"): after "Start again",
 * `restart()`, opening a plan file and opening a share link over saved work, Undo brings back the
 * answers, the readiness marks and the action plan, and they are saved again.
 */
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { buildPlanFile } from '../../machines/plan-file';
import { recommend } from '../../machines/recommend';
import { encodeAnswers } from '../../machines/share-codec';
import { saveProgress } from '../../src/element/persistence';
import { emsAfterOverdose, policeHoldingCharges } from '../fixtures/answers';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import { uiEn as ui } from '../support/texts';
import '../../src/entries/module';

beforeAll(loadOnDemandFilesFromSources);
beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
});

type Element = HTMLElement & { answers: unknown; restart: () => void };

/** The reader's own work: answers at the result, one critical element in place, one action planned. */
const own = parseAnswers(policeHoldingCharges);
const pathway = recommend(own).pathways[0]!.id;
const [markedElement, plannedElement] = builtInContent.pathways
  .find((p) => p.id === pathway)!
  .elements.map((e) => e.id);
const readiness = { [pathway]: [markedElement!] };
const actions = { [pathway]: { [plannedElement!]: { owner: 'Deputy Chief Alvarez', due: '2027-03-31' } } };

function mount() {
  const element = document.createElement('pick-your-pathway') as Element;
  document.body.append(element);
  return { element, shadow: within(element.shadowRoot as unknown as HTMLElement) };
}

/** Mounts the element with the reader's work saved, and continues it at the result. */
async function withOwnWork() {
  saveProgress('pyp:default', {
    step: 'result',
    answers: own,
    readiness,
    actionPlan: actions,
    savedAt: '2026-12-01T10:00:00.000Z',
  });
  const mounted = mount();
  fireEvent.click(await mounted.shadow.findByRole('button', { name: ui.intro.resume }));
  // The result and the planner's tools are drawn.
  await mounted.shadow.findByRole('button', { name: ui.planner.import });
  return mounted;
}

/** What is saved now: the answers, marks and actions, as the element keeps them. */
const saved = () => JSON.parse(localStorage.getItem('pyp:default') ?? 'null');

/** Undo restored everything: the answers, the marks and the action plan, shown and saved. */
async function expectOwnWorkBack({ element, shadow }: ReturnType<typeof mount>) {
  await shadow.findByRole('button', { name: ui.result.restart });
  expect(element.answers).toEqual(own);
  await waitFor(() => expect(saved()).toMatchObject({ answers: own, readiness, actions }));
  const card = shadow.getAllByRole('article')[0]!;
  const total = builtInContent.pathways.find((p) => p.id === pathway)!.elements.length;
  expect(within(card).getByText(new RegExp(`\\(1 of ${total} in place\\)$`))).toBeTruthy();
  expect(shadow.queryByRole('button', { name: ui.undo.apply })).toBeNull();
}

describe('undo', () => {
  it('after "Start again": the start page says what was cleared, and Undo brings it all back', async () => {
    const mounted = await withOwnWork();
    fireEvent.click(mounted.shadow.getByRole('button', { name: ui.result.restart }));
    expect(await mounted.shadow.findByRole('button', { name: 'Start now' })).toBeTruthy();
    expect(mounted.element.answers).toEqual({});
    expect(mounted.shadow.getByText(ui.undo.restart)).toBeTruthy();
    fireEvent.click(mounted.shadow.getByRole('button', { name: ui.undo.apply }));
    await expectOwnWorkBack(mounted);
  });

  it('after restart(): Undo brings it all back; Dismiss lets it go', async () => {
    const mounted = await withOwnWork();
    mounted.element.restart();
    fireEvent.click(await mounted.shadow.findByRole('button', { name: ui.undo.apply }));
    await expectOwnWorkBack(mounted);
    mounted.element.restart();
    fireEvent.click(await mounted.shadow.findByRole('button', { name: ui.undo.dismiss }));
    await waitFor(() => expect(mounted.shadow.queryByText(ui.undo.restart)).toBeNull());
    expect(mounted.element.answers).toEqual({});
  });

  it('after "Start over" on a saved-progress offer: Undo brings the saved work back', async () => {
    saveProgress('pyp:default', { step: 'result', answers: own, readiness, actionPlan: actions, savedAt: '' });
    const mounted = mount();
    fireEvent.click(await mounted.shadow.findByRole('button', { name: ui.intro.discard }));
    fireEvent.click(await mounted.shadow.findByRole('button', { name: ui.undo.apply }));
    await expectOwnWorkBack(mounted);
  });

  it('after opening a plan file: Undo brings back the work it replaced', async () => {
    const mounted = await withOwnWork();
    const other = parseAnswers(emsAfterOverdose);
    const file = JSON.stringify(buildPlanFile(other, recommend(other), {}, {}, new Date()));
    const input = mounted.element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([file], 'plan.json')], configurable: true });
    // As a browser does once a file is chosen (fireEvent.change does not reach the planner's listener here).
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(mounted.element.answers).toEqual(other));
    expect(await mounted.shadow.findByText(ui.undo.plan)).toBeTruthy();
    fireEvent.click(mounted.shadow.getByRole('button', { name: ui.undo.apply }));
    await expectOwnWorkBack(mounted);
  });

  it('after opening a share link over saved work: the link is shown, and the way back leads to the saved work', async () => {
    saveProgress('pyp:default', { step: 'result', answers: own, readiness, actionPlan: actions, savedAt: '' });
    const other = parseAnswers(emsAfterOverdose);
    history.replaceState(null, '', `#pyp=${encodeAnswers(other)}`);
    const mounted = mount();
    expect(await mounted.shadow.findByText(ui.undo.link)).toBeTruthy();
    expect(mounted.element.answers).toEqual(other);
    // The link is not saved over the reader's own work.
    expect(saved()).toMatchObject({ answers: own });
    fireEvent.click(mounted.shadow.getByRole('button', { name: ui.undo.back }));
    await expectOwnWorkBack(mounted);
  });
});
