/**
 * Who makes a pathway possible for the answers, for the views that explain a fit: a lead agency,
 * or a partner (Community Response's mobile crisis team, CONTRACT rule 3), so that a reason never
 * credits the leads with what a partner allows. Also the partners the rules leave out that a view
 * should still speak to: medical partners (EMS as a partner). `recommend()`'s reasons stay as the
 * contract fixes them; this only tells the views how to word them.
 */
import type { Pathway } from '../data/schema';
import type { LeadId, PartnerId } from '../data/vocabulary';
import type { Answers } from './answers';

/** The chosen leads that allow the pathway; else the chosen partners that do; else nobody. */
export type EnabledBy = { by: 'lead'; ids: LeadId[] } | { by: 'partner'; ids: PartnerId[] } | { by: 'none' };

export function enabledBy(pathway: Pathway, answers: Answers): EnabledBy {
  const leads = answers.lead.filter((id) => pathway.allowedBy.lead.includes(id));
  if (leads.length > 0) return { by: 'lead', ids: leads };
  const partners = answers.partners.filter((id) => pathway.allowedBy.partners.includes(id));
  if (partners.length > 0) return { by: 'partner', ids: partners };
  return { by: 'none' };
}

/**
 * For several pathways at once (the result's opening): the partners that make one of them possible
 * without a lead, each once.
 */
export function enablingPartners(pathways: readonly Pathway[], answers: Answers): PartnerId[] {
  const partners = new Set<PartnerId>();
  for (const pathway of pathways) {
    const by = enabledBy(pathway, answers);
    if (by.by === 'partner') by.ids.forEach((id) => partners.add(id));
  }
  return [...partners];
}

/** The critical element a chosen partner fills where the rules name no group for it. */
const PARTNER_ELEMENT: Partial<Record<PartnerId, string>> = { medical: 'medical-partners' };

/**
 * Chosen partners a pathway's reasons leave out (no partner group holds them) but its critical
 * elements ask for: medical partners for Community Response ("Add medical partners where needed").
 */
export function partnersAlsoUsed(pathway: Pathway, answers: Answers): PartnerId[] {
  return answers.partners.filter(
    (id) =>
      !pathway.partnerGroups.some((group) => group.includes(id)) &&
      pathway.elements.some((element) => element.id === PARTNER_ELEMENT[id]),
  );
}

/**
 * Whether a medical partner is the likely first responder the answers lack: no chosen lead allows
 * the pathway, EMS would, and medical partners (often EMS) were chosen. A view then says where
 * EMS goes when it leads, so that EMS chosen as a partner is not silently counted for nothing.
 */
export function medicalCouldLead(pathway: Pathway, answers: Answers): boolean {
  return (
    answers.partners.includes('medical') &&
    pathway.allowedBy.lead.includes('ems') &&
    !answers.lead.some((id) => pathway.allowedBy.lead.includes(id))
  );
}
