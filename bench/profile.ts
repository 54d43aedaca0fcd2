/**
 * `node out/bench/profile.js [--only CATEGORY] [--reps N] [--size 100k|10k|1M]`: where a review's CPU
 * time goes, for speed work on one part. Reviews the Brown-corpus input (as `npm run bench`) with
 * Copydesk's own rules (loaded, sourcing, dates), or with one category, and prints the median CPU
 * milliseconds of the parse, of each rule module and of the engine's own share, beside write-good
 * on the same text. Run it under `node --cpu-prof` to see functions.
 */
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/core/engine';
import { parseDraft } from '../src/core/parse';
import { BLOCK_CHECKERS, DOCUMENT_CHECKERS } from '../src/core/rules';
import type { Category } from '../src/core/types';
import { brownText } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const writeGood: (text: string) => unknown[] = require('write-good');

const args = process.argv.slice(2);
const opt = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only') as Category | undefined;
const reps = Number(opt('--reps') ?? 15);
const size = opt('--size') ?? '100k';
const words = size === '10k' ? 10_000 : size === '1M' ? 1_000_000 : 100_000;
const categories: Category[] = only ? [only] : ['loaded', 'sourcing', 'dates'];
const TODAY = { year: 2024, month: 6, day: 1 };
const text = brownText(words).text;
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const spent = new Map<string, number>();
for (const c of [...BLOCK_CHECKERS, ...DOCUMENT_CHECKERS]) {
  const check = c.check as (...a: unknown[]) => void;
  (c as { check: (...a: unknown[]) => void }).check = (...a: unknown[]) => {
    const t0 = cpu();
    try {
      check.apply(c, a);
    } finally {
      spent.set(c.name, (spent.get(c.name) ?? 0) + cpu() - t0);
    }
  };
}
const rows = new Map<string, number[]>();
const push = (k: string, v: number) => (rows.get(k) ?? rows.set(k, []).get(k)!).push(v);
let findings = 0;
const wall: number[] = [];
for (let i = 0; i < reps + 3; i++) {
  spent.clear();
  const p0 = cpu();
  parseDraft(text);
  const parse = cpu() - p0;
  const t0 = cpu();
  const w0 = performance.now();
  findings = new Engine({ categories, today: TODAY }).review(text).findings.length;
  const total = cpu() - t0;
  const w = performance.now() - w0;
  const g0 = cpu();
  writeGood(text);
  const wg = cpu() - g0;
  if (i < 3) continue; // warm-up
  wall.push(w);
  push('total', total);
  push('parse (alone)', parse);
  let rules = 0;
  for (const [k, v] of spent) {
    if (!categories.includes(k as Category)) continue;
    push(`rules: ${k}`, v);
    rules += v;
  }
  push('engine + parse (total - rules)', total - rules);
  push('write-good', wg);
}
console.log(`${words.toLocaleString('en-US')} words, ${categories.join('+')}, ${findings} findings, ${reps} reps (CPU ms, median)`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(32)} ${median(v).toFixed(1).padStart(7)}`);
const t = median(rows.get('total')!);
const wg = median(rows.get('write-good')!);
console.log(`  ${'write-good / total'.padEnd(32)} ${(wg / t).toFixed(2).padStart(7)}×   (wall median ${median(wall).toFixed(1)} ms)`);
