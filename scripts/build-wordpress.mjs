// `npm run build:wordpress`: the WordPress plugin's installable zip, dist/pick-your-pathway-wordpress.zip:
// integrations/wordpress/pick-your-pathway/ with the widget's script, the module graph it loads
// and their hashes in assets/. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const PLUGIN = 'integrations/wordpress/pick-your-pathway';
export const WORDPRESS_ZIP = 'dist/pick-your-pathway-wordpress.zip';

if (!existsSync('dist/pick-your-pathway.js')) {
  console.error('Build the widget first: npm run build');
  process.exit(1);
}
const files = {};
for (const name of readdirSync(PLUGIN)) files[`pick-your-pathway/${name}`] = readFileSync(`${PLUGIN}/${name}`);
// The classic script and the module graph it loads from its own folder, and their hashes.
for (const name of [
  'pick-your-pathway.js',
  'pick-your-pathway.mjs',
  ...readdirSync('dist/module').map((f) => `module/${f}`),
])
  files[`pick-your-pathway/assets/${name}`] = readFileSync(`dist/${name}`);
files['pick-your-pathway/assets/integrity.json'] = readFileSync('dist/integrity.json');
writeFileSync(WORDPRESS_ZIP, zipSync(files, { level: 9 }));
console.log(`built ${WORDPRESS_ZIP} (${Object.keys(files).length} files)`);
