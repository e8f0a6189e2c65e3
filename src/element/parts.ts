/**
 * The parts the widget loads on demand, each one `import()`: the bundler makes each a chunk of the
 * one module graph. The element reaches them only through these loaders. When one cannot be
 * loaded, the widget says so where it is needed and keeps working. Tests may replace a loader.
 */
import type { PlannerViews, ResultViews, TeamViews, WorkshopViews } from '../ui/feature-views';
import { textsOfFiles, type Texts } from '../../data/locales/namespaces';

export type DetailsFile = typeof import('../features/details');
export type ValidateFile = typeof import('../features/validate');
export type LocaleFile = { texts: Texts };
export type PlannerFile = PlannerViews;
export type ResultFile = ResultViews;
export type WorkshopFile = WorkshopViews;
export type TeamFile = TeamViews;
export type QrFile = typeof import('../features/qr');
export type OnDemandLoaders = {
  details: () => Promise<DetailsFile>;
  validate: () => Promise<ValidateFile>;
  locale: (language: string) => Promise<LocaleFile>;
  result: () => Promise<ResultFile>;
  planner: () => Promise<PlannerFile>;
  workshop: () => Promise<WorkshopFile>;
  team: () => Promise<TeamFile>;
  qr: () => Promise<QrFile>;
};

/**
 * Every language's files but English (which the widget carries): the build puts each language's
 * files in one chunk of their own (vite.config.ts), so a language is added by its files alone.
 */
const languageFiles = import.meta.glob<Record<string, unknown>>(['./*/*.json', '!./en/*.json'], {
  base: '../../data/locales/',
  import: 'default',
});

/** A language's texts, from all of its files. */
async function localeTexts(language: string): Promise<LocaleFile> {
  const files = Object.entries(languageFiles).filter(([path]) => path.split('/').at(-2) === language);
  if (files.length === 0) throw new Error(`No texts for the language ${language}`);
  const loaded = await Promise.all(
    files.map(
      async ([path, load]) =>
        [
          path
            .split('/')
            .at(-1)!
            .replace(/\.json$/, ''),
          await load(),
        ] as const,
    ),
  );
  return { texts: textsOfFiles(language, loaded) };
}

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
function perLanguage(importer: (language: string) => Promise<LocaleFile>): (language: string) => Promise<LocaleFile> {
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

/** The parts loaded so far that the element reads synchronously (the validator reads team links). */
export const loadedParts: { validate?: ValidateFile } = {};

/** Fresh loaders of every part. */
export function defaultLoaders(): OnDemandLoaders {
  return {
    details: cached(() => import('../features/details')),
    validate: cached(() => import('../features/validate').then((file) => (loadedParts.validate = file))),
    result: cached(() => import('../features/result')),
    planner: cached(() => import('../features/planner')),
    workshop: cached(() => import('../features/workshop')),
    team: cached(() => import('../features/team')),
    qr: cached(() => import('../features/qr')),
    locale: perLanguage(localeTexts),
  };
}

/** The loaders in use; tests may replace one. */
export const onDemandLoaders: OnDemandLoaders = defaultLoaders();
