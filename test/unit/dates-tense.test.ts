import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { tenseAt, type Tense } from '../../src/core/dates/tense';

describe('dates: the tense scan', () => {
  it('reads the same tense as the reference (the words of 150 characters each side read by a regular expression)', () => {
    const words = [...new Set([...FUTURE, ...FUTURE_WITH_TO, ...INTENT_TO, ...SCHEDULED, ...PAST, ...NOT_ED, ...TO_NOUN, ...NOT_ADVERB, ...POSSESSIVE_FUTURE])];
    const vocab = [
      ...words,
      ...words.slice(0, 60).map((w) => w[0].toUpperCase() + w.slice(1)),
      ...'to as soon early until till up not only be could may May set aside next on at by was were is are being planning quickly likely walked naked the police said Smith'.split(' '),
      ...'; , " “ ” — ( ) - – $5 $ 12 1,000.5% 3.5 won’t won\'t they\'ll it’s we’d he’ll she\'s don’t we’ve you’re o’clock rock\'n\'roll x1 _a'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '', ' - ', ' – ', '-', ', ', '. ', ' \u2003'];
    const rnd = seededRandom(4242);
    const words_ = (n: number) => randomText(rnd, vocab, seps, n);
    let decided = 0;
    for (let t = 0; t < 20000; t++) {
      const before = rnd(4) ? words_(rnd(40)) : words_(rnd(4));
      const day = ['Tuesday', 'Tuesday’s', 'last week', 'May'][rnd(4)];
      const text = before + day + (rnd(2) ? ' ' : seps[rnd(seps.length)]) + words_(rnd(40));
      const start = before.length;
      const end = start + day.length;
      const sentStart = rnd(3) ? 0 : rnd(start + 1);
      const sentEnd = rnd(3) ? text.length : end + rnd(text.length - end + 1);
      const possessive = rnd(5) === 0;
      const want = tenseAtRef(text, sentStart, sentEnd, start, end, possessive);
      assert.equal(tenseAt(text, sentStart, sentEnd, start, end, possessive), want, JSON.stringify([text, sentStart, sentEnd, start, end, possessive]));
      if (want) decided++;
    }
    assert.ok(decided > 5000, `only ${decided} decided`);
  });
});

// ------------------------------------------------------------- the reference: tense.ts as it was

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

const WORD_RE = /[A-Za-z]+(?:['’][A-Za-z]+)?|\$?\d[\d,.]*%?|[;,"“”—()]|\s[-–]\s/g;
const NUM = '#';

interface Tok {
  w: string;
  raw: string;
}

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(s))) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    if (c === 36 /* $ */ || (c >= 48 && c <= 57)) {
      out.push({ w: NUM, raw });
      continue;
    }
    let w = raw.toLowerCase();
    if (w.length > 2 && (w.indexOf("'") !== -1 || w.indexOf('’') !== -1)) {
      w = w.replace(/’/g, "'");
      if (w.endsWith("'ll")) {
        out.push({ w: w.slice(0, -3), raw: raw.slice(0, -3) });
        w = 'll';
      } else if (w.endsWith("n't")) w = w === "won't" ? 'wont' : w.slice(0, -3);
      else if (/'(?:s|d|re|ve)$/.test(w)) w = w.replace(/'.*$/, '');
    } else if (c === 32 || c === 9 || c === 10) w = w.trim();
    out.push({ w, raw });
  }
  return out;
}

const STOP = new Set([';', '"', '“', '”', '—', '-', '–']);

