/**
 * A generic term matcher: tokenise a text once, then find every listed word or phrase by Map
 * lookups on the lower-cased first word (never one regular expression per entry).
 *
 * Phrases are written in plain words ("needless to say", "throw * under the bus"); a `*` in a
 * phrase stands for one to three words. Context patterns ("_ furnace", "the/a _") say which
 * neighbouring words cancel or require a match. Pure: depends only on the shared word table.
 */
import { isSpaceCode, lowerBound } from './text';
// FNV-1a as the shared word table hashes (tokenizeTable carries its runs' hashes on over connectors)
import { FNV_BASIS, FNV_PRIME, wordTable, type WordTable } from './words';

export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lower case, curly apostrophes made straight, quote marks made `"`. */
  key: string;
  /** The key without a possessive ('s or s'), or null. */
  base: string | null;
  /** A word (letters or digits), as opposed to one punctuation mark. */
  word: boolean;
  /** For a word, `hashStr(key)`: lets `Lexicon.scan` pass over words that start no entry without a Map lookup. */
  h: number;
}

/** Letters and digits, with apostrophes, hyphens and dots inside a word ("so-called", "don't", "U.S"). */
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['’.\-‐][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»']);
/** 1 for the ASCII letters and digits. */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
/** WORD_CODE over every char code (0 beyond ASCII): one test per character in the hot loops. */
const WORD_CODE_16 = new Uint8Array(65536);
WORD_CODE_16.set(WORD_CODE);

/**
 * Words and punctuation marks of a text, in order. Spaces are skipped. `start` (a token's start,
 * or 0) is where to begin: the tokens from there on are those of the whole text. `into`, when
 * given, is filled instead of a new array: its Token objects are overwritten and reused (so none
 * of them may still be in use), and it is cut to the number of tokens.
 */
export function tokenize(text: string, start = 0, into?: Token[]): Token[] {
  const out: Token[] = into ?? [];
  return cutTokens(out, tokenizeTo(text, start, out));
}

/**
 * `out` cut to its first k tokens: the objects cut off are kept for the next text (an array cut
 * shorter may let them go).
 */
function cutTokens(out: Token[], k: number): Token[] {
  if (out.length > k) {
    for (let j = k; j < out.length; j++) SPARE_TOKENS.push(out[j] as LexToken);
    out.length = k;
  }
  return out;
}

/**
 * `tokenize`'s tokens written into out[0, k), k returned; out is not cut: the objects past k stay
 * there, to be reused by the next call (a caller that keeps one such array and hands out copies of
 * its first tokens never has it cut shorter — which trims its storage, then grown anew).
 */
export function tokenizeTo(text: string, start: number, out: Token[]): number {
  // tokens written so far (out[0, k)); the objects beyond are reused before new ones are made
  let k = 0;
  const n = text.length;
  let p = start;
  while (p < n) {
    let c = text.charCodeAt(p);
    // ASCII fast path: spaces skipped, ASCII words and punctuation read by char codes; anything
    // touching a non-ASCII character is left to TOKEN_RE from the token's start (the reference)
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    if (c < 128) {
      if (isAsciiWordCode(c)) {
        let e = p;
        let ascii = true;
        // a capital letter in the word (else the word is its own key)
        let upper = false;
        // the key's hash, as `hashStr` (`| 32` lower-cases a letter and leaves digits and ' . - alone)
        let h = FNV_BASIS;
        for (;;) {
          while (e < n && WORD_CODE_16[(c = text.charCodeAt(e))] === 1) {
            if (c <= 90 && c >= 65) upper = true;
            h = Math.imul(h ^ (c | 32), FNV_PRIME);
            e++;
          }
          if (e >= n) break;
          if (c >= 128) {
            ascii = false;
            break;
          }
          if (c === 39 || c === 46 || c === 45) {
            // a connector joins only when a word character follows it
            if (e + 1 < n) {
              const d = text.charCodeAt(e + 1);
              if (isAsciiWordCode(d)) {
                h = Math.imul(h ^ c, FNV_PRIME);
                e++;
                continue;
              }
              if (d >= 128) {
                ascii = false;
                break;
              }
            }
          }
          break;
        }
        if (ascii) {
          // ASCII: no curly apostrophe or hyphen to straighten. A word read recently gives its
          // strings again (most words of a text recur): no slice, no lower-casing
          const slot = (h ^ (h >>> 12)) & (INTERN_SLOTS - 1);
          let key = INTERN_KEYS[slot];
          if (!sameKey(key, text, p, e)) {
            key = text.slice(p, e);
            if (upper) key = key.toLowerCase();
            INTERN_KEYS[slot] = key;
          }
          let t = key;
          if (upper) {
            t = INTERN_TEXTS[slot];
            if (!sameText(t, text, p, e)) INTERN_TEXTS[slot] = t = text.slice(p, e);
          }
          putToken(out, k++, p, e, t, key, true, h);
          p = e;
          continue;
        }
      } else {
        const t = text.charAt(p);
        putToken(out, k++, p, p + 1, t, QUOTE_CHARS.has(t) ? '"' : t, false, 0);
        p++;
        continue;
      }
    }
    if (isCommonMark(text.charCodeAt(p))) {
      // a quote mark or dash standing alone (not a connector: a token never starts with one)
      const t = text.charAt(p);
      let key: string;
      if (QUOTE_CHARS.has(t)) key = '"';
      else if (t === '’' || t === '‘') key = "'";
      else if (t === '—' || t === '–') key = '—';
      else key = t;
      putToken(out, k++, p, p + 1, t, key, false, 0);
      p++;
      continue;
    }
    TOKEN_RE.lastIndex = p;
    const m = TOKEN_RE.exec(text);
    if (!m) break;
    const t = m[0];
    const code = t.charCodeAt(0);
    const word = t.length > 1 || isWordCode(code, t);
    if (word) {
      const key = normalise(t);
      putToken(out, k++, m.index, m.index + t.length, t, key, true, hashStr(key));
    }
    else {
      let key: string;
      if (QUOTE_CHARS.has(t)) key = '"';
      else if (t === '’' || t === '‘') key = "'";
      else if (t === '—' || t === '–') key = '—';
      else key = t;
      putToken(out, k++, m.index, m.index + t.length, t, key, word, 0);
    }
    p = m.index + t.length;
  }
  return k;
}

