/** The team page: a team link's members side by side, or, with none yet, the builder of one. */
import { useWidgetView } from '../../ui/context';
import { TeamBuilder } from './team-builder';
import { TeamView } from './team-view';

export function TeamPage() {
  const { team } = useWidgetView();
  if (!team) return null;
  return team.page.members ? <TeamView members={team.page.members} problems={team.page.problems} /> : <TeamBuilder />;
}
