/** The custom element: lifecycle, attributes, properties and events; its API is documented on the class. */
import { render } from 'preact';
import { builtInContent } from '../../data/content';
import type { Content } from '../../data/schema';
import type { Recommendation } from '../../machines/recommend';
import type { PartialAnswers } from '../../machines/steps';
import type { Team } from '../../machines/team';
import { StartPage, type StartPress } from '../start/start-page';
import { startTexts } from '../start/texts';
import { headingLevel } from './attributes';
import { dispatch } from './events';
import { guardWith } from './guard';
import { wantedLanguage } from './page-language';
import { wizardStyleSheet } from './styles';
import type { WidgetController } from './widget-controller';

type Rest = typeof import('./widget-controller');

/** The rest of the widget once loaded (shared by every element), and its one import. */
let rest: Rest | null = null;
let restLoading: Promise<Rest> | null = null;
/** Loads the rest of the widget once (again after a failure); elements made after it has loaded draw the full widget at once. */
export function loadRest(): Promise<Rest> {
  // The script (src/entries/script.ts) preloads the rest with its integrity: imported only once that check passed.
  const checked = (globalThis as Record<symbol, Promise<unknown> | undefined>)[
    Symbol.for('pick-your-pathway.first-load')
  ];
  restLoading ??= Promise.resolve(checked)
    .then(() => import('./widget-controller'))
    .then(
      (module) => (rest = module),
      (error: unknown) => {
        restLoading = null; // tried again by the next element, property or press
        throw error;
      },
    );
  return restLoading;
}

/** After the start page is painted: the rest is then evaluated while the reader reads it. */
function afterPaint(callback: () => void): void {
  let done = false;
  const once = () => {
    if (!done) ((done = true), callback());
  };
  requestAnimationFrame(() => setTimeout(once));
  // A page in a background tab paints no frame.
  setTimeout(once, 100);
}

/**
 * `<pick-your-pathway>`: the wizard as a custom element with an open shadow root. This comment is
 * the one description of its API: `npm run build` makes dist/custom-elements.json from it.
 *
 * It draws the start page at once, with Preact and its own texts (src/start/), then imports the
 * rest (src/element/widget-controller.tsx: the widget machine, i18next and the full views), which
 * takes over the same shadow root. What is set or pressed before then is kept and handed over.
 *
 * @summary Asks a community's planners a few questions and recommends first responder deflection pathways, with reasons, gaps, critical elements and programs to learn from.
 *
 * @attr {string} lang - Language of the widget; else the nearest ancestor's lang, else <html lang>, else English. Regional tags use their base language (es-MX → es); a language the widget lacks falls back to English.
 * @attr {string} content-src - Address of a JSON content override (programs and texts), validated against content.schema.json. An unreachable or invalid document shows a message and fires pyp-error; the built-in content stays.
 * @attr {number} [heading-level=2] - Level of the widget's top headings, 2 to 6, to fit the page outline; other values fall back to 2 with a pyp-error.
 * @attr {string} [persist=pyp: + id, or pyp:default] - Key under which progress is saved in this browser (localStorage); off saves nothing.
 * @attr {'presenter'} mode - presenter: large, high-contrast type for projectors, the trainer's views (all six side by side, why, decision map, what if, a QR code to join on a phone), full screen and keyboard shortcuts (? lists them).
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
 * @csspart outcome - The result's opening: what to start with, why, and what happens next.
 * @csspart plan-button - Make an action plan: opens the critical elements of the pathway to start with.
 * @csspart undo - The notice that offers to undo "Start again", a plan file or a share link.
 * @csspart undo-button - Undo: the answers, readiness marks and action plan come back.
 * @csspart glance - All six pathways at a glance, at the top of the result: each one's status and why.
 * @csspart planning-points - A pathway's critical elements (its readiness checklist and action plan), a section that opens.
 * @csspart programs - A pathway's programs to learn from, a section that opens.
 * @csspart map - Where the matched programs are: each state, its programs and their pathways.
 * @csspart pathway-card - A recommended pathway.
 * @csspart site - A program to learn from.
 * @csspart change-answers-button - Change your answers, on the result.
 * @csspart restart-button - Start again.
 * @csspart team-button - Plan together: opens the builder of a team link (on the start page and the result).
 * @csspart resume - The offer to continue saved progress.
 * @csspart resume-button - Continue saved progress.
 * @csspart discard-button - Start over, dropping saved progress.
 * @csspart planner - The planner's tools under the six pathways.
 * @csspart share-button - Copy link.
 * @csspart print-button - Print the brief (in the result's opening).
 * @csspart community-input - The community or agency named on the printed brief (optional).
 * @csspart export-button - Download plan: a JSON file to open again.
 * @csspart csv-button - Download actions: a CSV of each critical element with its owner, target date and note.
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
 * @csspart join - Presenter mode's QR code of the page, to open the quiz on a phone.
 * @csspart team - The team page: partners' answers side by side, or the builder of a team link.
 */
