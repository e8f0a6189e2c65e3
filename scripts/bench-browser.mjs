// The browser half of `npm run bench`: the widget against the floor (the same quiz in plain
// Preact, bench/floor.tsx), in headless Chromium on 127.0.0.1 with the CPU slowed 4x, over
// interleaved runs: time to the start page being clickable, time to click through to the result
// (from the first click, made 1 s after the start page is there, as a reader's first look), JS heap
// once the result has settled, and the bytes each page loads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { FIRST_LOAD_BUDGET, firstLoad, JOURNEY_BUDGET, parts } from './budgets.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { startServer } from './serve.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
// 15 runs each: on a busy two-core machine seven left the medians moving by a third between runs.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

// The floor: plain Preact, one classic script, built with the project's config but none of its plugins.
await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  json: { stringify: false },
  build: {
    outDir: 'dist/bench',
    emptyOutDir: true,
    lib: { entry: 'bench/floor.tsx', formats: ['iife'], name: 'Floor', fileName: () => 'floor.js' },
    rolldownOptions: { output: { minify: true } },
  },
});

const executablePath = ensureChromium();
if (!executablePath) process.exit(1);
const { server, url } = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/**
 * Runs in the page: waits for the start page to be clickable, gives it the 1 s of a reader's first
 * look, then clicks through the quiz (EMS, after an overdose, opioid use, a peer, rural, none
 * running) to the result, as a user would, timed from that first click.
 */
async function drive() {
  const root = () => document.querySelector('pick-your-pathway')?.shadowRoot ?? document;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const find = async (test) => {
    for (;;) {
      const found = [...root().querySelectorAll('button, label, h2, h3')].find(test);
      if (found) return found;
      await frame();
    }
  };
  const byText = (text) => (el) => el.textContent.trim() === text;
  await find(byText('Start now'));
  const startPage = performance.now();
  await new Promise((r) => setTimeout(r, 1000));
  const started = performance.now();
  (await find(byText('Start now'))).click();
  for (const answer of [
    'EMS',
    'After an overdose',
    'People who use opioids',
    'Peer with lived experience',
    'Rural',
    null,
  ]) {
    if (answer) (await find((el) => el.tagName === 'LABEL' && el.textContent.trim() === answer)).click();
    await frame();
    (await find(byText('Continue'))).click();
    await frame();
  }
  (await find(byText('See my result'))).click();
  await find((el) => el.tagName === 'H3' && el.textContent.trim() === 'Naloxone Plus');
  return { startPage, clickThrough: performance.now() - started };
}

async function measure(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const loaded = [];
  page.on('response', (response) => loaded.push({ url: response.url(), at: Date.now() }));
  await page.goto(new URL(path, url).href, { waitUntil: 'commit' });
  const { startPage, clickThrough } = await page.evaluate(`(${drive})()`);
  // The heap once the result has settled: files still arriving made single runs 0.5 MB apart.
  await page.waitForTimeout(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    startPage,
    clickThrough,
    heap: usedSize,
    files: [...new Set(loaded.map((l) => new URL(l.url).pathname))],
  };
}

const pages = { widget: '/bench/widget.html', floor: '/bench/floor.html' };
const samples = { widget: [], floor: [] };
await measure(pages.widget); // warm-up: the first Chromium start pays for itself, not the widget
for (let run = 0; run < RUNS; run++) {
  for (const name of run % 2 ? ['floor', 'widget'] : ['widget', 'floor'])
    samples[name].push(await measure(pages[name]));
}

/** Law enforcement and EMS leading, three situations: the answers the result-layout test uses too. */
const THREE_STRONG_FITS = JSON.parse(readFileSync('tests/fixtures/three-strong-fits.json', 'utf8'));

/** The result's layout on the demo agency page, sections closed (issue "A result at a glance"). */
async function resultLayout(width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(new URL('/', url).href);
  const widget = page.locator('pick-your-pathway').first();
  await widget.evaluate((el, answers) => {
    el.answers = answers;
  }, THREE_STRONG_FITS);
  await widget.locator('[part="next-button"]').click();
  await widget.locator('[part="before-you-start"]').waitFor();
  for (let y = 0; y < 12_000; y += 450) await page.mouse.wheel(0, 450);
  const figures = await widget.evaluate((el) => {
    const result = el.shadowRoot.querySelector('[part="result"]').getBoundingClientRect();
    const bottom = (part) =>
      el.shadowRoot.querySelector(`[part="${part}"]`).getBoundingClientRect().bottom - result.top;
    return { height: result.height, glance: bottom('glance'), print: bottom('print-button') };
  });
  await page.close();
  return figures;
}
const layouts = [
  [1280, 3000, await resultLayout(1280)],
  [375, 6000, await resultLayout(375)],
];
await browser.close();
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stat = (name, key) => {
  const values = samples[name].map((s) => s[key]);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
};
const ms = ({ median, min, max }) => `${median.toFixed(0)} ms (${min.toFixed(0)}–${max.toFixed(0)})`;
const mb = ({ median, min, max }) =>
  `${(median / 1e6).toFixed(2)} MB (${(min / 1e6).toFixed(2)}–${(max / 1e6).toFixed(2)})`;

