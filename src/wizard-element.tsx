/** The custom element: lifecycle, attributes, properties and events; its API is documented on the class. */
import { render } from 'preact';
import { createActor, type Subscription } from 'xstate';
import { builtInContent } from '../data/content';
import type { OverrideTexts } from '../data/merge';
import type { ContentIssue } from '../data/issues';
import type { Content, Resource } from '../data/schema';
import type { Answers } from '../machines/answers';
import { recommendOnce, sitesByPathway, type Recommendation } from '../machines/recommend';
import type { PartialAnswers, StepId } from '../machines/steps';
import { wizardMachine } from '../machines/wizard.machine';
import { shareCodeFromHash } from '../machines/share-link';
import { selectStep } from '../machines/wizard.selectors';
import { selectMissingLanguage, selectShownLanguage } from '../machines/language.selectors';
import type { PathwayId } from '../data/vocabulary';
import { toggleReadiness, type Readiness } from '../machines/readiness';
import { onDemandLoaders, type PlannerFile, type WorkshopFile } from './on-demand';
import type { Presenter } from './views/view-files';
import { fetchContent } from './content-source';
import { whenIdle } from './idle';
import { clearProgress, loadProgress, saveProgress, storageKeyFor, type SavedProgress } from './persistence';
import { dispatch, type PypEventDetail, type PypEventName } from './events';
import { startLanguage, type ElementLanguage } from './element/language';
import { LANGUAGES } from './i18n';
import { runtime } from './runtime';
import { TextLayers } from './text-layers';
import { wizardStyleSheet } from './styles';
import { App } from './views/app';
import { WizardViewContext, type DetailsStatus, type WizardActor } from './views/context';

/** The heading level from the attribute: 2 to 6, else 2. */
function headingLevel(value: string | null): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
}

