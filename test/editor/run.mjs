// The integration tests in a REAL VS Code: mocha inside the extension host, the `vscode` API,
// run through @vscode/test-electron's standard runTests(). On this kind of machine VS Code cannot
// be downloaded, so `vscodeExecutablePath` is scripts/editor/code-shim.cjs, which runs the same
// payload in code-server (VS Code's own server and workbench) opened in headless Chromium.
//
//   1. set up the editor (scripts/editor/setup.sh; cached outside the clone after the first run)
//   2. build the extension (dist/) and the in-host tests (.vscode-test/out/)
//   3. copy the fixture workspace to a scratch folder
//   4. runTests(); the in-host runner writes its results to a file; print them and
//      `editor: N passed, N failed` (the line CI reads)
//
// env: COPYDESK_EDITOR_GREP (only tests whose title matches), COPYDESK_EDITOR_CACHE (setup cache).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { ROOT, setupEditor } from '../../scripts/editor/lib.mjs';

const t0 = Date.now();
const say = (m) => console.error(`[editor +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
let passed = 0;
let failed = 0;
const scratch = mkdtempSync(join(tmpdir(), 'copydesk-editor-'));
const cleanup = () => rmSync(scratch, { recursive: true, force: true });
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

try {
  const ed = setupEditor();
  say('editor ready');
  // the manifest (settings, schema) lists every rule the core has
  const m = spawnSync(process.execPath, [join(ROOT, 'scripts/editor/manifest.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  if (m.status === 0) {
    passed++;
    console.log('  ok   package.json and schemas/copydesk.schema.json list every rule');
  } else {
    failed++;
    console.log(`  FAIL package.json and schemas/copydesk.schema.json list every rule\n       ${(m.stderr || '').trim()}`);
  }
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('build failed');
  const outDir = join(ROOT, '.vscode-test', 'out');
  rmSync(outDir, { recursive: true, force: true });
  const suiteDir = join(ROOT, 'test/editor/suite');
  await esbuild.build({
    entryPoints: readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f)),
    outdir: join(outDir, 'suite'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    mainFields: ['module', 'main'],
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  say('built the extension and the in-host tests');

  const ws = join(scratch, 'workspace');
  cpSync(join(ROOT, 'test/editor/fixtures/workspace'), ws, { recursive: true });
  const results = join(scratch, 'results.json');
  const shots = join(ROOT, 'artifacts');
  mkdirSync(shots, { recursive: true });
  const env = {
    CODE_SERVER_NODE: ed.CODE_SERVER_NODE,
    CODE_SERVER_ENTRY: ed.CODE_SERVER_ENTRY,
    CHROMIUM: ed.CHROMIUM,
    CODE_SHIM_SCREENSHOT_DIR: shots,
    COPYDESK_TEST_RESULTS: results,
    COPYDESK_TEST_SHOTS: shots,
    COPYDESK_TEST_FIXTURES: join(ROOT, 'test/editor/fixtures'),
  };
  if (process.env.COPYDESK_EDITOR_GREP) env.COPYDESK_EDITOR_GREP = process.env.COPYDESK_EDITOR_GREP;
  Object.assign(process.env, env);
  say('running the suite in code-server (one at a time)');
  let runError;
  try {
    await runTests({
      vscodeExecutablePath: join(ROOT, 'scripts/editor/code-shim.cjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(outDir, 'suite', 'index.js'),
      launchArgs: [ws, `--user-data-dir=${join(scratch, 'user')}`, `--extensions-dir=${join(scratch, 'extensions')}`],
      extensionTestsEnv: env,
    });
  } catch (e) {
    runError = e;
  }
  if (existsSync(results)) {
    const r = JSON.parse(readFileSync(results, 'utf8'));
    passed += r.passed.length;
    failed += r.failed.length;
    for (const t of r.passed) console.log(`  ok   ${t.title} (${t.ms} ms)`);
    for (const t of r.failed) console.log(`  FAIL ${t.title}\n       ${String(t.error).split('\n').join('\n       ')}`);
    if (r.measurements && Object.keys(r.measurements).length) {
      console.log('  measurements:');
      for (const [k, v] of Object.entries(r.measurements)) console.log(`    ${k}: ${typeof v === 'number' ? (Number.isInteger(v) ? v : v.toFixed(1)) : JSON.stringify(v)}`);
    }
    console.log(`  in ${r.vscode} (${r.uiKind}), extension host on Node ${r.node}`);
  } else {
    failed++;
    console.log(`  FAIL the suite did not report results${runError ? ': ' + runError.message : ''}`);
  }
  if (runError && !failed) {
    failed++;
    console.log(`  FAIL the run ended badly: ${runError.message}`);
  }
} catch (e) {
  failed++;
  console.log(`  FAIL ${e && e.message ? e.message : e}`);
}
say('done');
console.log(`editor: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