/** By UTF-16 code unit: 1 for a character `isJoiner` holds (' . - ’ ‐). */
const JOINER = new Uint8Array(65536);
for (const c of [39, 46, 45, 0x2019, 0x2010]) JOINER[c] = 1;

/**
 * `tokenize` of plain prose (see words.ts), read from its word table `t`: a word is a run, or runs
 * joined by one connector each (' . - ‐ ’); between words, each character but a space is a mark.
 * The same tokens as `tokenize(t.prose, start, into)`, without reading each word's characters to
 * find and hash it.
 */
export function tokenizeTable(t: WordTable, start = 0, into?: Token[]): Token[] {
  const out: Token[] = into ?? [];
  return cutTokens(out, tokenizeTableTo(t, start, out));
}

/** `tokenizeTable`'s tokens written into out[0, k), k returned, out not cut (as `tokenizeTo`). */
export function tokenizeTableTo(t: WordTable, start: number, out: Token[]): number {
  const text = t.prose;
  const n = t.n;
  const rs = t.start;
  const re = t.end;
  const rh = t.hash;
  const rf = t.flags;
  const gapKind = (GAP_KIND ??= gapKinds());
  let k = 0;
  // the first run at or after `start`
  let r = lowerBound(rs, start, n);
  // where the text after the last token read starts
  let g = start;
  for (;;) {
    const s = r < n ? rs[r] : text.length;
    // the marks before this word (a single space, the usual gap, holds none)
    if (s !== g && !(s === g + 1 && text.charCodeAt(g) === 32)) {
      for (let p = g; p < s; p++) {
        const c = text.charCodeAt(p);
        if (gapKind[c] === 1) putToken(out, k++, p, p + 1, markText(c), MARK_KEYS[c] ?? markKey(c), false, 0);
      }
    }
    if (r >= n) break;
    let h = rh[r];
    let e = re[r];
    let upper = (rf[r] & 1) !== 0;
    // a connector beyond ASCII (’ ‐): the key is made from the text
    let wide = false;
    // the last runs joined are ' and s (a possessive, when the word is longer than 3)
    let possessive = false;
    r++;
    // (the character after the run first: a joiner is rare, a run one space after this one common)
    while (r < n && JOINER[text.charCodeAt(e)] === 1 && rs[r] === e + 1) {
      let c = text.charCodeAt(e);
      if (c === 0x2019) {
        c = 39;
        wide = true;
      } else if (c === 0x2010) {
        c = 45;
        wide = true;
      } else if (c !== 39 && c !== 46 && c !== 45) break;
      const ke = re[r];
      possessive = c === 39 && ke === e + 2 && (text.charCodeAt(e + 1) | 32) === 115;
      h = Math.imul(h ^ c, FNV_PRIME);
      for (let p = e + 1; p < ke; p++) h = Math.imul(h ^ (text.charCodeAt(p) | 32), FNV_PRIME);
      if ((rf[r] & 1) !== 0) upper = true;
      e = ke;
      r++;
    }
    g = e;
    if (wide) {
      const w = text.slice(s, e);
      putToken(out, k++, s, e, w, normalise(w), true, h);
      continue;
    }
    // an ASCII word: its text and key are made when asked for, but its base now (rare)
    let base: string | null = null;
    if (possessive && e - s > 3) {
      let key = text.slice(s, e);
      if (upper) key = key.toLowerCase();
      base = baseOf(key);
    }
    putLazy(out, k++, s, e, null, null, true, h, base, text, upper);
  }
  return k;
}

/** The key of a mark (as `tokenize` has it), by char code; filled as marks are met. */
const MARK_KEYS: string[] = [];
function markKey(c: number): string {
  const t = String.fromCharCode(c);
  let key: string;
  if (QUOTE_CHARS.has(t)) key = '"';
  else if (t === '’' || t === '‘') key = "'";
  else if (t === '—' || t === '–') key = '—';
  else key = t;
  return (MARK_KEYS[c] = key);
}
/** The text of a mark: one string per char code beyond ASCII, kept as they are met. */
const MARK_TEXTS: string[] = [];
function markText(c: number): string {
  return c < 256 ? String.fromCharCode(c) : (MARK_TEXTS[c] ??= String.fromCharCode(c));
}

// recently read ASCII words, by their key hash: a key (lower case) and a text as written (with a capital)
const INTERN_SLOTS = 4096;
const INTERN_KEYS: string[] = new Array<string>(INTERN_SLOTS).fill('');
const INTERN_TEXTS: string[] = new Array<string>(INTERN_SLOTS).fill('');

/** Is k the key of the ASCII word text[s, e)? (`| 32` lower-cases a letter, leaves digits and ' . - alone.) */
function sameKey(k: string, text: string, s: number, e: number): boolean {
  if (k.length !== e - s) return false;
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) !== (text.charCodeAt(s + i) | 32)) return false;
  return true;
}

/** Is t the text[s, e)? */
function sameText(t: string, text: string, s: number, e: number): boolean {
  if (t.length !== e - s) return false;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== text.charCodeAt(s + i)) return false;
  return true;
}

/**
 * Common non-ASCII marks (curly quotes, dashes, the ellipsis, guillemets): each is a token of its
 * own where a token starts (as TOKEN_RE reads it: not a letter, digit, mark or space).
 */
function isCommonMark(c: number): boolean {
  return (c >= 0x2013 && c <= 0x2014) || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201e) || c === 0x2026 || c === 0xab || c === 0xbb;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Token k of `out`: the object there overwritten, or a new one. A mark has no base. */
function putToken(out: Token[], k: number, start: number, end: number, text: string, key: string, word: boolean, h: number): void {
  putLazy(out, k, start, end, text, key, word, h, word ? baseOf(key) : null, '', false);
}

