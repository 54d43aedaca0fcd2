/**
 * Scoring: run the engine on each corpus and count hits. One function per data set; each returns
 * table rows (counts only: no corpus text) and, for `--errors`, a log for the terminal.
 */
import * as chrono from 'chrono-node';
import { resolveConfig } from '../src/core/config';
import { review, type ReviewOptions } from '../src/core/engine';
import type { Category, Finding, ResolvedConfig } from '../src/core/types';
import type { BabeSentence, BasilArticle, LabelledSentence, Split, TimeDoc } from './corpora';
import { scorableValue } from './corpora';
import { contextAround, Counter, findWord, fmt, macroF1, markSpans, overlaps, prf, spread, wordCount, type Span } from './util';

export interface Row {
  category: Category;
  dataset: string;
  split: Split;
  level: string;
  items: number;
  /** Precision side: findings (or predictions) that hit / missed. */
  tp: number;
  fp: number;
  /** Recall side: gold items hit / missed (equal to tp for sentence and document levels). */
  tpGold: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  anchor: string;
  /** Other figures (findings per 1,000 words, macro-F1, skipped items, …). */
  extra: Record<string, number | string | null>;
  /** Set when the row is written: the run that produced it. */
  date?: string;
  commit?: string;
}

/** What `--errors` prints: samples and counts, for the terminal only. */
export interface ErrorLog {
  title: string;
  fp: string[];
  fn: string[];
  counters: { title: string; counter: Counter }[];
  notes: string[];
  /** Sentence tasks: per rule, flagged sentences that are positive / all flagged sentences. */
  ruleStats?: Map<string, [number, number]>;
}

function ruleStat(log: ErrorLog, fs: Finding[], positive: boolean): void {
  const m = (log.ruleStats ??= new Map());
  for (const r of new Set(fs.map((f) => f.rule))) {
    const v = m.get(r) ?? [0, 0];
    if (positive) v[0]++;
    v[1]++;
    m.set(r, v);
  }
}

export interface RunContext {
  /** Collect samples and counters for `--errors`. */
  collect: boolean;
  /** Engine exceptions: where, and the message (first few only). */
  crashes: { where: string; message: string }[];
  progress: (msg: string) => void;
}

const CONFIG: ResolvedConfig = resolveConfig();

/** Review, catching exceptions so one bad rule does not stop the run. */
function run(ctx: RunContext, where: string, text: string, options: ReviewOptions): ReturnType<typeof review> | null {
  try {
    return review(text, { config: CONFIG, ...options });
  } catch (e) {
    ctx.crashes.push({ where, message: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 3).join(' | ') : String(e) });
    return null;
  }
}

const warnPlus = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

function row(base: Omit<Row, 'precision' | 'recall' | 'f1'>): Row {
  return { ...base, ...prf(base.tp, base.fp, base.tpGold, base.fn) };
}

function newLog(title: string): ErrorLog {
  return { title, fp: [], fn: [], counters: [], notes: [] };
}

function counter(log: ErrorLog, title: string): Counter {
  let c = log.counters.find((x) => x.title === title);
  if (!c) {
    c = { title, counter: new Counter() };
    log.counters.push(c);
  }
  return c.counter;
}

const term = (f: Finding) => f.text.toLowerCase().replace(/\s+/g, ' ');

// ------------------------------------------------------------------ sentence-level loaded

/**
 * A sentence is predicted biased when it has a `loaded` finding at warning or error (a word in a
 * quotation is a hint, so quoted words do not count). Returns the sentence row and, for BABE,
 * the word row.
 */
