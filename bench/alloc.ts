/**
 * `node out/bench/alloc.js [--only CATEGORY] [--top N]`: where a review's garbage comes from. Reviews
 * the 100k-word Brown input with Copydesk's own rules (or one category) under V8's sampling heap
 * profiler, counting objects collected since (every allocation, not only what survives), and prints
 * the megabytes allocated per review by function. Garbage costs CPU on the collector's threads, which
 * the benchmark's CPU-time ratios count.
 */
import { Session } from 'node:inspector';
import { Engine } from '../src/core/engine';
import type { Category } from '../src/core/types';
import { opt, OWN, TODAY } from './common';
import { brownText } from './corpus';

const only = opt('--only') as Category | undefined;
const top = Number(opt('--top') ?? 25);
const categories: Category[] = only ? [only] : OWN;
const text = brownText(100_000).text;
const REPS = 5;
const run = () => new Engine({ categories, today: TODAY }).review(text);
for (let i = 0; i < 3; i++) run();

interface ProfileNode {
  callFrame: { functionName: string; lineNumber: number; url: string };
  selfSize: number;
  children: ProfileNode[];
}
const session = new Session();
session.connect();
const post = <T>(method: string, params: object = {}) =>
  new Promise<T>((res, rej) => session.post(method, params, (e, r) => (e ? rej(e) : res(r as T))));

(async () => {
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < REPS; i++) run();
  const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
  const by = new Map<string, number>();
  // a built-in (exec, push, slice…) is named with the function that called it
  const walk = (n: ProfileNode, caller: string) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    const here = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    const k = f.url ? here : `${f.functionName || '(native)'} ← ${caller}`;
    by.set(k, (by.get(k) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, f.url ? here : caller);
  };
  walk(profile.head, '');
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  console.log(`${categories.join('+')} on 100k words: ${(total / REPS / 1e6).toFixed(2)} MB allocated per review (sampled), by function:`);
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(v / REPS / 1e6).toFixed(3).padStart(7)} MB  ${k}`);
})();
