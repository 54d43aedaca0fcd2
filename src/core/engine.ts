/**
 * The review engine: parse, run the rules block by block, apply configuration and inline
 * suppressions, and map raw findings to findings with offsets and line/character ranges.
 *
 * The same engine serves a one-shot review (CLI, report) and the editor's incremental updates:
 * it keeps each block's parse and rule results keyed by the block's text, so an edit re-reviews
 * only the blocks it touched. See README.md, "How the incremental review works".
 */
import type { BlockChecker, CheckContext, DocumentChecker } from './checker';
import { resolveConfig, ruleSetting } from './config';
import { documentInfo, type DocInfo } from './docinfo';
import { carryKey, NO_CARRY, parseBlock, refineKinds, splitBlocks, type BlockKind, type BlockSpan, type Carry, type ParsedBlock } from './parse';
import { BLOCK_CHECKERS, DOCUMENT_CHECKERS, RULE_INDEX } from './rules';
import { lineStarts, phraseSource } from './text';
import type { Category, CopydeskConfig, Finding, RawFinding, ResolvedConfig, YMD } from './types';
import { CATEGORIES } from './types';
import { isoDate, today as todayYMD } from './ymd';

export interface ReviewOptions {
  /** User configuration (layered already, or a single layer). */
  config?: CopydeskConfig | ResolvedConfig;
  /** YYYY-MM-DD: overrides the draft's own date (CLI option, setting). */
  referenceDate?: string;
  /** Only these categories. */
  categories?: Category[];
  /** The day "today" is, for dates without a year in a dateline. Default: the machine's today. */
  today?: YMD;
}

export interface ReviewResult {
  findings: Finding[];
  /** YYYY-MM-DD, or null when the draft has none. */
  referenceDate: string | null;
  referenceSource: DocInfo['referenceSource'];
  info: DocInfo;
  /** Counts per category. */
  counts: Record<Category, number>;
}

/** A content change as VS Code reports it. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

interface Entry {
  parsed: ParsedBlock;
  /** Rule results per checker, offsets relative to the block. */
  results: (RawFinding[] | undefined)[];
  ctxKeys: (string | undefined)[];
  /** Relative line starts of the block text. */
  lines: number[];
  /** Allow-list spans (relative), for the config version in `allowKey`. */
  allowSpans?: [number, number][];
  allowKey?: string;
  generation: number;
}

interface BlockRec extends BlockSpan {
  startLine: number;
  carryIn: Carry;
  entry: Entry;
}

const SUPPRESS_ALL = '*';

export class Engine {
  private config: ResolvedConfig;
  private referenceOverride: string | undefined;
  private categories: Set<Category>;
  private todayDate: YMD;
  private text = '';
  private blocks: BlockRec[] = [];
  private cache = new Map<string, Entry>();
  private generation = 0;
  private checkers: BlockChecker[];
  private docCheckers: DocumentChecker[];
  /** Statistics of the last update, for tests and the benchmark. */
  lastUpdate = { blocks: 0, reparsed: 0, rechecked: 0, full: true };

  constructor(options: ReviewOptions = {}) {
    this.config = isResolved(options.config) ? options.config : resolveConfig(options.config);
    this.referenceOverride = options.referenceDate ?? this.config.referenceDate;
    this.categories = new Set(options.categories ?? CATEGORIES);
    this.todayDate = options.today ?? todayYMD();
    this.checkers = BLOCK_CHECKERS.filter((c) => this.categories.has(c.category));
    this.docCheckers = DOCUMENT_CHECKERS.filter((c) => this.categories.has(c.category));
  }

  /** Change the configuration; cached results whose context changed are recomputed lazily. */
  setOptions(options: ReviewOptions): void {
    if (options.config) this.config = isResolved(options.config) ? options.config : resolveConfig(options.config);
    if ('referenceDate' in options) this.referenceOverride = options.referenceDate ?? this.config.referenceDate;
    if (options.today) this.todayDate = options.today;
  }

  /** Review the text from scratch (reusing cached blocks whose text is unchanged). */
  review(text: string): ReviewResult {
    this.text = text;
    this.generation++;
    const spans = splitBlocks(text);
    refineKinds(text, spans);
    this.blocks = [];
    let carry = NO_CARRY;
    let line = 0;
    let prevEnd = 0;
    let reparsed = 0;
    for (const s of spans) {
      line += countNl(text, prevEnd, s.start);
      const rec = this.makeRec(s, carry, line);
      if (rec.entry.generation === -1) reparsed++;
      rec.entry.generation = this.generation;
      this.blocks.push(rec);
      carry = rec.entry.parsed.carryOut;
      prevEnd = s.start;
    }
    this.lastUpdate = { blocks: this.blocks.length, reparsed, rechecked: 0, full: true };
    this.evict();
    return this.assemble();
  }

