/**
 * The parse: one pass over a draft gives the rules what they need.
 *
 * A draft is cut into blocks (runs of non-blank lines; a fenced code block, front matter or an
 * HTML comment is one block even with blank lines inside). Each block is analysed on its own,
 * given only the "carry" from the block before it (a quotation that runs on into the next
 * paragraph), so the editor can re-analyse just the blocks an edit touched.
 *
 * Offsets inside a ParsedBlock are relative to the block's start.
 */
import { DATE_LINE_RE } from './docinfo';
import { blank, isSpaceCode, isWordCode } from './text';
import { parseWrittenDate } from './ymd';
import { readWordTable, wordId } from './words';

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'list'
  | 'code'
  | 'comment'
  | 'front-matter'
  | 'header'
  | 'rule';

export interface BlockSpan {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Span {
  start: number;
  end: number;
}

export interface Quote extends Span {
  /** Inside the quote marks. */
  innerStart: number;
  innerEnd: number;
  /** The closing mark was found in this block. */
  closed: boolean;
  /** This block continues a quotation opened in an earlier paragraph. */
  continued: boolean;
  kind: 'double' | 'single' | 'blockquote';
  /** The attribution ("the mayor said", "according to …"), when found nearby. */
  speaker: Span | null;
  /** The speaker is known from an earlier paragraph of the same quotation. */
  speakerCarried: boolean;
}

/** What carries from one block into the next. */
export interface Carry {
  /** A quotation was left open at the end of the previous paragraph. */
  quoteOpen: boolean;
  /** …and its speaker was already named. */
  quoteSpeaker: boolean;
  /** The previous paragraph ends with a colon (introduces a quotation). */
  colon: boolean;
}
export const NO_CARRY: Carry = { quoteOpen: false, quoteSpeaker: false, colon: false };

export interface Directive {
  /** Offset of the comment in the block. */
  start: number;
  end: number;
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids or categories; empty = all. */
  rules: string[];
}

export interface ParsedBlock {
  kind: BlockKind;
  text: string;
  /** Same length as text; code, comments, URLs, markup and non-prose header fields blanked. */
  prose: string;
  sentences: Span[];
  quotes: Quote[];
  /**
   * The same quotations as `quotes`, whose `speaker` and `speakerCarried` may not be filled in yet:
   * for a rule that tests other things of a quotation first, and reads `quotes` (which fills them
   * in, for every quotation of the block) only for one that passes them.
   */
  readonly quotesUnresolved?: Quote[];
  /** Markdown links, footnote references, bare URLs: each is a source. */
  links: Span[];
  /** Attribution cues: said, told, according to, wrote, … */
  cues: Span[];
  directives: Directive[];
  carryOut: Carry;
  /** Is offset inside a direct quotation? */
  inQuote(offset: number): boolean;
  /** Index of the sentence containing offset (or the nearest before it). */
  sentenceAt(offset: number): number;
}

// ---------------------------------------------------------------------------------- blocks

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;

/** Is text[from, to) blank (`^[ \t\r]*$`)? */
function blankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Does the line at `from` open or close a fence (`^ {0,3}(`{3,}|~{3,})`)? */
function fenceLine(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 3 && text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c !== 0x60 && c !== 0x7e) return false;
  return i + 2 < to && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

// Regular expressions used per block or per line are made once here: a literal inside a function
// makes a new RegExp object each time the function runs.
const HEADING_LINE_RE = /^ {0,3}#{1,6}(\s|$)/;
const QUOTE_LINE_RE = /^ {0,3}>/;
const LIST_LINE_RE = /^ {0,3}([-*+]|\d{1,3}[.)])\s+\S/;
const RULE_LINE_RE = /^ {0,3}([-*_])( *\1){2,} *$/;
const COMMENT_LINE_RE = /^ {0,3}<!--/;

function classify(firstLine: string): BlockKind {
  if (HEADING_LINE_RE.test(firstLine)) return 'heading';
  if (QUOTE_LINE_RE.test(firstLine)) return 'blockquote';
  if (LIST_LINE_RE.test(firstLine)) return 'list';
  if (RULE_LINE_RE.test(firstLine)) return 'rule';
  return 'paragraph';
}

/** The blocks of a split without `visit` while they are found. */
const SPLIT_SCRATCH: BlockSpan[] = [];

/**
 * Cut text into blocks, starting at `from` (which must be a block boundary).
 * Calls `visit` for each block; stops early when `visit` returns false.
 */
export function splitBlocks(text: string, from = 0, visit?: (b: BlockSpan) => boolean | void): BlockSpan[] {
  // a whole split is made in the scratch list (reused from draft to draft) and copied out at its
  // exact number at the end, not grown by push; a split with `visit` (which may stop it) in its own list
  const out: BlockSpan[] = visit ? [] : SPLIT_SCRATCH;
  let count = 0;
  const n = text.length;
  let pos = from;
  const emit = (b: BlockSpan): boolean => {
    out[count++] = b;
    return visit ? visit(b) !== false : true;
  };
  // Front matter: only at the very top.
  if (pos === 0 && /^---[ \t]*\r?\n/.test(text)) {
    const close = /\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/g;
    close.lastIndex = 3;
    const m = close.exec(text);
    if (m) {
      const end = m.index + m[0].replace(/\r?\n$/, '').length;
      if (!emit({ start: 0, end, kind: 'front-matter' })) return out;
      pos = end;
    }
  }
  // the next "<!--" at or after a block's start (-2: not looked for yet, -1: none): a block holds
  // one when it lies inside it, and the search for it is made again only past it
  let nextOpen = -2;
  // the end of the line at `lePos`, when known (the line that ended the block before)
  let lePos = -1;
  let leKnown = 0;
  while (pos < n) {
    // skip blank lines
    let le = pos === lePos ? leKnown : lineEnd(text, pos);
    while (pos < n && blankLine(text, pos, le)) {
      pos = le + 1;
      le = lineEnd(text, pos);
    }
    if (pos >= n) break;
    const start = pos;
    // the first line's first character after up to three spaces: a letter, a quote mark and most
    // else start a paragraph, with no fence, comment, heading, quote, list or rule to look for
    let i = pos;
    while (i < le && i - pos < 3 && text.charCodeAt(i) === 0x20) i++;
    const c0 = text.charCodeAt(i);
    const marked = c0 === 0x23 || c0 === 0x3e || c0 === 0x2d || c0 === 0x2a || c0 === 0x2b || c0 === 0x5f || c0 === 0x3c || c0 === 0x60 || c0 === 0x7e || (c0 >= 48 && c0 <= 57);
    const first = marked ? text.slice(pos, le) : '';
    const fence = marked && fenceLine(text, pos, le) ? FENCE_RE.exec(first) : null;
    if (fence) {
      const marker = fence[1];
      let p = le + 1;
      let end = text.length;
      while (p <= n) {
        const e = lineEnd(text, p);
        const line = text.slice(p, e);
        if (new RegExp('^ {0,3}' + marker[0] + '{' + marker.length + ',}[ \\t]*\\r?$').test(line)) {
          end = e;
          break;
        }
        if (e >= n) {
          end = n;
          break;
        }
        p = e + 1;
      }
      if (!emit({ start, end, kind: 'code' })) return out;
      pos = end + 1;
      continue;
    }
    if (marked && COMMENT_LINE_RE.test(first)) {
      const close = text.indexOf('-->', pos + 4);
      if (close === -1 || text.slice(pos, close).indexOf('\n\n') !== -1 || text.slice(close + 3, lineEnd(text, close)).trim() === '') {
        // A comment block: up to the end of the line holding "-->", even across blank lines.
        const end = close === -1 ? n : lineEnd(text, close);
        if (!emit({ start, end, kind: 'comment' })) return out;
        pos = end + 1;
        continue;
      }
    }
    // an ordinary block: up to the next blank line (or a fence that interrupts it)
    let end = le;
    let p = le + 1;
    while (p < n) {
      const e = lineEnd(text, p);
      if (blankLine(text, p, e) || fenceLine(text, p, e)) {
        lePos = p;
        leKnown = e;
        break;
      }
      end = e;
      p = e + 1;
    }
    // HTML comment opened in the block but closed after a blank line: extend to its close
    // (searched in the block's own slice: a search of the document from here could run to its end)
    if (nextOpen !== -1 && nextOpen < start) nextOpen = text.indexOf('<!--', start);
    if (nextOpen !== -1 && nextOpen + 4 <= end) {
      const body = text.slice(start, end);
      const lastOpen = body.lastIndexOf('<!--');
      if (lastOpen !== -1 && body.indexOf('-->', lastOpen) === -1) {
        const close = text.indexOf('-->', start + lastOpen + 4);
        end = close === -1 ? n : lineEnd(text, close);
      }
    }
    if (!emit({ start, end, kind: marked ? classify(first) : 'paragraph' })) return out;
    pos = end + 1;
  }
  return visit ? out : out.slice(0, count);
}

// ---------------------------------------------------------------------------------- masks

const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
// Link text holds no brackets and a link target no spaces or unbalanced parentheses: every
// repetition can match in one way only, so a run of "[" or "[a](" cannot make them backtrack.
const IMAGE_RE = /!\[[^[\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const LINK_RE = /\[([^[\]\n]+)\](\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)|\[[^[\]\n]*\])/g;
const FOOTNOTE_REF_RE = /\[\^[^[\]\s]+\]/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+[^\s<>()\].,;:!?'"’”]/g;
const REF_DEF_RE = /^ {0,3}\[(\^?)[^\]\n]+\]:.*$/gm;
const DIRECTIVE_RE = /<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** Header fields of the news-draft format (`slug: …`, `hed: …`). */
const HEADER_LINE_RE = /^(?:date\s+\d.*$|(slug|hed|headline|dek|subhed|byline|by|date|dateline|desk|edition|section|status|editor|words|tags?)\s*:)/i;
const HEADER_PROSE_FIELDS = /^(hed|headline|dek|subhed)$/i;

/**
 * Code spans as CommonMark defines them: a run of N backticks up to the next run of exactly N.
 * One pass over the runs (a queue per run length), so no input can make it quadratic.
 */
export function codeSpans(text: string): [number, number][] {
  const runs: { at: number; len: number }[] = [];
  for (let i = text.indexOf('`'); i !== -1; ) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 0x60) j++;
    runs.push({ at: i, len: j - i });
    i = text.indexOf('`', j);
  }
  const byLen = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLen.get(r.len);
    if (list) list.push(k);
    else byLen.set(r.len, [k]);
  });
  const next = new Map<number, number>(); // per length: index into its list
  const out: [number, number][] = [];
  let k = 0;
  while (k < runs.length) {
    const r = runs[k];
    const list = byLen.get(r.len)!;
    let p = next.get(r.len) ?? 0;
    while (p < list.length && list[p] <= k) p++;
    next.set(r.len, p);
    if (p < list.length) {
      const close = runs[list[p]];
      out.push([r.at, close.at + close.len]);
      k = list[p] + 1;
    } else k++;
  }
  return out;
}

