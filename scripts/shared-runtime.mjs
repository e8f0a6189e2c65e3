// A Vite plugin for the on-demand view files (planner, workshop): instead of bundling their own
// Preact, they use the script's, handed over at install time. Imports of Preact and of the
// script's view context become small modules that forward to what the script provides, so that
// hooks, contexts and Fragment are the very same objects in both.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

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
};

async function exportNames() {
  const names = {};
  for (const specifier of ['preact', 'preact/hooks', 'preact/jsx-runtime']) {
    const module = await import(specifier);
    names[specifier] = Object.entries(module).map(([name, value]) => [name, typeof value === 'function']);
  }
  names.context = [
    ['WizardViewContext', false],
    ['useWizard', true],
  ];
  names.heading = [['Heading', true]];
  names.machine = [['wizardMachine', false]];
  names.recommend = [
    ['recommend', true],
    ['isAllowed', true],
    ['reasonsFor', true],
    ['partnerGapsFor', true],
    ['situationsPointingAt', true],
    ['chargingSupporting', true],
    ['SITES_PER_PATHWAY', false],
  ];
  names.steps = [
    ['STEP_IDS', false],
    ['questionFor', true],
    ['isAsked', true],
    ['askedQuestions', true],
    ['plannedQuestions', true],
    ['isAnswered', true],
    ['isComplete', true],
    ['chooseOption', true],
    ['withEmptyAnswer', true],
  ];
  return names;
}

const SHARED = '\0pyp-shared';

/** `entry`: the on-demand file's entry module, which gets `install(runtime)` exported. */
export function sharedRuntime(entry) {
  let names;
  return {
    name: 'pyp-shared-runtime',
    enforce: 'pre',
    async buildStart() {
      names = await exportNames();
    },
    async resolveId(id, importer) {
      if (id === 'virtual:pyp-shared') return SHARED;
      if (SHARED_SOURCES[id]) return `${SHARED}:${SHARED_SOURCES[id]}`;
      if (importer && id.startsWith('.')) {
        const resolved = await this.resolve(id, importer, { skipSelf: true });
        const key = resolved && SHARED_SOURCES[resolved.id.split('?')[0]];
        if (key) return `${SHARED}:${key}`;
      }
      return undefined;
    },
    transform(code, id) {
      if (id.split('?')[0] !== entry) return undefined;
      return { code: `${code}\nexport { provide as install } from 'virtual:pyp-shared';\n`, map: null };
    },
    load(id) {
      if (id === SHARED) {
        return 'export const shared = {};\nconst updates = [];\nexport function onProvide(update) { updates.push(update); }\nexport function provide(runtime) { Object.assign(shared, runtime); for (const update of updates) update(); }\n';
      }
      if (!id.startsWith(`${SHARED}:`)) return undefined;
      const key = id.slice(SHARED.length + 1);
      const lines = [`import { shared, onProvide } from 'virtual:pyp-shared';`];
      for (const [name, isFunction] of names[key]) {
        if (isFunction)
          lines.push(`export function ${name}(...args) { return shared[${JSON.stringify(key)}].${name}(...args); }`);
        else
          lines.push(`export let ${name};`, `onProvide(() => { ${name} = shared[${JSON.stringify(key)}].${name}; });`);
      }
      return lines.join('\n');
    },
  };
}
