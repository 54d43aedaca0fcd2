/**
 * One reading of a block's words, shared by the rule modules.
 *
 * Every module used to read the prose character by character in its own way (sourcing for its
 * word pass, loaded for its first candidate, dates for its trigger words): three passes over the
 * same characters for each block. `wordTable` reads the prose once and keeps, for each run of ASCII
 * letters and digits, where it starts and ends, a hash of its lower case, and its number in one
 * dictionary that the modules fill with the words they look for when they load (`wordId`).
 *
 * The runs are the words of every module only when the prose has no letter, digit or mark beyond
 * ASCII (a run of "café" would stop at the "é"), no surrogate pair (emoji, rare scripts) and no
 * underscore (a word character to the dates module's expressions). Such prose is `plain`; for
 * the rest, `plain` is false and each module reads the prose in its own (slower, Unicode-aware) way.
 * News prose is almost all plain: curly quotes, dashes and other punctuation beyond ASCII are
 * fine.
 *
 * The table lives in storage shared by all blocks and is valid until the table of another block
 * is asked for: the engine checks one block at a time with each module in turn (see checker.ts),
 * so the modules checking one block share one reading of it. Pure, no dependencies.
 */

/** The words of one prose. Read only; valid until `wordTable` is called for another prose. */
export interface WordTable {
  /** The prose read. */
  readonly prose: string;
  /** Whether the runs are all the words (see above); when false, `n` is 0 and nothing else is filled. */
  readonly plain: boolean;
  /** How many runs. */
  readonly n: number;
  /** Where each run starts and ends (end exclusive). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** `hashOf` each run: FNV-1a over its character codes, ASCII letters lower-cased. */
  readonly hash: Int32Array;
  /** Each run's number in the dictionary (`wordId`), or -1 when no module looks for it. */
  readonly id: Int32Array;
  /** `CAPITAL` when the run has an upper-case letter, `DIGIT` when it has a digit. */
  readonly flags: Uint8Array;
  /**
   * Each run's first three characters, lower case (`| 32`), seven bits each: the first in bits
   * 14–20, the second in 7–13, the third in 0–6; 0 for a character past the end of a shorter run.
   * Lets a module test a word's start without reading the prose again.
   */
  readonly head: Int32Array;
  /** Each run's last two characters, lower case, seven bits each (the last in bits 0–6; a run of one character: that character alone). */
  readonly tail: Int32Array;
}

/** `head` of a word as `WordTable.head` has it (its first three characters). */
export function headOf(word: string): number {
  let hd = 0;
  for (let k = 0; k < 3; k++) hd = (hd << 7) | (k < word.length ? word.charCodeAt(k) | 32 : 0);
  return hd;
}
/** `tail` of a word as `WordTable.tail` has it (its last two characters). */
export function tailOf(word: string): number {
  let tl = 0;
  for (let k = Math.max(0, word.length - 2); k < word.length; k++) tl = (tl << 7) | (word.charCodeAt(k) | 32);
  return tl;
}

/** In `WordTable.flags`: the run has an upper-case letter. */
export const CAPITAL = 1;
/** In `WordTable.flags`: the run has a digit. */
export const DIGIT = 2;

export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The hash of a word as `WordTable.hash` has it. */
export function hashOf(word: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), FNV_PRIME);
  }
  return h;
}

// ------------------------------------------------------------------ the dictionary

/** The words, by number; lower case ASCII letters and digits. */
const WORDS: string[] = [];
const HASHES: number[] = [];
/**
 * Open addressing by hash, eight integers a slot so that a probe reads one cache line: the word's
 * hash, its number + 1 with its length above bit 21 (0: an empty slot), its `head` and `tail`
 * (which are all its characters when it has five or fewer), and where its characters start in
 * `chars`; three unused.
 */
const STRIDE = 8;
let slotData = new Int32Array(STRIDE << 12);
/** The words' characters one after another, for comparing without the strings. */
let chars = new Uint8Array(1 << 14);
let charCount = 0;
const charAt: number[] = [];
/** Slots - 1. */
let mask = slotData.length / STRIDE - 1;
/** The longest word the dictionary can hold (its length is kept in 10 bits). */
const MAX_LEN = 1023;