/**
 * `<pick-your-pathway>`: the wizard as a custom element with an open shadow root. This comment is
 * the one description of its API: `npm run build` makes dist/custom-elements.json from it.
 *
 * @summary Asks a community's planners a few questions and recommends first responder deflection pathways, with reasons, gaps, critical elements and programs to learn from.
 *
 * @attr {string} lang - Language of the widget; else the nearest ancestor's lang, else <html lang>, else English. Regional tags use their base language (es-MX → es); a language the widget lacks falls back to English.
 * @attr {string} content-src - Address of a JSON content override (programs and texts), validated against content.schema.json. An unreachable or invalid document shows a message and fires pyp-error; the built-in content stays.
 * @attr {number} [heading-level=2] - Level of the widget's top headings, 2 to 6, to fit the page outline; other values fall back to 2 with a pyp-error.
 * @attr {string} [persist=pyp: + id, or pyp:default] - Key under which progress is saved in this browser (localStorage); off saves nothing.
 * @attr {'presenter'} mode - presenter: large, high-contrast type for projectors, the trainer's views (all six side by side, why, decision map, what if), full screen and keyboard shortcuts (? lists them).
 *
 * @fires {CustomEvent<{ step: StepId }>} pyp-step - On every step change and on the first render.
 * @fires {CustomEvent<{ key: AnswerKey; value: unknown; answers: Partial<Answers> }>} pyp-answer - On each change the user makes to an answer; value is the key's new value.
 * @fires {CustomEvent<{ answers: Answers; result: Recommendation }>} pyp-result - Whenever the result is shown; result equals recommend(answers, the effective content).
 * @fires {CustomEvent<{ message: string; issues: unknown[] }>} pyp-error - On bad input: invalid answers, content, attributes, or a file that did not load.
 *
 * @cssprop [--pyp-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssprop [--pyp-font-size=medium] - Base text size; everything scales from it (default: the reader's own default size).
 * @cssprop [--pyp-text-color=#0b0c0c] - Text.
 * @cssprop [--pyp-secondary-text-color=#505a5f] - Hints and captions.
 * @cssprop [--pyp-background=#ffffff] - Background of the widget, so its contrast holds on any page.
 * @cssprop [--pyp-accent-color=#1d70b8] - Links, card rules, notices.
 * @cssprop [--pyp-link-color=var(--pyp-accent-color)] - Links and link-style buttons.
 * @cssprop [--pyp-button-color=#00703c] - Primary buttons.
 * @cssprop [--pyp-button-hover-color=#005a30] - Primary buttons on hover.
 * @cssprop [--pyp-button-text-color=#ffffff] - Text of primary buttons.
 * @cssprop [--pyp-button-shadow-color=#002d18] - Bottom edge of primary buttons.
 * @cssprop [--pyp-secondary-button-color=#f3f2f1] - Secondary buttons.
 * @cssprop [--pyp-secondary-button-hover-color=#dbdad9] - Secondary buttons on hover.
 * @cssprop [--pyp-secondary-button-text-color=#0b0c0c] - Text of secondary buttons.
 * @cssprop [--pyp-secondary-button-shadow-color=#929191] - Bottom edge of secondary buttons.
 * @cssprop [--pyp-error-color=#d4351c] - Errors (always with words).
 * @cssprop [--pyp-focus-color=#ffdd00] - Focus indicator, inner colour.
 * @cssprop [--pyp-focus-text-color=#0b0c0c] - Focus indicator, outer colour and focused link text.
 * @cssprop [--pyp-border-color=#b1b4b6] - Dividers and card borders.
 * @cssprop [--pyp-input-background=transparent] - Inside of check boxes and radios.
 * @cssprop [--pyp-card-background=transparent] - Pathway cards.
 * @cssprop [--pyp-notice-background=transparent] - Notices.
 * @cssprop [--pyp-strong-fit-color=#005a30] - "Strong fit" tag text.
 * @cssprop [--pyp-strong-fit-background=#cce2d8] - "Strong fit" tag.
 * @cssprop [--pyp-possible-fit-color=#594d00] - "Possible fit" tag text.
 * @cssprop [--pyp-possible-fit-background=#fff7bf] - "Possible fit" tag.
 * @cssprop [--pyp-mentor-color=#0c2d4a] - "Mentor site" tag text.
 * @cssprop [--pyp-mentor-background=#bbd4ea] - "Mentor site" tag.
 * @cssprop [--pyp-radius=0] - Corner radius of buttons, cards and tags.
 * @cssprop [--pyp-space=1em] - Unit of vertical spacing between blocks.
 * @cssprop [--pyp-padding=1em] - Space inside the widget's edge.
 * @cssprop [--pyp-max-width=48em] - Widest the widget grows.
 * @cssprop [--pyp-presenter-font-size=1.375em] - Text size in presenter mode.
 * @cssprop [--pyp-diff-background=#fff7bf] - What-if difference tags.
 *
 * @csspart base - The widget's root.
 * @csspart language-switch - The language switch.
 * @csspart notice - A message about the widget itself (a file or content that did not load).
 * @csspart intro - The start page.
 * @csspart start-button - The Start now button.
 * @csspart back-button - The Back link.
 * @csspart error - The error summary.
 * @csspart question - The form of the current question.
 * @csspart progress - "Question n of m".
 * @csspart option - One option: its input, label and hint.
 * @csspart option__label - An option's label.
 * @csspart next-button - Continue and See my result.
 * @csspart review - The Check your answers page.
 * @csspart change-button - A Change link on review.
 * @csspart result - The result page.
 * @csspart pointed-out - Under a possible fit: the pathways your situations point to, and why each is out.
 * @csspart pathway-card - A recommended pathway.
 * @csspart site - A program to learn from.
 * @csspart explore - All six pathways.
 * @csspart change-answers-button - Change your answers, on the result.
 * @csspart restart-button - Start again.
 * @csspart resume - The offer to continue saved progress.
 * @csspart resume-button - Continue saved progress.
 * @csspart discard-button - Start over, dropping saved progress.
 * @csspart planner - The planner's tools under the result.
 * @csspart share-button - Copy link.
 * @csspart print-button - Print or save as PDF.
 * @csspart export-button - Download plan (JSON).
 * @csspart import-button - Open a plan file.
 * @csspart brief - The printed planning brief (only in print).
 * @csspart learn-more - Resources and mentor visits under a pathway.
 * @csspart resource - One resource.
 * @csspart before-you-start - The Before you start checklist.
 * @csspart workshop-bar - Presenter mode's toolbar.
 * @csspart shortcuts - The keyboard shortcut list.
 * @csspart compare - All six pathways side by side.
 * @csspart why - Why each pathway is in or out.
 * @csspart map - The decision map.
 * @csspart what-if - The what-if comparison.
 */
