/**
 * A team link's members as a meeting agenda: what they all agree on, then each real disagreement
 * with who chose what, then what the combined answers point to (opened and ordered as the single
 * result, with who already runs what), then every partner's answers question by question, stacked
 * so a phone shows them all. It prints alone and reads large in presenter mode (sizes are in em).
 */
import { useRef } from 'preact/hooks';
import type { AnswerKey, PathwayId } from '../../../data/vocabulary';
import type { GlanceRow, GlanceStatus } from '../../../machines/at-a-glance';
import { byFit, outcomeOf } from '../../../machines/outcome';
import { teamAgenda, type AgendaQuestion } from '../../../machines/team-agenda';
import { teamOf, type Team, type TeamMember, type TeamProblem } from '../../../machines/team';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { listFormat } from '../../ui/list-format';
import { printAlone } from '../../ui/print-alone';
import { memberName } from './member-name';

/** Answers read inside a sentence start in lower case ("people who use opioids"); names and "EMS" keep theirs. */
const IN_SENTENCE: readonly AnswerKey[] = ['lead', 'population', 'charging', 'partners', 'setting'];
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** A member's own status for a pathway, as their answers alone would give it. */
function memberStatus(member: Team['members'][number], pathway: PathwayId): GlanceStatus {
  const fit = member.result.pathways.find((p) => p.id === pathway)?.fit;
  return fit ?? (member.answers.existing.includes(pathway) ? 'running' : 'out');
}

