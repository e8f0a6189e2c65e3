/**
 * The on-demand view files (planner, workshop) take Preact, hooks and the script's logic from
 * what the script hands them at install time. A name they import that the script does not hand
 * over would be undefined only in the browser, at first use: this holds every such import to
 * the script's runtime, through every module the view files reach.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { SHARED_SOURCES } from '../../scripts/shared-runtime.mjs';
import { runtime } from '../../src/runtime';

const root = resolve(__dirname, '../..');
const shared = SHARED_SOURCES as Record<string, keyof typeof runtime>;
const ENTRIES = ['src/on-demand/planner.tsx', 'src/on-demand/workshop.tsx'];

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.split('?')[0]!);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

/** Every `import { a, b as c } from '…'` of the shared modules, followed through local imports. */
function sharedImports(entry: string): { file: string; key: keyof typeof runtime; name: string }[] {
  const found: { file: string; key: keyof typeof runtime; name: string }[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, typeOnly, names, specifier] of source.matchAll(
      /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g,
    )) {
      const local = specifier!.startsWith('.') ? resolveLocal(file, specifier!) : null;
      const key = shared[local ?? specifier!];
      if (key && !typeOnly) {
        for (const part of names!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)) {
          if (part.startsWith('type ')) continue;
          found.push({ file: file.slice(root.length + 1), key, name: part.split(/\s+as\s+/)[0]! });
        }
      } else if (local) visit(local);
    }
  };
  visit(resolve(root, entry));
  return found;
}

describe('the runtime the script hands its view files', () => {
  for (const entry of ENTRIES) {
    it(`provides every shared name ${entry} imports`, () => {
      const imports = sharedImports(entry);
      expect(imports.length, 'the view file imports shared modules').toBeGreaterThan(3);
      const missing = imports.filter(({ key, name }) => !(name in (runtime[key] as Record<string, unknown>)));
      expect(missing.map(({ file, key, name }) => `${file}: ${name} from ${key}`)).toEqual([]);
    });
  }
});
