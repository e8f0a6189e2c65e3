/**
 * The fixed ids of the answers vocabulary and the six pathways (../shared/spec/CONTRACT.md).
 * Order matters: it is the vocabulary order that lists are normalised to and that share links encode.
 */

/** The six pathways, in their fixed order. */
export const PATHWAY_IDS = [
  'self-referral',
  'active-outreach',
  'naloxone-plus',
  'officer-referral',
  'officer-intervention',
  'community-response',
] as const;

/** Who leads the program. */
export const LEAD_IDS = ['law-enforcement', 'fire', 'ems', 'behavioral-health'] as const;

/** The situations a community wants to respond to; each points at one pathway. */
export const SITUATION_IDS = [
  'asks-for-help',
  'known-individuals',
  'after-overdose',
  'routine-contact',
  'low-level-offense',
  'crisis-call',
] as const;

/** The people the program is meant to serve. */
export const POPULATION_IDS = ['substance-use', 'opioid-use', 'mental-health', 'homelessness', 'youth'] as const;

/** What law enforcement can do about charges; `none` cannot be combined with the others. */
export const CHARGING_IDS = ['no-charges', 'abeyance', 'citation', 'none'] as const;

/** Partners the community already has. */
export const PARTNER_IDS = ['clinician', 'peer', 'case-manager', 'treatment', 'crisis-team', 'medical'] as const;

/** Where the community is. */
export const SETTING_IDS = ['urban', 'suburban', 'rural', 'tribal'] as const;

/** The answer keys, in the order the wizard asks them. */
export const ANSWER_KEYS = ['lead', 'situations', 'population', 'charging', 'partners', 'setting', 'existing'] as const;

/** The ids each answer key takes. */
export const ANSWER_OPTIONS = {
  lead: LEAD_IDS,
  situations: SITUATION_IDS,
  population: POPULATION_IDS,
  charging: CHARGING_IDS,
  partners: PARTNER_IDS,
  setting: SETTING_IDS,
  existing: PATHWAY_IDS,
} as const;

/** A program's lead agency may also be a partnership of several. */
export const SITE_LEAD_IDS = [...LEAD_IDS, 'multi-agency'] as const;

/** A program's setting may also be mixed; `null` means unknown. */
export const SITE_SETTING_IDS = [...SETTING_IDS, 'mixed'] as const;

export type PathwayId = (typeof PATHWAY_IDS)[number];
export type LeadId = (typeof LEAD_IDS)[number];
export type SituationId = (typeof SITUATION_IDS)[number];
export type PopulationId = (typeof POPULATION_IDS)[number];
export type ChargingId = (typeof CHARGING_IDS)[number];
export type PartnerId = (typeof PARTNER_IDS)[number];
export type SettingId = (typeof SETTING_IDS)[number];
export type AnswerKey = (typeof ANSWER_KEYS)[number];
export type SiteLeadId = (typeof SITE_LEAD_IDS)[number];
export type SiteSettingId = (typeof SITE_SETTING_IDS)[number];
