/**
 * Tense cues around a date expression: does "Tuesday" in this sentence point back (the most recent
 * Tuesday) or forward (the coming one)? News copy is mostly past tense ("said Tuesday"); the future
 * shows in "will", "is expected to", "plans to", a headline's "to vote Tuesday", "ahead of".
 *
 * The nearest cue on either side of the expression in its sentence decides (a comma between them
 * counts as distance; a quotation mark or a semicolon stops the search). Pure: word lists only.
 */

import { isSpaceCode } from '../text';

// the regular expressions of the checks, made once: a literal in a function body is a new RegExp object each time it is evaluated
const RE0 = /^(?:aside|up|off|out|down|about|forth|fire)$/;

export type Tense = 'past' | 'future';

/** Words that point forward. */
const FUTURE = new Set(
  (
    'will ll shall wont going gonna scheduled slated expected expects expect upcoming ahead would might ' +
    'should must hopes intends aims poised tentatively planned'
  ).split(/\s+/),
);
/** Forward only when "to" or "for" follows: "plans to", "set for", "due to". */
const FUTURE_WITH_TO = new Set(['plan', 'plans', 'planning', 'set', 'due', 'hope', 'intend', 'aim', 'prepare', 'prepares', 'preparing', 'next']);
/** Past verbs that look forward when "to" follows: "decided to admit them in March", "agreed to meet Friday". */
const INTENT_TO = new Set(
  'decided agreed promised vowed pledged threatened hoped intended wanted prepared arranged offered'.split(' '),
);
/** A timetable in the present, right before the expression: "the trial begins Monday", "the deadline is Friday". */
const SCHEDULED = new Set(
  (
    'is are begins starts opens ends closes meets runs resumes arrives returns faces plays hosts visits holds ' +
    'kicks heads goes leaves travels expires convenes reconvenes ' +
    'begin start open end close meet run resume arrive return face play host visit hold kick head go leave travel expire convene reconvene ' +
    'votes vote decides decide testifies testify speaks speak appears appear launches launch debuts debut premieres premiere competes compete'
  ).split(/\s+/),
);
/** Words that point back. */
const PAST = new Set(
  (
    'said told was were had did has have been ago since after earlier met went came saw made took gave ' +
    'found left held began fell rose won lost spent sent paid brought bought caught fought thought sold struck ' +
    'led fled shot ran spoke wrote broke chose drove flew grew knew threw became got kept built felt heard ' +
    'meant stood understood sat woke wore sank swore tore hung lay laid ate shook stole rang sang swam drank ' +
    'forgot forgave hid bit beat bled bent blew bore dealt dug drew fed forbade froze lent lit ' +
    'overcame overtook undertook oversaw withdrew upheld sought taught slid sped spun swept swung wept wound ' +
    'sprang strove arose awoke could'
  ).split(/\s+/),
);
/** Words ending in -ed that are not past tense. */
const NOT_ED = new Set(
  (
    'need indeed speed proceed succeed exceed feed seed breed deed greed weed bleed steed heed bed red shed ' +
    'hundred kindred sacred naked wicked rugged ragged beloved united limited related concerned interested ' +
    'alleged supposed tired aged bred wed sled scheduled expected'
  ).split(/\s+/),
);
/** After "to", these are places or nouns, not verbs: "returned to work Monday". */
const TO_NOUN = new Set(
  (
    'the a an his her their its our my your this that these those court work school hospital jail prison bed ' +
    'power office town church market trial war sea land home camp more less about around nearly almost'
  ).split(/\s+/),
);

const NUM = '#';

/**
 * The words of a stretch of text, read lazily from its start: `has(i)` reads on until there is
 * an i-th word. `w` is the word as a cue (lower case, contraction split off, '#' for a figure),
 * `r0` the first character as written. The arrays are reused from one expression to the next,
 * and a word of letters seen lately is not cut out again (`lettersLower`).
 */
class Toks implements Words {
  w: string[] = [];
  /** The first character code of the word as written (-1 for none): all that is asked of its case. */
  r0: number[] = [];
  /** The word lists each word is in (`BITS`). */
  b: number[] = [];
  n = 0;
  private s = '';
  private done = true;
  /** Where reading goes on. */
  private at = 0;
  private end = 0;