/**
 * The number of a word (ASCII letters and digits, any case) in the shared dictionary, added if new.
 * A module asks for its words when it loads; a run of a table gets the number of the word it is.
 * Returns -1 for anything but a run of ASCII letters and digits (such a word is never a run) and
 * for a word of more than 1,023 characters.
 */
export function wordId(word: string): number {
  const w = word.toLowerCase();
  if (!/^[a-z0-9]+$/.test(w) || w.length > MAX_LEN) return -1;
  const h = hashOf(w);
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const v = slotData[STRIDE * s + 1];
    if (v === 0) break;
    if (slotData[STRIDE * s] === h && WORDS[(v & 0x1fffff) - 1] === w) return (v & 0x1fffff) - 1;
  }
  const id = WORDS.length;
  WORDS.push(w);
  HASHES.push(h);
  if (charCount + w.length > chars.length) {
    const grown = new Uint8Array(Math.max(chars.length * 2, charCount + w.length));
    grown.set(chars);
    chars = grown;
  }
  charAt.push(charCount);
  for (let k = 0; k < w.length; k++) chars[charCount++] = w.charCodeAt(k);
  if (WORDS.length * 2 > mask + 1) {
    slotData = new Int32Array(slotData.length * 2);
    mask = slotData.length / STRIDE - 1;
    for (let k = 0; k < WORDS.length; k++) place(k);
  } else place(id);
  // a table read before this word was added may lack its number
  owner = null;
  return id;
}
function place(id: number): void {
  let s = HASHES[id] & mask;
  while (slotData[STRIDE * s + 1] !== 0) s = (s + 1) & mask;
  const b = STRIDE * s;
  slotData[b] = HASHES[id];
  slotData[b + 1] = (id + 1) | (WORDS[id].length << 21);
  slotData[b + 2] = headOf(WORDS[id]);
  slotData[b + 3] = tailOf(WORDS[id]);
  slotData[b + 4] = charAt[id];
  FILTER[(HASHES[id] >>> 17) >>> 5] |= 1 << ((HASHES[id] >>> 17) & 31);
}
/**
 * One bit for each value of a hash's top 15 bits that some word of the dictionary has: most runs of
 * a text are no word of it, and one look here (4 KB, in the fastest cache) says so without a probe.
 */
const FILTER = new Int32Array(1 << 10);
/** The word of a number. */
export function wordOf(id: number): string {
  return WORDS[id];
}
/** How many words the dictionary has (numbers are below it). */
export function dictionarySize(): number {
  return WORDS.length;
}

// ------------------------------------------------------------------ the table

/**
 * By UTF-16 code unit: 1 for an ASCII letter or digit (with its flag, CAPITAL or DIGIT, shifted
 * left by 2), 2 for a unit that makes prose not plain (a
 * letter, digit or mark beyond ASCII, half of a surrogate pair, "_"), 0 for the rest. Filled on first use.
 */
let KIND: Uint8Array | null = null;
function kinds(): Uint8Array {
  const k = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) k[c] = 1 | (DIGIT << 2);
  for (let c = 65; c <= 90; c++) {
    k[c] = 1 | (CAPITAL << 2);
    k[c + 32] = 1;
  }
  k[95] = 2;
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 128; c < 65536; c++) if ((c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c))) k[c] = 2;
  return k;
}

let cap = 0;
let tStart = new Int32Array(0);
let tEnd = new Int32Array(0);
let tHash = new Int32Array(0);
let tId = new Int32Array(0);
let tFlags = new Uint8Array(0);
let tHead = new Int32Array(0);
let tTail = new Int32Array(0);
let owner: string | null = null;
const table: { -readonly [K in keyof WordTable]: WordTable[K] } = { prose: '', plain: false, n: 0, start: tStart, end: tEnd, hash: tHash, id: tId, flags: tFlags, head: tHead, tail: tTail };

/**
 * The words of `prose` (see the top of this file). Asked again for the same prose, it returns the
 * same table without reading it again.
 */