export class PickYourPathway extends HTMLElement {
  static observedAttributes = ['lang', 'content-src', 'heading-level', 'persist', 'mode'];

  /** The full widget, once the rest is loaded. */
  #widget: WidgetController | null = null;
  /** Until then: what was set or called, in order, and the last button pressed. */
  #early: ((widget: WidgetController) => void)[] = [];
  #pressed: StartPress | null = null;
  #live = false;
  #announced: string | null = null;
  #guard = guardWith((message) => dispatch(this, 'pyp-error', { message, issues: [] }));

  constructor() {
    super();
    this.#guard(() => {
      if (rest) this.#widget = new rest.WidgetController(this);
      else this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [wizardStyleSheet()];
    });
  }

  connectedCallback(): void {
    if (this.#widget) return this.#widget.connected();
    this.#guard(() => {
      this.#live = true;
      this.#drawStart();
      if (this.#announced === null) dispatch(this, 'pyp-step', { step: (this.#announced = 'intro') });
      afterPaint(() => this.#loadRest());
    });
  }

  disconnectedCallback(): void {
    if (this.#widget) return this.#widget.disconnected();
    this.#live = false;
    render(null, this.shadowRoot!);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (this.#widget) return this.#widget.attributeChanged(name, previous, value);
    // Checked and used by the widget when it takes over; the start page follows only its language and heading level.
    this.#guard(() => this.#drawStart());
  }

  /** The effective content: the built-in content with the agency's programs. */
  get content(): Content {
    return this.#widget ? this.#widget.content : builtInContent;
  }

  /**
   * Sets an agency's content override (the same format as `content-src`). Once validated it
   * replaces any earlier override; an invalid one is shown as a message, fires `pyp-error`, and
   * leaves the content as it was. `null` returns to the built-in content.
   */
  set content(value: unknown) {
    this.#toWidget((widget) => (widget.content = value));
  }

  /** The answers so far (a copy). */
  get answers(): PartialAnswers {
    return this.#widget ? this.#widget.answers : {};
  }

  /**
   * Sets complete answers: once validated (the validator loads on demand, so this is async) the
   * review step is shown; invalid ones fire `pyp-error` and change nothing. The last set wins.
   */
  set answers(value: unknown) {
    if (this.#widget) {
      this.#widget.answers = value;
      return;
    }
    let kept = value;
    try {
      kept = structuredClone(value); // as the widget would: what the page changes afterwards does not count
    } catch {
      // not cloneable (functions, DOM nodes): the widget's validation rejects it
    }
    this.#toWidget((widget) => (widget.answers = kept));
  }

  /** The recommendation while the result is shown, else null. */
  get result(): Recommendation | null {
    return this.#widget ? this.#widget.result : null;
  }

  /** While the team page shows a team link's members: each one's answers and result, the combined answers and their result; else null. */
  get team(): Team | null {
    return this.#widget ? this.#widget.team : null;
  }

  /** Clears every answer (and saved progress) and returns to the start page. */
  restart(): void {
    this.#pressed = null;
    this.#toWidget((widget) => widget.restart());
  }

  /** Hands a property or method to the widget, or keeps it for the widget until it is loaded. */
  #toWidget(use: (widget: WidgetController) => void): void {
    if (this.#widget) return use(this.#widget);
    this.#early.push(use);
    this.#loadRest();
  }

  #loadRest(): void {
    loadRest().then(
      (module) => this.#guard(() => this.#takeOver(module)),
      () =>
        dispatch(this, 'pyp-error', {
          message: 'The widget did not load.',
          issues: [],
        }),
    );
  }

  /** The widget takes over the shadow root, with the attributes, properties and press made so far. */
  #takeOver(module: Rest): void {
    if (this.#widget) return;
    const root = this.shadowRoot!;
    const focused = root.activeElement?.getAttribute('part');
    const widget = (this.#widget = new module.WidgetController(this, this.#announced));
    for (const name of PickYourPathway.observedAttributes) {
      const value = this.getAttribute(name);
      if (value !== null) widget.attributeChanged(name, null, value);
    }
    if (this.#live) widget.connected();
    const early = this.#early.splice(0);
    for (const use of early) use(widget);
    if (this.#pressed) widget.pressed(this.#pressed);
    this.#pressed = null;
    // A keyboard reader on a button of the start page stays there (a press has moved focus already).
    if (focused && !root.activeElement) root.querySelector<HTMLElement>(`[part="${focused}"]`)?.focus();
  }

  #drawStart(): void {
    if (!this.#live) return;
    const language = wantedLanguage(this);
    const texts = startTexts(language);
    render(
      <StartPage
        texts={texts}
        placeholder={startTexts('en')!}
        language={language}
        headingLevel={headingLevel(this.getAttribute('heading-level'))}
        questions={builtInContent.questions.length}
        press={(button) => {
          this.#pressed = button;
          this.#loadRest();
        }}
        setLanguage={(code) => this.setAttribute('lang', code)}
      />,
      this.shadowRoot!,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pick-your-pathway': PickYourPathway;
  }
}
