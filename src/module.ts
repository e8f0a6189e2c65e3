/**
 * The ES-module entry (`import 'pick-your-pathway'`, `dist/pick-your-pathway.mjs`). Its on-demand
 * files are static `import('./…')`s, so a bundler (Vite, webpack, Rollup, esbuild) emits them as
 * the app's own chunks, and a page loading the module directly fetches them from beside it.
 * Importing it defines `<pick-your-pathway>`.
 */
import { localeLoaders } from 'virtual:pyp-locale-loaders';
import { cached, perLanguage, useLoaders } from './on-demand';
import { defineElement } from './define';

useLoaders({
  details: cached(() => import('./on-demand/details')),
  validate: cached(() => import('./on-demand/validate')),
  result: cached(() => import('./on-demand/result')),
  planner: cached(() => import('./on-demand/planner')),
  workshop: cached(() => import('./on-demand/workshop')),
  qr: cached(() => import('./on-demand/qr')),
  locale: perLanguage(
    (language) => localeLoaders[language]?.() ?? Promise.reject(new Error(`No texts for the language ${language}`)),
  ),
});
defineElement();

export * from './exports';
