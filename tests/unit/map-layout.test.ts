/** The decision map's geometry: labels broken at spaces, boxes sized to their lines, columns spread evenly. */
import { describe, expect, it } from 'vitest';
import {
  boxHeight,
  columnWidth,
  LINE_HEIGHT,
  PAD_X,
  spread,
  stackedHeight,
  wrapWords,
} from '../../src/features/workshop/map-layout';

describe('the decision map layout', () => {
  it('breaks a label at spaces into lines no longer than asked, keeping every word in order', () => {
    const label = 'Referencia por el personal de primera respuesta y los agentes';
    const lines = wrapWords(label, 26);
    expect(lines.join(' ')).toBe(label);
    expect(lines.every((line) => line.length <= 26)).toBe(true);
    expect(lines.length).toBe(3);
    expect(wrapWords('Naloxone Plus', 26)).toEqual(['Naloxone Plus']);
    // A word longer than a line keeps a line of its own rather than being cut.
    expect(wrapWords('a Autorreferenciaautorreferencia b', 10)).toEqual(['a', 'Autorreferenciaautorreferencia', 'b']);
    expect(wrapWords('  spaced   out  ', 40)).toEqual(['spaced out']);
  });

  it('makes a box one line taller per line, and taller again for a note', () => {
    expect(boxHeight(2, false) - boxHeight(1, false)).toBe(LINE_HEIGHT);
    expect(boxHeight(1, true)).toBeGreaterThan(boxHeight(1, false));
  });

  it('sizes a column to the widest measured text, padded, and never below its minimum', () => {
    expect(columnWidth(150, 300, ['ignored once measured'])).toBe(300 + 2 * PAD_X);
    expect(columnWidth(150, 20, [])).toBe(150);
    // Before the browser has measured: an estimate that grows with the longest line.
    expect(columnWidth(10, undefined, ['short', 'a much longer line'])).toBeGreaterThan(
      columnWidth(10, undefined, ['short']),
    );
  });

  it('spreads boxes over a height with equal gaps, none overlapping, all inside', () => {
    const heights = [30, 50, 30];
    const tops = spread(heights, 20, 300);
    const gaps = tops.slice(1).map((top, i) => top - (tops[i]! + heights[i]!));
    expect(gaps[0]).toBeCloseTo(gaps[1]!);
    expect(gaps[0]).toBeGreaterThan(0);
    expect(tops[0]).toBeGreaterThanOrEqual(20);
    expect(tops[2]! + heights[2]!).toBeLessThanOrEqual(320);
    expect(stackedHeight(heights, 8)).toBe(110 + 24);
    // Spread over its own stacked height, a column's gaps are exactly the stacking gap.
    const packed = spread(heights, 0, stackedHeight(heights, 8));
    expect(packed[1]! - (packed[0]! + heights[0]!)).toBeCloseTo(8);
  });
});
