/** Selectors for the widget machine's snapshot and its children; pure, no DOM. */
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { languageMachine } from './language.machine';
import { selectMissingLanguage } from './language.selectors';
import type { StepId } from './steps';
import type { TrainerView, widgetMachine } from './widget.machine';
import type { wizardMachine } from './wizard.machine';
import { selectStep } from './wizard.selectors';

type WidgetSnapshot = SnapshotFrom<typeof widgetMachine>;
export type WidgetActor = ActorRefFrom<typeof widgetMachine>;
export type WizardRef = ActorRefFrom<typeof wizardMachine>;
export type LanguageRef = ActorRefFrom<typeof languageMachine>;

/** The wizard, the child that holds the step and the answers. */
export const selectWizard = (snapshot: WidgetSnapshot): WizardRef => snapshot.children.wizard as WizardRef;

/** The language child, once the page's language is known. */
export const selectLanguage = (snapshot: WidgetSnapshot): LanguageRef | undefined =>
  snapshot.children.language as LanguageRef | undefined;

/** A page of the widget: a wizard step, the team page or its builder, or a trainer's view. */
export type Page = StepId | 'team' | 'team-builder' | TrainerView;

/**
 * What the reader sees as the page (the `pyp-step` detail): the trainer's view when one is open,
 * else the team page, else the wizard's step.
 */
export function selectPage(snapshot: WidgetSnapshot): Page {
  const { view, team } = snapshot.context;
  if (view) return view;
  if (team) return team.members ? 'team' : 'team-builder';
  return selectStep(selectWizard(snapshot).getSnapshot());
}

/** Why a team link was not opened, as the notice's text key. */
const TEAM_NOTICES = { 'too-many': 'notice.team.too-many', 'too-few': 'notice.team.too-few' } as const;

/** A message about the widget itself, as a text key and its values. */
export type Notice = { key: string; values?: Record<string, string> };

/**
 * The notices to show, in order: a language that did not load, an override not used, a share
 * link not opened (on the start page only), and a view file that did not load where it is needed.
 */
export function selectNotices(snapshot: WidgetSnapshot): Notice[] {
  const { problems, files, presenter } = snapshot.context;
  const step = selectStep(selectWizard(snapshot).getSnapshot());
  const page = selectPage(snapshot);
  const language = selectLanguage(snapshot);
  const missing = language ? selectMissingLanguage(language.getSnapshot()) : null;
  const notices: (Notice | false)[] = [
    missing !== null && { key: 'language.loadFailed', values: { language: missing } },
    problems.content !== undefined && { key: 'content.invalid', values: { problem: problems.content } },
    problems.link !== undefined && step === 'intro' && { key: 'notice.linkFailed', values: { problem: problems.link } },
    problems.team !== undefined && page === 'intro' && { key: TEAM_NOTICES[problems.team] },
    files.planner === 'failed' && step === 'result' && { key: 'notice.plannerFailed' },
    files.workshop === 'failed' && presenter && { key: 'notice.workshopFailed' },
    files.planner === 'failed' && page.startsWith('team') && { key: 'notice.teamFailed' },
  ];
  return notices.filter((notice): notice is Notice => notice !== false);
}
