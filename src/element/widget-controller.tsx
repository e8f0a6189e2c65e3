/**
 * The element's widget: its machine, texts, files and full views, made once the rest of the widget
 * (this module and what it imports) is loaded. The element (pick-your-pathway.tsx) draws the start
 * page until then and hands each of its callbacks, properties and methods to this controller.
 */
import { render } from 'preact';
import type { Content } from '../../data/schema';
import type { Answers } from '../../machines/answers';
import type { Recommendation } from '../../machines/recommend';
import { loadedRecommend } from './recommendation';
import type { PartialAnswers } from '../../machines/steps';
import type { Team } from '../../machines/team';
import { loadedParts } from './parts';
import { selectPresenter, selectWizard } from '../../machines/widget.selectors';
import { selectStep } from '../../machines/wizard.selectors';
import { attributeProblem, isPresenter } from './attributes';
import { syncLanguage } from './language';
import { presenterMode } from './presenter';
import { offerSavedProgress, restartAndForget, saveProgressOf } from './progress';
import { shareCodeFromHash } from '../../machines/share-link';
import { teamTextFromHash } from '../../machines/team-link-text';
import { createElementHost } from './create-host';
import type { ElementHost } from './host';
import { createViewStore, renderView, type ElementViewStore } from './view';
import type { StartPress } from '../start/start-page';

type ContentOverride = ReturnType<typeof import('./override').contentOverride>;

export class WidgetController {
  #element: HTMLElement;
  #host: ElementHost;
  /** An agency's content override, made when `content-src` or `content` is first set. */
  #override: ContentOverride | null = null;
  #presenter: ReturnType<typeof presenterMode>;
  #setAnswers: ((value: unknown) => void) | null = null;
  #view: ElementViewStore;
  /** Between connectedCallback and disconnectedCallback: only then is anything drawn. */
  #live = false;
  #started = false;

  /** `announced`: the page the start page already announced with `pyp-step`, so that it is not announced twice. */
  constructor(element: HTMLElement, announced: string | null = null) {
    this.#element = element;
    const host = (this.#host = createElementHost(element, {
      changed: () => this.#onChange(),
      redraw: () => this.#view.notify(),
      restart: () => this.restart(),
      saveProgress: () => saveProgressOf(element, host.actor.getSnapshot()),
      syncPresenter: () => this.#syncPresenter(),
      announced,
    }));
    this.#presenter = presenterMode(host);
    this.#view = createViewStore(host, () => this.#presenter.controls());
    host.actor.start();
  }

  connected(): void {
    this.#host.guard(() => {
      this.#live = true;
      this.#host.actor.send({ type: 'presenter.set', on: isPresenter(this.#element.getAttribute('mode')) });
      this.#onChange();
      this.#syncPresenter();
      renderView(this.#host, this.#view);
      this.#host.announcePage();
      if (this.#started) return;
      this.#started = true;
      const offer = () => offerSavedProgress(this.#host);
      // A team link leaves the reader's own quiz as it was: their saved progress waits under the team page.
      if (teamTextFromHash(location.hash) !== null)
        this.#host.later(
          () => import('./team-link'),
          ({ openTeamLink }) => {
            openTeamLink(this.#host);
            offer();
          },
        );
      else if (shareCodeFromHash(location.hash) !== null)
        this.#host.later(
          () => import('./share-link'),
          ({ openShareLink }) => void (openShareLink(this.#host, offer) || offer()),
        );
      else offer();
    });
  }

  disconnected(): void {
    this.#live = false;
    this.#syncPresenter();
    render(null, this.#host.root);
  }

  attributeChanged(name: string, previous: string | null, value: string | null): void {
    this.#host.guard(() => {
      if (name === 'content-src' && value !== previous) this.#withOverride((override) => override.fetch(value));
      if (name === 'lang' && this.#live) syncLanguage(this.#host);
      if (name === 'mode') this.#host.actor.send({ type: 'presenter.set', on: isPresenter(value) });
      const problem = attributeProblem(name, value);
      if (problem) this.#host.error(problem);
      this.#view.notify();
    });
  }

  /** The effective content: the built-in content with the agency's programs. */
  get content(): Content {
    return this.#host.actor.getSnapshot().context.content;
  }

  /**
   * Sets an agency's content override (the same format as `content-src`). Once validated it
   * replaces any earlier override; an invalid one is shown as a message, fires `pyp-error`, and
   * leaves the content as it was. `null` returns to the built-in content.
   */
  set content(value: unknown) {
    this.#withOverride((override) => override.set(value));
  }

  /** The answers so far (a copy). */
  get answers(): PartialAnswers {
    return structuredClone(this.#wizard.context.answers);
  }

  /**
   * Sets complete answers: once validated (the validator loads on demand, so this is async) the
   * review step is shown; invalid ones fire `pyp-error` and change nothing. The last set wins.
   */
  set answers(value: unknown) {
    this.#host.guard(() => {
      let copy = value;
      try {
        copy = structuredClone(value); // now: what the page changes afterwards does not count
      } catch {
        // not cloneable (functions, DOM nodes): the validator rejects it
      }
      this.#host.later(
        () => import('./answers'),
        ({ answersSetter }) => (this.#setAnswers ??= answersSetter(this.#host))(copy),
      );
    });
  }

  /** The recommendation while the result is shown, else null. */
  get result(): Recommendation | null {
    const { context } = this.#wizard;
    // Loaded with the result's part: until it is there, the result is not shown either.
    const recommend = loadedRecommend();
    return selectStep(this.#wizard) === 'result' && recommend
      ? structuredClone(recommend.recommendOnce(context.answers as Answers, this.content))
      : null;
  }

  /** While the team page shows a team link's members: each one's answers and result, the combined answers and their result; else null. */
  get team(): Team | null {
    const { team, content } = this.#host.actor.getSnapshot().context;
    // The validator read the team link (or the builder's links), so it is there whenever members are.
    const teamOf = loadedParts.validate?.teamOf;
    return team?.members && teamOf ? structuredClone(teamOf(team.members, content)) : null;
  }

  /** Clears every answer (and saved progress) and returns to the start page. */
  restart(): void {
    this.#host.guard(() => restartAndForget(this.#host));
  }

  /** A button of the start page pressed before this controller was made: acted on as the full start page would. */
  pressed(button: StartPress): void {
    this.#host.guard(() => {
      const wizard = selectWizard(this.#host.actor.getSnapshot());
      // Only while the reader is still on the start page (a share link may have opened another).
      if (selectStep(wizard.getSnapshot()) !== 'intro' || this.#host.actor.getSnapshot().context.team) return;
      if (button === 'start') wizard.send({ type: 'step.continue' });
      else this.#host.actor.send({ type: 'team.open', page: { members: null } });
    });
  }

  #withOverride(use: (override: ContentOverride) => void): void {
    this.#host.later(
      () => import('./override'),
      ({ contentOverride }) => use((this.#override ??= contentOverride(this.#host))),
    );
  }

  get #wizard() {
    return selectWizard(this.#host.actor.getSnapshot()).getSnapshot();
  }

  /** After each change of the widget or its wizard, mostly a reader's action. */
  #onChange(): void {
    // The page's language may have changed, or a file that failed may load now.
    if (this.#live) syncLanguage(this.#host);
  }

  /** Presenter mode's keys run while the element is in the page, the mode is on and its part is loaded. */
  #syncPresenter(): void {
    this.#presenter.sync(
      this.#live && selectPresenter(this.#host.actor.getSnapshot()),
      this.#host.files.loaded.workshop,
    );
    this.#view.notify();
  }
}