/** The masked copy of a block, made only when something needs masking (most paragraphs need none). */
class Mask {
  private chars: string[] | null = null;
  constructor(private readonly text: string) {}
  at(i: number): string {
    return this.chars ? this.chars[i] : this.text[i];
  }
  blank(start: number, end: number): void {
    if (end <= start) return;
    blank((this.chars ??= this.text.split('')), start, end);
  }
  result(): string {
    return this.chars ? this.chars.join('') : this.text;
  }
}

// made once (a literal inside a function makes a RegExp object each time it runs; the global ones
// are read from lastIndex 0 to their end, which leaves lastIndex 0)
const NOT_NEWLINE_RE = /[^\n\r]/g;
const HEADING_MARK_RE = /^ {0,3}#{1,6}\s?/;
const QUOTE_MARK_RE = /^ {0,3}>[ ]?/gm;
const LIST_MARK_RE = /^ {0,5}(?:[-*+]|\d{1,3}[.)])[ \t]+/gm;
const NON_SPACE_RE = /\S/;
const SPACE_RE = /\s/;

function maskBlock(kind: BlockKind, text: string, links: Span[], directives: Directive[]): string {
  if (kind === 'code' || kind === 'front-matter' || kind === 'rule') return text.replace(NOT_NEWLINE_RE, ' ');
  const mask = new Mask(text);
  let m: RegExpExecArray | null;
  DIRECTIVE_RE.lastIndex = 0;
  if (text.indexOf('<!--') !== -1) while ((m = DIRECTIVE_RE.exec(text))) {
    const rules = m[2].replace(/--$/, '').split(/[\s,]+/).filter(Boolean);
    directives.push({ start: m.index, end: m.index + m[0].length, kind: m[1] as Directive['kind'], rules });
  }
  if (kind === 'comment') return text.replace(NOT_NEWLINE_RE, ' ');
  if (text.indexOf('<!--') !== -1) {
    COMMENT_RE.lastIndex = 0;
    while ((m = COMMENT_RE.exec(text))) mask.blank(m.index, m.index + m[0].length);
  }
  if (text.indexOf('`') !== -1) {
    for (const [a, b] of codeSpans(text)) mask.blank(a, b);
  }
  if (text.indexOf('<') !== -1) {
    HTML_TAG_RE.lastIndex = 0;
    while ((m = HTML_TAG_RE.exec(text))) mask.blank(m.index, m.index + m[0].length);
  }
  if (text.indexOf('[') !== -1) {
    IMAGE_RE.lastIndex = 0;
    while ((m = IMAGE_RE.exec(text))) mask.blank(m.index, m.index + m[0].length);
    REF_DEF_RE.lastIndex = 0;
    while ((m = REF_DEF_RE.exec(text))) {
      links.push({ start: m.index, end: m.index + m[0].length });
      mask.blank(m.index, m.index + m[0].length);
    }
    LINK_RE.lastIndex = 0;
    while ((m = LINK_RE.exec(text))) {
      if (mask.at(m.index) === ' ') continue; // inside something already masked
      const s = m.index;
      const textEnd = s + 1 + m[1].length;
      links.push({ start: s, end: s + m[0].length });
      mask.blank(s, s + 1);
      mask.blank(textEnd, s + m[0].length);
    }
    FOOTNOTE_REF_RE.lastIndex = 0;
    while ((m = FOOTNOTE_REF_RE.exec(text))) {
      links.push({ start: m.index, end: m.index + m[0].length });
      mask.blank(m.index, m.index + m[0].length);
    }
  }
  if (text.indexOf('://') !== -1 || text.indexOf('www.') !== -1) {
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(text))) {
      if (mask.at(m.index) === ' ') continue;
      links.push({ start: m.index, end: m.index + m[0].length });
      mask.blank(m.index, m.index + m[0].length);
    }
  }
  if (kind === 'heading') {
    const h = HEADING_MARK_RE.exec(text);
    if (h) mask.blank(0, h[0].length);
  } else if (kind === 'blockquote') {
    const re = QUOTE_MARK_RE;
    re.lastIndex = 0;
    while ((m = re.exec(text))) mask.blank(m.index, m.index + m[0].length);
  } else if (kind === 'list') {
    const re = LIST_MARK_RE;
    re.lastIndex = 0;
    while ((m = re.exec(text))) mask.blank(m.index, m.index + m[0].length);
  } else if (kind === 'header') {
    let ls = 0;
    for (const line of text.split('\n')) {
      const hm = HEADER_LINE_RE.exec(line);
      if (hm) {
        if (HEADER_PROSE_FIELDS.test(hm[1])) mask.blank(ls, ls + hm[0].length);
        else mask.blank(ls, ls + line.length);
      } else if (DATE_LINE_RE.test(line)) mask.blank(ls, ls + line.length);
      ls += line.length + 1;
    }
  }
  return mask.result();
}