/**
 * Token k of `out`, as `putToken`; a null text and key are made from `src` when first asked for
 * (see `LexToken`): then `base` must be given (null unless the word ends with 's).
 */
function putLazy(
  out: Token[], k: number, start: number, end: number, text: string | null, key: string | null, word: boolean, h: number, base: string | null,
  src: string, up: boolean,
): void {
  let o: LexToken | undefined;
  if (k < out.length) o = out[k] as LexToken;
  else {
    o = SPARE_TOKENS.pop();
    if (o === undefined) {
      out.push(new LexToken(start, end, text, key, base, word, h, src, up));
      return;
    }
    out.push(o);
  }
  o.start = start;
  o.end = end;
  o.t = text;
  o.k = key;
  o.base = base;
  o.word = word;
  o.h = h;
  o.src = src;
  o.up = up;
}

/** The first character code of a word's key, without making the key when it is not made yet. */
export function keyFirst(t: Token): number {
  const o = t as LexToken;
  // an ASCII word read from a word table: it starts with a letter or digit (`| 32`: lower case)
  if (o.k === null) return o.src.charCodeAt(o.start) | 32;
  return t.key.charCodeAt(0);
}

/** A number for a word's first three character codes (a filter's key: equal heads, equal numbers). */
export function headCode(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c;
}

/**
 * `headCode` of the first three characters of a word token's key, without making the key when it
 * is not made yet; -1 when the key is shorter.
 */
export function keyHeadCode(t: Token): number {
  const o = t as LexToken;
  if (o.k === null) {
    // an ASCII word read from a word table: its key is its text, lower case (as in `keyFirst`)
    const src = o.src;
    const p = o.start;
    return o.end - p >= 3 ? headCode(src.charCodeAt(p) | 32, src.charCodeAt(p + 1) | 32, src.charCodeAt(p + 2) | 32) : -1;
  }
  const k = t.key;
  return k.length >= 3 ? headCode(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2)) : -1;
}

/**
 * The tokens `tokenize` and `tokenizeTable` make. The text and key of an ASCII word read from a
 * word table are made when first asked for (most words are only hashed and passed over): the
 * strings `tokenize` makes, kept recently read words' (INTERN_KEYS) as it does.
 */
class LexToken implements Token {
  constructor(
    public start: number,
    public end: number,
    /** The text and the key, or null until made. */
    public t: string | null,
    public k: string | null,
    public base: string | null,
    public word: boolean,
    public h: number,
    /** The text the token was read from (for a text or key not made yet). */
    public src: string,
    /** The word has a capital letter (its key is not its text). */
    public up: boolean,
  ) {}

  get key(): string {
    const k = this.k;
    return k !== null ? k : this.makeKey();
  }
  set key(v: string) {
    this.k = v;
  }

  get text(): string {
    const t = this.t;
    return t !== null ? t : this.makeText();
  }
  set text(v: string) {
    this.t = v;
  }

  private makeKey(): string {
    const h = this.h;
    const slot = (h ^ (h >>> 12)) & (INTERN_SLOTS - 1);
    let key = INTERN_KEYS[slot];
    if (!sameKey(key, this.src, this.start, this.end)) {
      key = this.src.slice(this.start, this.end);
      if (this.up) key = key.toLowerCase();
      INTERN_KEYS[slot] = key;
    }
    return (this.k = key);
  }

  private makeText(): string {
    if (!this.up) return (this.t = this.key);
    const h = this.h;
    const slot = (h ^ (h >>> 12)) & (INTERN_SLOTS - 1);
    let t = INTERN_TEXTS[slot];
    if (!sameText(t, this.src, this.start, this.end)) INTERN_TEXTS[slot] = t = this.src.slice(this.start, this.end);
    return (this.t = t);
  }
}

/** Token objects no longer in use (cut off a reused array by `tokenize`), to be used again. */
const SPARE_TOKENS: LexToken[] = [];

/** A word's key without a possessive ('s or s'), or null. */
function baseOf(key: string): string | null {
  const n = key.length;
  if (n > 3) {
    const a = key.charCodeAt(n - 2);
    const b = key.charCodeAt(n - 1);
    if (a === 39 && b === 115) return key.slice(0, -2); // 's
    if (a === 115 && b === 39) return key.slice(0, -1); // s'
  }
  return null;
}

// hashes of keys for `Lexicon.mayMatch`: a hit is only a hint, checked exactly
const BITS = 1 << 18;

/** Hash of a key (a lower-cased word). */
function hashStr(k: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), FNV_PRIME);
  return h;
}
/** `hashStr` of the key of the ASCII word text[s, e). */
function hashAscii(text: string, s: number, e: number): number {
  let h = FNV_BASIS;
  for (let i = s; i < e; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), FNV_PRIME);
  return h;
}

function pairHash(a: number, b: number): number {
  return Math.imul(a ^ (b >>> 7) ^ (b << 11), 0x9e3779b1) ^ b;
}

function setBit(bits: Int32Array, h: number): void {
  const i = (h ^ (h >>> 16)) & (BITS - 1);
  bits[i >> 5] |= 1 << (i & 31);
}

function hasBit(bits: Int32Array, h: number): boolean {
  const i = (h ^ (h >>> 16)) & (BITS - 1);
  return (bits[i >> 5] & (1 << (i & 31))) !== 0;
}

// roles a word may play, indexed by its hash: a cheap gate before the bit sets and the exact checks
// (a slot is shared by every word of its index, so a role there is only a hint)
const ROLE_SLOTS = 1 << 16;
const R_OPEN = 1;
const R_SINGLE = 2;
const R_P1 = 4;
const R_P2 = 8;
const R_T1 = 16;
const R_T2 = 32;
const R_T3 = 64;
/** Not a role: set on the roles of a base, so that a word with a base is always looked at. */
const ROLE_HAS_BASE = 128;

