/**
 * A team link in the page address (`#pyp-team=…`): its members' answers are read (the validator
 * file decodes each code) and the team page opens, its own answers untouched so that nothing is
 * saved over the reader's progress. Members that cannot be read are named; with fewer than two
 * left, or more than twenty, the start page says why.
 */
import { teamTextFromHash } from '../../machines/team-link-text';
import { onDemandLoaders } from './parts';
import type { ElementHost } from './host';

/** Opens the link's team; false when the address has no team link. */
export function openTeamLink({ actor, error }: ElementHost): boolean {
  const text = teamTextFromHash(location.hash);
  if (text === null) return false;
  onDemandLoaders.validate().then(
    ({ decodeAnswers, parseTeam }) => {
      const team = parseTeam(text, decodeAnswers);
      const problems = team.problems.map((p) => p.message);
      if (!team.ok) {
        actor.send({ type: 'team.refused', reason: team.reason });
        return error(`Team link not opened: ${team.message}`, problems);
      }
      actor.send({ type: 'team.open', page: { members: team.members, problems: team.problems } });
      if (problems.length > 0) error(`Team link opened without ${problems.length} of its members.`, problems);
    },
    () => error("Team link not opened: the widget's validator did not load."),
  );
  return true;
}
