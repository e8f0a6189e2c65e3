/** The wizard's step ids on their own, so that reading saved progress does not bring in the questions' content. */
/** Every step of the wizard, in order; the `pyp-step` ids. */
export const STEP_IDS = [
  'intro',
  'lead',
  'situations',
  'population',
  'charging',
  'partners',
  'setting',
  'existing',
  'review',
  'result',
] as const;
export type StepId = (typeof STEP_IDS)[number];