export function scoreLoadedSentences(
  ctx: RunContext,
  dataset: string,
  split: Split,
  items: (LabelledSentence | BabeSentence)[],
  anchor: string,
  extra: Record<string, number | string | null>,
  withWords: boolean,
): { rows: Row[]; logs: ErrorLog[] } {
  let tp = 0, fp = 0, fn = 0, tn = 0, crashed = 0;
  let itp = 0, ifp = 0;
  let wtp = 0, wfp = 0, gtp = 0, gfn = 0, unlocated = 0, markedTotal = 0;
  const log = newLog(`loaded / ${dataset} / ${split} / sentence`);
  const wlog = newLog(`loaded / ${dataset} / ${split} / word`);
  for (const s of items) {
    const res = run(ctx, `${dataset}:${s.id}`, s.text, { categories: ['loaded'] });
    if (!res) {
      crashed++;
      if (s.positive) fn++;
      else tn++;
      continue;
    }
    const fs = res.findings.filter((f) => f.category === 'loaded' && warnPlus(f));
    const predicted = fs.length > 0;
    // the same with `information` findings counted too (not hints: those are quotations)
    if (res.findings.some((f) => f.category === 'loaded' && f.severity !== 'hint')) {
      if (s.positive) itp++;
      else ifp++;
    }
    if (predicted && s.positive) tp++;
    else if (predicted) fp++;
    else if (s.positive) fn++;
    else tn++;
    if (ctx.collect) {
      ruleStat(log, fs, s.positive);
      if (predicted && !s.positive) {
        log.fp.push(`${s.id}: ${markSpans(s.text, fs.map((f) => f.offset))}  {${fs.map((f) => f.rule).join(', ')}}`);
        for (const f of fs) {
          counter(log, 'false-positive terms (non-biased sentences)').add(term(f));
          counter(log, 'false-positive rules').add(f.rule);
        }
      } else if (!predicted && s.positive) {
        const ws = 'words' in s ? s.words : [];
        log.fn.push(`${s.id}: ${s.text.replace(/\s+/g, ' ')}${ws.length ? `  {marked: ${ws.join(', ')}}` : '  {no word marked}'}`);
        if ('words' in s) counter(log, 'missed biased sentences: marked words?').add(ws.length ? 'has marked words' : 'no word marked (framing/facts)');
      }
      for (const f of res.findings) if (f.category === 'loaded' && !warnPlus(f)) counter(log, 'loaded findings below warning (not counted)').add(`${f.rule} ${f.severity}${f.inQuote ? ' inQuote' : ''}`);
    }
    if (!withWords || !('words' in s)) continue;
    // word level
    const seen = new Set<string>();
    const marked: { word: string; occ: Span[] }[] = [];
    for (const w of s.words) {
      const key = w.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      markedTotal++;
      const occ = findWord(s.text, w);
      if (!occ.length) {
        unlocated++;
        continue;
      }
      marked.push({ word: w, occ });
    }
    for (const f of fs) {
      if (marked.some((m) => m.occ.some((o) => overlaps(o, f.offset)))) {
        wtp++;
        if (ctx.collect) counter(wlog, 'true-positive rules').add(f.rule);
      } else {
        wfp++;
        if (ctx.collect) {
          counter(wlog, 'false-positive terms (not on a marked word)').add(term(f));
          counter(wlog, 'false-positive rules').add(f.rule);
        }
      }
    }
    for (const m of marked) {
      if (m.occ.some((o) => fs.some((f) => overlaps(o, f.offset)))) gtp++;
      else {
        gfn++;
        if (ctx.collect) counter(wlog, 'missed marked words').add(m.word.toLowerCase());
      }
    }
  }
  const rows: Row[] = [];
  const info = prf(itp, ifp, itp, tp + fn - itp);
  const sentExtra: Record<string, number | string | null> = { ...extra, tn, macroF1: macroF1(tp, fp, fn, tn), infoPlusPrecision: info.precision, infoPlusRecall: info.recall };
  if (crashed) sentExtra.crashed = crashed;
  rows.push(row({ category: 'loaded', dataset, split, level: 'sentence', items: items.length, tp, fp, tpGold: tp, fn, anchor, extra: sentExtra }));
  if (withWords) {
    rows.push(
      row({
        category: 'loaded', dataset, split, level: 'word', items: items.length, tp: wtp, fp: wfp, tpGold: gtp, fn: gfn, anchor: '—',
        extra: { markedWords: markedTotal, notFoundInSentence: unlocated },
      }),
    );
  }
  return { rows, logs: withWords ? [log, wlog] : [log] };
}

// ---------------------------------------------------------------------------------- BASIL

/**
 * Whole articles. A finding (warning+) overlapping a `lex` span is a hit; a finding outside every
 * annotated span (lex or inf) is a false positive; one on an `inf` span only counts neither way.
 * Recall over lex spans. Then the same with quotations left out (quote=yes spans, inQuote findings).
 */
