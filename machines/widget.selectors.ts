/** Selectors for the widget machine's snapshot and its children; pure, no DOM. */
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { languageMachine } from './language.machine';
import { selectMissingLanguage } from './language.selectors';
import { pageOf, type OnDemandPart, type Page, type PartStatus, type widgetMachine } from './widget.machine';
import type { wizardMachine } from './wizard.machine';

type WidgetSnapshot = SnapshotFrom<typeof widgetMachine>;
export type WidgetActor = ActorRefFrom<typeof widgetMachine>;
export type WizardRef = ActorRefFrom<typeof wizardMachine>;
export type LanguageRef = ActorRefFrom<typeof languageMachine>;

/** The wizard, the child that holds the step and the answers. */
export const selectWizard = (snapshot: WidgetSnapshot): WizardRef => snapshot.children.wizard as WizardRef;

/** The language child, once the page's language is known. */
export const selectLanguage = (snapshot: WidgetSnapshot): LanguageRef | undefined =>
  snapshot.children.language as LanguageRef | undefined;

export type { Page };

/**
 * What the reader sees as the page (the `pyp-step` detail): the trainer's view when one is open,
 * else the team page, else the wizard's step.
 */
export const selectPage = (snapshot: WidgetSnapshot): Page => pageOf(snapshot.context);

/** Whether an on-demand part is idle, loading, ready or failed: its state, the one place that knows. */
export const selectPart = (snapshot: WidgetSnapshot, part: OnDemandPart): PartStatus =>
  (snapshot.value as { parts: Record<OnDemandPart, PartStatus> }).parts[part];

/** Whether presenter mode is on. */
export const selectPresenter = (snapshot: WidgetSnapshot): boolean => snapshot.matches({ presenter: 'on' });

/** Why a team link was not opened, as the notice's text key. */
const TEAM_NOTICES = { 'too-many': 'notice.team.too-many', 'too-few': 'notice.team.too-few' } as const;

/** A message about the widget itself, as a text key and its values. */
export type Notice = { key: string; values?: Record<string, string> };

/**
 * The notices to show, in order: a language that did not load, an override not used, a share
 * link not opened (on the start page only), and a view file that did not load where it is needed.
 */
export function selectNotices(snapshot: WidgetSnapshot): Notice[] {
  const { problems, step } = snapshot.context;
  const page = selectPage(snapshot);
  const presenter = selectPresenter(snapshot);
  const files = {
    planner: selectPart(snapshot, 'planner'),
    workshop: selectPart(snapshot, 'workshop'),
    team: selectPart(snapshot, 'team'),
  };
  const language = selectLanguage(snapshot);
  const missing = language ? selectMissingLanguage(language.getSnapshot()) : null;
  const notices: (Notice | false)[] = [
    missing !== null && { key: 'language.loadFailed', values: { language: missing } },
    problems.content !== undefined && { key: 'content.invalid', values: { problem: problems.content } },
    problems.link !== undefined && step === 'intro' && { key: 'notice.linkFailed', values: { problem: problems.link } },
    problems.team !== undefined && page === 'intro' && { key: TEAM_NOTICES[problems.team] },
    files.planner === 'failed' && step === 'result' && { key: 'notice.plannerFailed' },
    files.workshop === 'failed' && presenter && { key: 'notice.workshopFailed' },
    files.team === 'failed' && page.startsWith('team') && { key: 'notice.teamFailed' },
  ];
  return notices.filter((notice): notice is Notice => notice !== false);
}