export function wordTable(prose: string, source = prose, offset = 0): WordTable {
  if (owner === prose) return table;
  return read(prose, source, offset);
}
/** The table of `prose` when it is the one read last (the modules are checking its block), else null. */
export function readWordTable(prose: string): WordTable | null {
  return owner === prose ? table : null;
}
/**
 * Read the words of `prose` from `source`, where it stands at `offset` (the engine passes the whole
 * draft: a block's text is a slice of it, and reading a flat string is faster than reading a slice).
 */
function read(prose: string, src: string, off: number): WordTable {
  const kind = (KIND ??= kinds());
  const len = prose.length;
  // at most one run every two characters, and one more
  const need = (len >> 1) + 2;
  // grown for the longest prose so far; made small again after a very long one (a 1 MB line would keep 13 MB)
  if (cap < need || (cap > 1 << 17 && need < cap >> 3)) {
    cap = cap < need ? Math.max(need, cap * 2, 1024) : Math.max(need, 1024);
    tStart = new Int32Array(cap);
    tEnd = new Int32Array(cap);
    tHash = new Int32Array(cap);
    tId = new Int32Array(cap);
    tFlags = new Uint8Array(cap);
    tHead = new Int32Array(cap);
    tTail = new Int32Array(cap);
  }
  const start = tStart;
  const end = tEnd;
  const hash = tHash;
  const id = tId;
  const flags = tFlags;
  const head = tHead;
  const tail = tTail;
  const sd = slotData;
  const filter = FILTER;
  const ch = chars;
  const m = mask;
  let n = 0;
  let plain = true;
  let i = off;
  const lim = len + off;
  scan: while (i < lim) {
    let c = src.charCodeAt(i);
    let k = kind[c];
    if ((k & 1) === 0) {
      if (k === 2) {
        plain = false;
        break scan;
      }
      i++;
      continue;
    }
    const p = i;
    // the run's hash, flags, first three characters (lower case) and last two: the first three
    // characters are read one by one before the loop over the rest (a test of the place in the run
    // at every character cost more)
    let f = k;
    c |= 32;
    let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
    let hd = c << 14;
    let tl = c;
    if (++i < lim && ((k = kind[(c = src.charCodeAt(i))]) & 1) !== 0) {
      f |= k;
      c |= 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      hd |= c << 7;
      tl = (tl << 7) | c;
      if (++i < lim && ((k = kind[(c = src.charCodeAt(i))]) & 1) !== 0) {
        f |= k;
        c |= 32;
        h = Math.imul(h ^ c, FNV_PRIME);
        hd |= c;
        tl = ((tl << 7) | c) & 0x3fff;
        while (++i < lim && ((k = kind[(c = src.charCodeAt(i))]) & 1) !== 0) {
          f |= k;
          c |= 32;
          h = Math.imul(h ^ c, FNV_PRIME);
          tl = ((tl << 7) | c) & 0x3fff;
        }
      }
    }
    if (k === 2) {
      plain = false;
      break;
    }
    start[n] = p - off;
    end[n] = i - off;
    hash[n] = h;
    flags[n] = f >> 2;
    head[n] = hd;
    tail[n] = tl;
    // the dictionary's word of this hash, compared letter by letter
    let v = -1;
    const key = ((i - p) << 21) >>> 0;
    if (i - p <= MAX_LEN && ((filter[(h >>> 17) >>> 5] >>> ((h >>> 17) & 31)) & 1) !== 0) for (let s = h & m; ; s = (s + 1) & m) {
      const b = STRIDE * s;
      const x = sd[b + 1];
      if (x === 0) break;
      if (sd[b] !== h || ((x & ~0x1fffff) >>> 0) !== key || sd[b + 2] !== hd || sd[b + 3] !== tl) continue;
      // the head and the tail are the first three and the last two characters: the rest compared one by one
      const o = sd[b + 4] - p;
      let q = p + 3;
      const qe = i - 2;
      while (q < qe && (src.charCodeAt(q) | 32) === ch[o + q]) q++;
      if (q >= qe) {
        v = (x & 0x1fffff) - 1;
        break;
      }
    }
    id[n++] = v;
  }
  owner = prose;
  table.prose = prose;
  table.plain = plain;
  table.n = plain ? n : 0;
  table.start = start;
  table.end = end;
  table.hash = hash;
  table.id = id;
  table.flags = flags;
  table.head = head;
  table.tail = tail;
  return table;
}
