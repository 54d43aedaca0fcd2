/**
 * The review engine: parse, run the rules block by block, apply configuration and inline
 * suppressions, and map raw findings to findings with offsets and line/character ranges.
 *
 * The same engine serves a one-shot review (CLI, report) and the editor's incremental updates:
 * it keeps each block's parse and rule results with the block, so an edit re-reviews only the
 * blocks it touched. See README.md, "How the incremental review works".
 */
import type { BlockChecker, CheckContext, DocumentChecker } from './checker';
import { resolveConfig, ruleSetting } from './config';
import { documentInfo, type DocInfo } from './docinfo';
import { NO_CARRY, parseBlock, refineKinds, splitBlocks, type BlockKind, type BlockSpan, type Carry, type ParsedBlock } from './parse';
import { BLOCK_CHECKERS, DOCUMENT_CHECKERS, RULE_INDEX } from './rules';
import { countNewlines, lineOf, lineStarts, lowerBound, phraseSource } from './text';
import { wordTable } from './words';
import type { Category, CopydeskConfig, Finding, RawFinding, ResolvedConfig, RuleMeta, Severity, Suggestion, TextEdit, YMD } from './types';
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
  /** The carry the block was parsed with. */
  carryIn: Carry;
  hasDirectives: boolean;
  /** Rule results per checker, offsets relative to the block. */
  results: (RawFinding[] | undefined)[];
  /** Relative line starts of the block text. */
  lines: number[];
  /** Allow-list spans (relative), for the config version in `allowKey`. */
  allowSpans?: [number, number][];
  allowKey?: string;
  /**
   * The block's findings after configuration, allow-list and the style-overlap rule, relative to
   * the block (no inline suppression): valid while `prepVersion` is the engine's config version and
   * no rule result was recomputed.
   */
  prep?: Prepared;
  /** The context keys (joined) the results were last validated against (the keys themselves: `Engine.sigKeys`). */
  ctxSig?: string;
  /** Parsed for this review or update and not yet counted in `lastUpdate.reparsed`. */
  fresh: boolean;
}

/**
 * A block's findings, placed where the block stood when they were made (`start`, `line`): a block
 * that moved gets them shifted (`shiftFindings`), and the record is replaced by the shifted one.
 */
interface Prepared {
  version: number;
  findings: Finding[];
  /** Findings per category, in the order of CATEGORIES: the assembly adds these up without touching each finding. */
  counts: number[];
  start: number;
  line: number;
}

interface BlockRec extends BlockSpan {
  startLine: number;
  carryIn: Carry;
  entry: Entry;
}

const SUPPRESS_ALL = '*';
const CATEGORY_INDEX: Record<Category, number> = { loaded: 0, sourcing: 1, dates: 2, style: 3 };

export class Engine {
  private config: ResolvedConfig;
  private referenceOverride: string | undefined;
  private categories: Set<Category>;
  private todayDate: YMD;
  private text = '';
  private blocks: BlockRec[] = [];
  private checkers: BlockChecker[];
  /** Whether a module that reads the shared word table (all but `style`) is on. */
  private readsWords: boolean;
  private docCheckers: DocumentChecker[];
  /** Bumped when the configuration changes: prepared findings of older versions are rebuilt. */
  private configVersion = 0;
  private ctxSig = '';
  private settings = new Map<string, { on: boolean; severity?: Severity }>();
  /** The context keys of each signature blocks were checked under (see `assemble`). */
  private sigKeys = new Map<string, string[]>();
  /** Where a rule module reports a block's findings (see `assemble`). */
  private scratch: RawFinding[] = [];
  /** The prepared record shared by blocks without findings (for the current config version). */
  private noPrep: Prepared | null = null;
  /** Statistics of the last update, for tests and the benchmark. */
  lastUpdate = { blocks: 0, reparsed: 0, rechecked: 0, full: true };

  constructor(options: ReviewOptions = {}) {
    this.config = isResolved(options.config) ? options.config : resolveConfig(options.config);
    this.referenceOverride = options.referenceDate ?? this.config.referenceDate;
    this.categories = new Set(options.categories ?? CATEGORIES);
    this.todayDate = options.today ?? todayYMD();
    this.checkers = BLOCK_CHECKERS.filter((c) => this.categories.has(c.category));
    this.readsWords = this.checkers.some((c) => c.category !== 'style');
    this.docCheckers = DOCUMENT_CHECKERS.filter((c) => this.categories.has(c.category));
  }

