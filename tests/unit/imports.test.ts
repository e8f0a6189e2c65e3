/**
 * The import graph of data/, machines/ and src/, type imports included: layers only point down
 * (data ← machines ← src), no module reaches itself again, no feature reaches another feature or
 * the element, the element reaches features only through import(), and each feature keeps to
 * the interface the element expects of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as planner from '../../src/features/planner';
import * as workshop from '../../src/features/workshop';
import type { PlannerViews, WorkshopViews } from '../../src/ui/feature-views';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LAYERS = ['data', 'machines', 'src'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Relative imports of a file, resolved to files: static ones, `import type` included (unless
 * `types` is false); with `dynamic`, `import('…')` and `typeof import('…')` too.
 */
function importsOf(file: string, { dynamic = true, types = true } = {}): string[] {
  const source = readFileSync(file, 'utf8');
  // Without `types`, only what runs: type-only imports and `typeof import()` are left out.
  const text = types
    ? source
    : source.replace(/(?:import|export)\s+type\s[^;]*;/g, '').replace(/typeof\s+import\([^)]*\)/g, '');
  const specifiers = [
    ...text.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/g),
    ...(dynamic ? text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g) : []),
  ].map((m) => m[1]!.split('?')[0]!);
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => {
      try {
        return statSync(p).isFile() && /\.tsx?$/.test(p);
      } catch {
        return false;
      }
    });
    return found ? [found] : [];
  });
}

const files = LAYERS.flatMap((layer) => sources(join(root, layer)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(root, file);

describe('imports', () => {
  it('form no cycle, type imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('point only down the layers: data ← machines ← src', () => {
    const layer = (file: string) => LAYERS.indexOf(name(file).split('/')[0]!);
    const upward = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => layer(target) > layer(file)).map((target) => `${name(file)} → ${name(target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('keep each feature to itself: no feature imports another or the element, and the element reaches them only by import()', () => {
    const feature = (file: string) => /^src\/features\/([a-z-]+)\//.exec(name(file))?.[1] ?? null;
    const crossing = files.flatMap((file) =>
      importsOf(file, { dynamic: false })
        .filter((target) => {
          const to = feature(target);
          if (feature(file)) return name(target).startsWith('src/element/') || (to !== null && to !== feature(file));
          // The element, the first load's views and the entries: never a static import of a feature.
          return to !== null && name(file).startsWith('src/');
        })
        .map((target) => `${name(file)} → ${name(target)}`),
    );
    expect(crossing).toEqual([]);
  });

  it("keep the start page light: the graph's entry reaches no XState, i18next or machine statically, only the rest by import()", () => {
    const closure = new Set<string>();
    const visit = (file: string) => {
      if (closure.has(file)) return;
      closure.add(file);
      for (const next of importsOf(file, { dynamic: false, types: false })) visit(next);
    };
    visit(join(root, 'src/entries/module.ts'));
    const heavy = [...closure].filter(
      (file) =>
        name(file).startsWith('machines/') ||
        /from\s+['"](?:xstate|@xstate\/react|i18next)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(heavy.map(name)).toEqual([]);
    expect(closure.has(join(root, 'src/element/pick-your-pathway.tsx'))).toBe(true);
    expect(closure.has(join(root, 'src/element/widget-controller.tsx'))).toBe(false);
  });

  it('finds the imports it checks (the scan itself works)', () => {
    expect(graph.get(join(root, 'src/ui/context.ts'))!.map(name)).toContain('src/ui/feature-views.ts');
    expect(graph.get(join(root, 'src/element/parts.ts'))!.map(name)).toContain('src/features/result/index.tsx');
    expect(graph.get(join(root, 'machines/recommend.ts'))!.map(name)).toContain('data/content.ts');
  });

  it('keeps each view file to the interface the script expects', () => {
    const plannerFile: PlannerViews = planner;
    const workshopFile: WorkshopViews = workshop;
    expect(Object.keys(plannerFile)).toEqual(expect.arrayContaining(['texts', 'css', 'PlannerActions', 'PrintBrief']));
    expect(Object.keys(workshopFile)).toEqual(
      expect.arrayContaining(['texts', 'css', 'startPresenter', 'WorkshopView']),
    );
  });
});
