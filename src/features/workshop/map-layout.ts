/**
 * The decision map's geometry, DOM-free: labels broken into lines, boxes sized to their lines,
 * and columns spread over the map's height. Widths come from the browser's own measure of the
 * drawn text (the font is the embedder's choice), with an estimate until it has measured.
 */

export const LINE_HEIGHT = 17;
export const NOTE_HEIGHT = 16;
export const PAD_X = 8;
export const PAD_Y = 6;
const ESTIMATED_CHAR_WIDTH = 8.2;

/** Splits a label at spaces into lines of at most `maxChars` characters (a longer word keeps a line of its own). */
export function wrapWords(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A box's height: its lines, a smaller note line (a pathway's fit) when it has one, and padding. */
export function boxHeight(lines: number, hasNote: boolean): number {
  return 2 * PAD_Y + lines * LINE_HEIGHT + (hasNote ? NOTE_HEIGHT : 0);
}

/** A column's width: the widest text measured in it (or estimated from characters), padded, never below `min`. */
export function columnWidth(min: number, measured: number | undefined, lines: string[]): number {
  const text = measured ?? Math.max(0, ...lines.map((line) => line.length)) * ESTIMATED_CHAR_WIDTH;
  return Math.max(min, Math.ceil(text + 2 * PAD_X));
}

/** Tops of boxes of these heights spread evenly from `top` over `total`: equal gaps between them, half a gap at each end. */
export function spread(heights: number[], top: number, total: number): number[] {
  const gap = (total - heights.reduce((sum, h) => sum + h, 0)) / heights.length;
  const tops: number[] = [];
  let y = top + gap / 2;
  for (const h of heights) {
    tops.push(y);
    y += h + gap;
  }
  return tops;
}

/** The height a column needs with `gap` between its boxes and half a gap at each end. */
export function stackedHeight(heights: number[], gap: number): number {
  return heights.reduce((sum, h) => sum + h, 0) + heights.length * gap;
}
