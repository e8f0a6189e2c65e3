/**
 * On-demand file `pick-your-pathway.qr.js`: a QR code's modules for a text (uqr, a small, kept
 * encoder with no dependencies), drawn by presenter mode as SVG. Loaded only when shown.
 */
import { encode } from 'uqr';

/** The dark modules, row by row, with the quiet zone the standard asks for (4 modules) around them. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 4 }).data;
}
