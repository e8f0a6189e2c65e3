/** The team page: a team link's members side by side, or, with none yet, the builder of one. */
import { useEffect, useState } from 'preact/hooks';
import { useWidgetView } from '../../../ui/context';
import { TeamPending } from '../../../ui/result-pending';

type Screens = typeof import('./team-screens');
let screens: Screens | null = null;
let loading: Promise<Screens> | null = null;
/** Loads the team page's chunk once; a failed load is tried again the next time the page opens. */
const loadScreens = () =>
  (loading ??= import('./team-screens').then(
    (file) => (screens = file),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

export function TeamPage() {
  const { team } = useWidgetView();
  const [loaded, setLoaded] = useState(screens);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!loaded) loadScreens().then(setLoaded, () => setFailed(true));
  }, [loaded]);
  if (!team) return null;
  if (!loaded) return <TeamPending failed={failed} />;
  const { TeamBuilder, TeamView } = loaded;
  return team.page.members ? <TeamView members={team.page.members} problems={team.page.problems} /> : <TeamBuilder />;
}
