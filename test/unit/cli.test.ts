import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root (tests run from out/test/unit). */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'scripts', 'build.mjs'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}
const ROOT = repoRoot();
const CLI = path.join(ROOT, 'dist', 'cli.js');

let tmp = '';
function write(rel: string, content: string | Buffer): string {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}
function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? tmp, input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DATED = 'Date: March 5, 2024\n\n';
/** Only style findings, all hints, and one safe fix: "in order to" → "to". */
const WORDY = DATED + 'The council met in order to vote on the budget.\n';
const CLEAN = DATED + 'The council met at the town hall to vote on the budget.\n';

describe('cli', function () {
  this.timeout(60000);
  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  });
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints --help and --version, exit 0', () => {
    const h = run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^Usage: copydesk/);
    const v = run(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout, /^copydesk \d+\.\d+\.\d+\n$/);
  });

  it('rejects a usage error with exit 2 and one line on stderr', () => {
    for (const args of [['--bogus', 'a.md'], ['--format', 'xml', 'a.md'], ['--reference-date', '2024-02-30', 'a.md'], ['--rule', 'style/nope', 'a.md'], ['--jobs', '0', 'a.md'], []]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^copydesk: /);
    }
  });

  it('prints one line per finding, path:line:col severity rule message, and a summary on stderr', () => {
    write('drafts/story.md', WORDY);
    const r = run(['drafts/story.md', '--category', 'style']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'drafts/story.md:3:17 hint style/wordy ‘in order to’ is wordy: say ‘to’.\n');
    assert.match(r.stderr, /^copydesk: 1 draft reviewed, 1 finding \(1 hint\)\n$/);
    const q = run(['drafts/story.md', '--category', 'style', '--quiet']);
    assert.equal(q.stderr, '');
  });

  it('prints exactly the documented JSON and nothing else on stdout', () => {
    write('story.md', WORDY);
    const r = run(['story.md', '--format', 'json', '--category', 'style']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['version', 'files']);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 1);
    assert.deepEqual(Object.keys(out.files[0]), ['path', 'referenceDate', 'findings']);
    assert.equal(out.files[0].path, 'story.md');
    assert.equal(out.files[0].referenceDate, '2024-03-05');
    const f = out.files[0].findings[0];
    assert.deepEqual(Object.keys(f), ['rule', 'category', 'severity', 'offset', 'range', 'text', 'message', 'inQuote', 'suggestions', 'docs']);
    assert.deepEqual(f.suggestions, [{ title: 'Replace ‘in order to’ with ‘to’', edits: [{ offset: [37, 48], newText: 'to' }] }]);
    assert.deepEqual(f.range, { start: { line: 2, character: 16 }, end: { line: 2, character: 27 } });
    assert.equal(WORDY.slice(f.offset[0], f.offset[1]), 'in order to');
    assert.match(f.docs, /^https:\/\/.+#stylewordy$/);
  });

  it('prints valid SARIF 2.1.0 with rules, 1-based regions and fixes', () => {
    write('story.md', WORDY);
    const r = run(['story.md', '--format', 'sarif', '--category', 'style']);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.version, '2.1.0');
    assert.match(s.$schema, /sarif/);
    const run0 = s.runs[0];
    assert.equal(run0.tool.driver.name, 'Copydesk');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.ok(ids.includes('style/wordy'));
    for (const rule of run0.tool.driver.rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.match(rule.helpUri, /^https:\/\//);
    }
    assert.equal(run0.results.length, 1);
    const res = run0.results[0];
    assert.equal(res.ruleId, 'style/wordy');
    assert.equal(ids[res.ruleIndex], 'style/wordy');
    assert.equal(res.level, 'note');
    assert.equal(typeof res.message.text, 'string');
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'story.md');
    assert.deepEqual({ ...loc.region, snippet: undefined }, { startLine: 3, startColumn: 17, endLine: 3, endColumn: 28, snippet: undefined });
    const rep = res.fixes[0].artifactChanges[0].replacements[0];
    assert.deepEqual(rep, { deletedRegion: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 28 }, insertedContent: { text: 'to' } });
  });

  it('exits 1 when a finding reaches --fail-on, 0 when none does', () => {
    write('story.md', WORDY);
    write('clean.md', CLEAN);
    assert.equal(run(['story.md', '--category', 'style']).code, 0, 'a hint is below the default, warning');
    assert.equal(run(['story.md', '--category', 'style', '--fail-on', 'hint']).code, 1);
    assert.equal(run(['story.md', '--category', 'style', '--fail-on', 'never']).code, 0);
    assert.equal(run(['clean.md', '--category', 'style', '--fail-on', 'hint']).code, 0);
  });

  it('filters by --rule and turns on a rule that is off by default', () => {
    write('story.md', DATED + 'There are five candidates in order to win.\n');
    const r = run(['story.md', '--rule', 'style/there-is', '--quiet']);
    assert.equal(r.stdout, 'story.md:3:1 hint style/there-is ‘There are’ delays the subject: start the sentence with what there is.\n');
  });

  it('reads a draft from standard input', () => {
    const r = run(['-', '--category', 'style', '--quiet'], { input: WORDY });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '<stdin>:3:17 hint style/wordy ‘in order to’ is wordy: say ‘to’.\n');
  });

  it('reports a missing file, exit 2, and still reviews the good one', () => {
    write('good.md', WORDY);
    const r = run(['missing.md', 'good.md', '--category', 'style', '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^copydesk: missing\.md: no such file or folder$/m);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['good.md']);
  });

  it('skips a binary file, invalid UTF-8 and an oversized file with a one-line reason each', () => {
    write('good.md', WORDY);
    write('notes.bin', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    write('latin1.txt', Buffer.from('caf\xe9 au lait\n', 'latin1'));
    write('big.md', 'word '.repeat(1000));
    const r = run(['notes.bin', 'latin1.txt', 'good.md', 'big.md', '--category', 'style', '--max-size', '0.004']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^copydesk: notes\.bin: skipped, this is a binary file, not a draft$/m);
    assert.match(r.stderr, /^copydesk: latin1\.txt: skipped, this is not UTF-8 text \(the first bad byte is at offset 3\)/m);
    assert.match(r.stderr, /^copydesk: big\.md: skipped, the file is .* over the .* limit/m);
    assert.match(r.stdout, /^good\.md:3:17 hint style\/wordy/);
  });

  it('strips a UTF-8 byte order mark: offsets count from the text after it', () => {
    write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WORDY, 'utf8')]));
    const r = run(['bom.md', '--format', 'json', '--category', 'style']);
    const f = JSON.parse(r.stdout).files[0];
    assert.equal(f.referenceDate, '2024-03-05');
    assert.deepEqual(f.findings[0].offset, [37, 48]);
  });

  it('uses the nearest .copydesk.json above each draft', () => {
    write('desk/.copydesk.json', '{ // house rules\n "allow": ["in order to"] }');
    write('desk/sub/story.md', WORDY);
    write('other/story.md', WORDY);
    const r = run(['desk', 'other', '--category', 'style', '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'other/story.md:3:17 hint style/wordy ‘in order to’ is wordy: say ‘to’.\n');
  });

  it('reports a malformed configuration by name, exit 2, and still reviews with the defaults', () => {
    write('desk/.copydesk.json', '{ "allow": ["in order to" }');
    write('desk/story.md', WORDY);
    const r = run(['desk/story.md', '--category', 'style']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^copydesk: desk\/\.copydesk\.json:1:\d+: The file is not valid JSON/m);
    assert.match(r.stdout, /^desk\/story\.md:3:17 hint style\/wordy/);
    const missing = run(['desk/story.md', '--config', 'nope.json', '--category', 'style']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^copydesk: nope\.json: the configuration file no such file/m);
  });

  it('walks folders for drafts, skipping node_modules and dot-folders; a folder with none is an error', () => {
    write('site/a.md', WORDY);
    write('site/b/c.txt', WORDY);
    write('site/b/d.story', WORDY);
    write('site/b/e.draft', WORDY);
    write('site/f.markdown', WORDY);
    write('site/image.png', 'not a draft');
    write('site/node_modules/pkg/readme.md', WORDY);
    write('site/.git/notes.md', WORDY);
    write('empty/readme.rst', 'nothing');
    const r = run(['site', '--category', 'style', '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(':')[0]), ['site/a.md', 'site/b/c.txt', 'site/b/d.story', 'site/b/e.draft', 'site/f.markdown']);
    const e = run(['empty', '--quiet']);
    assert.equal(e.code, 2);
    assert.match(e.stderr, /^copydesk: empty\/: no drafts in this folder/m);
  });

  it('expands a glob', () => {
    write('drafts/one.md', WORDY);
    write('drafts/two.txt', WORDY);
    write('drafts/deep/three.md', WORDY);
    const r = run(['drafts/**/*.md', '--category', 'style', '--quiet']);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(':')[0]), ['drafts/deep/three.md', 'drafts/one.md']);
    const none = run(['drafts/*.doc', '--quiet']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no file matches this pattern/);
  });

  it('prints the same output in the same order with --jobs 2 as with --jobs 1', () => {
    for (let i = 0; i < 24; i++) {
      const body = i % 3 === 0 ? WORDY : i % 3 === 1 ? CLEAN + 'So the mayor left. It was a very big deal.\n' : 'The fire spread Saturday, officials said. "It is bad."\n';
      write(`many/story-${String(i).padStart(2, '0')}.md`, body.repeat(1 + (i % 5)));
    }
    write('many/bad.md', Buffer.from([0xff, 0xfe, 0x00]));
    for (const format of ['text', 'json']) {
      const one = run(['many', '--jobs', '1', '--format', format, '--quiet', '--reference-date', '2024-03-05']);
      const two = run(['many', '--jobs', '2', '--format', format, '--quiet', '--reference-date', '2024-03-05']);
      assert.equal(one.code, 2);
      assert.equal(two.code, one.code);
      assert.ok(one.stdout.length > 100);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr, format);
    }
  });
});