  /** Read the words of s[from, end). */
  reset(s: string, from: number, end: number): this {
    this.s = s;
    this.n = 0;
    this.done = false;
    this.at = from;
    this.end = end;
    return this;
  }

  /** Is there an i-th word (reading on as far as needed)? */
  has(i: number): boolean {
    while (this.n <= i && !this.done) this.read();
    return i >= 0 && i < this.n;
  }

  wAt(i: number): string {
    return this.w[i];
  }
  r0At(i: number): number {
    return this.r0[i];
  }
  bAt(i: number): number {
    return this.b[i];
  }

  /** All the words. */
  all(): this {
    while (!this.done) this.read();
    return this;
  }

  private push(w: string, raw: string, bits = BITS.get(w) ?? 0): void {
    this.w[this.n] = w;
    this.r0[this.n] = raw.length ? raw.charCodeAt(0) : -1;
    this.b[this.n] = bits;
    this.n++;
  }

  /** The next word, read by character codes as `/[A-Za-z]+(?:['’][A-Za-z]+)?|\$?\d[\d,.]*%?|[;,"“”—()]|\s[-–]\s/g` would find it. */
  private read(): void {
    const s = this.s;
    const n = this.end;
    let k = this.at;
    for (; k < n; k++) {
      const c = s.charCodeAt(k);
      let e = k;
      if (isLetter(c)) {
        let upper = c <= 90;
        e = k + 1;
        for (let d = 0; e < n && isLetter((d = s.charCodeAt(e))); e++) if (d <= 90) upper = true;
        const a = e < n ? s.charCodeAt(e) : -1;
        this.at = e;
        if ((a === 39 || a === 0x2019) && e + 1 < n && isLetter(s.charCodeAt(e + 1))) {
          e += 2;
          while (e < n && isLetter(s.charCodeAt(e))) e++;
          this.at = e;
          this.word(s.slice(k, e), c);
        } else {
          // no apostrophe: the word is the letters, in lower case (the same string each time it recurs)
          // (and its lists, looked up once while it is in `SEEN`)
          this.w[this.n] = lettersLower(s, k, e, upper);
          this.r0[this.n] = c;
          this.b[this.n] = seenBits;
          this.n++;
        }
        return;
      }
      if (isDigit(c) || (c === 36 /* $ */ && k + 1 < n && isDigit(s.charCodeAt(k + 1)))) {
        e = k + (c === 36 ? 2 : 1);
        while (e < n && (isDigit(s.charCodeAt(e)) || s.charCodeAt(e) === 44 || s.charCodeAt(e) === 46)) e++;
        if (e < n && s.charCodeAt(e) === 37 /* % */) e++;
        this.at = e;
        this.push(NUM, s.slice(k, e));
        return;
      }
      if (isPunct(c)) {
        this.at = k + 1;
        const mark = s.charAt(k);
        this.push(mark, mark);
        return;
      }
      if (isSpaceCode(c) && k + 2 < n) {
        const d = s.charCodeAt(k + 1);
        if ((d === 45 || d === 0x2013) && isSpaceCode(s.charCodeAt(k + 2))) {
          this.at = k + 3;
          this.word(s.slice(k, k + 3), c);
          return;
        }
      }
    }
    this.at = n;
    this.done = true;
  }