  /**
   * Bring the review up to date after an edit. `changes` are the edit's content changes (as VS
   * Code reports them, against the previous text); without them the changed region is found by
   * comparing the old and new text.
   */
  update(text: string, changes?: readonly TextChange[]): ReviewResult {
    if (!this.blocks.length || !this.text) return this.review(text);
    const old = this.text;
    let dirtyStart: number;
    let dirtyEndOld: number;
    let delta: number;
    if (changes && changes.length) {
      dirtyStart = Infinity;
      dirtyEndOld = -Infinity;
      delta = 0;
      for (const c of changes) {
        dirtyStart = Math.min(dirtyStart, c.rangeOffset);
        dirtyEndOld = Math.max(dirtyEndOld, c.rangeOffset + c.rangeLength);
        delta += c.text.length - c.rangeLength;
      }
      if (old.length + delta !== text.length) return this.review(text);
    } else {
      const n = Math.min(old.length, text.length);
      let p = 0;
      while (p < n && old.charCodeAt(p) === text.charCodeAt(p)) p++;
      let s = 0;
      while (s < n - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
      dirtyStart = p;
      dirtyEndOld = old.length - s;
      delta = text.length - old.length;
      if (p === old.length && p === text.length) return this.assemble();
    }
    this.text = text;
    this.generation++;
    const blocks = this.blocks;
    // first block to redo: the one before the block holding the edit (a blank line may have gone)
    let a = 0;
    {
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (blocks[mid].start <= dirtyStart) {
          a = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      a = Math.max(0, a - 1);
    }
    if (a <= 3) a = 0; // the header area decides block kinds: redo it whole
    const from = blocks[a].start;
    const lineDelta = countNl(text, dirtyStart, dirtyStart + (dirtyEndOld - dirtyStart) + delta) - countNl(old, dirtyStart, dirtyEndOld);
    // re-split from `from` until a new block lines up with an old one past the edit
    const fresh: BlockSpan[] = [];
    let resync = blocks.length;
    let k = a;
    splitBlocks(text, from, (s) => {
      fresh.push(s);
      if (s.start < dirtyStart + Math.max(0, delta) + 1) return true;
      const oldStart = s.start - delta;
      while (k < blocks.length && blocks[k].start < oldStart) k++;
      if (k < blocks.length && blocks[k].start === oldStart && oldStart >= dirtyEndOld && blocks[k].end + delta === s.end && blocks[k].kind === s.kind) {
        fresh.pop();
        resync = k;
        return false;
      }
      return true;
    });
    if (a === 0) refineKinds(text, fresh);
    // new records for the re-split part
    const out: BlockRec[] = blocks.slice(0, a);
    let carry = a > 0 ? out[a - 1].entry.parsed.carryOut : NO_CARRY;
    let line = a > 0 ? out[a - 1].startLine + countNl(text, out[a - 1].start, fresh.length ? fresh[0].start : from) : countNl(text, 0, fresh.length ? fresh[0].start : 0);
    let prev = fresh.length ? fresh[0].start : from;
    let reparsed = 0;
    for (const s of fresh) {
      line += countNl(text, prev, s.start);
      const rec = this.makeRec(s, carry, line);
      if (rec.entry.generation === -1) reparsed++;
      rec.entry.generation = this.generation;
      out.push(rec);
      carry = rec.entry.parsed.carryOut;
      prev = s.start;
    }
    // the rest: shifted, re-analysed only while the carry differs
    for (let j = resync; j < blocks.length; j++) {
      const b = blocks[j];
      const span: BlockSpan = { start: b.start + delta, end: b.end + delta, kind: b.kind };
      let rec: BlockRec;
      if (carryKey(b.carryIn) === carryKey(carry)) {
        rec = { ...span, startLine: b.startLine + lineDelta, carryIn: b.carryIn, entry: b.entry };
      } else {
        rec = this.makeRec(span, carry, b.startLine + lineDelta);
        if (rec.entry.generation === -1) reparsed++;
      }
      rec.entry.generation = this.generation;
      out.push(rec);
      carry = rec.entry.parsed.carryOut;
    }
    this.blocks = out;
    this.lastUpdate = { blocks: out.length, reparsed, rechecked: 0, full: false };
    if (this.cache.size > out.length * 2 + 64) this.evict();
    return this.assemble();
  }

  /** The blocks of the current text (for the report and tests). */
  get parsedBlocks(): { start: number; kind: BlockKind; parsed: ParsedBlock }[] {
    return this.blocks.map((b) => ({ start: b.start, kind: b.kind, parsed: b.entry.parsed }));
  }

  private makeRec(s: BlockSpan, carry: Carry, startLine: number): BlockRec {
    const text = this.text.slice(s.start, s.end);
    const key = s.kind + '\u0000' + carryKey(carry) + '\u0000' + text;
    let entry = this.cache.get(key);
    if (!entry) {
      const parsed = parseBlock(s.kind, text, carry);
      entry = { parsed, results: [], ctxKeys: [], lines: lineStarts(text), generation: -1 };
      this.cache.set(key, entry);
    }
    return { ...s, startLine, carryIn: carry, entry };
  }

  private evict(): void {
    for (const [k, e] of this.cache) if (e.generation !== this.generation) this.cache.delete(k);
  }

  private assemble(): ReviewResult {
    const text = this.text;
    const info = documentInfo(text, this.blocks, { referenceDate: this.referenceOverride, today: this.todayDate });
    const ctx: CheckContext = { config: this.config, referenceDate: info.referenceDate, today: this.todayDate, info };
    const ctxKeys = this.checkers.map((c) => c.contextKey(ctx));
    const allowRe = allowRegExp(this.config.allow);
    const allowKey = this.config.allow.join('\u0000');
    const findings: Finding[] = [];
    const counts: Record<Category, number> = { loaded: 0, sourcing: 0, dates: 0, style: 0 };
    // suppression state, walked in document order
    let disabled = new Set<string>();
    let pending: { line: number; rules: string[] } | null = null;
    let rechecked = 0;

    const docRaw: RawFinding[] = [];
    for (const dc of this.docCheckers) dc.check(text, ctx, docRaw);
    const docFindings = docRaw.map((r) => this.toFinding(r, 0, null, false)).filter((f): f is Finding => !!f);

    for (const b of this.blocks) {
      const e = b.entry;
      const parsed = e.parsed;
      // inline directives: <!-- copydesk-disable … -->, -enable, -disable-next-line, -disable-line
      const lineRules: { line: number; rules: string[] }[] = [];
      if (pending) {
        if (pending.line < b.startLine) pending.line = b.startLine; // the next line with text
        lineRules.push(pending);
      }
      let newPending: { line: number; rules: string[] } | null = null;
      const states: { at: number; set: Set<string> }[] = [];
      const initial = disabled;
      for (const d of parsed.directives) {
        const dLine = b.startLine + relLine(e.lines, d.start);
        const rules = d.rules.length ? d.rules : [SUPPRESS_ALL];
        if (d.kind === 'disable' || d.kind === 'enable') {
          disabled = new Set(disabled);
          if (d.kind === 'disable') rules.forEach((r) => disabled.add(r));
          else if (!d.rules.length) disabled.clear();
          else rules.forEach((r) => disabled.delete(r));
          states.push({ at: d.start, set: disabled });
        } else if (d.kind === 'disable-next-line') {
          newPending = { line: dLine + 1, rules };
          lineRules.push(newPending);
        } else lineRules.push({ line: dLine, rules });
      }
      const blockFindings: Finding[] = [];
      for (let ci = 0; ci < this.checkers.length; ci++) {
        const c = this.checkers[ci];
        let res = e.results[ci];
        if (!res || e.ctxKeys[ci] !== ctxKeys[ci]) {
          res = [];
          if (parsed.sentences.length) c.check(parsed, ctx, res);
          e.results[ci] = res;
          e.ctxKeys[ci] = ctxKeys[ci];
          rechecked++;
        }
        for (const r of res) {
          if (c.category === 'style' && overlapsAny(blockFindings, r.start + b.start, r.end + b.start)) continue;
          const f = this.toFinding(r, b.start, b, parsed.inQuote(r.start));
          if (!f) continue;
          if (allowRe) {
            if (e.allowKey !== allowKey) {
              e.allowSpans = [];
              allowRe.lastIndex = 0;
              let m: RegExpExecArray | null;
              while ((m = allowRe.exec(parsed.prose))) e.allowSpans.push([m.index, m.index + m[0].length]);
              e.allowKey = allowKey;
            }
            if (e.allowSpans!.some(([s, t]) => r.start < t && r.end > s)) continue;
          }
          const active = states.length ? stateBefore(states, r.start, initial) : disabled;
          if (isSuppressed(f, active, lineRules)) continue;
          blockFindings.push(f);
        }
      }
      const lastLine = b.startLine + e.lines.length - 1;
      pending = newPending && newPending.line > lastLine ? newPending : pending && pending.line > lastLine ? pending : null;
      for (const f of blockFindings) {
        findings.push(f);
        counts[f.category]++;
      }
    }
    for (const f of docFindings) {
      findings.unshift(f);
      counts[f.category]++;
    }
    this.lastUpdate.rechecked = rechecked;
    return {
      findings,
      referenceDate: info.referenceDate ? isoDate(info.referenceDate) : null,
      referenceSource: info.referenceSource,
      info,
      counts,
    };
  }

  private toFinding(r: RawFinding, base: number, b: BlockRec | null, inQuote: boolean): Finding | null {
    const meta = RULE_INDEX.get(r.rule);
    const category = meta ? meta.category : (r.rule.split('/')[0] as Category);
    const setting = ruleSetting(this.config, r.rule, category);
    if (!setting.on || !this.categories.has(category)) return null;
    let severity = setting.severity ?? r.severity ?? meta?.defaultSeverity ?? 'warning';
    if ((inQuote || r.inQuote) && (severity === 'warning' || severity === 'error') && category === 'loaded') severity = 'hint';
    const start = r.start + base;
    const end = r.end + base;
    let range;
    if (b) {
      const lines = b.entry.lines;
      const sl = relLine(lines, r.start);
      const el = relLine(lines, r.end);
      range = {
        start: { line: b.startLine + sl, character: r.start - lines[sl] },
        end: { line: b.startLine + el, character: r.end - lines[el] },
      };
    } else {
      const starts = lineStartsUpTo(this.text, end);
      const sl = relLine(starts, start);
      const el = relLine(starts, end);
      range = { start: { line: sl, character: start - starts[sl] }, end: { line: el, character: end - starts[el] } };
    }
    return {
      rule: r.rule,
      category,
      severity,
      offset: [start, end],
      range,
      text: this.text.slice(start, end),
      message: r.message,
      inQuote: !!(inQuote || r.inQuote),
      suggestions: (r.suggestions ?? []).map((s) => ({
        ...s,
        edits: s.edits.map((ed) => ({ offset: [ed.offset[0] + base, ed.offset[1] + base] as [number, number], newText: ed.newText })),
      })),
      docs: meta ? 'https://github.com/copydesk/copydesk#' + meta.anchor.replace(/^#/, '') : 'https://github.com/copydesk/copydesk#rules',
      explanation: r.explanation,
      alternatives: r.alternatives,
      resolved: r.resolved,
      deletion: r.deletion,
    };
  }
}

/** Review a whole text once. */
export function review(text: string, options: ReviewOptions = {}): ReviewResult {
  return new Engine(options).review(text);
}

function isResolved(c: CopydeskConfig | ResolvedConfig | undefined): c is ResolvedConfig {
  return !!c && Array.isArray((c as ResolvedConfig).allow) && !!(c as ResolvedConfig).dates && typeof (c as ResolvedConfig).dates.style === 'string' && !!(c as ResolvedConfig).categories && Object.keys((c as ResolvedConfig).categories).length === 4;
}

function countNl(text: string, from: number, to: number): number {
  let n = 0;
  let i = text.indexOf('\n', from);
  while (i !== -1 && i < to) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  return n;
}

function relLine(lines: number[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineStartsUpTo(text: string, end: number): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1 && i < end) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** The disabled set in force at `offset` of a block: the last directive at or before it. */
function stateBefore(states: { at: number; set: Set<string> }[], offset: number, initial: Set<string>): Set<string> {
  let cur = initial;
  for (const st of states) {
    if (st.at <= offset) cur = st.set;
    else break;
  }
  return cur;
}

function overlapsAny(fs: Finding[], s: number, e: number): boolean {
  for (const f of fs) if (f.offset[0] < e && f.offset[1] > s) return true;
  return false;
}

function isSuppressed(f: Finding, disabled: Set<string>, lineRules: { line: number; rules: string[] }[]): boolean {
  const hit = (rules: Iterable<string>): boolean => {
    for (const r of rules) if (r === SUPPRESS_ALL || r === f.rule || r === f.category) return true;
    return false;
  };
  if (disabled.size && hit(disabled)) return true;
  for (const lr of lineRules) if (lr.line === f.range.start.line && hit(lr.rules)) return true;
  return false;
}

const allowCache = new Map<string, RegExp | null>();
function allowRegExp(allow: string[]): RegExp | null {
  const key = allow.join('\u0000');
  if (allowCache.has(key)) return allowCache.get(key)!;
  const re = allow.length
    ? new RegExp('(?<![\\p{L}\\p{N}])(?:' + allow.map((a) => phraseSource(a)).sort((x, y) => y.length - x.length).join('|') + ')(?![\\p{L}\\p{N}])', 'giu')
    : null;
  if (allowCache.size > 20) allowCache.clear();
  allowCache.set(key, re);
  return re;
}
