// The byte budgets, in decimal kilobytes of gzip -9, for what a reader downloads: the first load
// until the start page (by script and by ES module alike), the English journey to the result, and
// each on-demand part on its own (each language too: no reader downloads two). The files of each
// come from the build's manifest, so a new part or language is measured without a change here.
// `.size-limit.mjs` hands them to size-limit, which the build runs and fails over. The offline
// file (dist/pick-your-pathway-offline.html) is not measured: no reader of a page downloads it.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';
export const SCRIPT = 'pick-your-pathway.js';
export const MODULE_ENTRY = 'src/entries/module.ts';
export const FIRST_LOAD_BUDGET = 60_000;
export const JOURNEY_BUDGET = 80_000;

/**
 * Each on-demand part's own budget (what it adds to the first load), by its source. The result,
 * workshop and team parts each count the pathways' summaries and critical elements
 * (pathways.result.json, about 2 KB), which they share and the first load no longer carries.
 */
const PART_BUDGETS = {
  'src/features/result/index.tsx': 13_000,
  'src/features/planner/index.tsx': 13_000,
  // The team page, loaded only when it opens, with its texts and styles.
  'src/features/team/index.ts': 19_500,
  // The printed brief, loaded after the planner's file, which it imports (so its files include it), and the pathways' texts it shares with the result.
  'src/features/planner/brief.tsx': 19_000,
  'src/features/details/index.ts': 16_000,
  'src/features/validate/index.ts': 17_000,
  // With the recommendation's code (about 1.3 KB), which left the first load for the parts that show results.
  'src/features/workshop/index.tsx': 15_000,
  // A card's checklist with each critical element's action plan, loaded when a section first opens.
  'src/features/planner/checklist.tsx': 4_000,
  // The action plan's rows, shared by the checklist, the brief and the CSV download.
  'src/features/planner/action-fields.tsx': 2_000,
  'src/features/qr/index.ts': 5_000,
};
/**
 * A module loaded on its first use, outside the journey: an element's controller (a share or team
 * link, answers or content set by the page, a plan file opened) or a file writer of the planner.
 * A feature (src/features/) needs its own budget above.
 */
const SMALL_PART_BUDGET = 3_000;

/** Every language's texts but English (which the first load carries). */
const LANGUAGE_BUDGET = 25_000;

const readManifest = (dist) => JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));

/** The chunk a manifest key became and every chunk it imports statically, each once, itself first. */
function closure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return [];
  seen.add(chunk.file);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((next) => closure(manifest, next, seen))];
}

/** The chunk of the rest of the widget (vite.config.ts), which the start page imports as soon as it is drawn. */
export const REST_CHUNK = 'widget';

/**
 * The files of the first load: by ES module, its entry and what it imports (the start page), then
 * the rest of the widget, which the start page imports at once and the script preloads with it;
 * by script, the script first.
 */
export function firstLoad(dist = DIST, { script = true } = {}) {
  const manifest = readManifest(dist);
  const seen = new Set();
  const rest = Object.keys(manifest).find((key) => manifest[key].name === REST_CHUNK);
  const files = [...closure(manifest, MODULE_ENTRY, seen), ...closure(manifest, rest, seen)];
  return script ? [SCRIPT, ...files] : files;
}

/** The English journey to the result: the first load by script, the result page and the planner's tools. */
export function journey(dist = DIST) {
  const manifest = readManifest(dist);
  const first = firstLoad(dist);
  const parts = ['src/features/result/index.tsx', 'src/features/planner/index.tsx'].flatMap((key) =>
    closure(manifest, key),
  );
  return [...new Set([...first, ...parts])];
}

/** Each on-demand part and language: the files it adds to the first load, and its budget. */
export function parts(dist = DIST) {
  const manifest = readManifest(dist);
  const first = new Set(firstLoad(dist));
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry || /^locale-/.test(chunk.name ?? ''))
    .map(([key, chunk]) => {
      const language = /^locale-([a-z]{2,3})$/.exec(chunk.name ?? '')?.[1];
      return {
        name: language ? `the ${language} texts` : `the on-demand part ${key}`,
        files: closure(manifest, key).filter((file) => !first.has(file)),
        budget: language
          ? LANGUAGE_BUDGET
          : (PART_BUDGETS[key] ?? (key.startsWith('src/features/') ? 0 : SMALL_PART_BUDGET)),
      };
    });
}

/** Every budget: a name, its files (in dist/) and its limit in bytes of gzip -9. */
export function budgets(dist = DIST) {
  if (!existsSync(`${dist}/.vite/manifest.json`)) throw new Error('Build first: npm run build');
  return [
    { name: 'first load until the start page, by script', files: firstLoad(dist), budget: FIRST_LOAD_BUDGET },
    {
      name: 'first load until the start page, by ES module',
      files: firstLoad(dist, { script: false }),
      budget: FIRST_LOAD_BUDGET,
    },
    { name: 'the English journey to the result', files: journey(dist), budget: JOURNEY_BUDGET },
    ...parts(dist),
  ];
}

export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The built file of an on-demand part, by its source (`src/features/details/index.ts` → `module/details-<hash>.js`). */
export function partFile(source, dist = DIST) {
  return readManifest(dist)[source]?.file ?? null;
}

/** The built file of a language's texts (`es` → `module/locale-es-<hash>.js`). */
export function languageFile(language, dist = DIST) {
  return Object.values(readManifest(dist)).find((chunk) => chunk.name === `locale-${language}`)?.file ?? null;
}