  /** A word or mark that is not a figure: its cue form. */
  private word(raw: string, c: number): void {
    let w = raw.toLowerCase();
    if (w.length > 2 && (w.indexOf("'") !== -1 || w.indexOf('’') !== -1)) {
      w = w.replace(/’/g, "'");
      if (w.endsWith("'ll")) {
        this.push(w.slice(0, -3), raw.slice(0, -3));
        w = 'll';
      } else if (w.endsWith("n't")) w = w === "won't" ? 'wont' : w.slice(0, -3);
      else if (/'(?:s|d|re|ve)$/.test(w)) w = w.replace(/'.*$/, '');
    } else if (c === 32 || c === 9 || c === 10) w = w.trim();
    this.push(w, raw);
  }
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Recently read words of letters in lower case, by a hash of their letters: a word that recurs is not cut out again. */
const SEEN = new Array<string>(1024).fill('');
/** The word lists (`BITS`) of each word in `SEEN`. */
const SEEN_BITS = new Int32Array(1024);
/** The word lists of the word `lettersLower` returned last. */
let seenBits = 0;
/** s[k, e) (ASCII letters) in lower case. */
function lettersLower(s: string, k: number, e: number, upper: boolean): string {
  // by its length and first, second and last letters
  const n = e - k;
  const slot = ((n * 7) ^ ((s.charCodeAt(k) & 31) << 5) ^ (s.charCodeAt(k + (n > 1 ? 1 : 0)) & 31) ^ ((s.charCodeAt(e - 1) & 31) << 3)) & 1023;
  const seen = SEEN[slot];
  if (seen.length === n) {
    let j = k;
    while (j < e && (s.charCodeAt(j) | 32) === seen.charCodeAt(j - k)) j++;
    if (j === e) {
      seenBits = SEEN_BITS[slot];
      return seen;
    }
  }
  const raw = s.slice(k, e);
  const w = upper ? raw.toLowerCase() : raw;
  // most words are in no list: their length and first and last letters say so without hashing them
  seenBits = SEEN_BITS[slot] = LETTERS_IN_LIST[letterSig(n, s.charCodeAt(k), s.charCodeAt(e - 1))] ? BITS.get(w) ?? 0 : 0;
  return (SEEN[slot] = w);
}

/** The single marks read as words: ; , " “ ” — ( ) */
function isPunct(c: number): boolean {
  return c === 59 || c === 44 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 40 || c === 41;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Words by index: from 0 on after an expression, from -1 down before it. */
interface Words {
  has(i: number): boolean;
  wAt(i: number): string;
  r0At(i: number): number;
  bAt(i: number): number;
}

/**
 * The words before an expression, read backwards a stretch at a time: word -1 is the last one.
 * Each stretch starts at a point where the words read from there are the words read from the
 * start of the whole text that start there or later (`syncPoint`), so the words are the same as
 * when the whole text is read at once.
 */
class BackToks implements Words {
  private w: string[] = [];
  private r0: number[] = [];
  private b: number[] = [];
  private n = 0;
  private s = '';
  private from = 0;
  /** The text not read yet is s[from, at). */
  private at = 0;

  reset(s: string, from: number, end: number): this {
    this.s = s;
    this.from = from;
    this.at = end;
    this.n = 0;
    return this;
  }

  has(i: number): boolean {
    if (i >= 0) return false;
    while (this.n < -i && this.at > this.from) this.readStretch();
    return -i <= this.n;
  }
  wAt(i: number): string {
    return this.w[-i - 1];
  }
  r0At(i: number): number {
    return this.r0[-i - 1];
  }
  bAt(i: number): number {
    return this.b[-i - 1];
  }

  private readStretch(): void {
    const p = syncPoint(this.s, this.at - STRETCH, this.from);
    const t = STRETCH_TOKS.reset(this.s, p, this.at).all();
    for (let k = t.n - 1; k >= 0; k--) {
      this.w[this.n] = t.w[k];
      this.r0[this.n] = t.r0[k];
      this.b[this.n] = t.b[k];
      this.n++;
    }
    this.at = p;
  }
}

const STRETCH_TOKS = new Toks();
const BACK = new BackToks();
const AFTER = new Toks();

const STOP = new Set([';', '"', '“', '”', '—', '-', '–']);

/** The cue of token i: a tense, a weak future ("to" + verb), 'stop', or null. */
function cueOf(toks: Words, i: number, dist: number, possessive: boolean): Tense | 'weak' | 'stop' | null {
  const w = toks.wAt(i);
  const bits = toks.bAt(i);
  if (bits & IN_STOP) return 'stop';
  const hasNext = toks.has(i + 1);
  const nw = hasNext ? toks.wAt(i + 1) : undefined;
  const p1 = toks.has(i - 1) ? toks.wAt(i - 1) : undefined;
  if (w === 'to') {
    // a headline or infinitive future: "Council to vote Tuesday", "plans to meet on Friday"
    if (nw !== undefined && isLower(toks.r0At(i + 1)) && !(toks.bAt(i + 1) & IN_TO_NOUN) && !nw.endsWith('ing') && nw !== NUM) return 'weak';
    return null;
  }
  if (bits & IN_FUTURE) return 'future';
  // "as soon as Tuesday", "as early as next week"; "until Tuesday" (but "up until", "not until" look back)
  if ((w === 'soon' || w === 'early') && p1 === 'as' && nw === 'as') return 'future';
  if (w === 'until' || w === 'till') {
    // "postponed until Tuesday", "until 9 a.m. Tuesday"; but "up until Thursday", "not until Tuesday" look back,
    // and "Until Thursday, they had not…" leaves it to the main clause
    if (p1 === 'up' || p1 === 'not' || p1 === 'only') return 'past';
    return p1 !== undefined && dist <= 5 ? 'future' : null;
  }
  // "were planning to": the progressive's verb decides, not "were"
  if ((w === 'was' || w === 'were' || w === 'is' || w === 'are') && nw !== undefined && nw.endsWith('ing') && nw.length > 4) return null;
  if (w === 'next') return nw === 'to' ? null : 'future';
  if (w === 'set' && nw !== undefined && RE0.test(nw)) return 'past'; // "set aside plans"
  if (bits & IN_FUTURE_WITH_TO) return nw === 'to' || nw === 'for' ? 'future' : null;
  if (w === 'be') return afterCould(toks, i) ? 'past' : 'future';
  if (w === 'may' && toks.r0At(i) !== 77 /* M */) return 'future';
  if (w === 'since' || w === 'after' || w === 'ago' || w === 'earlier') return 'past';
  const participle = bits & IN_PAST || (w.length > 4 && w.endsWith('ed') && !(bits & IN_NOT_ED) && isLower(toks.r0At(i)));
  if (participle && !(w === 'has' || w === 'have' || w === 'had' || w === 'was' || w === 'were' || w === 'did' || w === 'been')) {
    // "will be closed Friday"; "the case is heard in May" (a present passive says nothing)
    if (p1 === 'be') return afterCould(toks, i - 1) ? 'past' : 'future';
    if (p1 === 'is' || p1 === 'are' || p1 === 'being') return null;
    if (bits & IN_INTENT_TO && nw === 'to') return 'future';
    return 'past';
  }
  if (bits & IN_PAST) return 'past';
  if (!possessive && bits & IN_SCHEDULED && dist <= 1) return 'future';
  return null;
}

/** "could not be reached Friday": a past, not a future. */
function afterCould(toks: Words, be: number): boolean {
  for (let k = be - 1; k >= be - 2 && toks.has(k); k--) if (toks.wAt(k) === 'could') return true;
  return false;
}

/** A past-tense verb form ("became", "released"), for callers outside this module. */
export function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  return (PAST.has(w) && !['has', 'have', 'since', 'after', 'earlier', 'ago', 'could'].includes(w)) || (w.length > 4 && w.endsWith('ed') && !NOT_ED.has(w));
}

/** Words ending in -ly that are not adverbs to skip over. */
const NOT_ADVERB = new Set(['early', 'likely', 'rally', 'family', 'daily', 'weekly', 'monthly', 'yearly', 'july', 'italy', 'supply', 'apply', 'reply', 'ally', 'holy']);

interface Hit {
  tense: Tense;
  dist: number;
}

function scan(toks: Words, first: number, step: 1 | -1, possessive: boolean): Hit | null {
  let dist = 0;
  let weak: Hit | null = null;
  for (let i = first; toks.has(i); i += step) {
    const w = toks.wAt(i);
    if (w === ',' || w === '(' || w === ')') {
      dist += 4;
      continue;
    }
    if (w === 'on' || w === 'at' || w === 'by' || (w.length > 4 && w.endsWith('ly') && !(toks.bAt(i) & IN_NOT_ADVERB))) {
      continue; // "meets on Friday", "meet separately Monday" read as "meets Friday"
    }
    dist++;
    if (dist > 24) break;
    const c = cueOf(toks, i, dist, possessive);
    if (c === 'stop') break;
    if (c === 'weak') {
      if (step === -1 && !weak) weak = { tense: 'future', dist: dist + 6 };
      continue;
    }
    if (c) return { tense: c, dist };
  }
  return weak;
}

/** Words before a possessive date that say it is still ahead: "ahead of Tuesday's vote". */
const POSSESSIVE_FUTURE = new Set(['ahead', 'upcoming', 'will', 'll', 'until', 'next', 'scheduled', 'planned', 'expected', 'await', 'awaits', 'awaiting']);

/** How many characters before an expression (or before the words read so far) are read at a time. */
const STRETCH = 24;

/**
 * A point at or after `at` (and at or after `from`, at most `from` when there is none before
 * the expression) where the words of the text read from there are the words read from `from`
 * that start there or later: right after a space, and not at a dash (" - " is one word).
 */
function syncPoint(text: string, at: number, from: number): number {
  if (at <= from) return from;
  for (let k = at; k > from; k--) {
    const p = text.charCodeAt(k - 1);
    if (p === 32 || p === 10 || p === 9) {
      const c = text.charCodeAt(k);
      if (c !== 45 && c !== 0x2013 && c !== 32 && c !== 10 && c !== 9) return k;
    }
  }
  return from;
}

/**
 * The tense that governs the expression at [start, end) of `text`, looking only inside the
 * sentence [sentStart, sentEnd). `possessive`: "Tuesday's vote", which names an event: past unless
 * a word right before it says it is ahead. Returns null when nothing says.
 */
export function tenseAt(text: string, sentStart: number, sentEnd: number, start: number, end: number, possessive = false): Tense | null {
  // 24 tokens at most are read on each side: 150 characters is plenty
  const from = Math.max(sentStart, start - 150);
  const before = BACK.reset(text, from, start);
  if (possessive) {
    for (let k = -1; k >= -3 && before.has(k); k--) {
      const bits = before.bAt(k);
      if (bits & IN_POSSESSIVE_FUTURE) return 'future';
      if (before.wAt(k) === ',' || bits & IN_STOP) break;
    }
    return 'past';
  }
  const b = scan(before, -1, -1, possessive);
  // the words after can only win when they are nearer than the cue before
  if (b && b.dist <= 1) return b.tense;
  // read only as far as the scan goes (it stops at the first cue)
  const after = AFTER.reset(text, end, Math.min(sentEnd, end + 150));
  const a = scan(after, 0, 1, possessive);
  if (b && a) return a.dist < b.dist ? a.tense : b.tense;
  return (b ?? a)?.tense ?? null;
}

// Each word list as a bit, and each word's bits in one map: a word read is looked up once.
const IN_STOP = 1;
const IN_FUTURE = 2;
const IN_FUTURE_WITH_TO = 4;
const IN_INTENT_TO = 8;
const IN_SCHEDULED = 16;
const IN_PAST = 32;
const IN_NOT_ED = 64;
const IN_TO_NOUN = 128;
const IN_NOT_ADVERB = 256;
const IN_POSSESSIVE_FUTURE = 512;
const BITS = new Map<string, number>();
for (const [set, bit] of [
  [STOP, IN_STOP],
  [FUTURE, IN_FUTURE],
  [FUTURE_WITH_TO, IN_FUTURE_WITH_TO],
  [INTENT_TO, IN_INTENT_TO],
  [SCHEDULED, IN_SCHEDULED],
  [PAST, IN_PAST],
  [NOT_ED, IN_NOT_ED],
  [TO_NOUN, IN_TO_NOUN],
  [NOT_ADVERB, IN_NOT_ADVERB],
  [POSSESSIVE_FUTURE, IN_POSSESSIVE_FUTURE],
] as [Set<string>, number][]) {
  for (const w of set) BITS.set(w, (BITS.get(w) ?? 0) | bit);
}

/** A word of letters by its length (31 for longer) and its first and last letters, case aside. */
function letterSig(len: number, first: number, last: number): number {
  return ((len < 31 ? len : 31) << 10) | ((first & 31) << 5) | (last & 31);
}
/** By `letterSig`, whether some word of letters in a list has it. */
const LETTERS_IN_LIST = new Uint8Array(1 << 15);
for (const w of BITS.keys()) if (/^[a-z]+$/.test(w)) LETTERS_IN_LIST[letterSig(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
