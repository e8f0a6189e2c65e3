/**
 * `npm ci` warns of no engine: every installed package's `engines.node` (as package-lock.json
 * records them, which is what npm checks) admits the Node that runs the tests, and so does ours.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
};

describe('engines', () => {
  it('admit this Node, for the project and for every package npm ci installs', () => {
    const refused = Object.entries(lock.packages)
      .filter(([, info]) => !info.os || info.os.includes(process.platform))
      .map(([path, info]) => [
        path || 'pick-your-pathway',
        Array.isArray(info.engines) ? undefined : info.engines?.node,
      ])
      .filter(([, range]) => range && !semver.satisfies(process.version, range, { includePrerelease: true }));
    expect(refused).toEqual([]);
  });
});
