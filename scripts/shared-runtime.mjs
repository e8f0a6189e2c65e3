// A Vite plugin for the on-demand view files (planner, workshop): instead of bundling their own
// Preact, they use the script's, handed over at install time. Imports of Preact and of the
// script's view context become small modules that forward to what the script provides, so that
// hooks, contexts and Fragment are the very same objects in both.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { normalizePath, transformWithOxc } from 'vite';

const root = normalizePath(fileURLToPath(new URL('..', import.meta.url))).replace(/\/?$/, '/');

/** Modules shared with the script, by the key the script provides them under. */
export const SHARED_SOURCES = {
  preact: 'preact',
  'preact/hooks': 'preact/hooks',
  'preact/jsx-runtime': 'preact/jsx-runtime',
  [`${root}src/views/context.ts`]: 'context',
  [`${root}src/views/heading.tsx`]: 'heading',
  // The script's own logic too, so that XState and the content are not shipped twice.
  [`${root}machines/wizard.machine.ts`]: 'machine',
  [`${root}machines/recommend.ts`]: 'recommend',
  [`${root}machines/steps.ts`]: 'steps',
  [`${root}data/vocabulary.ts`]: 'vocabulary',
};

/** Libraries and modules a view file must never bundle a copy of: there must be one of each. */
const SINGLE = [
  /node_modules\/(preact|xstate|@xstate|i18next)\//,
  /\/src\/on-demand\.ts$/,
  /\/src\/views\/context\.ts$/,
];

/** Export names of the shared npm modules, read from the modules themselves. */
async function libraryExports() {
  const names = {};
  for (const specifier of ['preact', 'preact/hooks', 'preact/jsx-runtime'])
    names[specifier] = Object.keys(await import(specifier));
  return names;
}

const SHARED = '\0pyp-shared';

/**
 * The value exports of one of our modules, from its code compiled to JavaScript (types gone).
 * Parsed rather than loaded into the build, which would bundle the module itself.
 */
async function moduleExports(context, file) {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, {
    lang: file.endsWith('.tsx') ? 'tsx' : 'ts',
  });
  const declared = (node) =>
    node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : [node.id.name];
  return context.parse(code).body.flatMap((node) => {
    if (node.type !== 'ExportNamedDeclaration') return [];
    return node.declaration ? declared(node.declaration) : node.specifiers.map((s) => s.exported.name);
  });
}

/** `entry`: the on-demand file's entry module, which gets `install(runtime)` exported. */
export function sharedRuntime(entry) {
  let libraries;
  const files = Object.fromEntries(
    Object.entries(SHARED_SOURCES)
      .filter(([source]) => source.startsWith(root))
      .map(([source, key]) => [key, source]),
  );
  return {
    name: 'pyp-shared-runtime',
    enforce: 'pre',
    async buildStart() {
      libraries = await libraryExports();
    },
    async resolveId(id, importer) {
      if (id === 'virtual:pyp-shared') return SHARED;
      if (SHARED_SOURCES[id]) return `${SHARED}:${SHARED_SOURCES[id]}`;
      if (importer && id.startsWith('.')) {
        const resolved = await this.resolve(id, importer, { skipSelf: true });
        const key = resolved && SHARED_SOURCES[normalizePath(resolved.id.split('?')[0])];
        if (key) return `${SHARED}:${key}`;
      }
      return undefined;
    },
    transform(code, id) {
      if (normalizePath(id.split('?')[0]) !== entry) return undefined;
      return { code: `${code}\nexport { provide as install } from 'virtual:pyp-shared';\n`, map: null };
    },
    async load(id) {
      if (id === SHARED) {
        return 'export const shared = {};\nconst updates = [];\nexport function onProvide(update) { updates.push(update); }\nexport function provide(runtime) { Object.assign(shared, runtime); for (const update of updates) update(); }\n';
      }
      if (!id.startsWith(`${SHARED}:`)) return undefined;
      const key = id.slice(SHARED.length + 1);
      // The names come from the module itself: its exports, read from its compiled code.
      const names = files[key] ? await moduleExports(this, files[key]) : libraries[key];
      const lines = [`import { shared, onProvide } from 'virtual:pyp-shared';`];
      // Live bindings, filled when the script hands its runtime over (before any view renders).
      for (const name of names) {
        lines.push(`export let ${name};`, `onProvide(() => { ${name} = shared[${JSON.stringify(key)}].${name}; });`);
      }
      return lines.join('\n');
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        // Modules with code in the file: a module loaded only to read its exports renders nothing.
        const copies = Object.entries(chunk.modules ?? {})
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id]) => normalizePath(id))
          .filter((id) => SINGLE.some((pattern) => pattern.test(id)));
        if (copies.length > 0)
          this.error(`${chunk.fileName} bundles its own copy of what must exist once: ${copies.join(', ')}`);
      }
    },
  };
}
