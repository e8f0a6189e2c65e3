// A Vite plugin for the on-demand view files (result, planner, workshop): instead of bundling
// their own Preact, they use the script's. Imports of Preact and of the script's view context
// become small modules that read what the script provides, so that hooks, contexts and Fragment
// are the very same objects in both. The script puts its runtime where files of its own folder
// find it before it imports any (src/runtime.ts, RUNTIME_KEY), so every shared name is there when
// a view file runs, constants included, and names a file does not use are left out of it.
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
  [`${root}machines/team.ts`]: 'team',
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
/** Keep in step with RUNTIME_KEY in src/runtime.ts. */
const RUNTIME_KEY = 'pick-your-pathway runtime ';

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

export function sharedRuntime() {
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
    async load(id) {
      if (id === SHARED) {
        return [
          // The folder's address, written so that Vite does not take it for an asset of the build.
          `const runtime = globalThis[Symbol.for(${JSON.stringify(RUNTIME_KEY)} + import.meta.url.replace(/[^/]*$/, ''))];`,
          `if (!runtime) throw new Error('Pick Your Pathway: ' + import.meta.url + ' is loaded by pick-your-pathway.js, not on its own.');`,
          'export const shared = runtime;',
        ].join('\n');
      }
      if (!id.startsWith(`${SHARED}:`)) return undefined;
      const key = id.slice(SHARED.length + 1);
      // The names come from the module itself: its exports, read from its compiled code.
      const names = files[key] ? await moduleExports(this, files[key]) : libraries[key];
      return [
        `import { shared } from 'virtual:pyp-shared';`,
        `const provided = shared[${JSON.stringify(key)}];`,
        ...names.map((name) => `export const ${name} = provided.${name};`),
      ].join('\n');
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