export function scoreBasil(ctx: RunContext, split: Split, items: BasilArticle[], extra: Record<string, number | string | null>): { rows: Row[]; logs: ErrorLog[] } {
  const modes = ['span', 'span, no quotes'] as const;
  const acc = modes.map(() => ({ tp: 0, fp: 0, onInf: 0, gtp: 0, gfn: 0, findings: 0 }));
  let words = 0;
  let crashed = 0;
  let hints = 0;
  const log = newLog(`loaded / basil / ${split} / span`);
  for (const a of items) {
    words += wordCount(a.text);
    const res = run(ctx, `basil:${a.id}`, a.text, { categories: ['loaded'] });
    const all = res ? res.findings.filter((f) => f.category === 'loaded') : [];
    if (!res) crashed++;
    hints += all.filter((f) => !warnPlus(f)).length;
    const fs = all.filter(warnPlus);
    modes.forEach((mode, mi) => {
      const noQuotes = mode !== 'span';
      const A = acc[mi];
      const gold = a.spans.filter((s) => s.bias === 'lex' && !(noQuotes && s.quote));
      const mine = fs.filter((f) => !(noQuotes && f.inQuote));
      A.findings += mine.length;
      for (const f of mine) {
        if (gold.some((g) => overlaps(g.span, f.offset))) {
          A.tp++;
          if (ctx.collect && mi === 1) counter(log, 'true-positive rules').add(f.rule);
        } else if (a.spans.some((g) => overlaps(g.span, f.offset))) A.onInf++;
        else {
          A.fp++;
          if (ctx.collect && mi === 1) {
            log.fp.push(`${a.id}: ${contextAround(a.text, f.offset, [f.offset], 80)}  {${f.rule}}`);
            counter(log, 'false-positive terms').add(term(f));
            counter(log, 'false-positive rules').add(f.rule);
          }
        }
      }
      for (const g of gold) {
        if (mine.some((f) => overlaps(g.span, f.offset))) A.gtp++;
        else {
          A.gfn++;
          if (ctx.collect && mi === 1) {
            log.fn.push(`${a.id}: ${contextAround(a.text, g.span, [g.span], 80)}`);
            const len = a.text.slice(g.span[0], g.span[1]).split(/\s+/).filter(Boolean).length;
            counter(log, 'missed lex spans by length (words)').add(len <= 1 ? '1 word' : len <= 3 ? '2-3 words' : len <= 8 ? '4-8 words' : '9+ words');
            const short = a.text.slice(g.span[0], g.span[1]).toLowerCase().replace(/\s+/g, ' ').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
            if (len <= 3 && short) counter(log, 'missed short lex spans (1-3 words)').add(short);
          }
        }
      }
    });
  }
  const rows = modes.map((mode, mi) => {
    const A = acc[mi];
    const e: Record<string, number | string | null> = {
      ...extra,
      findingsPer1kWords: words ? Math.round((A.findings / words) * 1000 * 100) / 100 : null,
      words,
      findingsOnInfOnly: A.onInf,
    };
    if (mi === 0) e.loadedHintsNotCounted = hints;
    if (crashed) e.crashed = crashed;
    return row({ category: 'loaded', dataset: 'basil', split, level: mode, items: items.length, tp: A.tp, fp: A.fp, tpGold: A.gtp, fn: A.gfn, anchor: '—', extra: e });
  });
  return { rows, logs: [log] };
}

// ------------------------------------------------------------------------------ WikiWeasel

/** Cue families, for describing misses only (our own short list, not the corpus's cues). */
const MISS_FAMILIES: [string, RegExp][] = [
  ['vague source (some/many/critics/experts/it is said…)', /\b(some|many|most|several|various|numerous|critics|experts|scholars|observers|historians|people|others)\b[^.]{0,40}\b(say|said|says|believe[sd]?|argue[sd]?|claim(s|ed)?|consider(s|ed)?|suggest(s|ed)?|think|thought|feel|felt)\b|\bit (is|was|has been) (said|believed|thought|claimed|reported|argued|suggested|considered|rumou?red|alleged)\b/i],
  ['passive judgement (is considered/regarded/widely…)', /\b(is|are|was|were|been)\s+(widely\s+|generally\s+|often\s+)?(considered|regarded|seen|viewed|known|thought|believed|recognized|recognised|described|acclaimed)\b|\bwidely\b/i],
  ['hedge (may/might/possibly/probably/likely…)', /\b(may|might|could|possibly|possible|probably|probable|likely|perhaps|apparently|presumably|seems?|seemed|appears?|appeared|suggests?|suspected|unclear|uncertain)\b/i],
  ['vague quantity/frequency (often/usually/some…)', /\b(often|usually|generally|typically|frequently|sometimes|some|many|most|several)\b/i],
];

