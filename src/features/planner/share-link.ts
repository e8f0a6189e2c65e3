import type { Answers } from '../../../machines/answers';
import { encodeAnswers } from '../../../machines/share-codec';

/** The share link for these answers, on the page the widget is on. */
export function shareLink(answers: Answers): string {
  return `${location.href.split('#')[0]}#pyp=${encodeAnswers(answers)}`;
}
