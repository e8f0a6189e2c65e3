/**
 * A team link's members side by side: question by question what each chose, where they agree and
 * where to talk (in words, not only colour); each one's pathways; then the combined answers and
 * their recommendation. It prints alone and reads large in presenter mode (sizes are in em).
 */
import { useRef } from 'preact/hooks';
import { PATHWAY_IDS } from '../../../../data/vocabulary';
import { teamOf, teamRows, type TeamMember, type TeamProblem } from '../../../../machines/team';
import { useWizard } from '../../../ui/context';
import { Heading } from '../../../ui/heading';
import { printAlone } from '../print-alone';
import { memberName } from './member-name';

/** An answer as a list of option ids; null when it was not asked. */
const listOf = (value: string | readonly string[] | undefined): readonly string[] | null =>
  value === undefined ? null : typeof value === 'string' ? [value] : value;

export function TeamView({ members, problems }: { members: TeamMember[]; problems: TeamProblem[] }) {
  const { t, content, team, language, buildTeam } = useWizard();
  const page = useRef<HTMLDivElement>(null);
  const { members: results, combined, result } = teamOf(members, content);
  const rows = teamRows(members.map((m) => m.answers));
  const talking = rows.filter((row) => row.differs.length > 0).length;
  const names = members.map((m, i) => memberName(t, m.label, i));
  const option = (key: string, id: string) => t(`questions:${key}.options.${id}.label`);
  const choiceText = (key: string, ids: readonly string[] | null) =>
    ids === null
      ? t('team.notAsked')
      : ids.length === 0
        ? t('review.noneYet')
        : ids.map((id) => option(key, id)).join(', ');
  const fits = (fit: 'strong' | 'possible', pathways: typeof result.pathways) =>
    pathways
      .filter((p) => p.fit === fit)
      .map((p) => t(`pathways:${p.id}.name`))
      .join(', ') || '–';
  const title = t('team.title');

  return (
    <div ref={page} part="team" class="step team">
      <Heading focusTarget class="title-l">
        {title}
      </Heading>
      <p class="lead">
        {t('team.summary', { count: members.length })}{' '}
        {talking === 0 ? t('team.agreeAll') : t('team.talkingPoints', { count: talking, total: rows.length })}
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

      <Heading depth={1} id="team-answers-title">
        {t('team.answersTitle')}
      </Heading>
      <div class="team__scroll" role="region" aria-labelledby="team-answers-title" tabIndex={0}>
        <table class="team__table">
          <thead>
            <tr>
              <th scope="col">{t('team.question')}</th>
              <th scope="col">{t('team.agreement')}</th>
              {names.map((name, i) => (
                <th scope="col" key={i}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} class={row.differs.length > 0 ? 'team__row--differs' : undefined}>
                <th scope="row">{t(`review.labels.${row.key}`)}</th>
                <td>
                  {row.differs.length === 0 ? (
                    <span class="team__agree">{t('team.agree')}</span>
                  ) : (
                    <>
                      <strong class="team__talk">{t('team.talkingPoint')}</strong>{' '}
                      {t('team.notEveryone', { options: row.differs.map((id) => option(row.key, id)).join(', ') })}
                    </>
                  )}
                </td>
                {row.choices.map((ids, i) => (
                  <td key={i}>{choiceText(row.key, ids)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Heading depth={1} id="team-pathways-title">
        {t('team.pathwaysTitle')}
      </Heading>
      <div class="team__scroll" role="region" aria-labelledby="team-pathways-title" tabIndex={0}>
        <table class="team__table">
          <thead>
            <tr>
              <th scope="col">{t('team.partnerColumn')}</th>
              <th scope="col">{t('team.fit.strong')}</th>
              <th scope="col">{t('team.fit.possible')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((member, i) => (
              <tr key={i}>
                <th scope="row">{names[i]}</th>
                <td>{fits('strong', member.result.pathways)}</td>
                <td>{fits('possible', member.result.pathways)}</td>
              </tr>
            ))}
            <tr class="team__together">
              <th scope="row">{t('team.together')}</th>
              <td>{fits('strong', result.pathways)}</td>
              <td>{fits('possible', result.pathways)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <Heading depth={1}>{t('team.combinedTitle')}</Heading>
      <p>{t('team.combinedRule')}</p>
      <table class="team__table team__combined">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(`review.labels.${row.key}`)}</th>
              <td>{choiceText(row.key, listOf(combined[row.key]))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('team.combinedFits')}</p>
      <ul class="team__fits">
        {PATHWAY_IDS.map((id) => {
          const fit = result.pathways.find((p) => p.id === id)?.fit;
          const running = combined.existing.includes(id);
          return (
            <li key={id}>
              <strong>{t(`pathways:${id}.name`)}</strong>
              {': '}
              {fit ? t(`team.fit.${fit}`) : running ? t('team.running') : t('team.notRecommended')}
            </li>
          );
        })}
      </ul>
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