export function scoreWeasel(ctx: RunContext, split: Split, items: LabelledSentence[], anchor: string): { rows: Row[]; logs: ErrorLog[] } {
  let tp = 0, fp = 0, fn = 0, tn = 0, crashed = 0;
  let itp = 0, ifp = 0, wtp = 0, wfp = 0;
  const log = newLog(`sourcing / wikiweasel-szeged / ${split} / sentence`);
  let done = 0;
  for (const s of items) {
    if (++done % 4000 === 0) ctx.progress(`  wikiweasel ${split}: ${done}/${items.length}`);
    const res = run(ctx, `wikiweasel:${s.id}`, s.text, { categories: ['sourcing'] });
    if (!res) crashed++;
    const fs = res ? res.findings.filter((f) => f.category === 'sourcing') : [];
    const predicted = fs.length > 0;
    // the same at stricter severities: what shows without hints, and warnings only
    if (fs.some((f) => f.severity !== 'hint')) s.positive ? itp++ : ifp++;
    if (fs.some(warnPlus)) s.positive ? wtp++ : wfp++;
    if (predicted && s.positive) tp++;
    else if (predicted) fp++;
    else if (s.positive) fn++;
    else tn++;
    if (!ctx.collect) continue;
    ruleStat(log, fs, s.positive);
    if (predicted) for (const f of fs) counter(log, predicted && !s.positive ? 'false-positive terms' : 'true-positive terms').add(term(f));
    if (predicted && !s.positive) {
      log.fp.push(`${s.id}: ${markSpans(s.text, fs.map((f) => f.offset))}  {${fs.map((f) => f.rule).join(', ')}}`);
      for (const f of fs) counter(log, 'false-positive rules').add(f.rule);
    } else if (!predicted && s.positive) {
      log.fn.push(`${s.id}: ${s.text}`);
      const fam = MISS_FAMILIES.find(([, re]) => re.test(s.text));
      counter(log, 'missed uncertain sentences by cue family (first match)').add(fam ? fam[0] : 'none of these (other cue)');
    }
  }
  const pos = tp + fn;
  const info = prf(itp, ifp, itp, pos - itp);
  const warn = prf(wtp, wfp, wtp, pos - wtp);
  const extra: Record<string, number | string | null> = {
    tn, macroF1: macroF1(tp, fp, fn, tn),
    infoPlusPrecision: info.precision, infoPlusRecall: info.recall, warnPlusPrecision: warn.precision, warnPlusRecall: warn.recall,
  };
  if (crashed) extra.crashed = crashed;
  return { rows: [row({ category: 'sourcing', dataset: 'wikiweasel-szeged', split, level: 'sentence', items: items.length, tp, fp, tpGold: tp, fn, anchor, extra })], logs: [log] };
}

// ------------------------------------------------------------------------------- TempEval

