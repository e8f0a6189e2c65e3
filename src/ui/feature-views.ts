/**
 * What the script expects of its on-demand view files (planner, workshop). The views and the
 * element depend on these interfaces, never on the files themselves, so no import runs back
 * from the view context to a view file; a type test holds each file to its interface.
 */
import type { ComponentType } from 'preact';
import type { Content } from '../../data/schema';
import type { PathwayId } from '../../data/vocabulary';
import type { Answers } from '../../machines/answers';
import type { MatchedSite, RecommendedPathway, Recommendation } from '../../machines/recommend';
import type { Texts } from '../element/i18n';
import type { TrainerView } from '../../machines/widget.machine';
import type { WidgetActor } from '../../machines/widget.selectors';

export type { TrainerView };

/** What every view file brings: its texts (English) and its styles. */
type ViewFile = { texts: Texts; css: string };

/** The result page. */
export type ResultViews = ViewFile & {
  Result: ComponentType;
  /** The undo of what "Start again", a plan file or a share link replaced, on any step. */
  UndoNotice: ComponentType;
};

export type PlannerViews = ViewFile & {
  shareLink: (answers: Answers) => string;
  PlannerActions: ComponentType<{ answers: Answers; result: Recommendation }>;
  /** The result's opening's next actions: print the brief, and open the action plan of `plan`. */
  NextActions: ComponentType<{ plan: PathwayId | null }>;
  ReadinessChecklist: ComponentType<{ pathway: RecommendedPathway }>;
  LearnMore: ComponentType<{ pathway: PathwayId; sites: MatchedSite[] }>;
  BeforeYouStart: ComponentType;
  PrintBrief: ComponentType<{ answers: Answers; result: Recommendation }>;
};

/** The team page: a team link's members side by side, or the builder of one. */
export type TeamViews = ViewFile & {
  TeamPage: ComponentType;
  /** The share code of complete answers. */
  shareCode: (answers: Answers) => string;
};

/** What presenter mode needs of its element. */
export type PresenterElement = {
  element: HTMLElement;
  /** The widget machine, which holds the trainer's view and the shortcut list. */
  actor: WidgetActor;
  root: ShadowRoot;
  restart: () => void;
  redraw: () => void;
  /** Runs a callback so that nothing is thrown into the host page. */
  guard: (callback: () => void) => void;
};

/** What the views need of presenter mode: the view shown, the shortcut list and full screen. */
export type PresenterControls = {
  /** The trainer's view shown instead of the quiz, if any. */
  view: TrainerView | null;
  show: (view: TrainerView | null) => void;
  help: boolean;
  toggleHelp: () => void;
  fullScreen: boolean;
  toggleFullScreen: () => void;
};

/** Presenter mode, running: its controls for the views; `stop` removes its listeners from the page. */
export type Presenter = { controls: () => PresenterControls; stop: () => void };

export type WorkshopViews = ViewFile & {
  /** Starts presenter mode on an element: its state, shortcuts and full screen. */
  startPresenter: (host: PresenterElement) => Presenter;
  WorkshopBar: ComponentType;
  WorkshopView: ComponentType<{ view: TrainerView }>;
};
