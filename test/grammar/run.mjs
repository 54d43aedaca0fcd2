#!/usr/bin/env node
// Grammar tests (the `grammar` step of `npm test`).
//
//   1. syntaxes/*.tmLanguage.json are what test/grammar/generate.mjs makes (no hand edits drift);
//   2. syntaxes/language-configuration.json: comments, auto-closing pairs, a word pattern that keeps
//      apostrophes inside words;
//   3. every fixture under test/grammar/fixtures/ (`*.test.*`) through vscode-tmgrammar-test,
//      with the grammar registry in test/grammar/support/grammars.json (it carries the injection's
//      `injectTo`, which `-g` cannot, and a stand-in Markdown grammar).
//
// Counts are of checks: one per generated file, one per configuration check, one per `^`/`<-`
// assertion in the fixtures. The last line is `grammar: N passed, N failed`; exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUTS, stale } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const FIXTURES = join(HERE, 'fixtures');
const CONFIG = join(HERE, 'support', 'grammars.json');
const TIMEOUT_MS = 60_000;

const require = createRequire(join(ROOT, 'package.json'));
const toolDir = dirname(require.resolve('vscode-tmgrammar-test/package.json'));
const toolBin = join(toolDir, JSON.parse(readFileSync(join(toolDir, 'package.json'), 'utf8')).bin['vscode-tmgrammar-test']);
const { parseGrammarTestCase, parseHeader } = require(join(toolDir, 'dist', 'unit', 'parsing.js'));

/** An assertion after its comment token, in linear time: `^^^ a.b c.d - e.f` or `<~~--- a.b`. */
const SCOPE = '[A-Za-z0-9_][-\\w.]*';
const ASSERTION_RE = new RegExp(`^\\s*(?:(?:\\^+\\s*)+|<~*-+)(?:\\s+${SCOPE})*(?:\\s+-(?:\\s+${SCOPE})+)?\\s*$`);

let passed = 0;
let failed = 0;
const rel = (p) => relative(ROOT, p) || p;
function check(ok, what) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`  ✖ ${what}`);
  }
  return ok;
}

// ------------------------------------------------------------------ 1. generated grammars
console.log('generated grammars');
const out = stale();
for (const [file] of OUTPUTS) {
  check(!out.includes(file), `${file} differs from test/grammar/generate.mjs (run: node test/grammar/generate.mjs)`);
}
for (const [file] of OUTPUTS) {
  let ok = false;
  try {
    JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    ok = true;
  } catch {
    /* reported below */
  }
  check(ok, `${file} is not valid JSON`);
}

