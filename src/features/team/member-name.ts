import type { TFunction } from 'i18next';

/** How a member is called: their label, else "Partner n". */
export const memberName = (t: TFunction, label: string | null, index: number): string =>
  label ?? t('team.partner', { number: index + 1 });
