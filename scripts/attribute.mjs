// Where the first load's bytes go: builds the module graph once more (into a scratch folder) and
// sums, per package and per source folder, the length each module has in the first load's chunk
// before minification, as shares of its minified gzip size. Part of `npm run bench`; `--top N`
// lists the N largest modules too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 0;

/** A module's group: its npm package, else its top folder (data/locales as its own group). */
function groupOf(id) {
  const path = id.replace(/^\0/, '').split('?')[0].replaceAll('\\', '/');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1];
  const local = path.startsWith(root) ? path.slice(root.length) : path;
  if (local.startsWith('data/locales/')) return 'data/locales (English texts)';
  if (local.startsWith('data/')) return 'data (structured content)';
  return local.split('/')[0] || local;
}

const lengths = new Map();
const outDir = mkdtempSync(join(tmpdir(), 'pyp-attribute-'));
try {
  // The first load's two chunks (vite.config.ts): the start page's, and the rest of the widget's.
  let chunks = [];
  await build({
    mode: 'production',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'pyp-attribute',
        generateBundle(_options, bundle) {
          chunks = Object.values(bundle).filter(
            (item) => item.type === 'chunk' && (item.name === 'start' || item.name === 'widget'),
          );
          for (const chunk of chunks)
            for (const [id, info] of Object.entries(chunk.modules)) lengths.set(id, info.renderedLength);
        },
      },
    ],
  });
  const gzip = chunks.reduce(
    (sum, chunk) => sum + gzipSync(readFileSync(join(outDir, chunk.fileName)), { level: 9 }).length,
    0,
  );
  const total = [...lengths.values()].reduce((sum, n) => sum + n, 0);
  const groups = new Map();
  for (const [id, length] of lengths) groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + length);
  const share = (length) =>
    `${((100 * length) / total).toFixed(1).padStart(5)} %  ≈ ${((gzip * length) / total / 1000).toFixed(1).padStart(5)} KB gzip`;
  console.log(
    `\nWhere the first load's ${(gzip / 1000).toFixed(1)} KB gzip go (shares of its modules before minification):`,
  );
  for (const [group, length] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(`  ${group.padEnd(32)} ${share(length)}`);
  if (top) {
    console.log(`\nLargest ${top} modules:`);
    for (const [id, length] of [...lengths].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(
        `  ${id
          .replace(root, '')
          .replace(/^.*node_modules\//, '')
          .padEnd(60)} ${share(length)}`,
      );
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
