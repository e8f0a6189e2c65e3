/**
 * A language is added by its files alone: in a temporary copy of the project, `data/locales/es` is
 * copied to a third language, `fr`, with a few texts marked, and the widget is built there with no
 * other change. A page with `lang="fr"` shows the marked texts, the language switch names it, and
 * the budgets measure it on its own: the first load does not grow, and no budget sums languages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { budgets, firstLoad, gzipBytes } from '../../scripts/budgets.mjs';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { startServer } from '../../scripts/serve.mjs';
import { openPage, useBrowser } from './browser';

useBrowser();

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'pyp-third-language-'));
const TITLE = 'Planifiez la déviation (texte de test)';
let server: Server;
let url: string;

beforeAll(async () => {
  for (const path of ['package.json', 'tsconfig.json', 'vite.config.ts', 'data', 'machines', 'src', 'scripts'])
    cpSync(join(root, path), join(copy, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const locales = join(copy, 'data/locales');
  cpSync(join(locales, 'es'), join(locales, 'fr'), { recursive: true });
  const ui = JSON.parse(readFileSync(join(locales, 'fr/ui.json'), 'utf8'));
  ui.language.name = 'Français';
  ui.intro.title = TITLE;
  writeFileSync(join(locales, 'fr/ui.json'), JSON.stringify(ui));
  const built = spawnSync('npx', ['--no-install', 'vite', 'build', '--mode', 'production'], {
    cwd: copy,
    encoding: 'utf8',
    // Vitest runs with NODE_ENV=test, which would make a development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  expect(built.status, built.stderr).toBe(0);
  writeFileSync(
    join(copy, 'dist/page.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Third language</title>' +
      '<script src="pick-your-pathway.js" defer></script></head>' +
      '<body><pick-your-pathway lang="fr"></pick-your-pathway></body></html>',
  );
  ({ server, url } = (await startServer({ folders: { '/': join(copy, 'dist') } })) as { server: Server; url: string });
}, 120_000);

afterAll(() => {
  server?.close();
  rmSync(copy, { recursive: true, force: true });
});

describe('a third language', () => {
  it('shows from its files alone on a widget with its lang', async () => {
    const page = await openPage(`${url}/page.html`);
    const widget = page.locator('pick-your-pathway');
    await widget.getByRole('heading', { name: TITLE }).waitFor();
    await expect(widget.getByRole('button', { name: 'English' }).count()).resolves.toBe(1);
  });

  it('gets a budget of its own, and leaves the first load as it was', () => {
    const dist = join(copy, 'dist');
    const names = (budgets(dist) as { name: string }[]).map((b) => b.name);
    expect(names).toContain('the fr texts');
    expect(names).toContain('the es texts');
    const bytes = (files: string[], folder: string) => files.reduce((sum, f) => sum + gzipBytes(join(folder, f)), 0);
    const grown = bytes(firstLoad(dist), dist) - bytes(firstLoad(join(root, 'dist')), join(root, 'dist'));
    // Only where its files are (the script's table, the graph's map of files) and its name: about 200 bytes.
    expect(grown).toBeLessThan(300);
  });
});
