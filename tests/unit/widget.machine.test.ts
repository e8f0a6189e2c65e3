/** The widget machine driven alone: what it shows, decided without a DOM, with loaders the test controls. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { languageMachine } from '../../machines/language.machine';
import { widgetMachine, type OnDemandPart } from '../../machines/widget.machine';
import {
  selectLanguage,
  selectNotices,
  selectPage,
  selectPart,
  selectPresenter,
  selectWizard,
} from '../../machines/widget.selectors';
import { selectStep } from '../../machines/wizard.selectors';
import { emsAfterOverdose } from '../fixtures/answers';

function start() {
  const asked: OnDemandPart[] = [];
  const languages: string[] = [];
  const actor = createActor(
    widgetMachine.provide({
      actions: { loadPart: (_, { file }) => void asked.push(file) },
      actors: {
        language: languageMachine.provide({ actions: { load: ({ context }) => void languages.push(context.wanted) } }),
      },
    }),
    { input: { content: builtInContent } },
  ).start();
  const context = () => actor.getSnapshot().context;
  const step = () => selectStep(selectWizard(actor.getSnapshot()).getSnapshot());
  const part = (name: OnDemandPart) => selectPart(actor.getSnapshot(), name);
  const pages: string[] = [];
  actor.on('page', ({ page }) => void pages.push(page));
  return { actor, asked, languages, context, step, part, pages };
}

const answers = parseAnswers(emsAfterOverdose);
const pathway = 'naloxone-plus';
const firstElement = builtInContent.pathways.find((p) => p.id === pathway)!.elements[0]!.id;

describe('the widget machine', () => {
  it('runs the wizard as its child, on the start page', () => {
    const { actor, step } = start();
    expect(step()).toBe('intro');
    selectWizard(actor.getSnapshot()).send({ type: 'step.continue' });
    expect(step()).toBe('lead');
    expect(selectPage(actor.getSnapshot())).toBe('lead');
  });

  it('asks for each on-demand part once, marks it, and tries a failed one again', () => {
    const { actor, asked, part } = start();
    actor.send({ type: 'file.load', file: 'planner' });
    actor.send({ type: 'file.load', file: 'planner' });
    expect(asked).toEqual(['planner']);
    expect(part('planner')).toBe('loading');
    // An answer for another part changes nothing here.
    actor.send({ type: 'file.loaded', file: 'result' });
    expect(part('result')).toBe('idle');
    actor.send({ type: 'file.failed', file: 'planner' });
    expect(part('planner')).toBe('failed');
    actor.send({ type: 'file.load', file: 'planner' });
    actor.send({ type: 'file.loaded', file: 'planner' });
    expect(asked).toEqual(['planner', 'planner']);
    expect(['result', 'details', 'planner', 'workshop'].map((name) => part(name as OnDemandPart))).toEqual([
      'idle',
      'idle',
      'ready',
      'idle',
    ]);
  });

  it('emits each new page once, and fetches the result’s parts once the quiz reaches review', () => {
    const { actor, asked, pages } = start();
    const wizard = selectWizard(actor.getSnapshot());
    wizard.send({ type: 'step.continue' });
    expect(pages).toEqual(['lead']);
    actor.send({ type: 'team.open', page: { members: null } });
    actor.send({ type: 'team.open', page: { members: null } });
    actor.send({ type: 'team.close' });
    expect(pages).toEqual(['lead', 'team-builder', 'lead']);
    actor.send({ type: 'link.open', answers });
    expect(pages.slice(-2)).toEqual(['review', 'result']);
    expect(asked).toEqual(expect.arrayContaining(['result', 'planner']));
  });

  it('starts the language child once, with the language the page asks for', () => {
    const { actor, languages } = start();
    expect(selectLanguage(actor.getSnapshot())).toBeUndefined();
    actor.send({ type: 'language.start', language: 'es' });
    actor.send({ type: 'language.start', language: 'en' });
    expect(languages).toEqual(['es']);
    expect(selectLanguage(actor.getSnapshot())?.getSnapshot().context.wanted).toBe('es');
  });

  it("opens a share link's answers at the result, as someone else's until the reader changes one", () => {
    const { actor, context, step } = start();
    actor.send({ type: 'link.open', answers });
    expect(step()).toBe('result');
    expect(selectWizard(actor.getSnapshot()).getSnapshot().context.answers).toEqual(answers);
    expect(context().fromLink).toBe(true);
    actor.send({ type: 'answers.changed' });
    expect(context().fromLink).toBe(false);
  });

  it('opens a plan file with its marks, and clears the problem of a bad one', () => {
    const { actor, context, step } = start();
    actor.send({ type: 'problem', about: 'plan', problem: 'not a plan' });
    expect(context().problems.plan).toBe('not a plan');
    actor.send({ type: 'plan.open', answers, readiness: { [pathway]: [firstElement] }, actionPlan: {} });
    expect(step()).toBe('result');
    expect(context().readiness).toEqual({ [pathway]: [firstElement] });
    expect(context().problems.plan).toBeUndefined();
  });

  it('toggles readiness marks, keeping only known planning points', () => {
    const { actor, context } = start();
    actor.send({ type: 'readiness.toggle', pathway, element: firstElement });
    actor.send({ type: 'readiness.toggle', pathway, element: 'no-such-point' });
    expect(context().readiness).toEqual({ [pathway]: [firstElement] });
    actor.send({ type: 'readiness.toggle', pathway, element: firstElement });
    expect(context().readiness).toEqual({});
  });

  it('offers saved progress, and resumes it at its step with its marks', () => {
    const { actor, context, step } = start();
    actor.send({ type: 'progress.resume' });
    expect(step()).toBe('intro');
    const saved = {
      step: 'review' as const,
      answers,
      readiness: { [pathway]: [firstElement] },
      actionPlan: {},
      savedAt: 'x',
    };
    actor.send({ type: 'progress.offer', saved });
    expect(context().offer).toEqual(saved);
    actor.send({ type: 'progress.resume' });
    expect(step()).toBe('review');
    expect(context()).toMatchObject({ offer: null, readiness: saved.readiness });
  });

  it("runs presenter mode: loads the workshop file, then the result's; views and help only while presenting", () => {
    const { actor, asked, context } = start();
    actor.send({ type: 'presenter.show', view: 'compare' });
    expect(context().view).toBeNull();
    actor.send({ type: 'presenter.set', on: true });
    expect(asked).toEqual(['workshop']);
    actor.send({ type: 'file.loaded', file: 'workshop' });
    expect(asked).toEqual(['workshop', 'result', 'details']);
    actor.send({ type: 'presenter.show', view: 'map' });
    expect(selectPage(actor.getSnapshot())).toBe('map');
    actor.send({ type: 'presenter.help', open: true });
    expect(context()).toMatchObject({ view: 'map', help: true });
    actor.send({ type: 'presenter.set', on: false });
    expect(context()).toMatchObject({ view: null, help: false });
    expect(selectPresenter(actor.getSnapshot())).toBe(false);
    expect(selectPage(actor.getSnapshot())).toBe('intro');
  });

  it('uses an override, or keeps the content and names the problem', () => {
    const { actor, context } = start();
    actor.send({ type: 'problem', about: 'content', problem: 'sites.0.state: Use the two-letter state code' });
    expect(context().content).toBe(builtInContent);
    const content = { ...builtInContent, sites: builtInContent.sites.slice(1) };
    actor.send({ type: 'content.use', content, resources: [] });
    expect(context().content).toBe(content);
    expect(context().problems.content).toBeUndefined();
  });

  it('shows the team page over the quiz, loading its own part; the quiz is untouched and comes back', () => {
    const { actor, asked, context, step } = start();
    const members = [
      { label: 'Police', answers },
      { label: null, answers },
    ];
    actor.send({ type: 'team.open', page: { members, problems: [] } });
    expect(selectPage(actor.getSnapshot())).toBe('team');
    expect(asked).toEqual(['team']);
    expect(step()).toBe('intro');
    expect(selectWizard(actor.getSnapshot()).getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'team.open', page: { members: null } });
    expect(selectPage(actor.getSnapshot())).toBe('team-builder');
    actor.send({ type: 'team.close' });
    expect(selectPage(actor.getSnapshot())).toBe('intro');
    // The combined answers open as a share link's would: at the result, not saved over the reader's own.
    actor.send({ type: 'team.open', page: { members, problems: [] } });
    actor.send({ type: 'link.open', answers });
    expect(context()).toMatchObject({ team: null, fromLink: true });
    expect(selectPage(actor.getSnapshot())).toBe('result');
  });

  it('keeps each planning point’s action, refusing what cannot be kept; restart clears them', () => {
    const { actor, context } = start();
    const set = (field: 'owner' | 'due' | 'note', value: string) =>
      actor.send({ type: 'actionPlan.set', pathway, element: firstElement, field, value });
    set('owner', '  Sgt. Lee ');
    set('due', '2027-02-30');
    set('due', '2027-03-31');
    set('note', 'x'.repeat(501));
    expect(context().actionPlan).toEqual({ [pathway]: { [firstElement]: { owner: 'Sgt. Lee', due: '2027-03-31' } } });
    actor.send({ type: 'widget.restart' });
    expect(context().actionPlan).toEqual({});
  });

  it('keeps the community the brief is for: set, from a plan file or saved progress, and cleared on restart', () => {
    const { actor, context } = start();
    expect(context().community).toBe('');
    actor.send({ type: 'community.set', community: 'Riverbend County' });
    expect(context().community).toBe('Riverbend County');
    actor.send({ type: 'plan.open', answers, readiness: {}, actionPlan: {}, community: 'Stanly County EMS' });
    expect(context().community).toBe('Stanly County EMS');
    // A plan file without one names none: the brief is for the plan opened.
    actor.send({ type: 'plan.open', answers, readiness: {}, actionPlan: {} });
    expect(context().community).toBe('');
    actor.send({ type: 'widget.restart' });
    actor.send({
      type: 'progress.offer',
      saved: { step: 'review', answers, readiness: {}, actionPlan: {}, community: 'Town of Chapel Hill', savedAt: 'x' },
    });
    actor.send({ type: 'progress.resume' });
    expect(context().community).toBe('Town of Chapel Hill');
    actor.send({ type: 'widget.restart' });
    expect(context().community).toBe('');
  });

  it('restarts: no answers, marks, offer or problems', () => {
    const { actor, context, step } = start();
    actor.send({ type: 'plan.open', answers, readiness: { [pathway]: [firstElement] }, actionPlan: {} });
    actor.send({ type: 'problem', about: 'link', problem: 'bad link' });
    actor.send({ type: 'widget.restart' });
    expect(step()).toBe('intro');
    expect(context()).toMatchObject({ readiness: {}, offer: null, fromLink: false, problems: {} });
  });
});

describe('selectNotices', () => {
  it('names a missing language, an unused override, a bad link on the start page only, and a missing view file where needed', () => {
    const { actor } = start();
    actor.send({ type: 'language.start', language: 'es' });
    selectLanguage(actor.getSnapshot())!.send({ type: 'language.error', language: 'es' });
    actor.send({ type: 'problem', about: 'content', problem: 'bad' });
    actor.send({ type: 'problem', about: 'link', problem: 'cut short' });
    actor.send({ type: 'file.load', file: 'planner' });
    actor.send({ type: 'file.failed', file: 'planner' });
    expect(selectNotices(actor.getSnapshot())).toEqual([
      { key: 'language.loadFailed', values: { language: 'es' } },
      { key: 'content.invalid', values: { problem: 'bad' } },
      { key: 'notice.linkFailed', values: { problem: 'cut short' } },
    ]);
    actor.send({ type: 'plan.open', answers, readiness: {}, actionPlan: {} });
    // Reaching the result asks for the planner's part again; it fails again.
    expect(selectPart(actor.getSnapshot(), 'planner')).toBe('loading');
    actor.send({ type: 'file.failed', file: 'planner' });
    expect(selectNotices(actor.getSnapshot()).map((n) => n.key)).toEqual([
      'language.loadFailed',
      'content.invalid',
      'notice.plannerFailed',
    ]);
    // A team link refused is said on the start page; the team page's file missing, on the team page.
    actor.send({ type: 'widget.restart' });
    actor.send({ type: 'team.refused', reason: 'too-many' });
    expect(selectNotices(actor.getSnapshot()).map((n) => n.key)).toContain('notice.team.too-many');
    actor.send({ type: 'team.open', page: { members: null } });
    actor.send({ type: 'file.failed', file: 'team' });
    expect(selectNotices(actor.getSnapshot()).map((n) => n.key)).toEqual(['language.loadFailed', 'notice.teamFailed']);
  });
});
