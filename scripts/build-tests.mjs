// Compiles the unit tests, the benchmark and the evaluation to out/ (one bundle per entry,
// node_modules left external), so mocha and node run plain JavaScript.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const entries = [];
for (const dir of ['test/unit', 'bench', 'eval']) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.ts') && !f.endsWith('.d.ts')) entries.push(join(dir, f));
}
rmSync('out', { recursive: true, force: true });
await esbuild.build({
  entryPoints: entries, outdir: 'out', outbase: '.', bundle: true, platform: 'node', format: 'cjs',
  target: 'es2022', sourcemap: true, packages: 'external', logLevel: 'warning',
});