/**
 * The gate in `firstCandidate`: can an entry start or go on at a word with roles `rf` (its base:
 * `rb`), after words with roles `prevR` and `prev2R`? It shifts P1 onto P2 and T1, T2 onto T3:
 * keep those bits in step.
 */
function mayStart(rf: number, rb: number, prevR: number, prev2R: number): boolean {
  return ((rf & R_OPEN) | (rb & R_SINGLE) | ((prevR << 1) & (rf | rb) & R_P2) | ((prev2R << 2) & (prevR << 1) & (rf | rb) & R_T3)) !== 0;
}

/**
 * By UTF-16 code unit, for the text between the runs of plain prose (see words.ts): 0 for a space
 * (as `\s`), 1 for any other character (a mark, a token of its own). Filled on first use.
 */
let GAP_KIND: Uint8Array | null = null;
function gapKinds(): Uint8Array {
  const k = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (!isSpaceCode(c)) k[c] = 1;
  return k;
}

/** ' . - ’ ‐: a character that joins two runs of a word table into one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 46 || c === 45 || c === 0x2019 || c === 0x2010;
}

/**
 * Where `firstCandidate` places a candidate recognised at the word of table `t` whose first run is
 * `k0`: the start of the token two before it, or of the one before it, or its own start (the
 * tokens as `tokenizeTable` reads them: a mark is each character but a space between words).
 */
function startBefore(t: WordTable, k0: number, gapKind: Uint8Array): number {
  const text = t.prose;
  const start = t.start;
  const end = t.end;
  let p = start[k0];
  let found = p;
  // the last run before the token at p
  let j = k0 - 1;
  for (let back = 0; back < 2; back++) {
    const lo = j >= 0 ? end[j] : 0;
    let q = p - 1;
    while (q >= lo && gapKind[text.charCodeAt(q)] === 0) q--;
    if (q >= lo) {
      // a mark
      p = found = q;
      continue;
    }
    if (j < 0) break;
    // the word ending with run j: back to its first run
    while (j > 0 && start[j] === end[j - 1] + 1 && isJoiner(text.charCodeAt(end[j - 1]))) j--;
    p = found = start[j];
    j--;
  }
  return found;
}

function roleIndex(h: number): number {
  return (h ^ (h >>> 15)) & (ROLE_SLOTS - 1);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordCode(code: number, t: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(t);
}

/** Lower case with straight apostrophes and plain hyphens: the form keys are compared in. */
export function normalise(s: string): string {
  const l = s.toLowerCase();
  if (l.indexOf('’') === -1 && l.indexOf('‐') === -1) return l;
  return l.replace(/’/g, "'").replace(/‐/g, '-');
}

// ------------------------------------------------------------------------------ context patterns

/** One position of a context pattern. */
interface PatternToken {
  /** Any word. */
  any?: boolean;
  /** A word with a capital first letter. */
  cap?: boolean;
  /** A number. */
  num?: boolean;
  /** The end of the sentence or text. */
  end?: boolean;
  /** A possessive: "Smith's", "officials'", his, her, their, its. */
  poss?: boolean;
  /** Keys that fit here; a key ending in `*` fits any word it begins. */
  words?: Set<string>;
  prefixes?: string[];
}

/** Words before (nearest first) and after a match that must be there for the pattern to fit. */
export interface ContextPattern {
  before: PatternToken[];
  after: PatternToken[];
}

/**
 * Compile a pattern such as `"_ furnace"`, `"the/a _"`, `"was/were _ to the"`. `_` is the match;
 * `/` separates words that fit one position; `*` is any word, `#cap` a capitalised word (not the first of the sentence), `#num` a
 * number, `#end` the end of the sentence, `#poss` a possessive ("Smith's", "their"); `COMMA` stands for a comma. Punctuation may be written
 * as it is (`.`, `"`, `:`).
 */
export function compilePattern(src: string): ContextPattern {
  const parts = src.trim().split(/\s+/);
  const at = parts.indexOf('_');
  if (at === -1) throw new Error(`context pattern without "_": ${src}`);
  const tok = (p: string): PatternToken => {
    if (p === '*') return { any: true };
    if (p === '#cap') return { cap: true };
    if (p === '#num') return { num: true };
    if (p === '#end') return { end: true };
    if (p === '#poss') return { poss: true };
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const w of p.split('/')) {
      const k = w === 'COMMA' ? ',' : w === 'SLASH' ? '/' : normalise(w);
      if (k.length > 1 && k.endsWith('*')) prefixes.push(k.slice(0, -1));
      else words.add(k);
    }
    return { words, prefixes };
  };
  return {
    before: parts.slice(0, at).reverse().map(tok),
    after: parts.slice(at + 1).map(tok),
  };
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'your', 'my']);

function fits(p: PatternToken, t: Token | undefined, limit: boolean, first: boolean): boolean {
  if (p.end) return !t || limit || (!t.word && (t.key === '.' || t.key === '!' || t.key === '?'));
  if (!t || limit) return false;
  if (p.any) return t.word;
  if (p.cap) return t.word && !first && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
  if (p.num) return /^\d/.test(t.key);
  if (p.poss) return t.base !== null || POSSESSIVES.has(t.key);
  if (p.words!.has(t.key) || (t.base !== null && p.words!.has(t.base))) return true;
  for (const pre of p.prefixes!) if (t.key.startsWith(pre)) return true;
  return false;
}

/**
 * Does the pattern fit around tokens[first, last)? `lo` and `hi` bound the tokens the pattern may
 * look at (the sentence).
 */
export function patternFits(p: ContextPattern, tokens: Token[], first: number, last: number, lo = 0, hi = tokens.length): boolean {
  for (let k = 0; k < p.before.length; k++) {
    const i = first - 1 - k;
    if (!fits(p.before[k], tokens[i], i < lo, i === lo)) return false;
  }
  for (let k = 0; k < p.after.length; k++) {
    const i = last + k;
    if (!fits(p.after[k], tokens[i], i >= hi, false)) return false;
  }
  return true;
}

// ------------------------------------------------------------------------------ the lexicon

