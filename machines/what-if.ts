/**
 * The trainer's what-if view changes who leads (and, with law enforcement, the charging options)
 * on a copy of the answers. The answer rules still hold: someone leads, and law enforcement
 * brings the charging question, which starts at "none" until an option is chosen.
 */
import type { Answers } from './answers';
import { chooseOption } from './steps';

/** The answers after choosing a lead or charging option; the same answers when the choice would leave no lead. */
export function whatIfChoice(answers: Answers, key: 'lead' | 'charging', id: string): Answers {
  let next = chooseOption(answers, key, id) as Answers;
  if (next.lead.length === 0) return answers;
  if (next.lead.includes('law-enforcement') && !next.charging) next = { ...next, charging: ['none'] };
  return next;
}