  /** Change the configuration; cached results whose context changed are recomputed lazily. */
  setOptions(options: ReviewOptions): void {
    this.configVersion++;
    this.settings.clear();
    if (options.config) this.config = isResolved(options.config) ? options.config : resolveConfig(options.config);
    if ('referenceDate' in options) this.referenceOverride = options.referenceDate ?? this.config.referenceDate;
    if (options.today) this.todayDate = options.today;
  }

  /** Review the text from scratch (reusing the analysis of blocks whose text is unchanged). */
  review(text: string): ReviewResult {
    // An engine that has reviewed before looks up its blocks by text; a new one has nothing to
    // look up, and spends no time hashing the draft into a cache it would not use.
    let known: Map<string, Entry[]> | null = null;
    if (this.blocks.length) {
      known = new Map();
      for (const b of this.blocks) {
        const t = b.entry.parsed.text;
        const list = known.get(t);
        if (list) list.push(b.entry);
        else known.set(t, [b.entry]);
      }
    }
    this.text = text;
    const spans = splitBlocks(text);
    refineKinds(text, spans);
    this.blocks = [];
    let carry = NO_CARRY;
    let line = 0;
    let prevEnd = 0;
    let reparsed = 0;
    for (let si = 0; si < spans.length; si++) {
      const s = spans[si];
      // the lines before this block: those of the block before (its line starts, known) and the
      // line breaks between (most often two, counted here without a search that would run on)
      for (let i = prevEnd; i < s.start; i++) if (text.charCodeAt(i) === 0x0a) line++;
      let reuse: Entry | undefined;
      if (known) {
        const list = known.get(text.slice(s.start, s.end));
        if (list) reuse = list.find((e) => e.parsed.kind === s.kind && sameCarry(e.carryIn, carry));
      }
      // a first review slices its blocks from the text the engine keeps anyway; a later one copies
      // them, so that a block kept across edits never holds on to more than the first version
      const rec = this.makeRec(s, carry, line, reuse, known !== null);
      if (rec.entry.fresh) reparsed++;
      rec.entry.fresh = false;
      this.blocks.push(rec);
      carry = rec.entry.parsed.carryOut;
      line += rec.entry.lines.length - 1;
      prevEnd = s.end;
    }
    this.lastUpdate = { blocks: this.blocks.length, reparsed, rechecked: 0, full: true };
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
    if (text === old) return this.assemble();
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
      const p = commonPrefix(old, text);
      const s = commonSuffix(old, text, Math.min(old.length, text.length) - p);
      dirtyStart = p;
      dirtyEndOld = old.length - s;
      delta = text.length - old.length;
      if (p === old.length && p === text.length) return this.assemble();
    }
    this.text = text;
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
    const lineDelta = countNewlines(text, dirtyStart, dirtyStart + (dirtyEndOld - dirtyStart) + delta) - countNewlines(old, dirtyStart, dirtyEndOld);
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
    let line = a > 0 ? out[a - 1].startLine + countNewlines(text, out[a - 1].start, fresh.length ? fresh[0].start : from) : countNewlines(text, 0, fresh.length ? fresh[0].start : 0);
    let prev = fresh.length ? fresh[0].start : from;
    let reparsed = 0;
    // a re-split block whose text did not change (the one before the edit, most often) keeps its
    // analysis: found by its old position
    const oldAt = new Map<number, BlockRec>();
    for (let j = a; j < resync; j++) oldAt.set(blocks[j].start, blocks[j]);
    const reusable = (s: BlockSpan, at: number): Entry | undefined => {
      const o = oldAt.get(at);
      return o && o.kind === s.kind && o.end - o.start === s.end - s.start && sameCarry(o.carryIn, carry) && o.entry.parsed.text === text.slice(s.start, s.end) ? o.entry : undefined;
    };
    for (const s of fresh) {
      line += countNewlines(text, prev, s.start);
      const rec = this.makeRec(s, carry, line, reusable(s, s.start) ?? reusable(s, s.start - delta), true);
      if (rec.entry.fresh) reparsed++;
      rec.entry.fresh = false;
      out.push(rec);
      carry = rec.entry.parsed.carryOut;
      prev = s.start;
    }
    // the rest: shifted, re-analysed only while the carry differs
    for (let j = resync; j < blocks.length; j++) {
      const b = blocks[j];
      let rec: BlockRec;
      if (sameCarry(b.carryIn, carry)) {
        if (delta === 0 && lineDelta === 0) rec = b;
        else rec = blockRec(b.start + delta, b.end + delta, b.kind, b.startLine + lineDelta, b.carryIn, b.entry);
      } else {
        rec = this.makeRec({ start: b.start + delta, end: b.end + delta, kind: b.kind }, carry, b.startLine + lineDelta, undefined, true);
        if (rec.entry.fresh) reparsed++;
        rec.entry.fresh = false;
      }
      out.push(rec);
      carry = rec.entry.parsed.carryOut;
    }
    this.blocks = out;
    this.lastUpdate = { blocks: out.length, reparsed, rechecked: 0, full: false };
    return this.assemble();
  }

  /** The blocks of the current text (for the report and tests). */
  get parsedBlocks(): { start: number; kind: BlockKind; parsed: ParsedBlock }[] {
    return this.blocks.map((b) => ({ start: b.start, kind: b.kind, parsed: b.entry.parsed }));
  }

  private makeRec(s: BlockSpan, carry: Carry, startLine: number, reuse: Entry | undefined, copy: boolean): BlockRec {
    let entry = reuse;
    if (!entry) {
      // After the first review the block's text is a copy, not a slice of the whole document: a
      // block kept across edits must not keep every past version of the document alive.
      const text = copy ? ownCopy(this.text, s.start, s.end) : this.text.slice(s.start, s.end);
      const parsed = parseBlock(s.kind, text, carry);
      // every field present from the start: one hidden class for all entries keeps the per-block loop monomorphic
      entry = { parsed, carryIn: carry, hasDirectives: parsed.directives.length > 0, results: new Array(this.checkers.length), lines: text.indexOf('\n') === -1 ? ONE_LINE : lineStarts(text), allowSpans: undefined, allowKey: undefined, prep: undefined, ctxSig: undefined, fresh: true };
    }
    return blockRec(s.start, s.end, s.kind, startLine, carry, entry);
  }

  /** A rule's setting, memoised by rule id (the id decides the category). */
  private setting(rule: string, category: Category): { on: boolean; severity?: Severity } {
    let st = this.settings.get(rule);
    if (!st) {
      st = ruleSetting(this.config, rule, category);
      if (!this.categories.has(category)) st = { on: false };
      this.settings.set(rule, st);
    }
    return st;
  }

  private assemble(): ReviewResult {
    const text = this.text;
    const info = documentInfo(text, this.blocks, { referenceDate: this.referenceOverride, today: this.todayDate });
    const ctx: CheckContext = { config: this.config, referenceDate: info.referenceDate, today: this.todayDate, info };
    const ctxKeys = this.checkers.map((c) => c.contextKey(ctx));
    // one string object per distinct context, so that the per-block check is a pointer comparison
    let ctxSig = ctxKeys.join('\u0000');
    if (ctxSig === this.ctxSig) ctxSig = this.ctxSig;
    else this.ctxSig = ctxSig;
    // the keys of each signature in use, so that a block checked under another knows which modules' results still hold
    if (!this.sigKeys.has(ctxSig)) {
      if (this.sigKeys.size >= 16) this.sigKeys.clear(); // a block whose signature is gone is checked again by every module
      this.sigKeys.set(ctxSig, ctxKeys);
    }
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

    const blocks = this.blocks;
    for (let bi = 0; bi < blocks.length; bi++) {
      const b = blocks[bi];
      const e = b.entry;
      const parsed = e.parsed;
      // rule results, recomputed when the block is new or a context value they depend on changed
      if (e.ctxSig !== ctxSig) {
        // the modules share one reading of the block's words: read from the draft itself when the
        // prose is the block's text as written (a flat string reads faster than the block's slice of it)
        if (this.readsWords && parsed.prose === parsed.text && parsed.sentences.length) wordTable(parsed.prose, text, b.start);
        const before = e.ctxSig === undefined ? undefined : this.sigKeys.get(e.ctxSig);
        for (let ci = 0; ci < this.checkers.length; ci++) {
          if (!before || !e.results[ci] || before[ci] !== ctxKeys[ci]) {
            let res: RawFinding[] = NO_RESULTS;
            if (parsed.sentences.length) {
              // most blocks have no findings: they are checked into one reused list, copied only when something was found
              const out = this.scratch;
              // (emptied by pop, which keeps the list's room; setting length to 0 drops it, and every block with findings would grow it again)
              while (out.length) out.pop(); // left over by a module that threw
              this.checkers[ci].check(parsed, ctx, out);
              if (out.length) {
                res = out.slice();
                // (a list grown by an odd block with thousands of findings is let go)
                if (out.length > 1024) out.length = 0;
                else while (out.length) out.pop();
              }
            }
            e.results[ci] = res;
            e.prep = undefined;
            rechecked++;
          }
        }
        e.ctxSig = ctxSig;
      }
      let out: Finding[];
      if (!pending && !disabled.size && !e.hasDirectives) {
        // The common case: no inline suppression reaches this block. Its findings depend only on
        // the block (cached in `prep`, placed where the block stood when they were made) and its
        // position (shifted when the block moved).
        let prep = e.prep;
        if (!prep || prep.version !== this.configVersion) {
          const found = this.prepare(b, allowRe, allowKey, null);
          if (!found.length) {
            // one shared record for every block without findings in this configuration
            if (!this.noPrep || this.noPrep.version !== this.configVersion) this.noPrep = { version: this.configVersion, findings: NO_FINDINGS, counts: [0, 0, 0, 0], start: 0, line: 0 };
            prep = e.prep = this.noPrep;
          } else {
            const pc = [0, 0, 0, 0];
            for (let k = 0; k < found.length; k++) pc[CATEGORY_INDEX[found[k].category]]++;
            prep = e.prep = { version: this.configVersion, findings: found, counts: pc, start: b.start, line: b.startLine };
          }
        } else if (prep.findings.length && (prep.start !== b.start || prep.line !== b.startLine)) {
          prep = e.prep = { version: prep.version, findings: shiftFindings(prep.findings, b.start - prep.start, b.startLine - prep.line), counts: prep.counts, start: b.start, line: b.startLine };
        }
        out = prep.findings;
        const pc = prep.counts;
        counts.loaded += pc[0];
        counts.sourcing += pc[1];
        counts.dates += pc[2];
        counts.style += pc[3];
      } else {
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
          const dLine = b.startLine + lineOf(e.lines, d.start);
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
        const final = disabled;
        const suppressed = (r: RawFinding, f: Finding): boolean => {
          const active = states.length ? stateBefore(states, r.start, initial) : final;
          return isSuppressed(r.rule, f.category, f.range.start.line, active, lineRules);
        };
        out = this.prepare(b, allowRe, allowKey, suppressed);
        for (let i = 0; i < out.length; i++) counts[out[i].category]++;
        const lastLine = b.startLine + e.lines.length - 1;
        pending = newPending && newPending.line > lastLine ? newPending : pending && pending.line > lastLine ? pending : null;
      }
      // only pointers are copied here: on a long draft, reading every finding object costs a cache miss each
      for (let i = 0; i < out.length; i++) findings.push(out[i]);
    }
    if (docFindings.length) {
      findings.unshift(...docFindings);
      for (const f of docFindings) counts[f.category]++;
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

  /**
   * A block's findings where the block stands, in report order: rules in registry order; a style
   * finding is dropped when it overlaps one already kept; then configuration (rule on/off,
   * severity), the allow-list and, when given, inline suppression.
   */
  private prepare(b: BlockRec, allowRe: RegExp | null, allowKey: string, suppressed: ((r: RawFinding, f: Finding) => boolean) | null): Finding[] {
    const e = b.entry;
    const parsed = e.parsed;
    let total = 0;
    for (let ci = 0; ci < this.checkers.length; ci++) total += e.results[ci]!.length;
    if (!total) return NO_FINDINGS;
    // room for every result, cut to those kept at the end (kept with the block: no list grown by push, with room to spare)
    const found: Finding[] = new Array(total);
    let n = 0;
    // the spans kept so far, for the style-overlap rule: made when a style finding is to be checked
    let kept: Kept | null = null;
    for (let ci = 0; ci < this.checkers.length; ci++) {
      const c = this.checkers[ci];
      const res = e.results[ci]!;
      const isStyle = c.category === 'style';
      if (isStyle && res.length && !kept) {
        kept = new Kept();
        for (let k = 0; k < n; k++) kept.add(found[k].offset[0] - b.start, found[k].offset[1] - b.start);
      }
      for (let ri = 0; ri < res.length; ri++) {
        const r = res[ri];
        if (isStyle && n && kept!.overlaps(r.start, r.end)) continue;
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
        const f = this.toFinding(r, b.start, b, parsed.inQuote(r.start));
        if (!f) continue;
        if (suppressed && suppressed(r, f)) continue;
        if (kept) kept.add(r.start, r.end);
        found[n++] = f;
      }
    }
    if (n === 0) return NO_FINDINGS;
    if (n < total) found.length = n;
    return found;
  }

  /** A document-level finding (offsets in the whole text). */
  private toFinding(r: RawFinding, base: number, b: BlockRec | null, inQuote: boolean): Finding | null {
    const meta = RULE_INDEX.get(r.rule);
    const category = meta ? meta.category : (r.rule.split('/')[0] as Category);
    const setting = this.setting(r.rule, category);
    if (!setting.on) return null;
    let severity = setting.severity ?? r.severity ?? meta?.defaultSeverity ?? 'warning';
    if ((inQuote || r.inQuote) && (severity === 'warning' || severity === 'error') && category === 'loaded') severity = 'hint';
    const start = r.start + base;
    const end = r.end + base;
    let range;
    if (b) {
      const lines = b.entry.lines;
      const sl = lineOf(lines, r.start);
      const el = lineOf(lines, r.end);
      range = {
        start: { line: b.startLine + sl, character: r.start - lines[sl] },
        end: { line: b.startLine + el, character: r.end - lines[el] },
      };
    } else {
      const starts = lineStarts(this.text, end);
      const sl = lineOf(starts, start);
      const el = lineOf(starts, end);
      range = { start: { line: sl, character: start - starts[sl] }, end: { line: el, character: end - starts[el] } };
    }
    return {
      rule: r.rule,
      category,
      severity,
      offset: [start, end],
      range,
      text: b ? blockText(b, r, this.text) : this.text.slice(start, end),
      message: r.message,
      inQuote: !!(inQuote || r.inQuote),
      suggestions: shiftSuggestions(r.suggestions, base),
      docs: docsUrl(meta),
      explanation: r.explanation,
      alternatives: r.alternatives,
      resolved: r.resolved,
      deletion: r.deletion,
    };
  }
}

/**
 * A block finding's text, read from the block's own text (a block kept across edits holds a copy
 * of its text, never the whole document); one reaching past its block (it should not) from the document.
 */
function blockText(b: BlockRec, r: RawFinding, doc: string): string {
  const bt = b.entry.parsed.text;
  return r.start >= 0 && r.end <= bt.length ? bt.slice(r.start, r.end) : doc.slice(r.start + b.start, r.end + b.start);
}

const DOCS_URLS = new Map<RuleMeta, string>();
/** The rule's section in README.md (one string per rule, shared by its findings). */
function docsUrl(meta: RuleMeta | undefined): string {
  if (!meta) return 'https://github.com/copydesk/copydesk#rules';
  let url = DOCS_URLS.get(meta);
  if (url === undefined) DOCS_URLS.set(meta, (url = 'https://github.com/copydesk/copydesk#' + meta.anchor.replace(/^#/, '')));
  return url;
}

/** The suggestions of a finding that has none (shared: never changed). */
const NO_SUGGESTIONS = Object.freeze([]) as unknown as Suggestion[];
function shiftSuggestions(sugs: readonly Suggestion[] | undefined, base: number): Suggestion[] {
  if (!sugs || !sugs.length) return NO_SUGGESTIONS;
  const out: Suggestion[] = new Array(sugs.length);
  for (let i = 0; i < sugs.length; i++) {
    const s = sugs[i];
    const from = s.edits;
    const edits: TextEdit[] = new Array(from.length);
    for (let k = 0; k < from.length; k++) {
      const ed = from[k];
      edits[k] = { offset: [ed.offset[0] + base, ed.offset[1] + base], newText: ed.newText };
    }
    // the same fields as the suggestion shifted (`safe` only where it has it), without a spread's
    // generic copy: one shape for all
    out[i] = s.safe === undefined ? { title: s.title, edits } : { title: s.title, edits, safe: s.safe };
  }
  return out;
}

/** The findings of a block moved by `delta` characters and `lineDelta` lines: new objects, same content. */
function shiftFindings(fs: Finding[], delta: number, lineDelta: number): Finding[] {
  if (!fs.length) return NO_FINDINGS;
  const out: Finding[] = new Array(fs.length);
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i];
    const r = f.range;
    out[i] = {
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      offset: [f.offset[0] + delta, f.offset[1] + delta],
      // same lines: the range object is shared (findings are never mutated after they are made)
      range: lineDelta ? { start: { line: r.start.line + lineDelta, character: r.start.character }, end: { line: r.end.line + lineDelta, character: r.end.character } } : r,
      text: f.text,
      message: f.message,
      inQuote: f.inQuote,
      suggestions: f.suggestions.length && delta ? shiftSuggestions(f.suggestions, delta) : f.suggestions,
      docs: f.docs,
      explanation: f.explanation,
      alternatives: f.alternatives,
      resolved: f.resolved,
      deletion: f.deletion,
    };
  }
  return out;
}

/** Review a whole text once. */
export function review(text: string, options: ReviewOptions = {}): ReviewResult {
  return new Engine(options).review(text);
}

function isResolved(c: CopydeskConfig | ResolvedConfig | undefined): c is ResolvedConfig {
  return !!c && Array.isArray((c as ResolvedConfig).allow) && !!(c as ResolvedConfig).dates && typeof (c as ResolvedConfig).dates.style === 'string' && !!(c as ResolvedConfig).categories && Object.keys((c as ResolvedConfig).categories).length === 4;
}

/**
 * Length of the common prefix of a and b. Compares 4 KB slices first (a string comparison runs at
 * memory speed; a loop over char codes does not), then characters.
 */
/** Shared empty lists (frozen: read-only by contract). */
const NO_RESULTS: RawFinding[] = Object.freeze([]) as unknown as RawFinding[];
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** The line starts of every block of one line. */
const ONE_LINE: number[] = Object.freeze([0]) as unknown as number[];

/**
 * text[start, end) as a string of its own. A plain slice of a long string shares (and keeps
 * alive) the whole string in V8; a short one is copied anyway.
 */
function ownCopy(text: string, start: number, end: number): string {
  if (end - start < 16) return text.slice(start, end);
  const joined = ' ' + text.slice(start, end);
  joined.charCodeAt(1); // made flat: a copy
  return joined.slice(1);
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const step = 4096;
  let p = 0;
  while (p + step <= n && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix of a and b, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const step = 4096;
  let s = 0;
  while (s + step <= max && a.slice(la - s - step, la - s) === b.slice(lb - s - step, lb - s)) s += step;
  while (s < max && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return s;
}

/** A block record, always with the same fields in the same order (one hidden class). */
function blockRec(start: number, end: number, kind: BlockKind, startLine: number, carryIn: Carry, entry: Entry): BlockRec {
  return { start, end, kind, startLine, carryIn, entry };
}

function sameCarry(a: Carry, b: Carry): boolean {
  return a === b || (a.quoteOpen === b.quoteOpen && a.quoteSpeaker === b.quoteSpeaker && a.colon === b.colon);
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

/** Spans of the findings kept in a block, sorted by start, for the style-overlap rule. */
class Kept {
  private starts: number[] = [];
  private ends: number[] = [];
  private maxLen = 0;

  add(s: number, e: number): void {
    const i = lowerBound(this.starts, s + 1);
    if (i === this.starts.length) {
      this.starts.push(s);
      this.ends.push(e);
    } else {
      this.starts.splice(i, 0, s);
      this.ends.splice(i, 0, e);
    }
    if (e - s > this.maxLen) this.maxLen = e - s;
  }

  /** Does [s, e) overlap a kept span? Looks only at spans that start in [s - longest, e). */
  overlaps(s: number, e: number): boolean {
    const starts = this.starts;
    for (let j = lowerBound(starts, e) - 1; j >= 0 && starts[j] > s - this.maxLen; j--) if (this.ends[j] > s) return true;
    return false;
  }
}


function isSuppressed(rule: string, category: Category, line: number, disabled: Set<string>, lineRules: { line: number; rules: string[] }[]): boolean {
  const hit = (rules: Iterable<string>): boolean => {
    for (const r of rules) if (r === SUPPRESS_ALL || r === rule || r === category) return true;
    return false;
  };
  if (disabled.size && hit(disabled)) return true;
  for (const lr of lineRules) if (lr.line === line && hit(lr.rules)) return true;
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
