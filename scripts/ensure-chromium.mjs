// Finds the system Chromium for the browser tests. Run as root on Debian, it installs the
// `chromium` package when it is missing; otherwise it says what to install. Never downloads a
// browser of its own. Prints the path it found.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.PYP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log('Chromium is missing: installing the Debian package "chromium" (apt-get) for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  } catch {
    return false;
  }
  return true;
}

/** The path to Chromium, installing it when that is possible; null with a message when not. */
export function ensureChromium() {
  let path = findChromium();
  if (!path && install()) path = findChromium();
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