// ---------------------------------------------------------------------------------- sentences

/** Abbreviations after which a period does not end a sentence. */
export const NEVER_END = new Set(
  (
    'mr mrs ms messrs dr gov govs sen sens rep reps gen lt col sgt capt cpl maj adm cmdr pvt supt insp det ' +
    'st ste mt ft prof rev hon pres sec atty gov. vol no nos fig figs op ed eds pp approx dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'vs v e.g i.e cf al etc. ca'
  ).split(/\s+/),
);
/** Abbreviations that can end a sentence, when a typical sentence opener follows. */
export const MAY_END = new Set(
  'inc corp co ltd llc jr sr bros etc u.s u.k u.n e.u a.m p.m d.c n.y l.a ph.d u.s.a'.split(/\s+/),
);
export const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there but and so yet or ' +
    'in on at for with as after before when while if although though because since by from to of ' +
    'one two three some many most all no not what who why how where mr mrs ms dr'
  ).split(/\s+/),
);

const LEADING_APOSTROPHES_RE = /^['’]+/;
const DIGITS_RE = /^\d+$/;
const SPACE_DIGIT_RE = /^\s+\d/;
const INITIALS_RE = /^(\p{L}\.)+\p{L}$/u;
const NEXT_WORD_RE = /^\s+["“‘']?([\p{L}]+)/u;
const UPPER_FIRST_RE = /^\p{Lu}/u;
const TOKEN_CHAR = /[\p{L}\p{N}.&'’-]/u;
const LOWER_CHAR = /[\p{Ll}]/u;
const LETTER_CHAR = /\p{L}/u;
/** `[.!?…]` (and with `…` left out when `ellipsis` is false). */
const isTerminal = (c: number, ellipsis: boolean) => c === 0x2e || c === 0x21 || c === 0x3f || (ellipsis && c === 0x2026);
/** `["'”’)\]]`: what may follow a sentence's end mark. */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
/** A character (`c`, at prose[k]) of the word before a period: `[\p{L}\p{N}.&'’-]`. */
const isTokenCode = (c: number, prose: string, k: number): boolean => {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x2e || c === 0x26 || c === 0x27 || c === 0x2d;
  if (c === 0x2019) return true;
  // General Punctuation (dashes, curly quotes, ellipsis) holds no letter or digit: no string made
  if (c >= 0x2000 && c <= 0x206f) return false;
  return TOKEN_CHAR.test(prose[k]);
};

/**
 * Where a sentence-end mark at `p` ends, or -1: a run of `[.!?…]` and closing quotes/brackets
 * followed by white space, or a run of `[.!?]` and closers at the very end of the text. (The two
 * patterns of a regular expression once, `[.!?…]+["'”’)\]]*(?=\s)|[.!?]+["'”’)\]]*$`, written
 * out as loops: no backtracking into a shorter run can succeed, so the greedy run decides.)
 */
function terminalEnd(prose: string, p: number, n: number): number {
  let j = p;
  while (j < n && isTerminal(prose.charCodeAt(j), true)) j++;
  while (j < n && isCloser(prose.charCodeAt(j))) j++;
  if (j < n && isSpaceCode(prose.charCodeAt(j))) return j;
  if (!isTerminal(prose.charCodeAt(p), false)) return -1;
  j = p;
  while (j < n && isTerminal(prose.charCodeAt(j), false)) j++;
  while (j < n && isCloser(prose.charCodeAt(j))) j++;
  return j === n ? j : -1;
}

/** Lower-case hash of an ASCII word, as the sentence finder (reading backwards) and the cue scanner compute it while reading. */
const letterHash = (w: string) => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + (w.charCodeAt(i) | 0x20)) | 0;
  return h;
};
/** Hashes of every abbreviation (without a final period) a token before a period might be. */
const ABBREV_HASHES = new Set([...NEVER_END, ...MAY_END].map((w) => letterHash(w.replace(/\.$/, ''))));
/** The abbreviations of NEVER_END that are ASCII letters (less a final period), by `letterHash`. */
const NEVER_END_WORDS = new Map<number, string>();
for (const w of NEVER_END) {
  const bare = w.replace(/\.$/, '');
  if (/^[a-z]+$/.test(bare)) NEVER_END_WORDS.set(letterHash(bare), bare);
}
/** What `wordKind` tells of the word before a period. */
const enum Word {
  /** Anything else: the checks below decide. */
  Other,
  /** Two or more ASCII letters, none of the abbreviations: a period after it may end a sentence. */
  Plain,
  /** Two or more ASCII letters that are one of NEVER_END: a period after it ends no sentence. */
  NeverEnd,
}
/**
 * The `len` ASCII letters at text[from, from + len) (two or more, `h` their letterHash), which are the token
 * before a period less any leading apostrophes: Plain and NeverEnd are decided without the checks
 * below (no initial, no number, no acronym, no other abbreviation), and without making a string.
 */
function wordKind(text: string, from: number, len: number, h: number): Word {
  if (!ABBREV_HASHES.has(h)) return Word.Plain;
  const w = NEVER_END_WORDS.get(h);
  if (w === undefined || w.length !== len) return Word.Other;
  for (let i = 0; i < len; i++) if ((text.charCodeAt(from + i) | 0x20) !== w.charCodeAt(i)) return Word.Other;
  return Word.NeverEnd;
}

// ---------------------------------------------------------------------------------- marks

/**
 * What the sentence and quotation finders look at, and what may need masking in a paragraph:
 * sentence-end marks `[.!?…]`, quote marks `["'“”„‘’]`, and `<`, `` ` ``, `[`, `:`. One regular
 * expression finds them all in one pass over the prose (the fastest scan there is here: a loop of
 * `charCodeAt` on a sliced string is slower, and the finders once made a pass each).
 */
const MARK_RE = /[.!?\u2026"'\u201c\u201d\u201e\u2018\u2019<`[:]/g;
/** The sentence-end and quote marks of the prose last scanned (`scanMarks`): where, and which. */
let markPos = new Int32Array(512);
let markCode = new Uint16Array(512);
let markCount = 0;

/**
 * Collect the sentence-end and quote marks of `prose` (into markPos, markCode, markCount), and tell
 * whether the prose, as a paragraph, may need masking: whether it has `<` (a comment, a tag), `` ` ``
 * (code), `[` (a link, an image, a footnote), `://` or `www.` (a URL) — what `maskBlock` looks for
 * before it masks anything in a paragraph.
 */
function scanMarks(prose: string): boolean {
  const re = MARK_RE;
  re.lastIndex = 0;
  let m = 0;
  let gate = false;
  // `test`, not `exec`: no match object for each of the many marks
  while (re.test(prose)) {
    const i = re.lastIndex - 1;
    const c = prose.charCodeAt(i);
    if (c === 0x3c || c === 0x60 || c === 0x5b) {
      gate = true;
      continue;
    }
    if (c === 0x3a) {
      if (prose.charCodeAt(i + 1) === 0x2f && prose.charCodeAt(i + 2) === 0x2f) gate = true;
      continue;
    }
    if (c === 0x2e && i >= 3 && prose.charCodeAt(i - 1) === 0x77 && prose.charCodeAt(i - 2) === 0x77 && prose.charCodeAt(i - 3) === 0x77) gate = true;
    if (m === markPos.length) {
      const pos = new Int32Array(m * 2);
      pos.set(markPos);
      markPos = pos;
      const code = new Uint16Array(m * 2);
      code.set(markCode);
      markCode = code;
    }
    markPos[m] = i;
    markCode[m++] = c;
  }
  markCount = m;
  return gate;
}

if (NEVER_END.has('') || NEVER_END.has('.') || MAY_END.has('')) throw new Error('an empty abbreviation');

/** Sentence bounds found (start, end, …), reused from block to block. */
let sentBounds = new Int32Array(256);
/** The Span objects of a block's sentences while they are made: copied out at their exact number. */
const SENT_SCRATCH: Span[] = [];

/** The sentences of `prose`, whose marks `scanMarks` has just collected. */
function findSentences(prose: string): Span[] {
  const n = prose.length;
  let count = 0;
  let start = 0;
  // skip leading space
  while (start < n && isSpaceCode(prose.charCodeAt(start))) start++;
  const pos = markPos;
  const code = markCode;
  const mc = markCount;
  let mi = 0;
  // the next mark to look at is the first at or after `from` (as a global expression's lastIndex)
  let from = 0;
  for (;;) {
    while (mi < mc && (pos[mi] < from || !isTerminal(code[mi], true))) mi++;
    if (mi === mc) break;
    const at = pos[mi];
    const end = terminalEnd(prose, at, n);
    if (end === -1) {
      from = at + 1;
      continue;
    }
    from = end;
    const c0 = code[mi];
    if (end === at + 1 && c0 === 0x2e) {
      // a lone period: the token before it, read backwards: its ASCII letters (their hash, as
      // letterHash has it), then the apostrophes before them; anything else makes it Other
      let k = at - 1;
      let h = 0;
      let pow = 1;
      let letters = 0;
      let state = 0; // 0: letters so far, 1: then apostrophes, 2: anything else
      while (k >= 0) {
        const c = prose.charCodeAt(k);
        if (!isTokenCode(c, prose, k)) break;
        const l = c | 0x20;
        if (state === 0 && l >= 97 && l <= 122) {
          h = (h + Math.imul(l, pow)) | 0;
          pow = Math.imul(pow, 31);
          letters++;
        } else if (state !== 2 && (c === 0x27 || c === 0x2019)) state = 1;
        else state = 2;
        k--;
      }
      const len = at - k - 1;
      const w = len === 0 ? Word.Plain : state === 2 || letters < 2 ? Word.Other : wordKind(prose, at - letters, letters, h);
      if (w === Word.Plain) {
        // most periods end an ordinary word, and some no word at all (`”.`, `).`): no string is
        // made for them (the empty word is none of the abbreviations, nor an initial or a number)
      } else if (w === Word.NeverEnd || (len === 1 && letters === 1)) {
        continue; // "Mr. Smith", or an initial: "John F. Kennedy"
      } else {
      const token = prose.slice(k + 1, at).toLowerCase();
      const bare = token.replace(LEADING_APOSTROPHES_RE, '');
      if (bare.length === 1 && LETTER_CHAR.test(bare)) continue; // an initial: "John F. Kennedy"
      if (NEVER_END.has(bare) || NEVER_END.has(bare + '.')) continue;
      if (DIGITS_RE.test(bare) && SPACE_DIGIT_RE.test(prose.slice(end, end + 3))) continue;
      if (MAY_END.has(bare) || INITIALS_RE.test(bare)) {
        const next = NEXT_WORD_RE.exec(prose.slice(end, end + 40));
        if (!next || !UPPER_FIRST_RE.test(next[1]) || !OPENERS.has(next[1].toLowerCase())) continue;
      }
      }
    }
    // a sentence only ends before something that can start one: the first character after the
    // white space (within 20 characters) must not be a lower-case letter, unless the mark is ? or !
    if (c0 !== 0x3f && c0 !== 0x21) {
      const lim = Math.min(n, end + 20);
      let j = end;
      while (j < lim && isSpaceCode(prose.charCodeAt(j))) j++;
      if (j > end && j < lim) {
        const c = prose.charCodeAt(j);
        if (c < 128 ? c >= 97 && c <= 122 : !(c >= 0x2000 && c <= 0x206f) && LOWER_CHAR.test(prose[j])) continue;
      }
    }
    if (end > start) count = addBound(count, start, end);
    start = end;
    while (start < n && isSpaceCode(prose.charCodeAt(start))) start++;
  }
  if (start < n) {
    let e = n;
    while (e > start && isSpaceCode(prose.charCodeAt(e - 1))) e--;
    if (e > start) count = addBound(count, start, e);
  }
  if (count === 0) return EMPTY;
  // the spans in an array of their exact number (a list grown by push keeps room for 17)
  const k = count >> 1;
  const b = sentBounds;
  // most blocks have one to three: a literal of their number (no scratch list to store into and copy)
  if (k === 1) return [{ start: b[0], end: b[1] }];
  if (k === 2) return [{ start: b[0], end: b[1] }, { start: b[2], end: b[3] }];
  if (k === 3) return [{ start: b[0], end: b[1] }, { start: b[2], end: b[3] }, { start: b[4], end: b[5] }];
  for (let i = 0; i < k; i++) SENT_SCRATCH[i] = { start: b[2 * i], end: b[2 * i + 1] };
  return SENT_SCRATCH.slice(0, k);
}
function addBound(count: number, start: number, end: number): number {
  if (count + 2 > sentBounds.length) {
    const grown = new Int32Array(sentBounds.length * 2);
    grown.set(sentBounds);
    sentBounds = grown;
  }
  sentBounds[count] = start;
  sentBounds[count + 1] = end;
  return count + 2;
}

// ---------------------------------------------------------------------------------- quotes


/** Attribution verbs and phrases: who said it. Shared with the sourcing rule. */
export const CUE_SOURCE =
  "\\b(?:said|says|say|saying|told|tells|tell|asked|asks|added|adds|wrote|writes|write|written|stated|states|explained|explains|" +
  "noted|notes|recalled|recalls|replied|replies|responded|responds|answered|testified|testifies|announced|announces|" +
  "declared|declares|argued|argues|insisted|insists|claimed|claims|admitted|admits|acknowledged|acknowledges|" +
  "confirmed|confirms|estimated|estimates|reported|reports|tweeted|tweets|posted|posts|read|reads|shouted|shouts|" +
  "warned|warns|predicted|predicts|according\\s+to|in\\s+a\\s+statement|in\\s+an\\s+interview|quoted|quoting|" +
  "put\\s+it|puts\\s+it|cited|cites|citing|found|finds|showed|shows|concluded|concludes|" +
  "testimony|statement|interview|press\\s+release|told\\s+reporters|spokesman|spokeswoman|spokesperson)\\b";

/**
 * The cues of CUE_SOURCE by first word, in the pattern's order: each is a list of words that must
 * follow one another with white space between. The scanner below finds exactly what
 * `new RegExp(CUE_SOURCE, 'gi')` finds (ASCII words between \b, matched case-insensitively, the
 * first alternative that fits winning), without running a 90-way alternation at every position.
 */
const CUE_ALTS: Map<number, { word: string; alts: string[][] }> = (() => {
  const body = CUE_SOURCE.slice('\\b(?:'.length, -')\\b'.length);
  const map = new Map<number, { word: string; alts: string[][] }>();
  for (const alt of body.split('|')) {
    const words = alt.split('\\s+');
    const h = letterHash(words[0]);
    let e = map.get(h);
    if (!e) map.set(h, (e = { word: words[0], alts: [] }));
    if (e.word !== words[0]) throw new Error(`cue hash collision: ${e.word} / ${words[0]}`);
    e.alts.push(words);
  }
  return map;
})();
/** [A-Za-z0-9_]: a word character for \b without the `u` flag. */
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** Does the ASCII word `w` (lower case) stand at `at`, as a whole word? */
function wordAt(prose: string, at: number, w: string): boolean {
  const n = prose.length;
  if (at + w.length > n) return false;
  for (let i = 0; i < w.length; i++) if ((prose.charCodeAt(at + i) | 0x20) !== w.charCodeAt(i)) return false;
  return at + w.length === n || !isAsciiWord(prose.charCodeAt(at + w.length));
}
/** CUE_ALTS's entries by the number of their first word in the shared dictionary. */
const CUE_BY_ID: ({ word: string; alts: string[][] } | undefined)[] = [];
for (const e of CUE_ALTS.values()) CUE_BY_ID[wordId(e.word)] = e;

/** The cues of a block while `findCues` finds them: reused from block to block (their number is its result). */
const CUE_SCRATCH: Span[] = [];

/** Attribution cues in prose, as `CUE_SOURCE` matched globally and case-insensitively: into CUE_SCRATCH; how many. */
function findCues(prose: string): number {
  const out = CUE_SCRATCH;
  let cn = 0;
  const n = prose.length;
  // The parser asks for cues while it reads the draft, block after block (a quotation's speaker),
  // before any table is read; the rule modules ask for them while their block's table is current.
  const t = readWordTable(prose);
  if (t !== null && t.plain) {
    // the words are the runs of the shared table (no underscore, no letter beyond ASCII: \b falls at their edges)
    const { start, end, id } = t;
    let from = 0;
    for (let k = 0, tn = t.n; k < tn; k++) {
      const g = id[k];
      if (g < 0) continue;
      const e = CUE_BY_ID[g];
      if (e === undefined) continue;
      const at = start[k];
      if (at < from) continue;
      const p = cueAt(prose, at, end[k], e.alts);
      if (p !== -1) {
        from = p;
        if (!capitalAfterWord(prose, at)) out[cn++] = { start: at, end: p };
      }
    }
    return cn;
  }
  let i = 0;
  while (i < n) {
    // the next run of ASCII word characters
    let c = prose.charCodeAt(i);
    if (!isAsciiWord(c)) {
      i++;
      continue;
    }
    const at = i;
    let h = 0;
    let letters = true;
    do {
      if (letters && ((c | 0x20) < 97 || (c | 0x20) > 122)) letters = false;
      h = (Math.imul(h, 31) + (c | 0x20)) | 0;
      c = ++i < n ? prose.charCodeAt(i) : 0;
    } while (i < n && isAsciiWord(c));
    const len = i - at;
    if (!letters || len < 2 || len > 12) continue;
    const e = CUE_ALTS.get(h);
    if (!e || e.word.length !== len || !wordAt(prose, at, e.word)) continue;
    const p = cueAt(prose, at, i, e.alts);
    if (p === -1) continue;
    i = p;
    if (!capitalAfterWord(prose, at)) out[cn++] = { start: at, end: p };
  }
  return cn;
}
/** Where the first of a first word's cues (`alts`) that stands at prose[at, i) ends, or -1. */
function cueAt(prose: string, at: number, i: number, alts: string[][]): number {
  const n = prose.length;
  for (const words of alts) {
    let p = i;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const s0 = p;
      while (p < n && isSpaceCode(prose.charCodeAt(p))) p++;
      ok = p > s0 && wordAt(prose, p, words[k]);
      p += words[k].length;
    }
    if (ok) return p;
  }
  return -1;
}
const LETTER_SPACES_END_RE = /\p{L}\s+$/u;
/** A capitalised cue right after a word is part of a name: "the United States", "The Washington Post". */
function capitalAfterWord(prose: string, at: number): boolean {
  const c0 = prose.charCodeAt(at);
  return c0 >= 65 && c0 <= 90 && LETTER_SPACES_END_RE.test(prose.slice(Math.max(0, at - 3), at));
}

/** `[\s([{\u2014\u2013\-/:;,>]`: what may stand before an opening quote mark. */
const isOpenContext = (c: number) =>
  c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x2c || c === 0x3e || isSpaceCode(c);
/** `[\s.,;:!?)\]\u2014\u2013-]`: what may follow a closing straight quote. */
const isCloseContext = (c: number) =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x2014 || c === 0x2013 || c === 0x2d || isSpaceCode(c);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** In `qFlags`: the mark opens a quotation (else it closes one). */
const Q_OPEN = 1;
/** In `qFlags`: a single quote mark (else a double one). */
const Q_SINGLE = 2;
/** The quote marks of the block being parsed (`quoteMarks`): where, and Q_OPEN | Q_SINGLE. Reused from block to block. */
let qPos = new Int32Array(256);
let qFlags = new Uint8Array(256);

/** The quote marks of `prose` (into qPos and qFlags), from the marks `scanMarks` has just collected; how many. */
function quoteMarks(prose: string): number {
  const n = prose.length;
  const mc = markCount;
  if (qPos.length < mc) {
    qPos = new Int32Array(mc);
    qFlags = new Uint8Array(mc);
  }
  const pos = qPos;
  const flags = qFlags;
  let q = 0;
  let straightOpen = false;
  for (let k = 0; k < mc; k++) {
    const c = markCode[k];
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) continue; // a sentence-end mark
    const i = markPos[k];
    if (c === 0x201c /* “ */ || c === 0x201e /* „ */) {
      pos[q] = i;
      flags[q++] = Q_OPEN;
    } else if (c === 0x201d /* ” */) {
      pos[q] = i;
      flags[q++] = 0;
    } else if (c === 0x22 /* " */) {
      const before = i === 0 ? 0x20 : prose.charCodeAt(i - 1);
      const after = i + 1 < n ? prose.charCodeAt(i + 1) : 0x20;
      let open: boolean;
      if (isOpenContext(before) && !isSpaceCode(after)) open = true;
      else if (!isSpaceCode(before) && (isCloseContext(after) || i + 1 >= n)) open = false;
      else open = !straightOpen;
      straightOpen = open;
      pos[q] = i;
      flags[q++] = open ? Q_OPEN : 0;
    } else if (c === 0x2018 /* ‘ */) {
      // ‘90s written with the wrong mark is an apostrophe
      if (!(i + 1 < n && isDigit(prose.charCodeAt(i + 1)))) {
        pos[q] = i;
        flags[q++] = Q_OPEN | Q_SINGLE;
      }
    } else {
      // ’ or '
      const before = i === 0 ? 0x20 : prose.charCodeAt(i - 1);
      const after = i + 1 < n ? prose.charCodeAt(i + 1) : 0x20;
      const wordBefore = isWordCode(before);
      const wordAfter = isWordCode(after);
      if (wordBefore && wordAfter) continue; // mayor’s, she’d, don't
      if (c === 0x27 && isOpenContext(before) && wordAfter && !isDigit(after)) {
        pos[q] = i;
        flags[q++] = Q_OPEN | Q_SINGLE;
      } else if (!isSpaceCode(before) && !wordAfter) {
        pos[q] = i;
        flags[q++] = Q_SINGLE;
      }
    }
  }
  return q;
}

