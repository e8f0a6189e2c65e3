/**
 * Presenter mode's keyboard shortcuts (listed for people in `SHORTCUTS`, workshop.tsx): a
 * clicker's PageDown/PageUp, option numbers, and a letter per view. Part of the workshop file,
 * so the script carries none of it for readers who never present.
 */
import { ANSWER_KEYS, type AnswerKey } from '../../../data/vocabulary';
import { selectStep } from '../../../machines/wizard.selectors';
import type { WizardRef } from '../../../machines/widget.selectors';
import type { Content } from '../../../data/schema';
import type { PresenterElement, TrainerView } from '../../ui/feature-views';

/** What the shortcuts act on: the element's wizard, its trainer's views and full screen. */
export type PresenterKeysHost = Pick<PresenterElement, 'root' | 'restart'> & {
  actor: WizardRef;
  content: Content;
  view: TrainerView | null;
  help: boolean;
  showView: (view: TrainerView | null) => void;
  setHelp: (open: boolean) => void;
  toggleFullScreen: () => void;
};

const VIEW_KEYS: Record<string, TrainerView> = { c: 'compare', w: 'why', m: 'map', i: 'what-if', j: 'join' };

/** Whether a key press belongs to a field the user is typing in, where shortcuts must not act. */
function isTyping(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type)))
  );
}

/** Acts on a shortcut; true when the key was one (the caller then prevents its default). */
export function handlePresenterKey(event: KeyboardEvent, host: PresenterKeysHost): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTyping(event.composedPath()[0])) return false;
  const step = selectStep(host.actor.getSnapshot());
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'PageDown' || key === 'n') {
    if (!host.view) host.actor.send({ type: 'step.continue' });
  } else if (key === 'PageUp' || key === 'b') {
    if (!host.view) host.actor.send({ type: 'step.back' });
  } else if (/^[1-9]$/.test(key) && !host.view && (ANSWER_KEYS as readonly string[]).includes(step)) {
    const option = host.content.questions.find((q) => q.id === step)?.options[Number(key) - 1];
    if (!option) return false;
    host.actor.send({ type: 'answer.choose', key: step as AnswerKey, id: option.id });
    host.root.getElementById(`${step}-${option.id}`)?.focus();
  } else if (key === 'r') host.restart();
  else if (VIEW_KEYS[key]) host.showView(VIEW_KEYS[key]);
  else if (key === 'q' || key === 'Escape') {
    if (host.help) host.setHelp(false);
    else host.showView(null);
  } else if (key === 'f') host.toggleFullScreen();
  else if (key === '?') host.setHelp(!host.help);
  else return false;
  return true;
}
