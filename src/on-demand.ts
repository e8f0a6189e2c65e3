/**
 * Files the widget loads on demand. Each entry sets where they come from: the script from its
 * own folder (`files-beside-script.ts`), the ES module through static imports a bundler can
 * follow (`module.ts`), tests from the sources. When one cannot be loaded, the widget says so
 * where it is needed and keeps working.
 */
import type { PlannerViews, ResultViews, WorkshopViews } from './views/view-files';

export type DetailsFile = typeof import('./on-demand/details');
export type ValidateFile = typeof import('./on-demand/validate');
export type LocaleFile = typeof import('./on-demand/locale');
export type PlannerFile = PlannerViews;
export type ResultFile = ResultViews;
export type WorkshopFile = WorkshopViews;
export type QrFile = typeof import('./on-demand/qr');
export type OnDemandLoaders = {
  details: () => Promise<DetailsFile>;
  validate: () => Promise<ValidateFile>;
  locale: (language: string) => Promise<LocaleFile>;
  result: () => Promise<ResultFile>;
  planner: () => Promise<PlannerFile>;
  workshop: () => Promise<WorkshopFile>;
  qr: () => Promise<QrFile>;
};

/** Loads once and keeps the module; a failed load is tried again on the next call. */
export function cached<T>(importer: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= importer().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** One cached loader per language. */
export function perLanguage(
  importer: (language: string) => Promise<LocaleFile>,
): (language: string) => Promise<LocaleFile> {
  const loaders = new Map<string, () => Promise<LocaleFile>>();
  return (language) => {
    if (!loaders.has(language))
      loaders.set(
        language,
        cached(() => importer(language)),
      );
    return loaders.get(language)!();
  };
}

const unset = () => Promise.reject(new Error('Pick Your Pathway: no loader is set for its on-demand files.'));

/** The loaders in use; the entry that registers the element sets them first. */
export const onDemandLoaders: OnDemandLoaders = {
  details: unset,
  validate: unset,
  locale: unset,
  result: unset,
  planner: unset,
  workshop: unset,
  qr: unset,
};

/** Sets the loaders not set yet: the first entry to run keeps its own (a script loaded twice changes nothing). */
export function useLoaders(loaders: OnDemandLoaders): void {
  for (const name of Object.keys(loaders) as (keyof OnDemandLoaders)[]) {
    if (onDemandLoaders[name] === unset)
      (onDemandLoaders as Record<keyof OnDemandLoaders, unknown>)[name] = loaders[name];
  }
}