/** The match of an entry without a `*` at token i (whose key is its first word), or null: its last word may be a possessive. */
function fixedMatch<T>(c: Compiled<T>, tokens: Token[], i: number): boolean {
  const w = c.words;
  const n = w.length;
  for (let wi = 1; wi < n; wi++) {
    const t = tokens[i + wi];
    if (!t || !t.word) return false;
    if (t.key !== w[wi] && !(wi === n - 1 && t.base === w[wi])) return false;
  }
  return true;
}

export interface LexiconEntry<T> {
  /** Words separated by spaces; `*` = one to three words. */
  phrase: string;
  value: T;
}

export interface LexMatch<T> {
  /** Token indices [first, last). */
  first: number;
  last: number;
  value: T;
  /** Token index ranges [from, to) that a `*` stood for (not to be changed: may be shared). */
  gaps: [number, number][];
}

interface Compiled<T> {
  words: string[];
  value: T;
  /** Number of fixed words, for longest-first order. */
  weight: number;
  /** A `*` among the words. */
  gap: boolean;
}

/** The gaps of a match without any (shared: never changed). */
const NO_GAPS: [number, number][] = [];
/** `matchAt` finding nothing (shared: never changed). */
const NO_MATCHES: LexMatch<never>[] = [];

const MAX_GAP = 3;

/** What the entries under one first word need next: lets `scan` skip a first word cheaply. */
interface FirstHint {
  /** An entry of one word. */
  single: boolean;
  /** An entry of one word or with a gap second: always worth trying. */
  open: boolean;
  /** The second words of the other entries. */
  seconds: Set<string>;
}

export class Lexicon<T> {
  private byFirst = new Map<string, Compiled<T>[]>();
  private hints = new Map<string, FirstHint>();
  /** Hashes of first words that are always tried, of one-word entries (for possessives), of first + second words. */
  private openBits = new Int32Array(BITS >> 5);
  private singleBits = new Int32Array(BITS >> 5);
  /** Per word hash (see `roleIndex`): the roles (`R_*` bits) a word of that hash may play in an entry. */
  private roles = new Uint8Array(ROLE_SLOTS);
  private pairBits = new Int32Array(BITS >> 5);
  private tripleBits = new Int32Array(BITS >> 5);
  /** The first two words of phrases that go on with a gap or end there ("in the *", "of course"). */
  private pairs = new Set<string>();
  /** The first three words of the other phrases ("in the end"). */
  private triples = new Set<string>();
  readonly size: number;

  constructor(entries: Iterable<LexiconEntry<T>>) {
    let n = 0;
    for (const e of entries) {
      const words = normalise(e.phrase).trim().split(/\s+/).filter(Boolean);
      if (!words.length || words[0] === '*') continue;
      const c: Compiled<T> = { words, value: e.value, weight: words.filter((w) => w !== '*').length, gap: words.includes('*') };
      const list = this.byFirst.get(words[0]);
      if (list) list.push(c);
      else this.byFirst.set(words[0], [c]);
      n++;
    }
    for (const [first, list] of this.byFirst) {
      list.sort((a, b) => b.weight - a.weight || b.words.length - a.words.length);
      const hint: FirstHint = { single: false, open: false, seconds: new Set() };
      for (const c of list) {
        if (c.words.length === 1) hint.single = hint.open = true;
        else if (c.words[1] === '*') hint.open = true;
        else hint.seconds.add(c.words[1]);
      }
      this.hints.set(first, hint);
      const roles = this.roles;
      if (hint.open) {
        setBit(this.openBits, hashStr(first));
        roles[roleIndex(hashStr(first))] |= R_OPEN;
      }
      if (hint.single) {
        setBit(this.singleBits, hashStr(first));
        roles[roleIndex(hashStr(first))] |= R_SINGLE;
      }
      for (const c of list) {
        const w = c.words;
        if (w.length === 1 || w[1] === '*') continue;
        if (w.length === 2 || w[2] === '*') {
          this.pairs.add(`${w[0]} ${w[1]}`);
          setBit(this.pairBits, pairHash(hashStr(w[0]), hashStr(w[1])));
          roles[roleIndex(hashStr(w[0]))] |= R_P1;
          roles[roleIndex(hashStr(w[1]))] |= R_P2;
        } else {
          this.triples.add(`${w[0]} ${w[1]} ${w[2]}`);
          setBit(this.tripleBits, pairHash(pairHash(hashStr(w[0]), hashStr(w[1])), hashStr(w[2])));
          roles[roleIndex(hashStr(w[0]))] |= R_T1;
          roles[roleIndex(hashStr(w[1]))] |= R_T2;
          roles[roleIndex(hashStr(w[2]))] |= R_T3;
        }
      }
    }
    this.size = n;
  }

  /** Every entry that matches at token i, longest first. */
  matchAt(tokens: Token[], i: number): LexMatch<T>[] {
    const n = this.matchInto(tokens, i);
    if (n === 0) return NO_MATCHES;
    const out: LexMatch<T>[] = [];
    for (let k = 0; k < n; k++) {
      const m = this.found[k];
      out.push({ first: m.first, last: m.last, value: m.value, gaps: m.gaps });
    }
    return out;
  }

  /**
   * `matchAt`'s matches, written into the objects of `found` (the first n; what lies past them is
   * stale): `scan` reads them there, so neither an array nor a match object is made per word tried.
   * The objects are this lexicon's until `scanInto` trades one for an object of its `out`.
   */
  private found: LexMatch<T>[] = [];
  private matchInto(tokens: Token[], i: number): number {
    const t = tokens[i];
    if (!t.word) return 0;
    let n = 0;
    const list = this.byFirst.get(t.key);
    if (list) {
      for (let k = 0; k < list.length; k++) {
        const c = list[k];
        if (c.gap) {
          const m = this.tryGapMatch(c, tokens, i);
          if (m !== null) this.put(n++, i, m.last, c.value, m.gaps);
        } else if (fixedMatch(c, tokens, i)) this.put(n++, i, i + c.words.length, c.value, NO_GAPS);
      }
    }
    if (t.base !== null) {
      const bl = this.byFirst.get(t.base);
      if (bl) {
        for (let k = 0; k < bl.length; k++) {
          const c = bl[k];
          if (c.words.length !== 1) continue;
          this.put(n++, i, i + 1, c.value, NO_GAPS);
        }
      }
    }
    return n;
  }

