/**
 * WCAG 2.2 contrast for the colours an editor sets through the `--pyp-*` custom properties: each
 * pair the widget draws one on the other, with the ratio AA asks of it.
 */

/** The colour custom properties, their defaults (README "Custom properties") and labels. */
export const COLOURS = [
  { name: '--pyp-text-color', fallback: '#0b0c0c', label: 'Text' },
  { name: '--pyp-secondary-text-color', fallback: '#505a5f', label: 'Hints and captions' },
  { name: '--pyp-background', fallback: '#ffffff', label: 'Background' },
  { name: '--pyp-accent-color', fallback: '#1d70b8', label: 'Accent (card rules, notices)' },
  { name: '--pyp-link-color', fallback: null, label: 'Links (default: the accent)' },
  { name: '--pyp-button-color', fallback: '#00703c', label: 'Button' },
  { name: '--pyp-button-hover-color', fallback: '#005a30', label: 'Button on hover' },
  { name: '--pyp-button-text-color', fallback: '#ffffff', label: 'Button text' },
  { name: '--pyp-secondary-button-color', fallback: '#f3f2f1', label: 'Secondary button' },
  { name: '--pyp-secondary-button-text-color', fallback: '#0b0c0c', label: 'Secondary button text' },
  { name: '--pyp-error-color', fallback: '#d4351c', label: 'Errors' },
  { name: '--pyp-focus-color', fallback: '#ffdd00', label: 'Focus highlight' },
  { name: '--pyp-focus-text-color', fallback: '#0b0c0c', label: 'Focused text' },
  { name: '--pyp-strong-fit-color', fallback: '#005a30', label: '"Strong fit" tag text' },
  { name: '--pyp-strong-fit-background', fallback: '#cce2d8', label: '"Strong fit" tag' },
  { name: '--pyp-possible-fit-color', fallback: '#594d00', label: '"Possible fit" tag text' },
  { name: '--pyp-possible-fit-background', fallback: '#fff7bf', label: '"Possible fit" tag' },
  { name: '--pyp-mentor-color', fallback: '#0c2d4a', label: '"Mentor site" tag text' },
  { name: '--pyp-mentor-background', fallback: '#bbd4ea', label: '"Mentor site" tag' },
] as const;

export type ColourName = (typeof COLOURS)[number]['name'];
export type Colours = Partial<Record<ColourName, string>>;

/** Text the widget draws on a colour, each needing 4.5:1 (AA for text under 24 px). */
const PAIRS: { label: string; front: ColourName; back: ColourName; needs: number }[] = [
  { label: 'Text on the background', front: '--pyp-text-color', back: '--pyp-background', needs: 4.5 },
  { label: 'Hints on the background', front: '--pyp-secondary-text-color', back: '--pyp-background', needs: 4.5 },
  { label: 'Links on the background', front: '--pyp-link-color', back: '--pyp-background', needs: 4.5 },
  { label: 'Errors on the background', front: '--pyp-error-color', back: '--pyp-background', needs: 4.5 },
  { label: 'Button text on the button', front: '--pyp-button-text-color', back: '--pyp-button-color', needs: 4.5 },
  {
    label: 'Button text on the button on hover',
    front: '--pyp-button-text-color',
    back: '--pyp-button-hover-color',
    needs: 4.5,
  },
  {
    label: 'Secondary button text on the secondary button',
    front: '--pyp-secondary-button-text-color',
    back: '--pyp-secondary-button-color',
    needs: 4.5,
  },
  {
    label: 'Focused text on the focus highlight',
    front: '--pyp-focus-text-color',
    back: '--pyp-focus-color',
    needs: 4.5,
  },
  {
    label: '"Strong fit" tag text on its tag',
    front: '--pyp-strong-fit-color',
    back: '--pyp-strong-fit-background',
    needs: 4.5,
  },
  {
    label: '"Possible fit" tag text on its tag',
    front: '--pyp-possible-fit-color',
    back: '--pyp-possible-fit-background',
    needs: 4.5,
  },
  {
    label: '"Mentor site" tag text on its tag',
    front: '--pyp-mentor-color',
    back: '--pyp-mentor-background',
    needs: 4.5,
  },
];

/** `#rgb` or `#rrggbb` (what an editor types or a colour picker gives), else null. */
export function parseHex(text: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseHex(a), parseHex(b)];
  if (!x || !y) return NaN;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour the widget uses for a property: the editor's, else its default (links follow the accent). */
export function effective(colours: Colours, name: ColourName): string {
  const own = colours[name];
  if (own && parseHex(own)) return own;
  if (name === '--pyp-link-color') return effective(colours, '--pyp-accent-color');
  return COLOURS.find((c) => c.name === name)!.fallback!;
}

export type PairCheck = { label: string; ratio: number; needs: number; passes: boolean };

/** Every pair, with its ratio rounded down to two decimals (a pair just under the bar fails). */
export function checkContrast(colours: Colours): PairCheck[] {
  return PAIRS.map(({ label, front, back, needs }) => {
    const ratio = Math.floor(contrastRatio(effective(colours, front), effective(colours, back)) * 100) / 100;
    return { label, ratio, needs, passes: ratio >= needs };
  });
}
