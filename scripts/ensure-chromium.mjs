// Finds the system Chromium for the browser tests. Run as root on Debian, it installs the
// `chromium` package when it is missing; otherwise it says what to install. Never downloads a
// browser of its own. Prints the path it found.
import { existsSync } from 'node:fs';
import { installDebianPackages } from './debian-packages.mjs';

const CANDIDATES = [process.env.PYP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The path to Chromium, installing it when that is possible; null with a message when not. */
export function ensureChromium() {
  let path = findChromium();
  if (!path && installDebianPackages(['chromium'], 'Chromium is missing for the browser tests')) path = findChromium();
  if (!path) {
    console.error(
      'The browser tests need Chromium, and none was found at /usr/bin/chromium.\n' +
        'Install it with: sudo apt-get install chromium   (Debian or Ubuntu)\n' +
        'or point PYP_CHROMIUM at a Chromium or Chrome binary.',
    );
  }
  return path;
}

if (process.argv[1] && process.argv[1].endsWith('ensure-chromium.mjs')) {
  const path = ensureChromium();
  if (!path) process.exit(1);
  console.log(path);
}
