/** The built `dist/core.js` runs in plain Node, with no DOM, and exports the core API. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/core.js`);

describe('dist/core.js', () => {
  it('has been built (npm test builds it first; else run npm run build)', () => {
    expect(built).toBe(true);
    expect(existsSync(`${root}dist/core.d.ts`)).toBe(true);
  });

  it.runIf(built)('imports in Node with no DOM and recommends', () => {
    const script = `
      const core = await import('./dist/core.js');
      const answers = core.parseAnswers({ lead: ['ems'], situations: ['after-overdose'], population: ['opioid-use'],
        partners: ['peer'], setting: 'rural', existing: [] });
      const code = core.encodeAnswers(answers);
      console.log(JSON.stringify({
        dom: typeof document !== 'undefined' || typeof window !== 'undefined',
        exports: Object.keys(core).sort(),
        first: core.recommend(answers).pathways[0].id,
        roundTrip: core.decodeAnswers(code).ok,
        content: core.ContentSchema.safeParse(core.builtInContent).success,
      }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
    );
    expect(out.dom).toBe(false);
    expect(out.exports).toEqual(
      expect.arrayContaining([
        'recommend',
        'parseAnswers',
        'encodeAnswers',
        'decodeAnswers',
        'wizardMachine',
        'builtInContent',
        'ContentSchema',
        'englishTexts',
      ]),
    );
    expect(out.first).toBe('naloxone-plus');
    expect(out.roundTrip).toBe(true);
    expect(out.content).toBe(true);
  });
});
