// One file of the widget, built by Vite in library mode and minified: the one build setup that
// the build, the bench and the byte attribution share.
import { build } from 'vite';

/**
 * Library mode leaves process.env.NODE_ENV in place, which throws in a browser, so it is always
 * defined. `output` adds Rolldown output options; `outDir` is emptied only when `emptyOutDir`.
 */
export function buildFile({
  entry,
  fileName,
  format = 'es',
  name,
  plugins = [],
  output = {},
  outDir = 'dist',
  emptyOutDir = false,
}) {
  return build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    plugins,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir,
      lib: { entry, formats: [format], name, fileName: () => fileName },
      // Reading a property has no side effect in our code or its libraries: unused reads go.
      rolldownOptions: { treeshake: { propertyReadSideEffects: false }, output: { minify: true, ...output } },
    },
  });
}