  /** found[k] made the match [first, last) of value with gaps. */
  private put(k: number, first: number, last: number, value: T, gaps: [number, number][]): void {
    const found = this.found;
    if (k < found.length) {
      const m = found[k];
      m.first = first;
      m.last = last;
      m.value = value;
      m.gaps = gaps;
    } else found.push({ first, last, value, gaps });
  }

  /** The match of an entry with a `*` at token i, or null. */
  private tryGapMatch(c: Compiled<T>, tokens: Token[], i: number): LexMatch<T> | null {
    const gaps: [number, number][] = [];
    const step = (wi: number, ti: number): number => {
      if (wi === c.words.length) return ti;
      const w = c.words[wi];
      if (w === '*') {
        for (let g = 1; g <= MAX_GAP; g++) {
          const t = tokens[ti + g - 1];
          if (!t || !t.word) return -1;
          gaps.push([ti, ti + g]);
          const r = step(wi + 1, ti + g);
          if (r !== -1) return r;
          gaps.pop();
        }
        return -1;
      }
      const t = tokens[ti];
      if (!t || !t.word) return -1;
      const lastWord = wi === c.words.length - 1;
      if (t.key !== w && !(lastWord && t.base === w)) return -1;
      return step(wi + 1, ti + 1);
    };
    const end = c.words.length === 1 ? i + 1 : step(1, i + 1);
    return end === -1 ? null : { first: i, last: end, value: c.value, gaps: gaps.slice() };
  }

  /**
   * Could `scan` find anything in this text? False only when no token of it would be tried, found
   * without making tokens: words are hashed as they are read, and a hash that hits is checked exactly.
   * Most paragraphs hold no candidate at all and need nothing more.
   */
  mayMatch(text: string): boolean {
    return this.firstCandidate(text) !== -1;
  }

  /**
   * An offset before which no match can start (the start of a token), or -1 when the text can hold
   * no match: see `mayMatch`. A phrase is recognised at its second or third word, so the offset is
   * that of the token two before the word where the first candidate was recognised.
   */
  firstCandidate(text: string): number {
    const t = wordTable(text);
    return t.plain ? this.firstCandidateOfTable(t) : this.firstCandidateOfChars(text);
  }

  /**
   * `firstCandidate` of plain prose, read from its word table: a token is a run, or runs joined by
   * one connector (' . - ‐ ’) each; between tokens, each character but a space is a mark. Only
   * joined runs (rare) are read again, to hash the token whole. A word of one run whose roles are
   * none (most) is passed over at once; the marks between words are looked at only after a word
   * with a role (they end the phrases it begins), and where the tokens before a candidate start is
   * read back from it when one is found (`startBefore`), not tracked at every token.
   */
  firstCandidateOfTable(t: WordTable): number {
    const text = t.prose;
    const n = t.n;
    const start = t.start;
    const end = t.end;
    const hash = t.hash;
    const roles = this.roles;
    const gapKind = (GAP_KIND ??= gapKinds());
    const len = text.length;
    // as in `firstCandidateOfChars`
    let prevR = 0;
    let prevH = 0;
    let prevS = 0;
    let prevE = 0;
    let prev2R = 0;
    let prev2H = 0;
    let prev2S = 0;
    let prev2E = 0;
    // where the text after the last token read starts
    let g = 0;
    // the character at g (the first of the gap before run k; read as the character after run k - 1)
    let gc = len > 0 ? text.charCodeAt(0) : 32;
    let k = 0;
    while (k < n) {
      const s = start[k];
      // a mark between the last token and this one ends the phrases begun: the gap's first
      // character tells most gaps (a single space, or a mark first); at the first run, g = 0 may
      // be its own start (a word character: "a mark", with nothing to end). Computed, not branched
      // on, whatever the words before are (whether they have roles is a coin toss)
      let mark = gapKind[gc];
      if (mark === 0 && s - g > 1) {
        for (let p = g + 1; p < s; p++) {
          if (gapKind[text.charCodeAt(p)] === 1) {
            mark = 1;
            break;
          }
        }
      }
      prevR &= mark - 1;
      prev2R &= mark - 1;
      const k0 = k;
      let e = end[k];
      let h = hash[k0];
      k++;
      let rb = 0;
      let hb = 0;
      gc = e < len ? text.charCodeAt(e) : 32;
      if (JOINER[gc] === 1 && k < n && start[k] === e + 1) {
        // the hash before a final 's (a possessive), or 0 when the token does not end so
        let before = 0;
        let possessive = false;
        while (k < n && start[k] === e + 1) {
          let c = text.charCodeAt(e);
          if (c === 0x2019) c = 39;
          else if (c === 0x2010) c = 45;
          else if (c !== 39 && c !== 46 && c !== 45) break;
          const ke = end[k];
          possessive = c === 39 && ke === e + 2 && (text.charCodeAt(e + 1) | 32) === 115;
          before = h;
          h = Math.imul(h ^ c, FNV_PRIME);
          for (let p = e + 1; p < ke; p++) h = Math.imul(h ^ (text.charCodeAt(p) | 32), FNV_PRIME);
          e = ke;
          k++;
        }
        gc = e < len ? text.charCodeAt(e) : 32;
        if (possessive && e - s > 3) {
          hb = before;
          rb = roles[roleIndex(hb)] | ROLE_HAS_BASE;
        }
      }
      const rf = roles[roleIndex(h)];
      g = e;
      if (mayStart(rf, rb, prevR, prev2R) && this.recognise(text, null, s, e, h, rf, hb, rb, prevR, prevH, prevS, prevE, prev2R, prev2H, prev2S, prev2E)) {
        return startBefore(t, k0, gapKind);
      }
      // (the words before slide back, whatever this one's roles: no branch on them)
      prev2R = prevR;
      prev2H = prevH;
      prev2S = prevS;
      prev2E = prevE;
      prevR = rf;
      prevH = h;
      prevS = s;
      prevE = e;
    }
    return -1;
  }

