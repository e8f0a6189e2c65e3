/** A target date as people type it in their language, kept as YYYY-MM-DD; anything else is left for the plan's checks. */
import { describe, expect, it } from 'vitest';
import { actionProblem } from '../../machines/action-plan';
import { typedDate } from '../../src/features/planner/action-fields';

describe('typedDate', () => {
  it('reads month/day/year in English and day/month/year in Spanish', () => {
    expect(typedDate('03/15/2027', 'en')).toBe('2027-03-15');
    expect(typedDate('3/5/2027', 'en')).toBe('2027-03-05');
    expect(typedDate('15/03/2027', 'es')).toBe('2027-03-15');
    expect(typedDate('15.03.2027', 'es')).toBe('2027-03-15');
  });

  it('leaves year-month-day and anything else as typed, for the checks to judge', () => {
    expect(typedDate('2027-03-31', 'en')).toBe('2027-03-31');
    expect(typedDate('next spring', 'en')).toBe('next spring');
    expect(typedDate('03/15/27', 'en')).toBe('03/15/27');
    // A day that does not exist is still refused, once read in the reader's order.
    expect(actionProblem('due', typedDate('02/30/2027', 'en'))?.key).toBe('dateImpossible');
    expect(actionProblem('due', typedDate('30/02/2027', 'es'))?.key).toBe('dateImpossible');
    expect(actionProblem('due', typedDate('15/03/2027', 'en'))).not.toBeNull();
  });
});
