/** The element's attributes that take a fixed set of values: what they mean, and what is wrong with a bad one. */

/** The heading level from `heading-level`: 2 to 6, else 2. */
export function headingLevel(value: string | null): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
}

/** Why a value of `mode` or `heading-level` cannot be used, or null when it can. */
export function attributeProblem(name: string, value: string | null): string | null {
  if (value === null) return null;
  const shown = value.slice(0, 40);
  if (name === 'mode' && value !== 'presenter' && value !== '')
    return `mode must be "presenter" or absent, not "${shown}".`;
  if (name === 'heading-level' && headingLevel(value) !== Number(value))
    return `heading-level must be a whole number from 2 to 6, not "${shown}"; using 2.`;
  return null;
}

/** Presenter mode from `mode`; off on a page opened from presenter mode's join code (`#pyp-join`): that reader answers the quiz. */
export const isPresenter = (value: string | null) => value === 'presenter' && location.hash !== '#pyp-join';
