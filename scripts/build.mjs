// Bundles the extension (Node and web), and the CLI, with esbuild.
// usage: node scripts/build.mjs [--quiet] [--watch] [--production]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const quiet = process.argv.includes('--quiet');
const production = process.argv.includes('--production');
const log = (...a) => { if (!quiet) console.error(...a); }; // stderr: stdout stays clean for `npm run review`

// mainFields: prefer ES modules — jsonc-parser's UMD build (its `main`) requires its own files
// dynamically, which a bundle cannot resolve ("Cannot find module './impl/format'").
// write-good's checkers (weasel-words, e-prime, passive-voice, …) assign an undeclared `match`:
// fine in a sloppy CommonJS module, a ReferenceError inside the bundle (which is strict: "use
// strict" heads it). Declare it at the top of those modules.
const sloppyGlobals = {
  name: 'sloppy-globals',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/](weasel-words|e-prime|passive-voice|adverb-where|too-wordy|no-cliches)[\\/][^\\/]+\.js$/ }, async (args) => ({ contents: 'var match;\n' + (await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};
const common = { plugins: [sloppyGlobals], mainFields: ['module', 'main'], bundle: true, sourcemap: !production, minify: production, logLevel: quiet ? 'error' : 'warning', target: 'es2022', legalComments: 'none' };
const builds = [];
if (existsSync('src/extension/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] });
}
if (existsSync('src/extension/web.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' } });
}
if (existsSync('src/cli/cli.ts')) {
  builds.push({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } });
  if (existsSync('src/cli/worker.ts')) builds.push({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' });
}
mkdirSync('dist', { recursive: true });
const t0 = Date.now();
await Promise.all(builds.map((b) => esbuild.build(b)));
log(`build: ${builds.length} bundles in ${Date.now() - t0} ms`);
