/**
 * The package as an app developer meets it: `npm pack`, the tarball installed into a small app
 * whose main.js is `import 'pick-your-pathway'`, built with Vite and with esbuild, each build
 * opened in Chromium. Also the ES module loaded straight into a page. In each, the element shows
 * the quiz, switches to Spanish, reaches a result and shows the planner's tools, and no request
 * fails. The install uses the npm registry (or its cache) only; nothing is downloaded at run time.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiEs } from '../support/texts';
import { openPage, useBrowser } from './browser';
import { button, completeByMouse, heading, scenarios, ui } from './quiz';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { startServer } from '../../scripts/serve.mjs';

useBrowser();

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pyp-consumer-'));
const app = join(work, 'app');
const servers: import('node:http').Server[] = [];

/** The environment for npm in a child process, without the variables of the `npm test` that runs us. */
const childEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('VITEST')),
  );

function run(cmd: string, args: string[], cwd: string): string {
  const result = spawnSync(cmd, args, { cwd, env: childEnv(), encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file of a folder with its raw and gzip bytes. */
function sizes(dir: string): { files: number; raw: number; gzip: number } {
  const all = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? all(join(d, f)) : [join(d, f)]));
  const scripts = all(dir).filter((f) => f.endsWith('.js'));
  return {
    files: scripts.length,
    raw: scripts.reduce((sum, f) => sum + statSync(f).size, 0),
    gzip: scripts.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0),
  };
}

async function serve(folder: string): Promise<string> {
  const { server, url } = (await startServer({ folders: { '/': folder } })) as {
    server: import('node:http').Server;
    url: string;
  };
  servers.push(server);
  return url;
}

const PAGE = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consumer app</title><script type="module" src="${script}"></script></head>` +
  '<body><main><h1>An app that installed pick-your-pathway</h1><pick-your-pathway></pick-your-pathway></main></body></html>';

beforeAll(async () => {
  expect(existsSync(join(root, 'dist/pick-your-pathway.mjs')), 'npm test builds dist/ first').toBe(true);
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
    filename: string;
  }[];
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }));
  writeFileSync(join(app, 'main.js'), "import 'pick-your-pathway';\n");
  writeFileSync(join(app, 'index.html'), PAGE('/main.js'));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--no-package-lock',
      join(work, packed!.filename),
    ],
    app,
  );
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  rmSync(work, { recursive: true, force: true });
});

/** Opens the page, then takes the journey; returns what it requested, and what failed on the way. */
async function journey(url: string): Promise<{ page: Page; requested: string[]; failed: string[] }> {
  const failed: string[] = [];
  const requested: string[] = [];
  const page = await openPage(
    url,
    {},
    {
      beforeGoto: async (p) => {
        p.on('request', (r) => void requested.push(r.url()));
        p.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
        p.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.url()}: HTTP ${r.status()}`)));
      },
    },
  );
  const widget = page.locator('pick-your-pathway');
  await heading(widget, ui.intro.title).waitFor();
  await button(widget, uiEs.language.name).click();
  await heading(widget, uiEs.intro.title).waitFor();
  await button(widget, ui.language.name).click();
  await heading(widget, ui.intro.title).waitFor();
  await completeByMouse(widget, scenarios[0]!.answers);
  await heading(widget, ui.planner.title).waitFor();
  await button(widget, ui.planner.print).waitFor();
  return { page, requested, failed };
}

/** The built app has the on-demand files as chunks of its own, and the journey through it fails no request. */
async function expectAppWorks(bundler: string, outDir: string) {
  const built = sizes(outDir);
  console.log(`${bundler} app: ${built.files} scripts, ${built.raw} bytes, ${built.gzip} gzip`);
  expect(built.files, "the on-demand files are the app's own chunks").toBeGreaterThan(1);
  const { failed } = await journey(`${await serve(outDir)}/`);
  expect(failed).toEqual([]);
}

describe('the package in an app', { timeout: 120_000 }, () => {
  it('works bundled by Vite', async () => {
    const { build } = await import('vite');
    const outDir = join(app, 'dist-vite');
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    await expectAppWorks('Vite', outDir);
  });

  it('works bundled by esbuild', async () => {
    const esbuild = await import('esbuild');
    const outDir = join(app, 'dist-esbuild');
    await esbuild.build({
      entryPoints: [join(app, 'main.js')],
      absWorkingDir: app,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: outDir,
      logLevel: 'silent',
    });
    writeFileSync(join(outDir, 'index.html'), PAGE('/main.js'));
    await expectAppWorks('esbuild', outDir);
  });

  it('works loaded straight into a page with <script type="module">, its files fetched from beside it', async () => {
    const installed = join(app, 'node_modules/pick-your-pathway/dist');
    const url = await serve(installed);
    writeFileSync(join(installed, 'consumer.html'), PAGE('/pick-your-pathway.mjs'));
    const { requested, failed } = await journey(`${url}/consumer.html`);
    expect(failed).toEqual([]);
    const paths = requested.map((address) => new URL(address).pathname);
    expect(
      paths.some((path) => path.startsWith('/module/')),
      'its on-demand files come from dist/module/',
    ).toBe(true);
    for (const path of paths)
      expect(existsSync(join(installed, path)), `${path} is one of the package's files`).toBe(true);
  });
});
