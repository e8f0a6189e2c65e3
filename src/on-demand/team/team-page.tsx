import { useWizard } from '../../views/context';

export function TeamPage() {
  const { t } = useWizard();
  return <section part="team">{t('team.title')}</section>;
}
