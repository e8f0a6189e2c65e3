/**
 * Files the widget loads on demand from its own folder, beside the script. When one cannot be
 * loaded, the widget says so where it is needed and keeps working.
 */
export type DetailsChunk = typeof import('./chunks/details');
export type ValidateChunk = typeof import('./chunks/validate');
export type LocaleChunk = typeof import('./chunks/locale');
/** View files also export `install(runtime)` once built (see scripts/shared-runtime.mjs). */
export type PlannerChunk = typeof import('./chunks/planner') & { install?: (runtime: unknown) => void };
export type WorkshopChunk = typeof import('./chunks/workshop') & { install?: (runtime: unknown) => void };
export type ChunkLoaders = {
  details: () => Promise<DetailsChunk>;
  validate: () => Promise<ValidateChunk>;
  locale: (language: string) => Promise<LocaleChunk>;
  planner: () => Promise<PlannerChunk>;
  workshop: () => Promise<WorkshopChunk>;
};

let scriptUrl: string | null = null;

/** Records where the script came from; its folder holds the other files. */
export function setScriptUrl(url: string | null | undefined): void {
  if (url) scriptUrl = url;
}

function load<T>(name: string): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= import(/* @vite-ignore */ new URL(`pick-your-pathway.${name}.js`, scriptUrl ?? document.baseURI).href).catch((error: unknown) => {
      pending = null; // a later attempt may succeed
      throw error;
    }) as Promise<T>;
    return pending;
  };
}

/** Loaders for the files beside the script; replaceable, e.g. by tests or an ESM build that bundles them. */
export const chunkLoaders: ChunkLoaders = {
  details: load<DetailsChunk>('details'),
  validate: load<ValidateChunk>('validate'),
  planner: load<PlannerChunk>('planner'),
  workshop: load<WorkshopChunk>('workshop'),
  locale: (() => {
    const loaders = new Map<string, () => Promise<LocaleChunk>>();
    return (language: string) => {
      if (!loaders.has(language)) loaders.set(language, load<LocaleChunk>(language));
      return loaders.get(language)!();
    };
  })(),
};