export class PickYourPathway extends HTMLElement {
  static observedAttributes = ['lang', 'content-src', 'heading-level', 'persist', 'mode'];

  #root: ShadowRoot;
  #actor: WizardActor;
  #content: Content = builtInContent;
  #agencyResources: Resource[] = [];
  #texts = new TextLayers();
  /** What is wrong with the agency's content, shown until a good one replaces it. */
  #contentProblem: string | null = null;
  #contentRequest = 0;
  /** Progress saved on an earlier visit, offered on the start page until used or dropped. */
  #saved: SavedProgress | null = null;
  #checkedSaved = false;
  #readiness: Readiness = {};
  #planner: PlannerFile | 'loading' | 'failed' | null = null;
  #plannerNotice: string | null = null;
  /** Why a share link in the page address could not be opened, shown on the start page. */
  #linkProblem: string | null = null;
  #workshop: WorkshopFile | 'loading' | 'failed' | null = null;
  /** Presenter mode while it runs (its state lives in the workshop file). */
  #presenting: Presenter | null = null;
  /** Showing someone else's shared answers: not saved over the user's own progress until changed. */
  #fromLink = false;
  /** Which language is shown while its file loads; made on first connect, when the page's language is known. */
  #language: ElementLanguage | null = null;
  #subscription: Subscription | null = null;
  #step: StepId | null = null;
  #details: DetailsStatus = 'idle';
  #prefetch: (() => void) | null = null;
  /** Between connectedCallback and disconnectedCallback: attribute changes redraw only then. */
  #live = false;
  #answersRequest = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [wizardStyleSheet()];
    this.#actor = createActor(wizardMachine);
    this.#actor.on('answer.changed', ({ key, value, answers }) => {
      this.#fromLink = false; // their own change: from now on it is theirs to save
      this.#emit('pyp-answer', { key, value, answers });
    });
    this.#actor.start();
  }

  connectedCallback(): void {
    this.#guard(() => {
      this.#live = true;
      this.#setUpPresenter();
      this.#subscription ??= this.#actor.subscribe(() => this.#guard(() => this.#onChange()));
      this.#startLanguage();
      this.#render();
      if (this.#step === null) this.#onChange();
      if (!this.#checkedSaved) {
        this.#checkedSaved = true;
        if (!this.#openShareLink()) this.#checkSaved();
        // Program names' collation data, loaded while the planner reads the start page.
        whenIdle(() => this.#guard(() => void sitesByPathway(this.#content.sites)));
      }
    });
  }

  disconnectedCallback(): void {
    this.#live = false;
    this.#presenting?.stop();
    this.#presenting = null;
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    render(null, this.#root);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    this.#guard(() => {
      if (name === 'content-src' && value !== previous) this.#loadContentSrc(value);
      if (name === 'lang') this.#language?.sync();
      if (name === 'mode' && this.#live) this.#setUpPresenter();
      if (name === 'mode' && value !== null && value !== 'presenter' && value !== '') {
        this.#emit('pyp-error', {
          message: `mode must be "presenter" or absent, not "${value.slice(0, 40)}".`,
          issues: [],
        });
      }
      if (name === 'heading-level' && value !== null && headingLevel(value) !== Number(value)) {
        this.#emit('pyp-error', {
          message: `heading-level must be a whole number from 2 to 6, not "${value.slice(0, 40)}"; using 2.`,
          issues: [],
        });
      }
      // On upgrade each attribute arrives before connectedCallback, which draws once for all.
      if (this.#live) this.#render();
    });
  }

  /** The effective content: the built-in content with the agency's programs. */
  get content(): Content {
    return this.#content;
  }

  /**
   * Sets an agency's content override (the same format as `content-src`). Once validated it
   * replaces any earlier override; an invalid one is shown as a message, fires `pyp-error`, and
   * leaves the content as it was. `null` returns to the built-in content.
   */
  set content(value: unknown) {
    this.#guard(() => {
      if (value === null || value === undefined) this.#useOverride(null);
      else this.#checkOverride(value);
    });
  }

  /** The answers so far (a copy). */
  get answers(): PartialAnswers {
    return structuredClone(this.#actor.getSnapshot().context.answers);
  }

  /**
   * Sets complete answers: once validated (the validator loads on demand, so this is async) the
   * review step is shown; invalid ones fire `pyp-error` and change nothing. The last set wins.
   */
  set answers(value: unknown) {
    const request = ++this.#answersRequest;
    let copy: unknown;
    try {
      copy = structuredClone(value);
    } catch {
      copy = value; // not cloneable (functions, DOM nodes): validation rejects it below
    }
    onDemandLoaders.validate().then(
      ({ safeParseAnswers }) =>
        this.#guard(() => {
          if (request !== this.#answersRequest) return;
          const parsed = safeParseAnswers(copy);
          if (parsed.ok) this.#actor.send({ type: 'answers.load', answers: parsed.answers });
          else this.#emit('pyp-error', { message: `Invalid answers: ${parsed.message}`, issues: parsed.issues });
        }),
      () =>
        this.#emit('pyp-error', {
          message: 'The answers could not be checked: pick-your-pathway.validate.js did not load.',
          issues: [],
        }),
    );
  }

  /** The recommendation while the result is shown, else null. */
  get result(): Recommendation | null {
    const snapshot = this.#actor.getSnapshot();
    return selectStep(snapshot) === 'result'
      ? structuredClone(recommendOnce(snapshot.context.answers as Answers, this.#content))
      : null;
  }

  /** Clears every answer (and saved progress) and returns to the start page. */
  restart(): void {
    this.#guard(() => {
      this.#readiness = {};
      this.#linkProblem = null;
      this.#plannerNotice = null;
      this.#fromLink = false;
      this.#actor.send({ type: 'wizard.restart' });
      this.#discardSaved();
    });
  }

  #onChange(): void {
    // A reader's action: the page's language may have changed, or a failed file may load now.
    this.#language?.sync();
    const snapshot = this.#actor.getSnapshot();
    const step = selectStep(snapshot);
    this.#save(step, snapshot.context.answers);
    if (step === this.#step) return;
    if (step !== 'intro') this.#linkProblem = null; // the user has moved on from the bad link
    this.#step = step;
    if (step === 'review' || step === 'result') this.#loadResultFiles();
    // Once the quiz has begun, fetch what the result needs while the planner reads the questions:
    // loaded beside a small question page, not in the middle of drawing the result.
    else if (step !== 'intro') this.#prefetch ??= whenIdle(() => this.#guard(() => this.#loadResultFiles()));
    this.#emit('pyp-step', { step });
    if (step === 'result') {
      const answers = structuredClone(snapshot.context.answers) as Answers;
      const result = structuredClone(recommendOnce(snapshot.context.answers as Answers, this.#content));
      this.#emit('pyp-result', { answers, result });
    }
  }

  /** Saves progress once there is some; a fresh start page never overwrites what was saved. */
  #save(step: StepId, answers: PartialAnswers): void {
    const key = storageKeyFor(this);
    if (!key || this.#fromLink || (step === 'intro' && Object.keys(answers).length === 0)) return;
    this.#saved = null;
    saveProgress(key, { step, answers, readiness: this.#readiness, savedAt: new Date().toISOString() });
  }

  /** Opens answers from a share link in the page address (`#pyp=1.…`); true when there is one. */
  #openShareLink(): boolean {
    const text = shareCodeFromHash(location.hash);
    if (text === null) return false;
    onDemandLoaders.validate().then(
      ({ decodeAnswers }) =>
        this.#guard(() => {
          const decoded = decodeAnswers(text);
          if (decoded.ok) {
            this.#fromLink = true;
            this.#actor.send({ type: 'answers.load', answers: decoded.answers });
            this.#actor.send({ type: 'step.continue' });
          } else {
            this.#linkProblem = decoded.message;
            this.#emit('pyp-error', { message: `Share link not opened: ${decoded.message}`, issues: [] });
            this.#checkSaved(); // saved progress is still offered
            if (this.isConnected) this.#render();
          }
        }),
      () => this.#checkSaved(),
    );
    return true;
  }

  /** The longer result prose and the planner's tools; without either, the result stays complete. */
  #loadResultFiles(): void {
    void this.#loadDetails();
    this.#loadPlanner();
  }

  /** Loads the planner's tools once the result is near; without them the result stays complete. */
  #loadPlanner(): void {
    if (this.#planner !== null && this.#planner !== 'failed') return;
    this.#planner = 'loading';
    this.#loadViewFile(
      onDemandLoaders.planner,
      (chunk) => (this.#planner = chunk),
      () => (this.#planner = 'failed'),
    );
  }

  /** Loads a view file: hands it the script's runtime, takes its texts and styles, then redraws. */
  #loadViewFile<T extends { install?: (r: unknown) => void; texts: Parameters<TextLayers['add']>[0]; css: string }>(
    load: () => Promise<T>,
    loaded: (chunk: T) => void,
    failed: () => void,
  ): void {
    load().then(
      (chunk) =>
        this.#guard(() => {
          chunk.install?.(runtime);
          this.#texts.add(chunk.texts);
          this.#adoptStyles(chunk.css);
          loaded(chunk);
          if (this.isConnected) this.#render();
        }),
      () =>
        this.#guard(() => {
          failed();
          if (this.isConnected) this.#render();
        }),
    );
  }

  get #presenter(): boolean {
    return this.getAttribute('mode') === 'presenter';
  }

  /** Presenter mode: the trainer's file, which then runs it on this element; leaving it returns to the quiz. */
  #setUpPresenter(): void {
    if (!this.#presenter) {
      this.#presenting?.close();
      this.#presenting = null;
      return;
    }
    const start = (file: WorkshopFile) => {
      this.#presenting ??= file.startPresenter({
        element: this,
        actor: this.#actor,
        content: () => this.#content,
        root: this.#root,
        restart: () => this.restart(),
        stepChanged: (step) => this.#emit('pyp-step', { step: step as StepId }),
        redraw: () => this.isConnected && this.#render(),
        guard: (callback) => this.#guard(callback),
      });
    };
    if (typeof this.#workshop === 'object' && this.#workshop) return start(this.#workshop);
    if (this.#workshop === 'loading') return;
    this.#workshop = 'loading';
    this.#loadViewFile(
      onDemandLoaders.workshop,
      (file) => {
        this.#workshop = file;
        if (this.#presenter) start(file);
        void this.#loadDetails(); // the side-by-side view shows each pathway's facts
      },
      () => (this.#workshop = 'failed'),
    );
  }

  /** Adds an on-demand file's styles to this shadow root (constructable, so allowed under a strict CSP). */
  #adoptStyles(css: string): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    this.#root.adoptedStyleSheets = [...this.#root.adoptedStyleSheets, sheet];
  }

  #toggleReadiness(pathway: PathwayId, element: string): void {
    this.#readiness = toggleReadiness(this.#readiness, pathway, element, this.#content);
    const snapshot = this.#actor.getSnapshot();
    this.#save(selectStep(snapshot), snapshot.context.answers);
    this.#render();
  }

  /** Loads an exported plan: its answers and marks, then the result; a bad file is explained. */
  #importPlan(text: string): void {
    onDemandLoaders.validate().then(
      ({ parsePlanFile }) =>
        this.#guard(() => {
          const parsed = text
            ? parsePlanFile(text, this.#content)
            : { ok: false as const, message: 'The file is empty or too large.' };
          if (!parsed.ok) {
            this.#plannerNotice = this.#texts.i18n.t('planner.importFailed', { problem: parsed.message });
            this.#emit('pyp-error', { message: `Plan file not loaded: ${parsed.message}`, issues: [] });
            this.#render();
            return;
          }
          this.#plannerNotice = null;
          this.#readiness = parsed.readiness;
          this.#actor.send({ type: 'answers.load', answers: parsed.answers });
          this.#actor.send({ type: 'step.continue' });
          this.#render();
          // A new result in place of the old one: say so by moving to its heading, as a step change does.
          queueMicrotask(() => this.#root.querySelector<HTMLElement>('[data-step-heading]')?.focus());
        }),
      () => this.#rejectContent('pick-your-pathway.validate.js did not load, so the file could not be checked', []),
    );
  }

  /** Looks for saved progress; unusable progress is discarded quietly (a `pyp-error` for the embedder). */
  #checkSaved(): void {
    this.#checkedSaved = true;
    const key = storageKeyFor(this);
    if (!key) return;
    void loadProgress(key, this.#content).then((found) =>
      this.#guard(() => {
        if (found && 'discarded' in found) {
          this.#emit('pyp-error', {
            message: `Saved progress under "${key}" was discarded: ${found.discarded}.`,
            issues: [],
          });
        } else if (found && Object.keys(this.#actor.getSnapshot().context.answers).length === 0) {
          // Offered only while nothing has been answered in this visit.
          this.#saved = found;
          if (this.isConnected) this.#render();
        }
      }),
    );
  }

  #resume(): void {
    const saved = this.#saved;
    this.#saved = null;
    if (!saved) return;
    this.#readiness = saved.readiness;
    this.#actor.send({ type: 'wizard.resume', answers: saved.answers, step: saved.step });
  }

  #discardSaved(): void {
    const hadOffer = this.#saved !== null;
    this.#saved = null;
    const key = storageKeyFor(this);
    if (key) clearProgress(key);
    if (!this.isConnected) return;
    this.#render();
    // The offer's buttons are gone: keep keyboard and screen-reader users on the page, at Start now.
    if (hadOffer) this.#root.querySelector<HTMLElement>('[part="start-button"]')?.focus();
  }

  /** Loads the longer result prose once, ahead of the result (from review on). */
  #loadDetails(): Promise<void> {
    if (this.#details === 'ready') return Promise.resolve();
    this.#details = 'loading';
    return onDemandLoaders.details().then(
      ({ texts }) =>
        this.#guard(() => {
          if (this.#details !== 'ready') this.#texts.add(texts);
          this.#details = 'ready';
          if (this.isConnected) this.#render();
        }),
      () =>
        this.#guard(() => {
          this.#details = 'failed';
          if (this.isConnected) this.#render();
        }),
    );
  }

  #loadContentSrc(source: string | null): void {
    const request = ++this.#contentRequest;
    if (!source) {
      this.#useOverride(null);
      return;
    }
    void fetchContent(source).then((fetched) =>
      this.#guard(() => {
        if (request !== this.#contentRequest) return;
        if (fetched.ok) this.#checkOverride(fetched.json, request);
        else this.#rejectContent(fetched.message, fetched.issues);
      }),
    );
  }

  /** Validates an override (zod loads on demand), checking its texts against the English ones. */
  #checkOverride(input: unknown, request = ++this.#contentRequest): void {
    Promise.all([onDemandLoaders.validate(), this.#loadDetails()]).then(
      ([{ applyOverride }]) =>
        this.#guard(() => {
          if (request !== this.#contentRequest) return;
          const applied = applyOverride(input, builtInContent, (namespace, key) =>
            this.#texts.hasEnglish(namespace, key),
          );
          if (applied.ok) this.#useOverride(applied);
          else this.#rejectContent(applied.message, applied.issues);
        }),
      () => this.#rejectContent('pick-your-pathway.validate.js did not load, so the content could not be checked', []),
    );
  }

  #useOverride(override: { content: Content; resources: Resource[]; texts: OverrideTexts } | null): void {
    this.#content = override?.content ?? builtInContent;
    this.#agencyResources = override?.resources ?? [];
    this.#texts.setOverride(override?.texts ?? null);
    this.#contentProblem = null;
    if (this.isConnected) this.#render();
  }

  /** Keeps the content as it was, says what is wrong in the widget, and fires `pyp-error`. */
  #rejectContent(message: string, issues: ContentIssue[]): void {
    this.#contentProblem = message;
    this.#emit('pyp-error', { message: `Content override not used: ${message}`, issues });
    if (this.isConnected) this.#render();
  }

  /** Starts the language with the page's language, once the element is in the page. */
  #startLanguage(): void {
    this.#language ??= startLanguage({
      element: this,
      texts: this.#texts,
      redraw: () => this.#guard(() => this.#live && this.#render()),
      failed: (language) =>
        this.#emit('pyp-error', {
          message: `pick-your-pathway.${language}.js could not be loaded; showing English.`,
          issues: [],
        }),
    });
  }

  #render(): void {
    if (!this.#language) return;
    const snapshot = this.#language.actor.getSnapshot();
    const shown = selectShownLanguage(snapshot);
    const missing = selectMissingLanguage(snapshot);
    const language = shown ?? 'en';
    const { i18n } = this.#texts;
    if (i18n.language !== language) void i18n.changeLanguage(language);
    const name = LANGUAGES.find((l) => l.code === missing)?.name ?? missing;
    const notices = [
      missing ? i18n.t('language.loadFailed', { language: name }) : null,
      this.#contentProblem ? i18n.t('content.invalid', { problem: this.#contentProblem }) : null,
      this.#linkProblem ? i18n.t('notice.linkFailed', { problem: this.#linkProblem }) : null,
      this.#planner === 'failed' && this.#step === 'result' ? i18n.t('notice.plannerFailed') : null,
      this.#workshop === 'failed' && this.#presenter ? i18n.t('notice.workshopFailed') : null,
    ].filter((notice): notice is string => notice !== null);
    const view = {
      actor: this.#actor,
      t: this.#texts.t,
      content: this.#content,
      headingLevel: headingLevel(this.getAttribute('heading-level')),
      details: this.#details,
      language,
      pending: shown === null,
      notices,
      // The switch sets the element's own lang, so the page can see and keep the choice.
      setLanguage: (code: string) => this.setAttribute('lang', code),
      saved: this.#saved
        ? {
            savedAt: this.#saved.savedAt,
            resume: () => this.#guard(() => this.#resume()),
            discard: () => this.#guard(() => this.#discardSaved()),
          }
        : null,
      restart: () => this.restart(),
      planner:
        typeof this.#planner === 'object' && this.#planner
          ? {
              views: this.#planner,
              readiness: this.#readiness,
              toggle: (pathway: PathwayId, element: string) =>
                this.#guard(() => this.#toggleReadiness(pathway, element)),
              importText: (text: string) => this.#guard(() => this.#importPlan(text)),
              notice: this.#plannerNotice,
              agencyResources: this.#agencyResources,
            }
          : null,
      workshop:
        this.#presenting && typeof this.#workshop === 'object' && this.#workshop
          ? { views: this.#workshop, ...this.#presenting.controls() }
          : null,
    };
    render(
      <WizardViewContext.Provider value={view}>
        <App />
      </WizardViewContext.Provider>,
      this.#root,
    );
  }

  #emit<K extends PypEventName>(type: K, detail: PypEventDetail[K]): void {
    dispatch(this, type, detail);
  }

  /** Runs a callback so that nothing is thrown into the host page; failures become `pyp-error`. */
  #guard(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      console.error('<pick-your-pathway>', error);
      try {
        this.#emit('pyp-error', { message: error instanceof Error ? error.message : String(error), issues: [] });
      } catch {
        // The page itself is going away (its events cannot be sent): the console has it.
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pick-your-pathway': PickYourPathway;
  }
}
