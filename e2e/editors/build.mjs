// Bundles each editor in src/ (one file per editor, not mount.js) into dist/<editor>.js for the
// e2e fixture page e2e/pages/editor.html. Run by scripts/test after `npm ci`.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const editors = readdirSync(join(here, 'src')).filter((file) => file.endsWith('.js') && file !== 'mount.js');

await build({
  entryPoints: editors.map((file) => join(here, 'src', file)),
  outdir: join(here, 'dist'),
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'chrome120',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  loader: { '.svg': 'text' },
  logLevel: 'warning',
});
console.log(`bundled ${editors.length} editors into dist/`);
