/**
 * The element's modules, each on a bare element's host (no <pick-your-pathway>): saved progress,
 * share links, the content override and the on-demand files. Each acts through the widget
 * machine, so each test reads the machine's snapshot and the events the element would fire.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { encodeAnswers } from '../../machines/share-codec';
import { selectWizard } from '../../machines/widget.selectors';
import { onDemandFiles } from '../../src/element/files';
import { createElementHost } from '../../src/element/create-host';
import { contentOverride } from '../../src/element/override';
import { offerSavedProgress, restartAndForget, saveProgressOf } from '../../src/element/progress';
import { openShareLink } from '../../src/element/share-link';
import { onDemandLoaders } from '../../src/element/parts';
import { TextLayers } from '../../src/element/text-layers';
import { agencyProgram } from '../fixtures/agency-program';
import { emsAfterOverdose } from '../fixtures/answers';
import { loadOnDemandFilesFromSources } from '../support/on-demand';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

const answers = parseAnswers(emsAfterOverdose);

function host(attributes: Record<string, string> = {}) {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const errors: string[] = [];
  element.addEventListener('pyp-error', (event) => errors.push((event as CustomEvent).detail.message));
  const created = createElementHost(element, {
    changed: () => {},
    redraw: () => {},
    restart: () => {},
    saveProgress: () => {},
    syncPresenter: () => {},
  });
  created.actor.start();
  const wizard = () => selectWizard(created.actor.getSnapshot()).getSnapshot();
  const context = () => created.actor.getSnapshot().context;
  return { host: created, element, errors, wizard, context };
}

describe('saved progress', () => {
  it('saves once there is an answer, never shared answers, and offers it back on return', async () => {
    const first = host({ id: 'quiz' });
    saveProgressOf(first.element, first.host.actor.getSnapshot());
    expect(localStorage.getItem('pyp:quiz')).toBeNull();
    first.host.actor.send({ type: 'link.open', answers });
    saveProgressOf(first.element, first.host.actor.getSnapshot());
    expect(localStorage.getItem('pyp:quiz')).toBeNull();
    first.host.actor.send({ type: 'answers.changed' });
    saveProgressOf(first.element, first.host.actor.getSnapshot());
    expect(JSON.parse(localStorage.getItem('pyp:quiz')!)).toMatchObject({ step: 'result', answers });

    const second = host({ id: 'quiz' });
    offerSavedProgress(second.host);
    await vi.waitFor(() => expect(second.context().offer).toMatchObject({ step: 'result', answers }));
    restartAndForget(second.host);
    expect(second.context().offer).toBeNull();
    expect(localStorage.getItem('pyp:quiz')).toBeNull();
  });

  it('discards unusable progress with a pyp-error, and saves nothing with persist="off"', async () => {
    localStorage.setItem('pyp:default', '{not json');
    const { host: made, errors, context } = host();
    offerSavedProgress(made);
    await vi.waitFor(() =>
      expect(errors).toEqual(['Saved progress under "pyp:default" was discarded: it is not valid JSON.']),
    );
    expect(context().offer).toBeNull();
    const off = host({ persist: 'off' });
    off.host.actor.send({ type: 'plan.open', answers, readiness: {}, actionPlan: {} });
    saveProgressOf(off.element, off.host.actor.getSnapshot());
    expect(localStorage.length).toBe(0);
  });
});

describe('share links', () => {
  it('opens the answers of #pyp=… at the result', async () => {
    history.replaceState(null, '', `#pyp=${encodeAnswers(answers)}`);
    const { host: made, wizard, context } = host();
    const settled = vi.fn();
    expect(openShareLink(made, settled)).toBe(true);
    await vi.waitFor(() => expect(wizard().value).toBe('result'));
    expect(wizard().context.answers).toEqual(answers);
    expect(context().fromLink).toBe(true);
    expect(settled).not.toHaveBeenCalled();
  });

  it('explains a link cut short, then lets saved progress be offered; no link, nothing done', async () => {
    const { host: made, errors, context } = host();
    const settled = vi.fn();
    expect(openShareLink(made, settled)).toBe(false);
    history.replaceState(null, '', `#pyp=${encodeAnswers(answers).slice(0, 6)}`);
    expect(openShareLink(made, settled)).toBe(true);
    await vi.waitFor(() => expect(settled).toHaveBeenCalledOnce());
    expect(context().problems.link).toBeTruthy();
    expect(errors).toEqual([`Share link not opened: ${context().problems.link}`]);
  });
});

describe('the content override', () => {
  const site = agencyProgram;

  it("merges an agency's programs and texts, and returns to the built-in content on null", async () => {
    const { host: made, context } = host();
    const override = contentOverride(made);
    override.set({ sites: [site], texts: { en: { ui: { intro: { title: 'Plan with Riverbend' } } } } });
    await vi.waitFor(() => expect(context().content.sites.some((s) => s.id === site.id)).toBe(true));
    expect(made.texts.t('intro.title')).toBe('Plan with Riverbend');
    override.set(null);
    expect(context().content).toBe(builtInContent);
    expect(made.texts.t('intro.title')).not.toBe('Plan with Riverbend');
  });

  it('keeps the content when an override is invalid, naming the problem; the last request wins', async () => {
    const { host: made, errors, context } = host();
    const override = contentOverride(made);
    override.set({ sites: [{ ...site, state: 'Ohio' }] });
    override.set({ sites: [{ ...site, id: 'second' }] });
    await vi.waitFor(() => expect(context().content.sites.some((s) => s.id === 'second')).toBe(true));
    expect(errors).toEqual([]);
    override.set({ sites: [{ ...site, state: 'Ohio' }] });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatch(/^Content override not used: sites\.0\.state/);
    expect(context().problems.content).toMatch(/^sites\.0\.state/);
    expect(context().content.sites.some((s) => s.id === 'second')).toBe(true);
  });
});

describe('the on-demand files', () => {
  it('loads a file once, with its texts and styles in place, and tries again after a failure', async () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const texts = new TextLayers();
    const files = onDemandFiles(texts, root);
    const planner = onDemandLoaders.planner;
    let calls = 0;
    onDemandLoaders.planner = () => (++calls === 1 ? Promise.reject(new Error('offline')) : planner());
    try {
      await expect(files.load('planner')).rejects.toThrow('offline');
      expect(files.loaded.planner).toBeUndefined();
      await Promise.all([files.load('planner'), files.load('planner')]);
      expect(calls).toBe(2);
      expect(files.loaded.planner?.PlannerActions).toBeTypeOf('function');
      expect(texts.hasEnglish('ui', 'planner.print')).toBe(true);
      expect(root.adoptedStyleSheets).toHaveLength(1);
    } finally {
      onDemandLoaders.planner = planner;
    }
  });
});
