/**
 * The widget's view: what views draw (texts, content, the running wizard, the loaded parts, the
 * planner's and presenter mode's state) and the moves they make. An element keeps one store of
 * it; each view subscribes to the fields it reads, and redraws when one of those changes.
 */
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { ActorRefFrom } from 'xstate';
import type { Content, Resource } from '../../data/schema';
import type { PathwayId } from '../../data/vocabulary';
import type { ActionField, ActionPlan } from '../../machines/action-plan';
import type { Readiness } from '../../machines/readiness';
import type { wizardMachine } from '../../machines/wizard.machine';
import type { TFunction } from '../element/i18n';
import type { Answers } from '../../machines/answers';
import type { DecodeMember, TeamMember } from '../../machines/team';
import type { TeamDraft, TeamPage } from '../../machines/widget.machine';
import type { PlannerViews, PresenterControls, ResultViews, TeamViews, WorkshopViews } from './feature-views';

export type WizardActor = ActorRefFrom<typeof wizardMachine>;

/** The planner's tools, once pick-your-pathway.planner.js is loaded. */
export type PlannerApi = {
  views: PlannerViews;
  readiness: Readiness;
  toggle: (pathway: PathwayId, element: string) => void;
  /** Who does each critical element, by when, with a note. */
  actionPlan: ActionPlan;
  /** Keeps a field of a planning point's action; a value that cannot be kept (see actionProblem) is ignored. */
  setAction: (pathway: PathwayId, element: string, field: ActionField, value: string) => void;
  importText: (text: string) => void;
  /** The community or agency named on the printed brief ('' when none), and how to change it. */
  community: string;
  setCommunity: (community: string) => void;
  /** The QR encoder (pick-your-pathway.qr.js), for the share link on the printed brief. */
  qr: () => Promise<QrEncoder>;
  /** The resources to read: the built-in ones (from the details file, so null until it is there) with the agency's own. */
  resources: Resource[] | null;
  /** Why an imported file was not used, if so. */
  notice: string | null;
};

/** Presenter mode's views and controls, once pick-your-pathway.workshop.js is loaded. */
export type WorkshopApi = PresenterControls & {
  views: WorkshopViews;
  /** The QR encoder (pick-your-pathway.qr.js), loaded when its view opens. */
  qr: () => Promise<QrEncoder>;
};

/** A QR code's dark modules, row by row, quiet zone included. */
export type QrEncoder = { qrModules: (text: string) => boolean[][] };

/** The team page, while it is shown: its file once loaded, the members or the builder, and its moves. */
export type TeamApi = {
  /** The team page's part, once loaded; `failed` when it could not be. */
  views: TeamViews | null;
  failed: boolean;
  page: TeamPage;
  /** Back to the quiz, where the reader left it. */
  close: () => void;
  /** Shows these members side by side (from the builder). */
  open: (members: TeamMember[]) => void;
  /** Shows the combined answers' full result, as a share link would (not saved over the reader's own). */
  openCombined: (answers: Answers) => void;
  /** The validator's decoding of a share code, loaded on demand. */
  decoder: () => Promise<DecodeMember>;
  /** The builder's partners so far, kept in saved progress. */
  draft: TeamDraft;
  setDraft: (members: TeamDraft) => void;
  /** The reader's own complete answers and their share code, if any, to add as a member. */
  own: { answers: Answers; code: string } | null;
};

/** Whether the longer result prose (pick-your-pathway.details.js) is there yet. */
export type DetailsStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type WidgetView = {
  /** The wizard: the step and the answers (views read them with `useSelector`). */
  wizard: WizardActor;
  t: TFunction;
  content: Content;
  /** The level of the widget's top headings (2 by default); sub-headings go one deeper. */
  headingLevel: number;
  details: DetailsStatus;
  /** Asks for the details file (the longer prose and the resources), once; resolves when it is there (or could not be). */
  needDetails: () => Promise<void>;
  /** The language shown. */
  language: string;
  /** While the page's language is not ready yet: the view keeps its space, busy and hidden, and shows no text. */
  pending: boolean;
  /** Messages about the widget itself: a language that did not load, content that was not used. */
  notices: string[];
  /** Shows the widget in another language, keeping the answers and the step. */
  setLanguage: (language: string) => void;
  /** Progress saved on an earlier visit, offered on the start page. */
  saved: { savedAt: string; resume: () => void; discard: () => void } | null;
  /** What "Start again", a plan file or a share link replaced, and how to undo it or let it go. */
  undo: { kind: 'restart' | 'plan' | 'link'; send: (type: 'undo.apply' | 'undo.dismiss') => void } | null;
  /** Clears the answers and saved progress, back to the start page. */
  restart: () => void;
  /** The result page, once pick-your-pathway.result.js is loaded; `resultFailed` when it could not be. */
  result: ResultViews | null;
  resultFailed: boolean;
  /** Asks for the result's file again. */
  retryResult: () => void;
  planner: PlannerApi | null;
  workshop: WorkshopApi | null;
  team: TeamApi | null;
  /** Opens the builder of a team link. */
  buildTeam: () => void;
};

/** An element's widget view as it is now, and news of each change. */
export type WidgetViewStore = {
  get: () => WidgetView;
  subscribe: (listener: () => void) => () => void;
};

export const WidgetViewContext = createContext<WidgetViewStore | null>(null);

/**
 * The widget's view, for a view to read. The fields a view reads are the slice it draws: it is
 * redrawn when one of them changes, and not for the rest.
 */
export function useWidgetView(): WidgetView {
  const store = useContext(WidgetViewContext);
  if (!store) throw new Error('Pick Your Pathway views need a WidgetViewContext');
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const read = useRef(new Set<keyof WidgetView>());
  const drawn = useRef<WidgetView | null>(null);
  const view = store.get();
  drawn.current = view;
  read.current.clear();
  useLayoutEffect(() => {
    const changed = () => {
      const now = store.get();
      for (const key of read.current) if (now[key] !== drawn.current?.[key]) return redraw(0);
    };
    changed();
    return store.subscribe(changed);
  }, [store]);
  return new Proxy(view, {
    get(target, key: keyof WidgetView) {
      read.current.add(key);
      return target[key];
    },
  });
}