function bytes(paths) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const path of paths.filter((p) => p.endsWith('.js'))) {
    const data = readFileSync(`.${path.replace(/^\/dist\//, '/dist/')}`);
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
    brotli += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}
const kb = ({ raw, gzip, brotli }) =>
  `${(raw / 1000).toFixed(1)} / ${(gzip / 1000).toFixed(1)} / ${(brotli / 1000).toFixed(1)} KB`;

console.log(`\nBrowser, CPU slowed 4x, ${RUNS} interleaved runs each (median, range):`);
const rows = [
  ['start page clickable', 'startPage', ms, 1.2],
  ['click through to the result', 'clickThrough', ms, 1.3],
  ['JS heap, result settled (1 s)', 'heap', mb, 1.5],
];
for (const [label, key, format, budget] of rows) {
  const w = stat('widget', key);
  const f = stat('floor', key);
  // Each widget run beside the floor run next to it: the machine's drift cancels out.
  const ratios = samples.widget.map((s, i) => s[key] / samples.floor[i][key]);
  const paired = median(ratios);
  console.log(
    `  ${label.padEnd(30)} widget ${format(w).padEnd(22)} floor ${format(f).padEnd(22)} paired ratio ${paired.toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} over ${ratios.length} runs; budget ≤ ${budget}: ${paired <= budget ? 'met' : 'NOT met'})`,
  );
}
const widgetFiles = samples.widget[0].files;
const gz = (paths) => bytes(paths).gzip;
const verdict = (value, budget) =>
  `${(value / 1000).toFixed(1)} KB gzip (budget ≤ ${budget / 1000} KB: ${value <= budget ? 'met' : 'NOT met'})`;
console.log('\nBytes (raw / gzip / brotli, KB of 1,000 bytes; budgets in gzip -9):');
const beforeFirst = firstLoad().map((f) => `/dist/${f}`);
console.log(
  `  widget before the first question (the first load): ${kb(bytes(beforeFirst))}; ${verdict(gz(beforeFirst), FIRST_LOAD_BUDGET)}`,
);
// The brief and its QR code are fetched once the result is drawn, ready for printing: as in the
// budget (scripts/budgets.mjs) and tests/e2e/bytes.test.ts, they are counted apart from the journey.
const forPrinting = new Set(
  parts()
    .filter((part) => /brief|features\/qr/.test(part.name))
    .flatMap((part) => part.files.map((file) => `/dist/${file}`)),
);
const journeyFiles = widgetFiles.filter((p) => !forPrinting.has(p));
const printingFiles = widgetFiles.filter((p) => forPrinting.has(p));
const names = (paths) =>
  paths
    .filter((p) => p.endsWith('.js'))
    .map((p) => p.split('/').pop())
    .join(', ');
console.log(
  `  widget, the English journey to the result (${names(journeyFiles)}): ${kb(bytes(journeyFiles))}; ${verdict(gz(journeyFiles), JOURNEY_BUDGET)}`,
);
console.log(`  then, for printing (${names(printingFiles)}): ${kb(bytes(printingFiles))}`);
console.log(`  floor: ${kb(bytes(samples.floor[0].files))}`);

console.log('\nThe result, sections closed (law enforcement and EMS, three strong fits; px from its top):');
for (const [width, budget, { height, glance, print }] of layouts) {
  const screens = (px) => (px / 900).toFixed(2);
  console.log(
    `  ${String(width).padStart(4)} × 900: height ${height.toFixed(0)} (budget ≤ ${budget}: ${height <= budget ? 'met' : 'NOT met'}), six pathways end at ${glance.toFixed(0)} (${screens(glance)} screens), print button at ${print.toFixed(0)} (${screens(print)} screens; budget ≤ 1.6)`,
  );
}
