/**
 * The community or agency the printed brief is for: optional, kept with saved progress and plan
 * files. Kept when the field loses focus, as the action plan's fields are (see action-fields.tsx).
 */
import { COMMUNITY_MAX, readCommunity } from '../../../machines/community';
import { useWidgetView } from '../../ui/context';

export function CommunityField() {
  const { t, planner } = useWidgetView();
  if (!planner) return null;
  return (
    // Closed until used, so that the result stays short: the brief prints without a name.
    <details class="details community" open={planner.community !== ''}>
      <summary class="details__summary">{t('planner.community.summary')}</summary>
      <label class="action__label" for="community-name">
        {t('planner.community.label')}
      </label>
      <p id="community-name-hint" class="hint action__hint">
        {t('planner.community.hint')}
      </p>
      <input
        id="community-name"
        part="community-input"
        class="action__input"
        value={planner.community}
        maxLength={COMMUNITY_MAX}
        autoComplete="organization"
        aria-describedby="community-name-hint"
        onFocusOut={(event) => {
          const value = readCommunity(event.currentTarget.value);
          event.currentTarget.value = value;
          if (value !== planner.community) planner.setCommunity(value);
        }}
      />
    </details>
  );
}
