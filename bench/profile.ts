/**
 * `node out/bench/profile.js [--only CATEGORY] [--reps N] [--size 100k|10k|1M]`: where a review's CPU
 * time goes, for speed work on one part. Reviews the Brown-corpus input (as `npm run bench`) with
 * no rules (the parse and the engine alone), with each of Copydesk's own rule modules alone, and
 * with all three (loaded, sourcing, dates), alternating, and prints the median CPU milliseconds of
 * each: a module's cost is its review minus the review with no rules. Nothing is wrapped or timed
 * per block, so the figures carry no measuring overhead. write-good on the same text is beside
 * them. Run it under `node --cpu-prof` to see functions.
 */
import { Engine } from '../src/core/engine';
import type { Category } from '../src/core/types';
import { cpuMs, median, opt, OWN, TODAY } from './common';
import { brownText } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const writeGood: (text: string) => unknown[] = require('write-good');

const only = opt('--only') as Category | undefined;
const reps = Number(opt('--reps') ?? 15);
const size = opt('--size') ?? '100k';
const words = size === '10k' ? 10_000 : size === '1M' ? 1_000_000 : 100_000;
const text = brownText(words).text;

const runs: { name: string; run: () => number }[] = [
  { name: 'no rules (parse + engine)', run: () => new Engine({ categories: [], today: TODAY }).review(text).findings.length },
  ...(only ? [only] : OWN).map((c) => ({ name: c, run: () => new Engine({ categories: [c], today: TODAY }).review(text).findings.length })),
  ...(only ? [] : [{ name: 'own (loaded+sourcing+dates)', run: () => new Engine({ categories: OWN, today: TODAY }).review(text).findings.length }]),
  { name: 'write-good', run: () => writeGood(text).length },
];
const times = new Map<string, number[]>(runs.map((r) => [r.name, []]));
const found = new Map<string, number>();
for (let i = 0; i < reps + 2; i++) {
  const order = i % 2 ? [...runs].reverse() : runs;
  for (const r of order) {
    const t0 = cpuMs();
    found.set(r.name, r.run());
    const t = cpuMs() - t0;
    if (i >= 2) times.get(r.name)!.push(t);
  }
}
const med = new Map([...times].map(([k, v]) => [k, median(v)]));
const none = med.get('no rules (parse + engine)')!;
console.log(`${words.toLocaleString('en-US')} words, ${reps} reps alternating, CPU ms (median)`);
for (const r of runs) {
  const m = med.get(r.name)!;
  const extra = r.name === 'write-good' || r.name.startsWith('no rules') ? '' : `   rules alone ≈ ${(m - none).toFixed(1)}`;
  console.log(`  ${r.name.padEnd(30)} ${m.toFixed(1).padStart(7)}   ${String(found.get(r.name)).padStart(5)} findings${extra}`);
}
if (!only) console.log(`  write-good / own: ${(med.get('write-good')! / med.get('own (loaded+sourcing+dates)')!).toFixed(2)}×`);
