/**
 * Small helpers for the evaluation: CSV, Python-list strings, P/R/F1, counters, spans.
 * Node-only (the evaluation reads files); nothing here is shipped.
 */

/** Parse delimiter-separated text (RFC 4180 quoting, "" escapes, line breaks inside quotes). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** `['a', "b's", 'c']` (a Python list repr) to its strings. */
export function parsePyList(s: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  return out;
}

export interface PRF {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision from (tp, fp), recall from (tpGold, fn). They differ where one finding can cover
 * several gold items or the reverse (span and word levels). A ratio with a zero denominator is
 * null ("n/a"), not 0 or 1.
 */
export function prf(tp: number, fp: number, tpGold: number, fn: number): PRF {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tpGold + fn > 0 ? tpGold / (tpGold + fn) : null;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Macro-F1 over the two classes of a binary sentence task. */
export function macroF1(tp: number, fp: number, fn: number, tn: number): number | null {
  const pos = prf(tp, fp, tp, fn).f1;
  const neg = prf(tn, fn, tn, fp).f1;
  if (pos === null || neg === null) return null;
  return (pos + neg) / 2;
}

export class Counter {
  private m = new Map<string, number>();
  add(key: string, n = 1): void {
    this.m.set(key, (this.m.get(key) ?? 0) + n);
  }
  get size(): number {
    return this.m.size;
  }
  get total(): number {
    let t = 0;
    for (const v of this.m.values()) t += v;
    return t;
  }
  top(k: number): [string, number][] {
    return [...this.m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
  }
}

export type Span = [number, number];

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Same length as the input: curly apostrophes and quotes made straight, lower case where length-safe. */
export function foldForSearch(s: string): string {
  let out = '';
  for (const ch of s) {
    let c = ch === '’' || ch === '‘' ? "'" : ch === '“' || ch === '”' ? '"' : ch;
    const low = c.toLowerCase();
    if (low.length === c.length) c = low;
    out += c;
  }
  return out;
}

/** Every occurrence of `word` in `text`, case-insensitively, at word boundaries. */
export function findWord(text: string, word: string): Span[] {
  const w = foldForSearch(word);
  if (!w) return [];
  const re = new RegExp('(?<![\\p{L}\\p{N}])' + escapeRegExp(w) + '(?![\\p{L}\\p{N}])', 'gu');
  const t = foldForSearch(text);
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Words, as the figures per 1,000 words count them. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** A short text with [[…]] around the given spans (for the terminal only). */
export function markSpans(text: string, spans: Span[], from = 0, to = text.length): string {
  const sorted = spans.filter((s) => s[1] > from && s[0] < to).sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = from;
  for (const [s, e] of sorted) {
    const a = Math.max(s, pos);
    if (a > e) continue;
    out += text.slice(pos, a) + '[[' + text.slice(a, Math.min(e, to)) + ']]';
    pos = Math.min(e, to);
  }
  out += text.slice(pos, to);
  return out.replace(/\s+/g, ' ').trim();
}

/** A window of text around a span, for the terminal. */
export function contextAround(text: string, span: Span, marks: Span[], width = 110): string {
  const from = Math.max(0, span[0] - width);
  const to = Math.min(text.length, span[1] + width);
  return (from > 0 ? '…' : '') + markSpans(text, marks, from, to) + (to < text.length ? '…' : '');
}

/** Pick up to n items spread evenly through a list (deterministic). */
export function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(xs[Math.floor((i * xs.length) / n)]);
  return out;
}

/** A ratio for the table: 0.534 -> "0.53"; null -> "n/a". */
export function fmt(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits);
}
