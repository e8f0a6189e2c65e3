/**
 * The widget's ES module graph entry (`import 'pick-your-pathway'`, `dist/pick-your-pathway.mjs`),
 * which the script (`dist/pick-your-pathway.js`) imports too. Its on-demand parts are `import()`s
 * (src/on-demand.ts), so the bundler makes them chunks: a bundler using the package emits them as
 * the app's own, and a page loading the module fetches them from beside it. Importing it defines
 * `<pick-your-pathway>`.
 */
import { defineElement } from '../element/define';

defineElement();

export * from './exports';