/** The quotations of a block while `findQuotes` makes them (its result is a copy of their exact number). */
const QUOTE_SCRATCH: Quote[] = [];
/** `\s+` (made once: a literal inside a function makes a RegExp object each time it runs). */
const SPACES_RE = /\s+/;

/** Whether the quotation last found by `findQuotes` is left open at the block's end. */
let openAtEnd = false;

/**
 * Pair the quote marks of a block. Double quotes make direct quotations; single quotes only when
 * they stand outside double quotes and a matching close follows (headline style, scare quotes),
 * so that apostrophes are never taken for quotation marks. The quotations are made in order of
 * their start, and do not overlap. Sets `openAtEnd`.
 */
function findQuotes(kind: BlockKind, prose: string, carry: Carry): Quote[] {
  openAtEnd = false;
  if (kind === 'blockquote') {
    const s = prose.search(NON_SPACE_RE);
    let e = prose.length;
    while (e > 0 && SPACE_RE.test(prose[e - 1])) e--;
    if (s >= 0) {
      return [{ start: s, end: e, innerStart: s, innerEnd: e, closed: true, continued: false, kind: 'blockquote', speaker: null, speakerCarried: false }];
    }
    return EMPTY;
  }
  const mn = quoteMarks(prose);
  if (mn === 0) return EMPTY;
  const pos = qPos;
  const flags = qFlags;
  // the quotations, made in the scratch list (reused from block to block) and copied out at their number
  const scratch = QUOTE_SCRATCH;
  let qn = 0;
  // the marks that opened the quotation and the single quotation now open (indices, -1 for none)
  let open = -1;
  let openContinued = false;
  let singleOpen = -1;
  // A paragraph that continues an open quotation starts with a quote mark.
  if (carry.quoteOpen && (flags[0] & Q_SINGLE) === 0 && prose.slice(0, pos[0]).trim() === '') {
    flags[0] |= Q_OPEN;
    openContinued = true;
  }
  for (let k = 0; k < mn; k++) {
    const f = flags[k];
    const at = pos[k];
    if ((f & Q_SINGLE) === 0) {
      if (open < 0) {
        if (f & Q_OPEN) {
          open = k;
          singleOpen = -1;
        }
        continue;
      }
      const from = pos[open];
      if ((f & Q_OPEN) === 0 || prose.charCodeAt(at) === 0x22) {
        scratch[qn] = {
          start: from, end: at + 1, innerStart: from + 1, innerEnd: at, closed: true,
          continued: openContinued && qn === 0 && open === 0, kind: 'double', speaker: null, speakerCarried: false,
        };
        qn++;
        open = -1;
      } else {
        // two openers in a row: the first was never closed; end it at this one's sentence
        scratch[qn++] = { start: from, end: at, innerStart: from + 1, innerEnd: at, closed: false, continued: false, kind: 'double', speaker: null, speakerCarried: false };
        open = k;
      }
    } else if (open < 0) {
      if (f & Q_OPEN) singleOpen = k;
      else if (singleOpen >= 0) {
        const from = pos[singleOpen];
        const inner = prose.slice(from + 1, at);
        if (inner.trim() && inner.split(SPACES_RE).length <= 25) {
          scratch[qn++] = { start: from, end: at + 1, innerStart: from + 1, innerEnd: at, closed: true, continued: false, kind: 'single', speaker: null, speakerCarried: false };
        }
        singleOpen = -1;
      }
    }
  }
  if (open >= 0) {
    let e = prose.length;
    while (e > 0 && SPACE_RE.test(prose[e - 1])) e--;
    const from = pos[open];
    scratch[qn++] = {
      start: from, end: e, innerStart: from + 1, innerEnd: e, closed: false,
      continued: openContinued && open === 0, kind: 'double', speaker: null, speakerCarried: false,
    };
    openAtEnd = true;
  }
  // (kept with the block: a copy of its exact length, not a list grown by push)
  return qn === 0 ? EMPTY : scratch.slice(0, qn);
}

