/**
 * Detection-quality evaluation: `npm run eval [-- options]`.
 *
 * Scores the review engine on the labelled corpora in `../shared/corpora/` (other people's data,
 * used to measure only) and prints one table: per category and data set, precision, recall and
 * F1 at the stated level, with the figure from the literature beside ours. Writes the same rows
 * to `eval/results.json` (counts only, never corpus text) and prints the change from the last run.
 *
 * Options:
 *   --corpora DIR        the corpora folder (default: ../shared/corpora from the project root)
 *   --split dev|test|all test parts (default; what gets reported), dev parts (for development), or both
 *   --only NAME          one data set: babe, basil, wiki-npov, wikiweasel, tempeval3
 *   --errors N           print N false positives and N misses per data set, and counts of the
 *                        commonest false-positive terms and misses (terminal only)
 *   --json               print the rows as JSON instead of the table
 *   --no-write           do not update eval/results.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { crossCheckTempeval, loadBabe, loadBasil, loadNpov, loadTempeval, loadWeasel, type Split } from './corpora';
import { scoreBasil, scoreLoadedSentences, scoreTempeval, scoreWeasel, type ErrorLog, type Row, type RunContext } from './score';
import { fmt, spread } from './util';

const DATASETS = ['babe', 'basil', 'wiki-npov-hube-fetahu', 'wikiweasel-szeged', 'tempeval3'] as const;
type Dataset = (typeof DATASETS)[number];

interface Args {
  corpora?: string;
  split: 'dev' | 'test' | 'all';
  only?: Dataset;
  errors: number;
  json: boolean;
  write: boolean;
}

function usage(msg: string): never {
  process.stderr.write(`eval: ${msg}\nusage: npm run eval -- [--corpora DIR] [--split dev|test|all] [--only ${DATASETS.join('|')}] [--errors N] [--json] [--no-write]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { split: 'test', errors: 0, json: false, write: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${k} needs a value`));
    if (k === '--corpora') a.corpora = val();
    else if (k === '--split') {
      const v = val();
      if (v !== 'dev' && v !== 'test' && v !== 'all') usage(`--split must be dev, test or all, not "${v}"`);
      a.split = v;
    } else if (k === '--only') {
      const v = val().toLowerCase();
      const hit = DATASETS.filter((d) => d === v || d.startsWith(v));
      if (hit.length !== 1) usage(`--only: unknown data set "${v}"`);
      a.only = hit[0];
    } else if (k === '--errors') {
      const n = Number(val());
      if (!Number.isInteger(n) || n < 0) usage('--errors needs a whole number');
      a.errors = n;
    } else if (k === '--json') a.json = true;
    else if (k === '--no-write') a.write = false;
    else if (k === '--help' || k === '-h') usage('help');
    else usage(`unknown option ${k}`);
  }
  return a;
}

/** The project root: the nearest folder above this script with a package.json. */
function projectRoot(): string {
  let d = __dirname;
  for (;;) {
    if (existsSync(join(d, 'package.json'))) return d;
    const up = dirname(d);
    if (up === d) return process.cwd();
    d = up;
  }
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const ANCHORS: Record<string, string> = {
  babe: 'word lists P 0.49-0.54 / F1 0.65; fine-tuned macro-F1 0.804',
  npov: 'lexicon baseline P 0.30',
  weasel: 'shared-task best F1 ~0.60; cue lists 0.56-0.58',
};

interface Results {
  version: 1;
  date: string;
  commit: string | null;
  /** Uncommitted changes under src/ when the run was made. */
  dirty: boolean;
  rows: Row[];
}

const key = (r: Row) => `${r.category}|${r.dataset}|${r.split}|${r.level}`;

function signed(x: number | null): string {
  if (x === null) return '';
  const s = x.toFixed(2);
  return x > 0.0049 ? '+' + s : x < -0.0049 ? s : '=';
}

function delta(now: Row, prev: Row | undefined): string {
  if (!prev) return 'new';
  const d = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const parts = [d(now.precision, prev.precision), d(now.recall, prev.recall), d(now.f1, prev.f1)].map(signed);
  if (parts.every((p) => p === '=' || p === '')) return '=';
  return parts.map((p) => p || 'n/a').join(' ');
}

/** Short text for the extra figures of a row. */
function note(r: Row): string {
  const e = r.extra;
  const out: string[] = [];
  if (e.macroF1 !== undefined) out.push(`macro-F1 ${fmt(e.macroF1 as number | null)}`);
  const pr = (p: unknown, r: unknown) => `P ${fmt(p as number | null)} R ${fmt(r as number | null)}`;
  if (r.category === 'loaded' && e.infoPlusPrecision !== undefined) out.push(`with information: ${pr(e.infoPlusPrecision, e.infoPlusRecall)}`);
  if (r.category === 'sourcing' && e.infoPlusPrecision !== undefined) out.push(`without hints: ${pr(e.infoPlusPrecision, e.infoPlusRecall)}; warnings only: ${pr(e.warnPlusPrecision, e.warnPlusRecall)}`);
  if (e.findingsPer1kWords !== undefined) out.push(`${e.findingsPer1kWords ?? 'n/a'} findings/1k words`);
  if (e.findingsOnInfOnly) out.push(`${e.findingsOnInfOnly} on inf only`);
  if (e.notFoundInSentence) out.push(`${e.notFoundInSentence} marked words not found`);
  if (e.detectedWithValue !== undefined) out.push(`${e.detectedWithValue} detected with a value`);
  if (e.dateFoundInText) out.push(`${e.dateFoundInText} docs date themselves`);
  if (e.crashed) out.push(`${e.crashed} CRASHED`);
  return out.join('; ');
}

function table(rows: Row[], prev: Map<string, Row>): string {
  const head = ['category', 'data set', 'split', 'level', 'items', 'P', 'R', 'F1', 'tp/fp/fn', 'Δ P R F1', 'anchor (literature)', 'note'];
  const body = rows.map((r) => [
    r.category,
    r.dataset,
    r.split,
    r.level,
    String(r.items),
    fmt(r.precision),
    fmt(r.recall),
    fmt(r.f1),
    r.tp === r.tpGold ? `${r.tp}/${r.fp}/${r.fn}` : `${r.tp}/${r.fp} · ${r.tpGold}/${r.fn}`,
    delta(r, prev.get(key(r))),
    r.anchor,
    note(r),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const right = new Set([4, 5, 6, 7]);
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)].join('\n');
}

function printErrors(logs: ErrorLog[], n: number, out: (s: string) => void): void {
  for (const l of logs) {
    out(`\n=== ${l.title}`);
    for (const c of l.counters) {
      if (!c.counter.size) continue;
      out(`  ${c.title} (${c.counter.total} in all):`);
      out('    ' + c.counter.top(25).map(([k, v]) => `${k} ×${v}`).join(' · '));
    }
    if (l.ruleStats?.size) {
      const rs = [...l.ruleStats].sort((a, b) => b[1][1] - a[1][1]);
      out('  sentences flagged, by rule (labelled positive / flagged = precision):');
      out('    ' + rs.map(([r, [p, n]]) => `${r} ${p}/${n} (${fmt(p / n)})`).join(' · '));
    }
    if (l.fp.length) {
      out(`  false positives (${n} of ${l.fp.length}):`);
      for (const s of spread(l.fp, n)) out('    ' + s);
    }
    if (l.fn.length) {
      out(`  misses (${n} of ${l.fn.length}):`);
      for (const s of spread(l.fn, n)) out('    ' + s);
    }
    for (const s of spread(l.notes, n)) out('  ' + s);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const root = projectRoot();
  const corpora = args.corpora ? resolve(args.corpora) : resolve(root, '../shared/corpora');
  if (!existsSync(corpora)) {
    process.stderr.write(`eval: no corpora folder at ${corpora} (pass --corpora DIR)\n`);
    process.exit(1);
  }
  const progress = (m: string) => process.stderr.write(m + '\n');
  const ctx: RunContext = { collect: args.errors > 0, crashes: [], progress };
  const splits: Split[] = args.split === 'all' ? ['dev', 'test'] : [args.split];
  const wanted = args.only ? [args.only] : [...DATASETS];
  const rows: Row[] = [];
  const logs: ErrorLog[] = [];
  const missing: string[] = [];
  const t0 = Date.now();
  for (const ds of wanted) {
    const dir = join(corpora, ds);
    if (!existsSync(dir)) {
      missing.push(ds);
      continue;
    }
    for (const split of splits) {
      const t = Date.now();
      let r: { rows: Row[]; logs: ErrorLog[] };
      if (ds === 'babe') {
        const b = loadBabe(dir, split);
        const extra: Record<string, number> = { noAgreementSkipped: b.noAgreement };
        if (split === 'test') extra.sg1OverlapExcluded = b.excludedOverlap;
        r = scoreLoadedSentences(ctx, 'babe', split, b.items, ANCHORS.babe, extra, true);
      } else if (ds === 'wiki-npov-hube-fetahu') {
        r = scoreLoadedSentences(ctx, ds, split, loadNpov(dir, split), ANCHORS.npov, {}, false);
      } else if (ds === 'basil') {
        const b = loadBasil(dir, split);
        if (b.mismatches) progress(`eval: basil: ${b.mismatches} spans whose text does not match their offsets`);
        r = scoreBasil(ctx, split, b.items, { titleSpansSkipped: b.titleSpans });
      } else if (ds === 'wikiweasel-szeged') {
        r = scoreWeasel(ctx, split, loadWeasel(dir, split), ANCHORS.weasel);
      } else {
        const docs = loadTempeval(dir, split);
        const cc = crossCheckTempeval(dir, docs);
        if (cc.rows && cc.agree !== cc.rows) progress(`eval: tempeval3 ${split}: offsets agree with timex3-with-dct.tsv on ${cc.agree}/${cc.rows} (same text ${cc.sameText})`);
        r = scoreTempeval(ctx, split, docs, { tsvOffsetsAgree: cc.rows ? `${cc.agree}/${cc.rows}` : null });
      }
      rows.push(...r.rows);
      logs.push(...r.logs);
      progress(`eval: ${ds} ${split}: ${r.rows[0]?.items ?? 0} items in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  }
  if (missing.length === wanted.length) {
    process.stderr.write(`eval: none of ${wanted.join(', ')} found in ${corpora}\n`);
    process.exit(1);
  }
  if (missing.length) progress(`eval: not found in ${corpora}, skipped: ${missing.join(', ')}`);
  progress(`eval: ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);

  const resultsFile = join(root, 'eval', 'results.json');
  let previous: Results | null = null;
  if (existsSync(resultsFile)) {
    try {
      previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
    } catch {
      progress('eval: eval/results.json is not valid JSON; no comparison with the last run');
    }
  }
  const prev = new Map((previous?.rows ?? []).map((r) => [key(r), r]));
  const date = new Date().toISOString();
  const commit = git(root, ['rev-parse', '--short', 'HEAD']);
  const dirty = !!git(root, ['status', '--porcelain', '--', 'src']);
  for (const r of rows) {
    r.date = date;
    r.commit = commit ? commit + (dirty ? '+dirty' : '') : undefined;
  }

  const out = (s: string) => process.stdout.write(s + '\n');
  if (args.json) out(JSON.stringify({ date, commit, dirty, corpora, rows }, null, 2));
  else {
    out(`Copydesk detection quality — ${date.slice(0, 10)}, commit ${commit ?? 'unknown'}${dirty ? ' (+ uncommitted changes in src/)' : ''}, corpora ${relative(root, corpora) || corpora}`);
    if (previous) out(`Δ = change from the last run in eval/results.json (${previous.date?.slice(0, 16) ?? '?'}, ${previous.commit ?? '?'})`);
    out('');
    out(table(rows, prev));
    out('');
    out('tp/fp/fn: sentence and document levels count sentences/documents; for word, span and expression levels "a/b · c/d" is findings that hit/missed (precision) · gold items found/missed (recall).');
  }
  if (ctx.crashes.length) {
    process.stderr.write(`eval: the engine threw on ${ctx.crashes.length} items; first ones:\n`);
    for (const c of ctx.crashes.slice(0, 5)) process.stderr.write(`  ${c.where}: ${c.message}\n`);
  }
  if (args.errors > 0) printErrors(logs, args.errors, args.json ? (s) => process.stderr.write(s + '\n') : out);

  if (args.write && rows.length) {
    // keep the rows of other splits / data sets from earlier runs, replace the ones run now
    const now = new Set(rows.map(key));
    const kept = (previous?.rows ?? []).filter((r) => !now.has(key(r)));
    const order = (r: Row) => `${['loaded', 'sourcing', 'dates', 'style'].indexOf(r.category)}|${DATASETS.indexOf(r.dataset as Dataset)}|${r.split}|${r.level}`;
    const all = [...kept, ...rows].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    const res: Results = { version: 1, date, commit, dirty, rows: all };
    writeFileSync(resultsFile, JSON.stringify(res, null, 2) + '\n');
    progress(`eval: wrote ${relative(root, resultsFile)}`);
  }
}

main();
