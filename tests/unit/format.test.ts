/** Every source file is as Prettier writes it (.prettierrc.json), so no diff is about layout. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('formatting', () => {
  it('leaves no tracked file that Prettier would change', async () => {
    // The files git tracks or would add, so a file not yet committed is checked too.
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const unformatted: string[] = [];
    for (const file of files) {
      const path = `${root}${file}`;
      const info = await prettier.getFileInfo(path, { ignorePath: `${root}.prettierignore` });
      if (info.ignored || !info.inferredParser) continue;
      const options = { ...(await prettier.resolveConfig(path)), filepath: path };
      if (!(await prettier.check(readFileSync(path, 'utf8'), options))) unformatted.push(file);
    }
    expect(unformatted, 'run: npx prettier --write .').toEqual([]);
  }, 60_000);
});