// ---------------------------------------------------------------------------------- speakers

const COLON_END_RE = /:\s*$/;

/** A cue that names who spoke: "the mayor said", "said Smith", "she wrote", "according to". */
function speakerNear(prose: string, q: Quote, sentences: Span[], cues: Span[], block: { sentenceAt(o: number): number }): Span | null {
  // 1. right after the closing mark, in the same sentence (“…,” the mayor said.)
  const si = block.sentenceAt(q.end - 1);
  const sentEnd = sentences[si] ? sentences[si].end : prose.length;
  const sentStart = sentences[block.sentenceAt(q.start)] ? sentences[block.sentenceAt(q.start)].start : 0;
  let best: Span | null = null;
  for (const c of cues) {
    if (c.start >= q.start && c.end <= q.end) continue; // the cue is quoted
    if (c.start >= q.end && c.start <= Math.max(sentEnd, q.end + 80)) return c;
    if (c.end <= q.start && c.start >= sentStart) best = c; // "Smith said: “…”"
  }
  if (best) return best;
  // 2. a colon introducing the quotation: "The statement read:"
  const before = prose.slice(Math.max(0, q.start - 3), q.start);
  if (COLON_END_RE.test(before)) return { start: q.start - 1, end: q.start };
  return null;
}

// ---------------------------------------------------------------------------------- block

