/**
 * The team page as a meeting agenda (issue 30): what the members agree on, who chose what where
 * they differ, and who already runs what. Apart from team.ts, which the script carries for the
 * element, because only the team page reads it.
 */
import type { Content } from '../data/schema';
import { PATHWAY_IDS, type AnswerKey, type PathwayId } from '../data/vocabulary';
import type { Answers } from './answers';
import { createQuestionFlow } from './question-flow';
import { askedChoices } from './team';

/** One question as a meeting agenda reads it; members are given by their place in the team (0 first). */
export type AgendaQuestion = {
  key: AnswerKey;
  /** The members it was asked of (charging: those whose lead includes law enforcement). */
  askedOf: number[];
  /** The ids every member asked chose, in option order: what the team agrees on. */
  agreed: string[];
  /** Whether two members asked it answered differently (lists compared as sets). */
  disagree: boolean;
  /** Who chose what: each member asked, with their ids in option order. */
  choices: { member: number; ids: string[] }[];
  /** The ids some but not all members asked chose, each with who chose it; empty when they agree. */
  split: { id: string; chosenBy: number[] }[];
};

/** A pathway some members already run, and which (its `existing` is the team's, by the contract). */
export type RunningPathway = { pathway: PathwayId; members: number[] };

/** What the team page reads as a meeting agenda: the questions in question order, and who runs what. */
export type TeamAgenda = { questions: AgendaQuestion[]; running: RunningPathway[] };

/**
 * The team's answers as an agenda: for each question asked of at least one member, in question
 * order, what all the members asked agree on and, where two of them differ, who chose what. A
 * member not asked a question (charging, when law enforcement does not lead) is left out of it,
 * so "not asked" is never a disagreement. Then each pathway some member runs, with who runs it.
 */
export function teamAgenda(members: readonly Answers[], content: Content): TeamAgenda {
  const flow = createQuestionFlow(content.questions);
  const questions = content.questions.flatMap((question): AgendaQuestion[] => {
    const order = question.options.map((o) => o.id);
    const choices = askedChoices(question, members, flow);
    if (choices.length === 0) return [];
    const chosenBy = (id: string) => choices.filter((c) => c.ids.includes(id)).map((c) => c.member);
    const split = order
      .map((id) => ({ id, chosenBy: chosenBy(id) }))
      .filter(({ chosenBy }) => chosenBy.length > 0 && chosenBy.length < choices.length);
    return [
      {
        key: question.id,
        askedOf: choices.map((c) => c.member),
        agreed: order.filter((id) => chosenBy(id).length === choices.length),
        // Same sets for all exactly when no id is chosen by some and not others.
        disagree: split.length > 0,
        choices,
        split,
      },
    ];
  });
  const running = PATHWAY_IDS.flatMap((pathway) => {
    const runBy = members.flatMap((answers, member) => (answers.existing.includes(pathway) ? [member] : []));
    return runBy.length > 0 ? [{ pathway, members: runBy }] : [];
  });
  return { questions, running };
}
