/**
 * `node out/bench/golden.js write|check [FILE]`: a behaviour snapshot for speed work.
 *
 * Reviews a large, varied set of texts (the Brown corpus as one 1M-word draft and as 1,000
 * story-sized drafts, the sample drafts, every sentence and article of the labelled corpora in
 * ../shared/corpora when present) and writes one line per finding: rule, offsets, severity,
 * message, suggestion titles and edits, resolved date. `check` compares a fresh run with the
 * file and prints the first differences. An optimisation must leave it unchanged.
 * Nothing is written into the repository: the default file lives in the system's temp folder.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { review, type ReviewOptions } from '../src/core/engine';
import { resolveConfig } from '../src/core/config';
import type { Finding } from '../src/core/types';
import { TODAY } from './common';
import { brownDrafts, brownText } from './corpus';
import { loadBabe, loadBasil, loadNpov, loadTempeval, loadWeasel } from '../eval/corpora';

const [mode = 'check', file = join(tmpdir(), 'copydesk-golden.txt')] = process.argv.slice(2);
const CONFIG = resolveConfig();

const line = (where: string, f: Finding) =>
  [
    where,
    f.rule,
    f.offset.join('-'),
    `${f.range.start.line}:${f.range.start.character}`,
    f.severity,
    f.inQuote ? 'q' : '',
    f.message,
    (f.suggestions ?? []).map((s) => `${s.title}=>${s.edits.map((e) => `${e.offset.join('-')}:${e.newText}`).join('|')}${s.safe ? '!' : ''}`).join(' ; '),
    f.resolved ?? '',
    f.deletion ? 'del' : '',
  ].join('\t');

const out: string[] = [];
const t0 = Date.now();
function run(where: string, text: string, opts: ReviewOptions = {}) {
  for (const f of review(text, { config: CONFIG, today: TODAY, ...opts }).findings) out.push(line(where, f));
}

run('brown1M', brownText(1_000_000).text, { categories: ['loaded', 'sourcing', 'dates'] });
run('brown100k-full', brownText(100_000).text);
brownDrafts(1000, 600).forEach((d, i) => run(`draft${i}`, d));
for (const f of readdirSync('examples')) run(`ex:${f}`, readFileSync(join('examples', f), 'utf8'));

const corpora = resolve('..', 'shared', 'corpora');
if (existsSync(corpora)) {
  for (const split of ['dev', 'test'] as const) {
    loadBabe(join(corpora, 'babe'), split).items.forEach((s) => run(`babe:${s.id}`, s.text));
    loadNpov(join(corpora, 'wiki-npov-hube-fetahu'), split).forEach((s) => run(`npov:${s.id}`, s.text));
    loadWeasel(join(corpora, 'wikiweasel-szeged'), split).forEach((s) => run(`weasel:${s.id}`, s.text));
    loadBasil(join(corpora, 'basil'), split).items.forEach((a) => run(`basil:${a.id}`, a.text));
    loadTempeval(join(corpora, 'tempeval3'), split).forEach((d) => {
      const [y, m, dd] = d.dct.split('-').map(Number);
      run(`te3:${d.id}`, d.text, { categories: ['dates'], referenceDate: d.dct, today: { year: y, month: m, day: dd } });
    });
  }
}
const body = out.join('\n') + '\n';
const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
console.log(`golden: ${out.length} findings, hash ${hash}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (mode === 'write') {
  writeFileSync(file, body);
  console.log(`written to ${file}`);
} else {
  if (!existsSync(file)) {
    console.error(`golden: no snapshot at ${file}; run with "write" first`);
    process.exit(2);
  }
  const old = readFileSync(file, 'utf8').split('\n');
  const now = body.split('\n');
  if (old.join('\n') === now.join('\n')) {
    console.log('golden: same as the snapshot');
  } else {
    const a = new Set(old);
    const b = new Set(now);
    const gone = old.filter((l) => !b.has(l));
    const added = now.filter((l) => !a.has(l));
    console.log(`golden: DIFFERENT — ${gone.length} lines gone, ${added.length} new (order changes count too)`);
    for (const l of gone.slice(0, 15)) console.log('- ' + l);
    for (const l of added.slice(0, 15)) console.log('+ ' + l);
    process.exit(1);
  }
}