/** The cue of token i: a tense, a weak future ("to" + verb), 'stop', or null. */
function cueOf(toks: Tok[], i: number, dist: number, possessive: boolean): Tense | 'weak' | 'stop' | null {
  const t = toks[i];
  const w = t.w;
  if (STOP.has(w)) return 'stop';
  const next = toks[i + 1];
  if (w === 'to') {
    // a headline or infinitive future: "Council to vote Tuesday", "plans to meet on Friday"
    if (next && /^[a-z]/.test(next.raw) && !TO_NOUN.has(next.w) && !next.w.endsWith('ing') && next.w !== NUM) return 'weak';
    return null;
  }
  if (FUTURE.has(w)) return 'future';
  // "as soon as Tuesday", "as early as next week"; "until Tuesday" (but "up until", "not until" look back)
  if ((w === 'soon' || w === 'early') && toks[i - 1]?.w === 'as' && next?.w === 'as') return 'future';
  if (w === 'until' || w === 'till') {
    // "postponed until Tuesday", "until 9 a.m. Tuesday"; but "up until Thursday", "not until Tuesday" look back,
    // and "Until Thursday, they had not…" leaves it to the main clause
    if (/^(?:up|not|only)$/.test(toks[i - 1]?.w ?? '')) return 'past';
    return i > 0 && dist <= 5 ? 'future' : null;
  }
  // "were planning to": the progressive's verb decides, not "were"
  if ((w === 'was' || w === 'were' || w === 'is' || w === 'are') && next && next.w.endsWith('ing') && next.w.length > 4) return null;
  if (w === 'next') return next?.w === 'to' ? null : 'future';
  if (w === 'set' && next && /^(?:aside|up|off|out|down|about|forth|fire)$/.test(next.w)) return 'past'; // "set aside plans"
  if (FUTURE_WITH_TO.has(w)) return next && (next.w === 'to' || next.w === 'for') ? 'future' : null;
  if (w === 'be') return afterCould(toks, i) ? 'past' : 'future';
  if (w === 'may' && !/^M/.test(t.raw)) return 'future';
  if (w === 'since' || w === 'after' || w === 'ago' || w === 'earlier') return 'past';
  const p1 = toks[i - 1]?.w;
  const participle = PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_ED.has(w) && /^[a-z]/.test(t.raw));
  if (participle && !(w === 'has' || w === 'have' || w === 'had' || w === 'was' || w === 'were' || w === 'did' || w === 'been')) {
    // "will be closed Friday"; "the case is heard in May" (a present passive says nothing)
    if (p1 === 'be') return afterCould(toks, i - 1) ? 'past' : 'future';
    if (p1 === 'is' || p1 === 'are' || p1 === 'being') return null;
    if (INTENT_TO.has(w) && next?.w === 'to') return 'future';
    return 'past';
  }
  if (PAST.has(w)) return 'past';
  if (!possessive && SCHEDULED.has(w) && dist <= 1) return 'future';
  return null;
}

/** "could not be reached Friday": a past, not a future. */
function afterCould(toks: Tok[], be: number): boolean {
  for (let k = be - 1; k >= 0 && k >= be - 2; k--) if (toks[k].w === 'could') return true;
  return false;
}

/** Words ending in -ly that are not adverbs to skip over. */
const NOT_ADVERB = new Set(['early', 'likely', 'rally', 'family', 'daily', 'weekly', 'monthly', 'yearly', 'july', 'italy', 'supply', 'apply', 'reply', 'ally', 'holy']);

interface Hit {
  tense: Tense;
  dist: number;
}

function scan(toks: Tok[], first: number, step: 1 | -1, possessive: boolean): Hit | null {
  let dist = 0;
  let weak: Hit | null = null;
  for (let i = first; i >= 0 && i < toks.length; i += step) {
    const w = toks[i].w;
    if (w === ',' || w === '(' || w === ')') {
      dist += 4;
      continue;
    }
    if (w === 'on' || w === 'at' || w === 'by' || (w.length > 4 && w.endsWith('ly') && !NOT_ADVERB.has(w))) {
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

/**
 * The tense that governs the expression at [start, end) of `text`, looking only inside the
 * sentence [sentStart, sentEnd). `possessive`: "Tuesday's vote", which names an event: past unless
 * a word right before it says it is ahead. Returns null when nothing says.
 */
function tenseAtRef(text: string, sentStart: number, sentEnd: number, start: number, end: number, possessive = false): Tense | null {
  // 24 tokens at most are read on each side: 150 characters is plenty
  const from = Math.max(sentStart, start - 150);
  const before = tokens(text.slice(from, start));
  if (possessive) {
    for (let i = before.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
      if (POSSESSIVE_FUTURE.has(before[i].w)) return 'future';
      if (before[i].w === ',' || STOP.has(before[i].w)) break;
    }
    return 'past';
  }
  const b = scan(before, before.length - 1, -1, possessive);
  // the words after can only win when they are nearer than the cue before
  if (b && b.dist <= 1) return b.tense;
  const after = tokens(text.slice(end, Math.min(sentEnd, end + 150)));
  const a = scan(after, 0, 1, possessive);
  if (b && a) return a.dist < b.dist ? a.tense : b.tense;
  return (b ?? a)?.tense ?? null;
}
