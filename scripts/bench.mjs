// `npm run bench`: figures for the built core. recommend() per call, as the median over
// batches of varied answers, on the built-in programs and on 10,000 generated programs.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { budgets } from './budgets.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const core = await import(new URL('../dist/core.js', import.meta.url).href);
const { recommend, builtInContent, ANSWER_OPTIONS, PATHWAY_IDS, SITE_LEAD_IDS, SITE_SETTING_IDS } = core;

/** A small deterministic PRNG (mulberry32), so every run measures the same inputs. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261123);
const pick = (list) => list[Math.floor(random() * list.length)];
const some = (list, min) => {
  const chosen = list.filter(() => random() < 0.4);
  return chosen.length >= min ? chosen : [pick(list)];
};

function answers() {
  const lead = some(ANSWER_OPTIONS.lead, 1);
  const base = {
    lead,
    situations: some(ANSWER_OPTIONS.situations, 1),
    population: some(ANSWER_OPTIONS.population, 1),
    partners: some(ANSWER_OPTIONS.partners, 0),
    setting: pick(ANSWER_OPTIONS.setting),
    existing: random() < 0.7 ? [] : [pick(PATHWAY_IDS)],
  };
  return lead.includes('law-enforcement')
    ? { ...base, charging: some(['no-charges', 'abeyance', 'citation'], 1) }
    : base;
}

function programs(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `program-${i}`,
    name: `Program ${Math.floor(random() * count)}`,
    city: null,
    county: null,
    state: 'IL',
    leadAgency: pick(SITE_LEAD_IDS),
    pathways: some(PATHWAY_IDS, 1),
    setting: pick([...SITE_SETTING_IDS, null]),
    mentorSite: random() < 0.1,
    yearStarted: null,
    confidence: 'stated',
    source: 'generated',
    links: [],
  }));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Per-call time in ms: median over batches, with its range. */
function measure(content, { batches = 21, calls = 200 } = {}) {
  const inputs = Array.from({ length: calls }, answers);
  for (const a of inputs) recommend(a, content); // warm-up, and the per-content index is built here
  const perCall = [];
  let sink = 0;
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (const a of inputs) sink += recommend(a, content).sites.length;
    perCall.push((performance.now() - start) / calls);
  }
  if (sink < 0) console.log(sink);
  return { median: median(perCall), min: Math.min(...perCall), max: Math.max(...perCall) };
}

function bytes(file) {
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: data.length, gzip, brotli };
}
// Every file of the widget (the script, the module graph's entry and chunks), then on their own
// the frame page's script and the core; then each byte budget (scripts/budgets.mjs) with its files.
const files = [
  'dist/pick-your-pathway.js',
  'dist/pick-your-pathway.mjs',
  ...readdirSync('dist/module')
    .sort()
    .map((f) => `dist/module/${f}`),
  'dist/pick-your-pathway.frame.js',
  'dist/core.js',
];
console.log('bytes (raw / gzip -9 / brotli 11):');
for (const file of files) {
  const { raw, gzip, brotli } = bytes(file);
  console.log(
    `  ${file.padEnd(44)} ${String(raw).padStart(8)} ${String(gzip).padStart(8)} ${String(brotli).padStart(8)}`,
  );
}
console.log('budgets (gzip -9, the sum of each file compressed on its own):');
for (const { name, files: parts, budget } of budgets()) {
  const gzip = parts.reduce((sum, file) => sum + bytes(`dist/${file}`).gzip, 0);
  console.log(
    `  ${name.padEnd(52)} ${String(gzip).padStart(8)}  (budget ≤ ${budget}: ${gzip <= budget ? 'met' : 'NOT met'}; ${parts.join(' + ')})`,
  );
}

const fmt = ({ median, min, max }) =>
  `${(median * 1000).toFixed(1)} µs per call (range ${(min * 1000).toFixed(1)}–${(max * 1000).toFixed(1)})`;
const builtIn = measure(builtInContent);
const large = { ...builtInContent, sites: programs(10_000) };
const tenThousand = measure(large, { batches: 21, calls: 100 });

console.log(`recommend(), built-in content (${builtInContent.sites.length} programs): ${fmt(builtIn)}`);
console.log(`recommend(), 10,000 generated programs: ${fmt(tenThousand)}`);
const budgetMs = 1;
console.log(
  `budget: ≤ ${budgetMs} ms per call with 10,000 programs: ${tenThousand.median <= budgetMs ? 'met' : 'NOT met'}`,
);