  /** `firstCandidate` read character by character: any prose (the reference for plain prose). */
  firstCandidateOfChars(text: string): number {
    const n = text.length;
    const roles = this.roles;
    // the two tokens before the current one, when they are words: roles (0 for a mark), hashes and places
    let prevR = 0;
    let prevH = 0;
    let prevS = 0;
    let prevE = 0;
    let prev2R = 0;
    let prev2H = 0;
    let prev2S = 0;
    let prev2E = 0;
    // starts of the two tokens before the current one
    let back1 = -1;
    let back2 = -1;
    let p = 0;
    while (p < n) {
      let c = text.charCodeAt(p);
      if (c === 32 || (c >= 9 && c <= 13)) {
        p++;
        continue;
      }
      let s = p;
      let e = -1;
      let h = FNV_BASIS;
      if (c < 128) {
        if (WORD_CODE[c] === 1) {
          let q = p;
          for (;;) {
            // `| 32` lower-cases a letter and leaves digits and the connectors ' . - as they are
            while (q < n && WORD_CODE_16[(c = text.charCodeAt(q))] === 1) {
              h = Math.imul(h ^ (c | 32), FNV_PRIME);
              q++;
            }
            if (q >= n) break;
            if (c >= 128) {
              q = -1;
              break;
            }
            if (c === 39 || c === 46 || c === 45) {
              if (q + 1 < n) {
                const d = text.charCodeAt(q + 1);
                if (d < 128 && WORD_CODE[d] === 1) {
                  h = Math.imul(h ^ c, FNV_PRIME);
                  q++;
                  continue;
                }
                if (d >= 128) {
                  q = -1;
                  break;
                }
              }
            }
            break;
          }
          if (q === -1) e = -1;
          else {
            // an ASCII word
            const found = back2 !== -1 ? back2 : back1 !== -1 ? back1 : s;
            back2 = back1;
            back1 = s;
            p = q;
            const rf = roles[roleIndex(h)];
            let rb = 0;
            let hb = 0;
            if (q - s > 3) {
              const a = text.charCodeAt(q - 2);
              const b = text.charCodeAt(q - 1);
              if (a === 39 && (b | 32) === 115) {
                hb = hashAscii(text, s, q - 2);
                rb = roles[roleIndex(hb)] | ROLE_HAS_BASE;
              } else if ((a | 32) === 115 && b === 39) {
                hb = hashAscii(text, s, q - 1);
                rb = roles[roleIndex(hb)] | ROLE_HAS_BASE;
              }
            }
            if (mayStart(rf, rb, prevR, prev2R) && this.recognise(text, null, s, q, h, rf, hb, rb, prevR, prevH, prevS, prevE, prev2R, prev2H, prev2S, prev2E)) return found;
            prev2R = prevR;
            prev2H = prevH;
            prev2S = prevS;
            prev2E = prevE;
            prevR = rf;
            prevH = h;
            prevS = s;
            prevE = q;
            continue;
          }
        } else {
          // an ASCII mark
          back2 = back1;
          back1 = p;
          p++;
          prevR = prev2R = 0;
          continue;
        }
      }
      if (isCommonMark(text.charCodeAt(p))) {
        // a quote mark or dash standing alone
        back2 = back1;
        back1 = p;
        p++;
        prevR = prev2R = 0;
        continue;
      }
      // a token touching a non-ASCII character: read by TOKEN_RE, hashed from its key
      TOKEN_RE.lastIndex = p;
      const m = TOKEN_RE.exec(text);
      if (!m) break;
      s = m.index;
      e = s + m[0].length;
      p = e;
      const found = back2 !== -1 ? back2 : back1 !== -1 ? back1 : s;
      back2 = back1;
      back1 = s;
      if (!(m[0].length > 1 || isWordCode(m[0].charCodeAt(0), m[0]))) {
        prevR = prev2R = 0;
        continue;
      }
      const key = normalise(m[0]);
      h = hashStr(key);
      const rf = roles[roleIndex(h)];
      let rb = 0;
      let hb = 0;
      if (key.length > 3) {
        if (key.endsWith("'s")) {
          hb = hashStr(key.slice(0, -2));
          rb = roles[roleIndex(hb)] | ROLE_HAS_BASE;
        } else if (key.endsWith("s'")) {
          hb = hashStr(key.slice(0, -1));
          rb = roles[roleIndex(hb)] | ROLE_HAS_BASE;
        }
      }
      if (mayStart(rf, rb, prevR, prev2R) && this.recognise(text, key, s, e, h, rf, hb, rb, prevR, prevH, prevS, prevE, prev2R, prev2H, prev2S, prev2E)) return found;
      prev2R = prevR;
      prev2H = prevH;
      prev2S = prevS;
      prev2E = prevE;
      prevR = rf;
      prevH = h;
      prevS = s;
      prevE = e;
    }
    return -1;
  }