export function TeamView({ members, problems }: { members: TeamMember[]; problems: TeamProblem[] }) {
  const { t, content, team, language, buildTeam } = useWidgetView();
  const page = useRef<HTMLDivElement>(null);
  const together = teamOf(members, content);
  const { combined, result } = together;
  const agenda = teamAgenda(
    members.map((m) => m.answers),
    content,
  );
  const names = members.map((m, i) => memberName(t, m.label, i));
  const list = (items: string[], type?: Intl.ListFormatType) => listFormat(language, type).format(items);
  const nameList = (indexes: number[]) => list(indexes.map((i) => names[i]!));
  const option = (key: AnswerKey, id: string) => t(`questions:${key}.options.${id}.label`);
  // In a sentence, situations are quoted and most answers start in lower case; in a list, all but the first do.
  const options = (key: AnswerKey, ids: readonly string[], inSentence = false) =>
    list(
      ids.map((id, i) =>
        key === 'situations' && inSentence
          ? `“${option(key, id)}”`
          : key !== 'existing' && (inSentence ? IN_SENTENCE.includes(key) : i > 0)
            ? lowerFirst(option(key, id))
            : option(key, id),
      ),
    );
  const answerText = (key: AnswerKey, ids: readonly string[] | undefined) =>
    ids === undefined ? t('team.notAsked') : ids.length === 0 ? t('review.noneYet') : options(key, ids);
  // "Both", "All three", or the members asked by name when some were not (charging).
  const who = (question: AgendaQuestion) =>
    question.askedOf.length < members.length
      ? nameList(question.askedOf)
      : members.length === 2
        ? t('team.both')
        : t('team.all', { number: t(`team.numbers.${members.length}`, { defaultValue: String(members.length) }) });
  // The members asked who did not choose an option.
  const others = (q: AgendaQuestion, chosenBy: number[]) => q.askedOf.filter((i) => !chosenBy.includes(i));
  const agreements = agenda.questions.filter((q) => q.agreed.length > 0 && q.askedOf.length > 1);
  const disagreements = agenda.questions.filter((q) => q.disagree);
  const outcome = outcomeOf(result);
  const pathwayNames = (ids: readonly PathwayId[]) => list(ids.map((id) => t(`pathways:${id}.name`)));
  const opening =
    outcome.kind === 'running'
      ? t('team.startNone')
      : t(outcome.kind === 'strong' ? 'team.start' : 'team.startPossible', { pathways: pathwayNames(outcome.start) });
  // Each pathway's status for the combined answers (the reasons are the result's, not needed here).
  const statuses = content.pathways.map(({ id }) => ({
    pathway: id,
    status: result.pathways.find((p) => p.id === id)?.fit ?? (combined.existing.includes(id) ? 'running' : 'out'),
  })) as GlanceRow[];
  const title = t('team.title');

  return (
    <div ref={page} part="team" class="step team">
      <Heading focusTarget class="title-l">
        {title}
      </Heading>
      <p class="lead">
        {t('team.summary', { count: members.length, names: list(names) })}{' '}
        {disagreements.length === 0
          ? t('team.agreeAll')
          : t('team.differOn', { count: disagreements.length, total: agenda.questions.length })}
      </p>
      {problems.length > 0 && (
        <div part="notice" class="notice" role="status">
          <p>{t('team.leftOut', { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.member}>
                {t('team.leftOutMember', { number: p.member, reason: t(`team.reasons.${p.reason}`) })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <section class="team__section" aria-labelledby="team-agree-title">
        <Heading depth={1} id="team-agree-title">
          {t('team.agreeTitle')}
        </Heading>
        {agreements.length === 0 ? (
          <p>{t('team.agreeNone')}</p>
        ) : (
          <ul class="team__agreed">
            {agreements.map((q) => (
              <li key={q.key}>{t(`team.agreed.${q.key}`, { who: who(q), options: options(q.key, q.agreed, true) })}</li>
            ))}
          </ul>
        )}
      </section>

      {disagreements.length > 0 && (
        <section class="team__section" aria-labelledby="team-differ-title">
          <Heading depth={1} id="team-differ-title">
            {t('team.differTitle')}
          </Heading>
          <p>{t('team.differIntro')}</p>
          {disagreements.map((q) => {
            const single = content.questions.find((question) => question.id === q.key)?.type === 'single';
            const notAsked = members.flatMap((_, i) => (q.askedOf.includes(i) ? [] : [i]));
            return (
              <div key={q.key} class="team__point">
                <Heading depth={2}>{t(`review.labels.${q.key}`)}</Heading>
                <ul>
                  {q.split.map(({ id, chosenBy }) => (
                    <li key={id}>
                      <strong>{option(q.key, id)}</strong>
                      {': '}
                      {single
                        ? t('team.chose', { names: nameList(chosenBy) })
                        : others(q, chosenBy).length > chosenBy.length
                          ? t('team.only', { names: nameList(chosenBy) })
                          : t('team.choseNotOthers', {
                              names: nameList(chosenBy),
                              others: list(
                                others(q, chosenBy).map((i) => names[i]!),
                                'disjunction',
                              ),
                            })}
                    </li>
                  ))}
                </ul>
                {notAsked.length > 0 && <p class="hint">{t('team.notAskedOf', { names: nameList(notAsked) })}</p>}
              </div>
            );
          })}
        </section>
      )}

      <section class="team__section" aria-labelledby="team-result-title">
        <Heading depth={1} id="team-result-title">
          {t('team.resultTitle')}
        </Heading>
        <div class="team__outcome">
          <p class="team__opening">{opening}</p>
          <p>{t('team.combinedRule')}</p>
        </div>
        <p class="team__six-title" id="team-six-title">
          {t('team.allSix')}
        </p>
        <ul class="team__fits" aria-labelledby="team-six-title">
          {byFit(statuses, result).map(({ pathway, status }) => {
            const runners = agenda.running.find((r) => r.pathway === pathway)?.members ?? [];
            const others = members.flatMap((_, i) => (runners.includes(i) ? [] : [i]));
            return (
              <li key={pathway} class={`team__fit team__fit--${status}`}>
                <strong>{t(`pathways:${pathway}.name`)}</strong>
                {': '}
                {status === 'running' && runners.length > 0
                  ? t('team.runningBy', { names: nameList(runners) })
                  : t(`team.status.${status}`)}
                {status === 'running' && others.length > 0 && (
                  <>
                    <p class="team__instead">{t('team.othersPoint')}</p>
                    <ul>
                      {others.map((i) => (
                        <li key={i}>
                          {t('team.memberStatus', {
                            name: names[i],
                            status: t(`team.status.${memberStatus(together.members[i]!, pathway)}`),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section class="team__section" aria-labelledby="team-answers-title">
        <Heading depth={1} id="team-answers-title">
          {t('team.answersTitle')}
        </Heading>
        {agenda.questions.map((q) => {
          const id = `team-q-${q.key}`;
          const value = combined[q.key];
          return (
            <section key={q.key} class="team__question" aria-labelledby={id}>
              <Heading depth={2} id={id}>
                {t(`review.labels.${q.key}`)}{' '}
                {q.askedOf.length > 1 && (
                  <span class={`team__tag${q.disagree ? ' team__tag--talk' : ''}`}>
                    {t(q.disagree ? 'team.talkingPoint' : 'team.agree')}
                  </span>
                )}
              </Heading>
              <dl class="team__answers">
                {members.map((m, i) => {
                  const ids = q.choices.find((c) => c.member === i)?.ids;
                  return (
                    <div key={i} class="team__answer">
                      <dt>{names[i]}</dt>
                      <dd>{answerText(q.key, ids)}</dd>
                    </div>
                  );
                })}
                <div class="team__answer team__answer--together">
                  <dt>{t('team.together')}</dt>
                  <dd>
                    {answerText(q.key, value === undefined ? undefined : typeof value === 'string' ? [value] : value)}
                  </dd>
                </div>
              </dl>
            </section>
          );
        })}
      </section>

      <div class="button-group team__actions">
        <button type="button" class="button" onClick={() => team?.openCombined(combined)}>
          {t('team.openCombined')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => printAlone(page.current!.getRootNode() as ShadowRoot, page.current, language, title)}
        >
          {t('team.print')}
        </button>
        <button type="button" class="button button--secondary" onClick={buildTeam}>
          {t('team.buildAnother')}
        </button>
        <button type="button" class="button button--secondary" onClick={team?.close}>
          {t('team.back')}
        </button>
      </div>
    </div>
  );
}
