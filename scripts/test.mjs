// `npm test`: the whole test suite, in order. Each suite prints its own "N passed, N failed"
// line; this script ends with the total over all of them.
//   1. type-check (strict, and the core alone without Node's types)
//   2. build the bundles
//   3. unit tests of the core and the CLI (mocha)
//   4. grammar tests (vscode-tmgrammar-test)
//   5. integration tests inside a real VS Code (code-server), through @vscode/test-electron
//   6. browser end-to-end test of the packaged .vsix in code-server
// COPYDESK_SKIP_EDITOR=1 skips 5 and 6 (for a quick local run); CI never sets it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'typecheck core (no Node APIs)', cmd: ['npx', 'tsc', '--noEmit', '-p', 'src/core/tsconfig.json'] },
  { name: 'build', cmd: ['node', 'scripts/build.mjs'] },
  { name: 'unit', cmd: ['npm', 'run', '-s', 'test:unit'], counts: true },
  { name: 'grammar', cmd: ['node', 'test/grammar/run.mjs'], counts: true, file: 'test/grammar/run.mjs' },
  { name: 'editor', cmd: ['node', 'test/editor/run.mjs'], counts: true, editor: true, file: 'test/editor/run.mjs' },
  { name: 'e2e', cmd: ['node', 'test/e2e/run.mjs'], counts: true, editor: true, file: 'test/e2e/run.mjs' },
];

let passed = 0;
let failed = 0;
const results = [];
for (const s of steps) {
  if (s.editor && process.env.COPYDESK_SKIP_EDITOR === '1') {
    results.push(`${s.name}: skipped (COPYDESK_SKIP_EDITOR=1)`);
    continue;
  }
  if (s.file && !existsSync(s.file)) {
    results.push(`${s.name}: not present`);
    continue;
  }
  console.error(`\n=== ${s.name}: ${s.cmd.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(s.cmd[0], s.cmd.slice(1), { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, COPYDESK_SUITE: s.name } });
  process.stdout.write(r.stdout || '');
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (s.counts) {
    const m = [...(r.stdout || '').matchAll(/(\d+) passed, (\d+) failed/g)].pop();
    if (m) {
      passed += +m[1];
      failed += +m[2];
    }
    if (r.status !== 0 && (!m || +m[2] === 0)) failed++;
  } else if (r.status !== 0) failed++;
  results.push(`${s.name}: ${r.status === 0 ? 'ok' : 'FAILED (exit ' + r.status + ')'} in ${secs}s`);
  if (r.status !== 0 && !s.counts) break; // no point testing what did not build
}
console.log('\n=== summary');
for (const l of results) console.log('  ' + l);
console.log(`\nall: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