function spansContain(spans: Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Shared by every block that has none of a thing (frozen: a block's lists are read-only). */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];
/** The eight possible carries, shared: a block's carry is compared and keyed, never changed. */
const CARRIES: Carry[] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (i === 0 ? NO_CARRY : Object.freeze({ quoteOpen: !!(i & 1), quoteSpeaker: !!(i & 2), colon: !!(i & 4) })));

/**
 * A parsed block. Methods live on the prototype (no closures per block), and two things are found
 * on first use: the attribution cues (most paragraphs have no quotation, and the rules ask for cues
 * only around a sentence they are about to flag), and the speakers of the quotations (a rule reads
 * `quotes` while it checks the block, when the block's shared word table — see words.ts — is read
 * already: found then, the cues cost no reading of their own). Only a quotation left open at the
 * block's end needs its speaker at once, for the carry into the next block.
 */
class Block implements ParsedBlock {
  private cueList: Span[] | null = null;
  /**
   * While the quotations' speakers are still to be found, what the block before left open (the
   * speakers of a continued quotation depend on it); null once they are found, or when there are none
   * to find. (One field for the two: a block is made for every paragraph, and each field costs.)
   */
  private carryDue: Carry | null;
  constructor(
    readonly kind: BlockKind,
    readonly text: string,
    readonly prose: string,
    readonly sentences: Span[],
    /** In order of their start (see findQuotes), as `inQuote` needs; see UnorderedBlock for the other case. */
    protected readonly quoteList: Quote[],
    readonly links: Span[],
    readonly directives: Directive[],
    public carryOut: Carry,
    carryIn: Carry,
  ) {
    this.carryDue = quoteList.length > 0 ? carryIn : null;
  }
  get quotes(): Quote[] {
    if (this.carryDue !== null) this.findSpeakers();
    return this.quoteList;
  }
  get quotesUnresolved(): Quote[] {
    return this.quoteList;
  }
  get cues(): Span[] {
    if (this.cueList === null) {
      const kind = this.kind;
      const prosy = kind !== 'code' && kind !== 'front-matter' && kind !== 'comment' && kind !== 'rule';
      const k = prosy ? findCues(this.prose) : 0;
      // (kept with the block: a copy of their exact number, out of the scratch list)
      this.cueList = k ? CUE_SCRATCH.slice(0, k) : EMPTY;
    }
    return this.cueList;
  }
  inQuote(offset: number): boolean {
    return this.quoteList.length > 0 && spansContain(this.quoteList, offset);
  }
  sentenceAt(offset: number): number {
    const sentences = this.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
  /** Fill in the quotations' speakers; whether any quotation's speaker is known. */
  findSpeakers(): boolean {
    // (called only while they are due: by `quotes`, and by parseBlock for a block with quotations)
    const carry = this.carryDue ?? NO_CARRY;
    this.carryDue = null;
    const { prose, sentences, quoteList: quotes } = this;
    const cues = this.cues;
    let speakerKnown = false;
    let lastSpeaker: Span | null = null;
    for (const q of quotes) {
      if (q.kind === 'blockquote') continue;
      q.speaker = speakerNear(prose, q, sentences, cues, this);
      // “…,” the mayor said. “We owe it to the children.” — the same speaker goes on
      if (!q.speaker && lastSpeaker && q.kind === 'double') {
        q.speaker = lastSpeaker;
        q.speakerCarried = true;
      }
      if (q.speaker) lastSpeaker = q.speaker;
      if (!q.speaker && q.continued && carry.quoteSpeaker) q.speakerCarried = true;
      if (!q.speaker && carry.colon && q.start < 3) q.speakerCarried = true;
      if (q.speaker || q.speakerCarried) speakerKnown = true;
    }
    return speakerKnown;
  }
}

/**
 * A block whose quotations are not in order of their start (findQuotes makes them in order: kept
 * should that change), with their spans sorted for `inQuote`, as they once always were.
 */
class UnorderedBlock extends Block {
  private readonly quoteSpans: Span[];
  constructor(kind: BlockKind, text: string, prose: string, sentences: Span[], quotes: Quote[], links: Span[], directives: Directive[], carryOut: Carry, carryIn: Carry) {
    super(kind, text, prose, sentences, quotes, links, directives, carryOut, carryIn);
    this.quoteSpans = quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
  }
  override inQuote(offset: number): boolean {
    return this.quoteSpans.length > 0 && spansContain(this.quoteSpans, offset);
  }
}

/** Are the spans in order of their start (as `spansContain` needs)? */
function inOrder(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/** Analyse one block. `carry` is what the previous block left open. */
export function parseBlock(kind: BlockKind, text: string, carry: Carry = NO_CARRY): ParsedBlock {
  const prosy = kind !== 'code' && kind !== 'front-matter' && kind !== 'comment' && kind !== 'rule';
  let prose = text;
  let links: Span[] = EMPTY;
  let directives: Directive[] = EMPTY;
  // A paragraph with none of what masking looks for is its own prose: its marks are read from its
  // text, in the one pass that tells. Anything else is masked first, and its prose read then.
  if (kind !== 'paragraph' || scanMarks(text)) {
    links = [];
    directives = [];
    prose = maskBlock(kind, text, links, directives);
    if (links.length > 1) {
      if (!inOrder(links)) links.sort((a, b) => a.start - b.start);
    } else if (!links.length) links = EMPTY;
    if (!directives.length) directives = EMPTY;
    if (prosy && (kind !== 'paragraph' || prose !== text)) scanMarks(prose);
  }
  const sentences = prosy ? findSentences(prose) : EMPTY;
  const quotes = prosy ? findQuotes(kind, prose, carry) : EMPTY;
  let last = prose.length - 1;
  while (last >= 0 && isSpaceCode(prose.charCodeAt(last))) last--;
  const colon = prosy && last >= 0 && prose.charCodeAt(last) === 0x3a;
  if (!quotes.length) {
    return new Block(kind, text, prose, sentences, EMPTY, links, directives, CARRIES[colon ? 4 : 0], carry);
  }
  // (findQuotes makes them in order; sorted spans, as they once always were, should that change)
  const block = inOrder(quotes)
    ? new Block(kind, text, prose, sentences, quotes, links, directives, CARRIES[colon ? 4 : 0], carry)
    : new UnorderedBlock(kind, text, prose, sentences, quotes, links, directives, CARRIES[colon ? 4 : 0], carry);
  if (openAtEnd) {
    // the next block needs to know whether this quotation's speaker is known
    const speakerKnown = block.findSpeakers();
    const speakerOut = speakerKnown || block.cues.length > 0;
    block.carryOut = CARRIES[1 | (speakerOut ? 2 : 0) | (colon ? 4 : 0)];
  } else {
    block.carryOut = CARRIES[colon ? 4 : 0];
  }
  return block;
}

// ---------------------------------------------------------------------------------- document

/** The whole draft, parsed. */
export interface Draft {
  text: string;
  spans: BlockSpan[];
  blocks: ParsedBlock[];
}

/**
 * The first blocks of a draft may be a header: `key: value` fields of the news-draft format, or a
 * date line (`date 2024-03-05`). Such a block, or such a first line, becomes a `header` block, so
 * that its non-prose fields are not reviewed as prose.
 */
export function refineKinds(text: string, spans: BlockSpan[]): void {
  const first = spans[0] && spans[0].kind === 'front-matter' ? 1 : 0;
  for (let i = first; i < spans.length && i < first + 3; i++) {
    const s = spans[i];
    if (s.kind !== 'paragraph') continue;
    const body = text.slice(s.start, s.end);
    const lines = body.split('\n');
    if (lines.every((l) => HEADER_LINE_RE.test(l.trim()) || DATE_LINE_RE.test(l))) {
      if (lines.length >= 2 || DATE_LINE_RE.test(lines[0])) s.kind = 'header';
      continue;
    }
    const m = DATE_LINE_RE.exec(lines[0]);
    if (m && parseWrittenDate(m[1]) && lines.length > 1) {
      // a date line directly above the story: split it off
      const cut = s.start + lines[0].length;
      spans.splice(i + 1, 0, { start: cut + 1, end: s.end, kind: 'paragraph' });
      s.end = cut;
      s.kind = 'header';
      i++;
    }
  }
}

export function parseDraft(text: string): Draft {
  const spans = splitBlocks(text);
  refineKinds(text, spans);
  const blocks: ParsedBlock[] = [];
  let carry = NO_CARRY;
  for (const s of spans) {
    const b = parseBlock(s.kind, text.slice(s.start, s.end), carry);
    blocks.push(b);
    carry = b.carryOut;
  }
  return { text, spans, blocks };
}
