import { describe, expect, it } from 'vitest';
import { forwardFlow } from '../../machines/flow-graph';
import { STEP_IDS } from '../../machines/steps';
import { wizardMachine } from '../../machines/wizard.machine';

describe("the forward flow read from the machine (the decision map's source)", () => {
  const { steps, edges } = forwardFlow(wizardMachine);

  it('lists every step in order', () => expect(steps).toEqual([...STEP_IDS]));

  it('has one forward path, with charging reached only through its guard', () => {
    const next = (from: string) => edges.filter((e) => e.from === from).map((e) => e.to);
    expect(next('intro')).toEqual(['lead']);
    expect(next('population')).toEqual(['charging', 'partners']);
    expect(edges.find((e) => e.to === 'charging')?.guard).toEqual({ type: 'isAsked', params: { key: 'charging' } });
    expect(next('existing')).toEqual(['review']);
    expect(next('review')).toEqual(['result']);
    expect(edges.some((e) => e.from !== 'existing' && e.to === 'review')).toBe(false);
  });
});
