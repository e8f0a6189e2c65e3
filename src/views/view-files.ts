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
import type { Texts } from '../i18n';
import type { ActorRefFrom } from 'xstate';
import type { wizardMachine } from '../../machines/wizard.machine';

/** The trainer's views in presenter mode, in toolbar order. */
export type TrainerView = 'compare' | 'why' | 'map' | 'what-if';

/** What every view file brings: its texts (English), its styles, and in the script's build `install(runtime)`. */
type ViewFile = { texts: Texts; css: string; install?: (runtime: unknown) => void };

export type PlannerViews = ViewFile & {
  shareLink: (answers: Answers) => string;
  PlannerActions: ComponentType<{ answers: Answers; result: Recommendation }>;
  ReadinessChecklist: ComponentType<{ pathway: RecommendedPathway }>;
  ReadinessCount: ComponentType<{ pathway: PathwayId }>;
  LearnMore: ComponentType<{ pathway: PathwayId; sites: MatchedSite[] }>;
  BeforeYouStart: ComponentType;
  PrintBrief: ComponentType<{ answers: Answers; result: Recommendation }>;
};

/** What presenter shortcuts act on: the element's wizard, its trainer's views and full screen. */
export type PresenterHost = {
  actor: ActorRefFrom<typeof wizardMachine>;
  content: Content;
  root: ShadowRoot;
  view: TrainerView | null;
  help: boolean;
  restart: () => void;
  showView: (view: TrainerView | null) => void;
  setHelp: (open: boolean) => void;
  toggleFullScreen: () => void;
};

export type WorkshopViews = ViewFile & {
  /** Acts on a presenter shortcut; true when the key was one. */
  handlePresenterKey: (event: KeyboardEvent, host: PresenterHost) => boolean;
  WorkshopBar: ComponentType;
  WorkshopView: ComponentType<{ view: TrainerView }>;
};