/** A rough kind of relative expression, for the error analysis. */
export function timexKind(text: string, value: string): string {
  const s = text.toLowerCase();
  if (/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(s)) return 'weekday';
  if (/\b(yesterday|today|tomorrow|tonight)\b/.test(s)) return 'yesterday/today/tomorrow';
  if (/_REF$/.test(value) || /\b(now|currently|current|present|recent(ly)?|nowadays|soon|past|future|former(ly)?|once)\b/.test(s) && !/\b(week|month|year|day|quarter|decade)s?\b/.test(s)) return 'now / the past / the future';
  if (/\b(ago|later|earlier|before|after|hence|from now)\b/.test(s)) return 'N units ago/later';
  if (/\b(last|next|this|past|coming|previous|following|current|that|same|recent)\b.*\b(day|week|weekend|month|year|quarter|decade|season|century|half)s?\b/.test(s)) return 'last/next/this + unit';
  if (/\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/.test(s)) return 'month name (no day, no year)';
  if (/(morning|afternoon|evening|night|a\.m\.|p\.m\.|noon|midnight|o'clock|\d:\d\d)/.test(s)) return 'time of day';
  if (/(quarter|season|spring|summer|fall|autumn|winter|half)/.test(s)) return 'quarter/season';
  return 'other';
}

/**
 * Our resolved value against a gold value of granularity YYYY, YYYY-MM or YYYY-MM-DD: equal once
 * ours is cut to the gold's length. An ISO week of ours ("1998-W46") is compared through its
 * Thursday (the day that fixes the ISO week's year) when the gold is a year or a month; a week is
 * never right for a gold day.
 */
export function valueMatches(resolved: string, gold: string): boolean {
  const w = /^(\d{4})-W(\d{1,2})$/.exec(resolved);
  if (w) {
    if (gold.length > 7) return false;
    const jan4 = Date.UTC(+w[1], 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
    const thursday = new Date(jan4 - dow * 86400000 + (+w[2] - 1) * 7 * 86400000 + 3 * 86400000);
    return thursday.toISOString().slice(0, gold.length) === gold;
  }
  return resolved.slice(0, gold.length) === gold;
}

export function scoreTempeval(ctx: RunContext, split: Split, docs: TimeDoc[], extra: Record<string, number | string | null>): { rows: Row[]; logs: ErrorLog[] } {
  const NO_REF = 'dates/no-reference-date';
  let ftp = 0, ffp = 0, gtp = 0, gfn = 0;
  let vItems = 0, vWithValue = 0, vCorrect = 0;
  let noRefTp = 0, noRefFn = 0, noRefFp = 0, inTextRef = 0, crashed = 0;
  let relTotal = 0;
  const log = newLog(`dates / tempeval3 / ${split} / expression + value`);
  const dlog = newLog(`dates / tempeval3 / ${split} / document`);
  const kindAll = new Counter();
  const kindHit = new Counter();
  // chrono-node alone, scored the same way: a measured anchor on exactly our subset
  const ch = { tp: 0, fp: 0, gtp: 0, gfn: 0, vCorrect: 0, vWith: 0 };
  for (const d of docs) {
    const [y, m, dd] = d.dct.split('-').map(Number);
    const cr = chrono.parse(d.text, { instant: new Date(d.dct + 'T12:00:00Z'), timezone: 0 });
    const cspans = cr.map((c) => ({ span: [c.index, c.index + c.text.length] as Span, iso: c.start.date().toISOString().slice(0, 10) }));
    for (const c of cspans) {
      if (d.timexes.some((t) => overlaps(t.span, c.span))) ch.tp++;
      else ch.fp++;
    }
    for (const t of d.timexes) {
      if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.relative) continue;
      const over = cspans.filter((c) => overlaps(c.span, t.span));
      if (over.length) ch.gtp++;
      else ch.gfn++;
      const sv = scorableValue(t.value);
      if (t.type !== 'DATE' || !sv || !over.length) continue;
      ch.vWith++;
      if (over[0].iso.slice(0, sv.length) === sv) ch.vCorrect++;
    }
    const res = run(ctx, `tempeval:${d.id}`, d.text, { categories: ['dates'], referenceDate: d.dct, today: { year: y, month: m, day: dd } });
    if (!res) crashed++;
    const all = res ? res.findings.filter((f) => f.category === 'dates') : [];
    if (all.some((f) => f.rule === NO_REF)) {
      noRefFp++;
      if (ctx.collect) dlog.fp.push(`${d.id}: a no-reference-date finding although the DCT ${d.dct} was passed as reference date`);
    }
    const fs = all.filter((f) => f.rule !== NO_REF);
    for (const f of fs) {
      if (d.timexes.some((t) => overlaps(t.span, f.offset))) ftp++;
      else {
        ffp++;
        if (ctx.collect) {
          log.fp.push(`${d.id}: ${contextAround(d.text, f.offset, [f.offset], 70)}  {${f.rule}${f.resolved ? ' → ' + f.resolved : ''}}`);
          counter(log, 'false-positive terms').add(term(f));
          counter(log, 'false-positive rules').add(f.rule);
        }
      }
    }
    for (const t of d.timexes) {
      if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.relative) continue;
      relTotal++;
      const kind = timexKind(t.text, t.value);
      kindAll.add(kind);
      const over = fs.filter((f) => overlaps(t.span, f.offset));
      if (over.length) {
        gtp++;
        kindHit.add(kind);
      } else {
        gfn++;
        if (ctx.collect) {
          log.fn.push(`${d.id}: ${contextAround(d.text, t.span, [t.span], 70)}  {gold ${t.type} ${t.value}}`);
          counter(log, 'missed relative expressions (text)').add(t.text.toLowerCase().replace(/\s+/g, ' '));
        }
      }
      // value: at the gold's granularity, for gold values that are a year, month or day
      const sv = scorableValue(t.value);
      if (t.type !== 'DATE' || !sv) continue;
      vItems++;
      let best: Finding | null = null;
      let bestOv = 0;
      for (const f of over) {
        if (!f.resolved) continue;
        const ov = Math.min(f.offset[1], t.span[1]) - Math.max(f.offset[0], t.span[0]);
        if (ov > bestOv) {
          best = f;
          bestOv = ov;
        }
      }
      if (!best) continue;
      vWithValue++;
      const ok = valueMatches(best.resolved!, sv);
      if (ok) vCorrect++;
      else if (ctx.collect) {
        counter(log, 'wrong resolved values by kind').add(kind);
        log.notes.push(`wrong value ${d.id}: "${t.text}" gold ${t.value}, ours ${best.resolved} (DCT ${d.dct})`);
      }
    }
    // the same document without its DCT: the draft has no date of its own
    const bare = run(ctx, `tempeval-noref:${d.id}`, d.text, { categories: ['dates'] });
    if (!bare) continue;
    if (bare.referenceSource) {
      inTextRef++;
      continue;
    }
    if (bare.findings.some((f) => f.rule === NO_REF)) noRefTp++;
    else {
      noRefFn++;
      if (ctx.collect) dlog.fn.push(`${d.id}: no no-reference-date finding without the DCT`);
    }
  }
  if (ctx.collect) {
    const c = counter(log, 'recall by kind of relative expression (hit/all)');
    for (const [k, n] of kindAll.top(50)) c.add(`${k}: ${kindHit.top(50).find((x) => x[0] === k)?.[1] ?? 0}/${n}`, n);
  }
  const e: Record<string, number | string | null> = { ...extra };
  if (crashed) e.crashed = crashed;
  const chDet = prf(ch.tp, ch.fp, ch.gtp, ch.gfn);
  const chVal = prf(ch.vCorrect, ch.vWith - ch.vCorrect, ch.vCorrect, vItems - ch.vCorrect);
  const rows: Row[] = [
    row({
      category: 'dates', dataset: 'tempeval3', split, level: 'expression', items: relTotal, tp: ftp, fp: ffp, tpGold: gtp, fn: gfn,
      anchor: `chrono-node relaxed F1 0.77 (all DATE/TIME); chrono-node here P/R/F1 ${fmt(chDet.precision)}/${fmt(chDet.recall)}/${fmt(chDet.f1)}`,
      extra: { ...e, documents: docs.length, chronoPrecision: chDet.precision, chronoRecall: chDet.recall, chronoF1: chDet.f1 },
    }),
    row({
      category: 'dates', dataset: 'tempeval3', split, level: 'value', items: vItems, tp: vCorrect, fp: vWithValue - vCorrect, tpGold: vCorrect, fn: vItems - vCorrect,
      anchor: `chrono-node 36% end to end, HeidelTime value F1 0.776; chrono-node here R ${fmt(chVal.recall)}`,
      extra: { detectedWithValue: vWithValue, chronoPrecision: chVal.precision, chronoRecall: chVal.recall, chronoF1: chVal.f1 },
    }),
    row({
      category: 'dates', dataset: 'tempeval3', split, level: 'document (no DCT)', items: docs.length, tp: noRefTp, fp: noRefFp, tpGold: noRefTp, fn: noRefFn,
      anchor: '—', extra: { dateFoundInText: inTextRef },
    }),
  ];
  return { rows, logs: [log, dlog] };
}

export { spread };
