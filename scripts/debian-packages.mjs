// Installs Debian packages the tests need, when that is possible: as root, with apt-get. The
// tests never download anything else; elsewhere they say what to install.
import { execFileSync, spawnSync } from 'node:child_process';

/** Installs `packages` with apt-get; false when not root, no apt-get, or the install failed. */
export function installDebianPackages(packages, why) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log(`${why}: installing the Debian packages ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  } catch {
    return false;
  }
  return true;
}