// ------------------------------------------------------------------ 2. language configuration
console.log('language configuration');
{
  const file = 'syntaxes/language-configuration.json';
  let conf = null;
  try {
    conf = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
  } catch (e) {
    check(false, `${file}: ${e.message}`);
  }
  if (conf) {
    const bc = conf.comments?.blockComment;
    check(bc?.[0] === '<!--' && bc?.[1] === '-->', 'block comment is <!-- -->');
    const pairs = new Map((conf.autoClosingPairs || []).map((p) => [p.open, p.close]));
    for (const [o, c] of [['“', '”'], ['"', '"'], ['(', ')'], ['[', ']']]) {
      check(pairs.get(o) === c, `auto-closing pair ${o}${c}`);
    }
    check(!pairs.has("'") && !pairs.has('’'), 'no auto-closing for apostrophes');
    // VS Code compiles a string wordPattern with no flags (it adds "g"); do the same.
    let re = null;
    try {
      re = new RegExp(conf.wordPattern, 'g');
    } catch (e) {
      check(false, `wordPattern does not compile: ${e.message}`);
    }
    if (re) {
      const words = (s) => s.match(re) || [];
      const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
      const cases = [
        ['The mayor’s plan', ['The', 'mayor’s', 'plan']],
        ["It's the mayor's call", ["It's", 'the', "mayor's", 'call']],
        ['back in the ’90s', ['back', 'in', 'the', '’90s']],
        ['“Won’t,” she said.', ['Won’t', 'she', 'said']],
        ['Café Zürich — Kyiv', ['Café', 'Zürich', 'Kyiv']],
        ['a well-known [TK]', ['a', 'well', 'known', 'TK']],
      ];
      for (const [text, want] of cases) {
        const got = words(text);
        check(same(got, want), `wordPattern on ${JSON.stringify(text)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
    }
  }
}

// ------------------------------------------------------------------ 3. fixtures
function fixtures(dir) {
  const found = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...fixtures(p));
    else if (/\.test\./.test(e.name)) found.push(p);
  }
  return found.sort();
}

const files = fixtures(FIXTURES);
console.log(`fixtures (${files.length}) with vscode-tmgrammar-test`);
check(files.length > 0, `no fixtures under ${rel(FIXTURES)}`);

const runnable = [];
for (const file of files) {
  const name = rel(file);
  const text = readFileSync(file, 'utf8');
  // Check the assertion lines before the tool's parser sees them: its regex backtracks without
  // end on a malformed line (two " - ", a stray character in a scope name), and CI would hang.
  let header;
  try {
    header = parseHeader(text.split(/\r\n|\n/));
  } catch (e) {
    check(false, `${name}: ${String(e.message).split('\n')[0]}`);
    continue;
  }
  const token = header.commentToken;
  const malformed = text
    .split(/\r\n|\n/)
    .map((l, i) => [l.slice(token.length), i + 1, l])
    .filter(([rest, n, l]) => n > 1 && l.startsWith(token) && /^\s*(\^|<~*-+)/.test(rest))
    .filter(([rest]) => !ASSERTION_RE.test(rest));
  if (malformed.length) {
    for (const [, n] of malformed) {
      check(false, `${name}:${n}: malformed assertion (carets or <--, then scopes, then at most one " - " before the prohibited scopes)`);
    }
    continue;
  }
  let tc;
  try {
    tc = parseGrammarTestCase(text);
  } catch (e) {
    check(false, `${name}: ${String(e.message).split('\n')[0]}`);
    continue;
  }
  // every assertion: [source line in the file (0-based), from, to]
  const assertions = [];
  for (const la of tc.assertions) for (const a of la.scopeAssertions) assertions.push([la.testCaseLineNumber, a.from, a.to]);
  runnable.push({ file, name, assertions, failedAt: new Set(), report: [], ok: false });
}

if (runnable.length) {
  // One run for all fixtures (the tool takes about a second to start and stop).
  const r = spawnSync(process.execPath, [toolBin, '--config', CONFIG, '--compact', ...runnable.map((f) => f.file)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const byFile = new Map(runnable.map((f) => [f.file, f]));
  const stdout = r.stdout || '';
  for (const l of stdout.split('\n')) {
    const ok = /^\S+ (.+) run successfuly\.$/.exec(l);
    if (ok && byFile.has(ok[1])) byFile.get(ok[1]).ok = true;
    const m = /^ERROR (.+):(\d+):(\d+):(\d+) (.*)$/.exec(l);
    if (!m || !byFile.has(m[1])) continue;
    const f = byFile.get(m[1]);
    f.report.push(`    ${f.name}:${m[2]}:${m[3]} ${m[5]}`);
    const line = +m[2] - 1;
    const s = +m[3] - 1;
    const e = +m[4] - 1;
    f.assertions.forEach(([al, from, to], k) => {
      if (al === line && from < e && to > s) f.failedAt.add(k);
    });
  }
  const broken = r.error || r.signal ? `vscode-tmgrammar-test ${r.error ? r.error.message : 'killed by ' + r.signal} (timeout ${TIMEOUT_MS / 1000}s)` : '';
  for (const f of runnable) {
    const n = f.assertions.length;
    // A file with neither a success line nor a located failure did not run (parse or grammar error).
    const bad = f.ok && !broken ? 0 : Math.min(Math.max(f.failedAt.size, 1), Math.max(n, 1));
    passed += Math.max(n - bad, 0);
    failed += bad;
    if (!bad) console.log(`  ✓ ${f.name} (${n} assertions)`);
    else {
      console.log(`  ✖ ${f.name} (${bad} of ${n} assertions failed)`);
      for (const l of f.report) console.log(l);
    }
  }
  if (broken) console.log(`  ✖ ${broken}`);
  if (r.status !== 0 && !runnable.some((f) => f.report.length)) {
    console.log(((r.stdout || '') + (r.stderr || '')).trim().replace(/^/gm, '    '));
  }
  if (r.status !== 0 && runnable.every((f) => f.ok)) check(false, `vscode-tmgrammar-test exited with ${r.status}`);
}

console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
