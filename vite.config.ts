import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One language per folder of data/locales, English first; adding a locale needs only its files. */
function languages() {
  const dir = here('./data/locales/');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}${entry.name}/ui.json`))
    .map(({ name: code }) => ({
      code,
      name: String(JSON.parse(readFileSync(`${dir}${code}/ui.json`, 'utf8')).language?.name ?? code),
    }))
    .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code.localeCompare(b.code)));
}

export default defineConfig({
  define: { __PYP_LANGUAGES__: JSON.stringify(languages()) },
  // JSON as object literals, never JSON.parse('…') (Vite's choice for files over 10 kB): they
  // minify and compress smaller, and named imports of a JSON file's keys can be tree-shaken.
  json: { stringify: false },
  resolve: {
    alias: [
      // use-sync-external-store is CommonJS only, which keeps all of preact/compat in the bundle.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: here('./src/vendor/use-sync-external-store-with-selector.ts'),
      },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'component', include: ['tests/component/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time on this two-core machine.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