  /**
   * Does an entry start at the word text[s, e) (key: its key, or null to make it from the text), or
   * at one or two words before it (a phrase recognised at its second or third word)? r* are the
   * roles of the word, of its base (with ROLE_HAS_BASE when it has one) and of the words before it.
   */
  private recognise(
    text: string, key: string | null, s: number, e: number, h: number, rf: number, hb: number, rb: number,
    prevR: number, prevH: number, prevS: number, prevE: number, prev2R: number, prev2H: number, prev2S: number, prev2E: number,
  ): boolean {
    const hints = this.hints;
    const hasBase = rb !== 0;
    if ((rf & R_OPEN) !== 0 && hasBit(this.openBits, h)) {
      const k = key ?? normalise(text.slice(s, e));
      if (hints.get(k)?.open) return true;
    }
    if ((rb & R_SINGLE) !== 0 && hasBit(this.singleBits, hb)) {
      const base = baseOf(key ?? normalise(text.slice(s, e)));
      if (base !== null && hints.get(base)?.single) return true;
    }
    const rl = rf | rb;
    if ((prevR & R_P1) !== 0 && (rl & R_P2) !== 0) {
      if (hasBit(this.pairBits, pairHash(prevH, h)) || (hasBase && hasBit(this.pairBits, pairHash(prevH, hb)))) {
        const k = key ?? normalise(text.slice(s, e));
        const base = baseOf(k);
        const k1 = normalise(text.slice(prevS, prevE));
        if (this.pairs.has(`${k1} ${k}`) || (base !== null && this.pairs.has(`${k1} ${base}`))) return true;
      }
    }
    if ((prev2R & R_T1) !== 0 && (prevR & R_T2) !== 0 && (rl & R_T3) !== 0) {
      const p2 = pairHash(prev2H, prevH);
      if (hasBit(this.tripleBits, pairHash(p2, h)) || (hasBase && hasBit(this.tripleBits, pairHash(p2, hb)))) {
        const k = key ?? normalise(text.slice(s, e));
        const base = baseOf(k);
        const k12 = `${normalise(text.slice(prev2S, prev2E))} ${normalise(text.slice(prevS, prevE))}`;
        if (this.triples.has(`${k12} ${k}`) || (base !== null && this.triples.has(`${k12} ${base}`))) return true;
      }
    }
    return false;
  }

  /**
   * Could an entry of two or more fixed words start at word token i (roles r, neither open nor a
   * single)? Such a match needs its first two words (a pair) or three (a triple) there: looked up
   * by their hashes in the bit sets, a cheap superset of `matchAt` finding one.
   */
  private phraseMayStart(tokens: Token[], i: number, r: number): boolean {
    const nx = tokens[i + 1];
    if (nx === undefined || !nx.word) return false;
    const roles = this.roles;
    const h = tokens[i].h;
    const rn = roles[roleIndex(nx.h)];
    if ((r & R_P1) !== 0) {
      if ((rn & R_P2) !== 0 && hasBit(this.pairBits, pairHash(h, nx.h))) return true;
      if (nx.base !== null) {
        const hb = hashStr(nx.base);
        if ((roles[roleIndex(hb)] & R_P2) !== 0 && hasBit(this.pairBits, pairHash(h, hb))) return true;
      }
    }
    if ((r & R_T1) !== 0 && (rn & R_T2) !== 0) {
      const nn = tokens[i + 2];
      if (nn === undefined || !nn.word) return false;
      const p2 = pairHash(h, nx.h);
      if (hasBit(this.tripleBits, pairHash(p2, nn.h))) return true;
      if (nn.base !== null && hasBit(this.tripleBits, pairHash(p2, hashStr(nn.base)))) return true;
    }
    return false;
  }

  /**
   * Leftmost-longest matches that do not overlap. `accept` may refuse a match (a context
   * exception); the next candidate at the same place is tried.
   */
  scan(tokens: Token[], accept: (m: LexMatch<T>) => boolean = () => true, from = 0): LexMatch<T>[] {
    const out: LexMatch<T>[] = [];
    this.scanInto(tokens, accept, from, out);
    return out;
  }

  /**
   * `scan`'s matches written into `out` from index 0 (overwritten, or pushed past its end), their
   * number returned: what lies past them in `out` is stale. A caller that reuses one array for
   * every block makes none per block — nor match objects: the objects of `out` are reused by the
   * next call (the lexicon's and any other's given the same `out`), so none may be kept past it,
   * nor changed.
   */
  scanInto(tokens: Token[], accept: (m: LexMatch<T>) => boolean, from: number, out: LexMatch<T>[]): number {
    let no = 0;
    const hints = this.hints;
    const roles = this.roles;
    const n = tokens.length;
    // tokens before offset `from` (see `firstCandidate`) are known to start no match
    let i = 0;
    if (from > 0) {
      let hi = n;
      while (i < hi) {
        const mid = (i + hi) >> 1;
        if (tokens[mid].start < from) i = mid + 1;
        else hi = mid;
      }
    }
    while (i < n) {
      let next = i + 1;
      const t = tokens[i];
      if (t.word) {
        // only a first word whose entries could match here is tried (most are phrases' first words
        // such as "the", "of": the next word rules them out)
        let cand = false;
        // roles first: a word that starts no entry (most) needs no Map lookup
        const r = roles[roleIndex(t.h)];
        let h: FirstHint | undefined;
        if ((r & R_OPEN) !== 0) h = hints.get(t.key);
        else if ((r & (R_P1 | R_T1)) !== 0 && this.phraseMayStart(tokens, i, r)) h = hints.get(t.key);
        if (h !== undefined) {
          if (h.open) cand = true;
          else {
            const nx = tokens[next];
            cand = nx !== undefined && nx.word && (h.seconds.has(nx.key) || (nx.base !== null && h.seconds.has(nx.base)));
          }
        }
        if (!cand && t.base !== null && (roles[roleIndex(hashStr(t.base))] & R_SINGLE) !== 0) {
          const hb = hints.get(t.base);
          cand = hb !== undefined && hb.single;
        }
        if (cand) {
          // (`accept` may not call this lexicon's scan: `found` is being read)
          const nm = this.matchInto(tokens, i);
          const found = this.found;
          for (let k = 0; k < nm; k++) {
            const m = found[k];
            if (accept(m)) {
              // the match object goes to `out`, and `found` takes the one it replaces there
              // (stale: a caller of scanInto keeps no match past its next call) or a new one
              if (no < out.length) {
                found[k] = out[no];
                out[no] = m;
              } else {
                found[k] = { first: 0, last: 0, value: m.value, gaps: NO_GAPS };
                out.push(m);
              }
              no++;
              next = m.last;
              break;
            }
          }
        }
      }
      i = next;
    }
    return no;
  }
}
