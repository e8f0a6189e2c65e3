/**
 * The script's on-demand files: `pick-your-pathway.<name>.js` in the script's own folder, as
 * separate ES modules (a classic script cannot be split by a bundler).
 */
import { cached, type OnDemandLoaders, perLanguage } from './on-demand';
import { provideRuntime } from './runtime';

export function filesBeside(scriptUrl: string | null | undefined): OnDemandLoaders {
  const base = scriptUrl ?? document.baseURI;
  // Before any view file runs: what it renders with, the script's own Preact and view context.
  provideRuntime(new URL('.', base).href);
  const load = (name: string) => import(/* @vite-ignore */ new URL(`pick-your-pathway.${name}.js`, base).href);
  return {
    details: cached(() => load('details')),
    validate: cached(() => load('validate')),
    result: cached(() => load('result')),
    planner: cached(() => load('planner')),
    workshop: cached(() => load('workshop')),
    qr: cached(() => load('qr')),
    locale: perLanguage((language) => load(language)),
  };
}
