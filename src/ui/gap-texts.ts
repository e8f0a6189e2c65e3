/** The sentences of "what you still need": one per partner group (its alternatives joined by "or"), then other gaps. */
import type { TFunction } from 'i18next';
import type { Pathway } from '../../data/schema';
import { groupGaps } from '../../machines/gap-groups';
import { listFormat } from './list-format';

export function gapTexts(
  t: TFunction,
  language: string,
  pathway: Pathway,
  gaps: readonly string[],
): { key: string; text: string }[] {
  return groupGaps(pathway, gaps).map((line) => {
    if (line.kind === 'other') return { key: line.id, text: t(`reasons:gap.${line.id.replace(':', '.')}`) };
    if (line.ids.length === 1) return { key: line.ids[0]!, text: t(`reasons:gap.partners.${line.ids[0]}`) };
    const names = line.ids.map((id) => t(`reasons:gap.partnerNames.${id}`));
    return {
      key: line.ids.join('+'),
      text: t('reasons:gap.anyOf', { list: listFormat(language, 'disjunction').format(names) }),
    };
  });
}
