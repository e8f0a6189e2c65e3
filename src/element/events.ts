/** The element's events: bubbling, composed `CustomEvent`s, typed in the global event map. */
import type { AnswerKey } from '../../data/vocabulary';
import type { Answers, AnswersIssue } from '../../machines/answers';
import type { Recommendation } from '../../machines/recommend';
import type { PartialAnswers } from '../../machines/steps';
import type { Page } from '../../machines/widget.selectors';

export interface PypEventDetail {
  /** On every step change and on the first render; in presenter mode also the trainer's views. */
  'pyp-step': { step: Page };
  /** On each change the user makes to an answer; `value` is the key's new value. */
  'pyp-answer': { key: AnswerKey; value: unknown; answers: PartialAnswers };
  /** Whenever the result is shown; `result` equals `recommend(answers, content)`. */
  'pyp-result': { answers: Answers; result: Recommendation };
  /** On bad input: invalid answers, content or links. */
  'pyp-error': { message: string; issues: AnswersIssue[] | unknown[] };
}

export type PypEventName = keyof PypEventDetail;
type PypEvents = { [K in PypEventName]: CustomEvent<PypEventDetail[K]> };

declare global {
  interface HTMLElementEventMap extends PypEvents {}
}

/** Dispatches a bubbling, composed event from the element. */
export function dispatch<K extends PypEventName>(target: EventTarget, type: K, detail: PypEventDetail[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
