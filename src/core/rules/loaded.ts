/**
 * `loaded`: words and phrases in the writer's own voice that judge instead of report.
 *
 * The term lists are data (`src/core/data/loaded/*.json`): each entry has its forms, a reason, neutral
 * alternatives, what the fix does, where the judgement comes from, and the contexts that make the
 * word neutral ("a blast furnace", "claimed the title"). They are compiled once per configuration
 * into a Map keyed on the first word; a block is tokenised once and each word looked up.
 */
import type { BlockChecker, CheckContext } from '../checker';
import { compilePattern, headCode, keyFirst, keyHeadCode, Lexicon, normalise, patternFits, tokenize, tokenizeTable, tokenizeTableTo, tokenizeTo, type ContextPattern, type LexMatch, type Token } from '../lexicon';
import type { ParsedBlock } from '../parse';
import { matchCase } from '../text';
import { hashOf, wordTable } from '../words';
import type { ExtraTerm, RawFinding, RuleMeta, Severity, Suggestion } from '../types';
import pejorativeData from '../data/loaded/pejorative.json';
import emotiveData from '../data/loaded/emotive.json';
import pufferyData from '../data/loaded/puffery.json';
import labelData from '../data/loaded/label.json';
import editorializingData from '../data/loaded/editorializing.json';
import doubtData from '../data/loaded/doubt.json';
import sayingData from '../data/loaded/saying-verb.json';
import vulgarData from '../data/loaded/vulgar.json';
import idiomData from '../data/loaded/idiom.json';

export type LoadedSub = 'pejorative' | 'emotive' | 'puffery' | 'label' | 'editorializing' | 'doubt' | 'saying-verb' | 'vulgar' | 'idiom' | 'house';

/** One entry of a data file. */
export interface LoadedEntry {
  term: string;
  category: LoadedSub;
  pos: 'noun' | 'verb' | 'adjective' | 'adverb' | 'phrase';
  /** Forms in order: nouns [singular, plural]; verbs [base, -s, past, -ing, past participle]. */
  forms: string[];
  /** For verbs listed with some forms only: the slot of each form. */
  slots?: number[];
  /** Other spellings, matched like the first form. */
  variants?: string[];
  reason: string;
  /** Neutral alternatives as base forms; `a|b` gives each form explicitly; `*` repeats a phrase's gap. */
  alternatives: string[];
  /** replace: with the first alternative; remove: delete the word; rewrite: no automatic edit. */
  fix: 'replace' | 'remove' | 'rewrite';
  /** The first suggestion is safe to apply unattended. */
  safe: boolean;
  source: string;
  /** Context patterns that make the word neutral (see `compilePattern`). */
  except?: string[];
  /** Context patterns of which one must fit. */
  require?: string[];
  /** Words (or prefixes ending in `*`) that, anywhere in the sentence, make the word neutral. */
  unless?: string[];
  severity?: Severity;
  /** A label that is acceptable when attributed: then reported as information. */
  attributable?: boolean;
  /** Normally written with a capital: never taken for a name. */
  proper?: boolean;
}

interface DataFile {
  subcategory: string;
  entries: unknown[];
}

const DATA: DataFile[] = [pejorativeData, emotiveData, pufferyData, labelData, editorializingData, doubtData, sayingData, vulgarData, idiomData] as DataFile[];

/** Every built-in entry. */
export const LOADED_ENTRIES: LoadedEntry[] = DATA.flatMap((d) => d.entries as LoadedEntry[]);

const DESCRIPTIONS: Record<LoadedSub, string> = {
  pejorative: 'Pejorative labels for people or groups (thugs, henchmen, cronies).',
  emotive: 'Emotive words that tell readers how to feel (shocking, disastrous, brutally).',
  puffery: 'Promotional praise in the writer’s voice (legendary, iconic, world-class).',
  label: 'Contentious labels applied in the writer’s voice (regime, extremist, terrorist).',
  editorializing: 'The writer’s comment on the facts (obviously, of course, unfortunately).',
  doubt: 'Doubt cast in the writer’s voice (so-called, purported, allegedly).',
  'saying-verb': 'Loaded verbs of saying (slammed, admitted, claimed, insisted).',
  vulgar: 'Vulgar words in the writer’s voice.',
  idiom: 'Idioms that judge or dramatise (threw under the bus, a slap in the face).',
  house: 'Terms the newsroom asks writers to avoid (from the configuration).',
};

const SUBS: LoadedSub[] = ['pejorative', 'emotive', 'puffery', 'label', 'editorializing', 'doubt', 'saying-verb', 'vulgar', 'idiom', 'house'];

export const LOADED_RULES: RuleMeta[] = SUBS.map((s) => ({
  id: `loaded/${s}`,
  category: 'loaded',
  defaultSeverity: 'warning',
  description: DESCRIPTIONS[s],
  anchor: `loaded${s}`,
}));

// ------------------------------------------------------------------------------ inflection

const IRREGULAR_VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying', 'said'],
  have: ['have', 'has', 'had', 'having', 'had'],
  tell: ['tell', 'tells', 'told', 'telling', 'told'],
  stand: ['stand', 'stands', 'stood', 'standing', 'stood'],
  give: ['give', 'gives', 'gave', 'giving', 'given'],
  take: ['take', 'takes', 'took', 'taking', 'taken'],
  make: ['make', 'makes', 'made', 'making', 'made'],
  spread: ['spread', 'spreads', 'spread', 'spreading', 'spread'],
  cut: ['cut', 'cuts', 'cut', 'cutting', 'cut'],
  teach: ['teach', 'teaches', 'taught', 'teaching', 'taught'],
  override: ['override', 'overrides', 'overrode', 'overriding', 'overridden'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting', 'rebutted'],
  defer: ['defer', 'defers', 'deferred', 'deferring', 'deferred'],
  plan: ['plan', 'plans', 'planned', 'planning', 'planned'],
  err: ['err', 'errs', 'erred', 'erring', 'erred'],
  shout: ['shout', 'shouts', 'shouted', 'shouting', 'shouted'],
  put: ['put', 'puts', 'put', 'putting', 'put'],
  hit: ['hit', 'hits', 'hit', 'hitting', 'hit'],
  fight: ['fight', 'fights', 'fought', 'fighting', 'fought'],
  speak: ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  be: ['be', 'is', 'was', 'being', 'been'],
};

function verbForm(base: string, slot: number): string {
  const irr = IRREGULAR_VERBS[base];
  if (irr) return irr[Math.min(slot, irr.length - 1)];
  if (slot === 0) return base;
  if (slot === 1) {
    if (/(s|sh|ch|x|z)$/.test(base)) return base + 'es';
    if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
    return base + 's';
  }
  if (slot === 3) {
    if (/ee$/.test(base)) return base + 'ing';
    if (/ie$/.test(base)) return base.slice(0, -2) + 'ying';
    if (/e$/.test(base)) return base.slice(0, -1) + 'ing';
    return base + 'ing';
  }
  // past and past participle
  if (/e$/.test(base)) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

const IRREGULAR_PLURALS: Record<string, string> = { person: 'people', man: 'men', woman: 'women', child: 'children', spokesperson: 'spokespeople' };

function plural(word: string): string {
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  if (/man$/.test(word) && !/human$/.test(word)) return word.slice(0, -3) + 'men';
  if (/(s|sh|ch|x|z)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/** The alternative in the same form as the matched word (slot: see `LoadedEntry.forms`). */
export function inflectAlternative(alt: string, pos: LoadedEntry['pos'], slot: number): string {
  if (alt.includes('|')) {
    const forms = alt.split('|');
    // a verb given in four forms has no separate participle: the past stands for it
    if (pos === 'verb' && slot === 4 && forms.length === 4) return forms[2];
    return forms[Math.min(slot, forms.length - 1)];
  }
  if (slot === 0) return alt;
  if (pos === 'verb') {
    const words = alt.split(' ');
    words[0] = verbForm(words[0], slot);
    return words.join(' ');
  }
  if (pos === 'noun' && slot === 1) {
    const words = alt.split(' ');
    words[words.length - 1] = plural(words[words.length - 1]);
    return words.join(' ');
  }
  return alt;
}

/** The base form of an alternative, for the hover. */
function baseAlternative(alt: string): string {
  return alt.split('|')[0];
}

// ------------------------------------------------------------------------------ compiling

interface Compiled {
  entry: LoadedEntry;
  rule: string;
  /** The rule's subcategory for the message: its name after 'loaded/', or 'house' for a rule of another category. */
  sub: LoadedSub;
  except: ContextPattern[];
  require: ContextPattern[];
  unlessWords: Set<string>;
  unlessPrefixes: string[];
  /** The first characters of the `unless` words and prefixes: bit c for an ASCII one, bit 128 for any other. */
  unlessFirst: Uint32Array;
  /**
   * A filter of the `unless` words (a bit by `unlessBit` of each one's hash, as `Token.h`) and one
   * of the prefixes (a bit by `unlessBit` of each one's first three characters, `headCode`; and
   * bit 2047 when a prefix is shorter): `inSentence` reads a word's key only when it hits one.
   */
  unlessWordBits: Int32Array;
  unlessHeadBits: Int32Array;
  /** A finding's explanation and the alternatives' base forms: the same for every finding of the entry. */
  explanation: string;
  baseAlternatives: string[];
  /** The alternatives in each slot's form, for a match without a gap (filled in on first use). */
  altsBySlot: (string[] | undefined)[];
}

interface Hit {
  c: Compiled;
  /** Slot of the matched form. */
  slot: number;
}

const PAST_SLOT = 2;

function compileEntry(entry: LoadedEntry, rule: string): Compiled {
  const unlessWords = new Set<string>();
  const unlessPrefixes: string[] = [];
  for (const u of entry.unless ?? []) {
    const k = normalise(u);
    if (k.length > 1 && k.endsWith('*')) unlessPrefixes.push(k.slice(0, -1));
    else unlessWords.add(k);
  }
  const unlessFirst = new Uint32Array(5);
  for (const w of [...unlessWords, ...unlessPrefixes]) {
    if (!w.length) continue;
    const c = Math.min(w.charCodeAt(0), 128);
    unlessFirst[c >> 5] |= 1 << (c & 31);
  }
  const unlessWordBits = new Int32Array(UNLESS_BITS >> 5);
  for (const w of unlessWords) setUnlessBit(unlessWordBits, hashOf(w));
  const unlessHeadBits = new Int32Array(UNLESS_BITS >> 5);
  for (const w of unlessPrefixes) setUnlessBit(unlessHeadBits, w.length >= 3 ? headCode(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)) : UNLESS_SHORT);
  return {
    entry,
    rule,
    sub: (rule.startsWith('loaded/') ? rule.slice(7) : 'house') as LoadedSub,
    except: (entry.except ?? []).map(compilePattern),
    require: (entry.require ?? []).map(compilePattern),
    unlessWords,
    unlessPrefixes,
    unlessFirst,
    unlessWordBits,
    unlessHeadBits,
    explanation: `${entry.reason}${/[.!?]$/.test(entry.reason) ? '' : '.'} (${entry.source}.)`,
    baseAlternatives: entry.alternatives.map(baseAlternative),
    altsBySlot: [],
  };
}

/** Forms of an entry with their slots; a form listed in several slots takes the past slot if it has it. */
function formsOf(entry: LoadedEntry): Map<string, number> {
  const out = new Map<string, number>();
  entry.forms.forEach((f, i) => {
    const slot = entry.slots ? entry.slots[i] : i;
    const k = normalise(f);
    const prev = out.get(k);
    if (prev === undefined || slot === PAST_SLOT) out.set(k, entry.pos === 'noun' && slot > 1 ? 0 : slot);
  });
  for (const v of entry.variants ?? []) {
    const k = normalise(v);
    if (!out.has(k)) out.set(k, 0);
  }
  return out;
}

const EXTRA_RULE_RE = /^[a-z]+\/[a-z][a-z-]*$/;
const CATEGORY_IDS = new Set(['loaded', 'sourcing', 'dates', 'style']);

/** An extra term from the configuration as an entry: the term, and its plural for a single word. */
function extraEntry(t: ExtraTerm): { entry: LoadedEntry; rule: string } {
  const term = t.term.trim();
  const forms = [term];
  if (!/\s/.test(term) && /[a-z]$/i.test(term)) forms.push(plural(term.toLowerCase()));
  let rule = 'loaded/house';
  if (t.rule && EXTRA_RULE_RE.test(t.rule) && CATEGORY_IDS.has(t.rule.split('/')[0])) rule = t.rule;
  const alternatives = (t.alternatives ?? []).filter((a) => typeof a === 'string' && a.trim());
  const sub = rule.startsWith('loaded/') && (SUBS as string[]).includes(rule.slice(7)) ? (rule.slice(7) as LoadedSub) : 'house';
  return {
    rule,
    entry: {
      term,
      category: sub,
      pos: 'phrase',
      forms,
      reason: t.reason?.trim() || 'On the house list of words to avoid.',
      alternatives,
      fix: alternatives.length ? 'replace' : 'rewrite',
      safe: false,
      source: 'House style (configuration)',
      proper: true,
    },
  };
}

interface CompiledLexicon {
  lexicon: Lexicon<Hit>;
  /** Lower-cased words that are themselves entries (not taken as intensifiers to remove). */
  words: Set<string>;
}

const cache = new Map<string, CompiledLexicon>();

function lexiconKey(extra: ExtraTerm[], removed: string[]): string {
  if (!extra.length && !removed.length) return '';
  return JSON.stringify([extra.map((t) => [t.term, t.rule ?? '', t.reason ?? '', t.alternatives ?? []]), removed]);
}

/** The compiled lexicon for a configuration (built once per distinct extra/removed terms). */
export function compileLexicon(extra: ExtraTerm[] = [], removed: string[] = []): CompiledLexicon {
  // the built-in entries alone (no extra or removed terms, the usual case): asked for every block
  if (extra.length === 0 && removed.length === 0 && builtIn !== null) return builtIn;
  const key = lexiconKey(extra, removed);
  const hit = cache.get(key);
  if (hit) return hit;
  const removedSet = new Set(removed.map((r) => normalise(r.trim())));
  const entries: { phrase: string; value: Hit }[] = [];
  const words = new Set<string>();
  const extraForms = new Set<string>();
  const extras = extra.map(extraEntry);
  for (const { entry } of extras) for (const f of entry.forms) extraForms.add(normalise(f));
  const add = (entry: LoadedEntry, rule: string, skipTaken: boolean) => {
    const c = compileEntry(entry, rule);
    for (const [form, slot] of formsOf(entry)) {
      if (skipTaken && extraForms.has(form)) continue;
      entries.push({ phrase: form, value: { c, slot } });
      if (!form.includes(' ')) words.add(form);
    }
  };
  for (const e of LOADED_ENTRIES) {
    const forms = formsOf(e);
    if (removedSet.has(normalise(e.term)) || [...forms.keys()].some((f) => removedSet.has(f))) continue;
    add(e, `loaded/${e.category}`, true);
  }
  for (const { entry, rule } of extras) add(entry, rule, false);
  const compiled = { lexicon: new Lexicon(entries), words };
  if (cache.size > 16) cache.clear();
  cache.set(key, compiled);
  if (key === '') builtIn = compiled;
  return compiled;
}
/** `compileLexicon()`, once made. */
let builtIn: CompiledLexicon | null = null;

// ------------------------------------------------------------------------------ checking

const QUOTE_OPENERS = new Set(['"', "'", '(', '[', '—', ':', '*', '_']);
const INTENSIFIERS = new Set([
  'very', 'so', 'truly', 'really', 'extremely', 'utterly', 'absolutely', 'most', 'quite', 'deeply', 'particularly',
  'especially', 'downright', 'thoroughly', 'genuinely', 'increasingly', 'more', 'simply', 'completely', 'totally', 'highly',
]);
/** Words that start the object of a verb: after them an -ing word is a verb, not an adjective. */
const OBJECTS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'them', 'him', 'us', 'me', 'it', 'you', 'this', 'that',
  'these', 'those', 'many', 'some', 'nearby', 'local', 'residents', 'people', 'thousands', 'hundreds', 'millions', 'viewers',
  'fans', 'voters', 'parents', 'children', 'families', 'communities', 'everyone', 'anyone', 'both', 'all',
]);
/** Attribution words that, in the same sentence, make a label the source's word. */
const ATTRIBUTION = new Set([
  'called', 'calls', 'calling', 'call', 'described', 'describes', 'describing', 'labeled', 'labelled', 'labels', 'branded',
  'brands', 'designated', 'designates', 'designation', 'considers', 'considered', 'deemed', 'deems', 'termed', 'terms',
  'characterized', 'characterised', 'dubbed', 'classified', 'classifies', 'listed', 'lists', 'accused', 'accuses', 'alleged',
  'alleges', 'condemned', 'condemns', 'denounced', 'denounces', 'according', 'accusing', 'accusation', 'accusations',
]);

function isCap(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

function isAllCaps(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/** Per-block facts computed once; the sentence facts only when a candidate is found. */
interface BlockFacts {
  tokens: Token[];
  block: ParsedBlock;
  /** The sentence facts below are filled in (by `sentenceFacts`). */
  ready: boolean;
  /** The block may be a headline (its title case is then worked out from all its words). */
  headline: boolean;
  /** Token index ranges of the sentences. */
  sentenceOf: Int32Array;
  sentStart: Int32Array | number[];
  sentEnd: Int32Array | number[];
  titleCase: boolean;
  /** The tokens are TOKEN_POOL's: the sentence of each goes in SENTENCE_POOL, reused as they are. */
  pooled: boolean;
}

/**
 * The block's facts, its tokens read from `from` on (an offset before which no match starts, see
 * `Lexicon.firstCandidate`) — or rather from a few words before the sentence that holds it, which
 * is all any check looks at: the match's sentence, and up to three words before the match
 * (`participleSlot`). A headline in title case needs all its words: a block that may be one is read
 * whole.
 */
function blockFacts(block: ParsedBlock, from: number, pool?: Token[]): BlockFacts {
  const prose = block.prose;
  const headline = block.kind === 'heading' || block.kind === 'header' || (!endsSentence(prose) && prose.trim().indexOf('\n') === -1);
  let start = 0;
  if (!headline) {
    // the sentence of offset `from`: the last one starting at or before it (the first, from the block's start)
    const sentences = block.sentences;
    let s = 0;
    let hi = sentences.length - 1;
    while (s < hi) {
      const mid = (s + hi + 1) >> 1;
      if (sentences[mid].start <= from) s = mid;
      else hi = mid - 1;
    }
    if (s > 0) start = restartPoint(prose, Math.min(sentences[s].start, from), 5);
  }
  const table = wordTable(prose);
  if (pool !== undefined) {
    const k = table.plain ? tokenizeTableTo(table, start, pool) : tokenizeTo(prose, start, pool);
    // (the facts of the pooled tokens: one object, as they are one set)
    const f = POOLED_FACTS;
    f.tokens = pooledTokens(pool, k);
    f.block = block;
    f.ready = false;
    f.headline = headline;
    f.sentenceOf = EMPTY;
    f.sentStart = SENT_START_POOL;
    f.sentEnd = SENT_END_POOL;
    f.titleCase = false;
    return f;
  }
  const tokens = table.plain ? tokenizeTable(table, start) : tokenize(prose, start);
  return { tokens, block, ready: false, headline, sentenceOf: EMPTY, sentStart: [], sentEnd: [], titleCase: false, pooled: false };
}

/**
 * An offset at or before `at` where a token starts, with at least `chunks - 1` whole runs of
 * non-space characters (each one token or more) between it and `at`: the start of the `chunks`-th
 * run that starts before `at`, or 0. A non-space character after an ASCII space always starts a token.
 */
function restartPoint(text: string, at: number, chunks: number): number {
  let p = at;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (space) {
      const d = text.charCodeAt(p);
      if (p < at && !(d === 32 || (d >= 9 && d <= 13)) && --chunks === 0) return p;
    }
    p--;
  }
  return 0;
}

const EMPTY = new Int32Array(0);

/**
 * The first k tokens of `pool` in an array of their own, one of POOLED_ARRAYS: the array of k's
 * size class, its objects overwritten and its length set to k. `pool` is never cut shorter, and no
 * array of a class is ever cut to less than 3/4 of its longest: V8 trims an array's storage when its
 * length falls below half of it, and grows it anew (a copy) when it is needed again — ~0.15 MB per
 * 100k words when one array served blocks of every length.
 */
function pooledTokens(pool: Token[], k: number): Token[] {
  // size classes of ratio 2^0.4 (~1.32): a class's longest is under 4/3 of its shortest, and
  // storage grown to it (by half and 16 at a time) stays under twice the shortest length plus 16
  const cls = Math.floor(Math.log2(k + 1) * 2.5);
  let out = POOLED_ARRAYS[cls];
  if (out === undefined) {
    while (POOLED_ARRAYS.length < cls) POOLED_ARRAYS.push(undefined);
    POOLED_ARRAYS[cls] = out = [];
  }
  const n = out.length;
  for (let j = 0; j < k; j++) {
    if (j < n) out[j] = pool[j];
    else out.push(pool[j]);
  }
  if (n > k) out.length = k;
  return out;
}
const POOLED_ARRAYS: (Token[] | undefined)[] = [];

/**
 * The Token objects of the block being checked, reused for the next (`checkBlock` runs one block
 * at a time, and keeps no token past it): ~30k tokens per 100k words are not made anew.
 */
const TOKEN_POOL: Token[] = [];
/** `sentenceOf` of the pooled tokens, reused likewise (grown as needed). */
let SENTENCE_POOL = new Int32Array(1024);
/** `sentStart` and `sentEnd` of the pooled tokens' facts, likewise. */
let SENT_START_POOL = new Int32Array(64);
let SENT_END_POOL = new Int32Array(64);
/** The facts of the pooled tokens (`blockFacts` with the pool), reused likewise. */
const POOLED_FACTS: BlockFacts = {
  tokens: [], block: null as unknown as ParsedBlock, ready: false, headline: false, sentenceOf: EMPTY, sentStart: SENT_START_POOL, sentEnd: SENT_END_POOL, titleCase: false, pooled: true,
};

/**
 * The sentence of each token (into `sentenceOf`) and the tokens of each sentence that has any
 * (`sentStart`, `sentEnd`): a token's sentence is the last one starting at or before it (as
 * `block.sentenceAt`), the first when none does.
 */
export function fillSentences(
  tokens: readonly Token[], sentences: readonly { start: number }[], sentenceOf: Int32Array, sentStart: Int32Array | number[], sentEnd: Int32Array | number[],
): void {
  const ns = sentences.length;
  // the tokens of sentence s run up to the first that starts at or after sentence s + 1: found by
  // halving, and given their sentence by a fill, not read one by one (a line break that starts a
  // list item or a heading line also starts a "sentence" for our purposes)
  const n = tokens.length;
  let i = 0;
  for (let s = 0; i < n; s++) {
    let j = n;
    if (s + 1 < ns) {
      const next = sentences[s + 1].start;
      let hi = n;
      j = i;
      while (j < hi) {
        const mid = (j + hi) >> 1;
        if (tokens[mid].start < next) j = mid + 1;
        else hi = mid;
      }
    }
    if (j > i) {
      sentStart[s] = i;
      sentEnd[s] = j;
      sentenceOf.fill(s, i, j);
      i = j;
    }
  }
}

/** Fill in the sentence of each token and whether the block is a headline in title case. */
function sentenceFacts(f: BlockFacts): void {
  if (f.ready) return;
  f.ready = true;
  const { tokens, block } = f;
  let sentenceOf: Int32Array;
  if (f.pooled) {
    // (read only at token indices: what lies past them is left as it was)
    if (SENTENCE_POOL.length < tokens.length) SENTENCE_POOL = new Int32Array(Math.max(tokens.length, SENTENCE_POOL.length * 2));
    sentenceOf = SENTENCE_POOL;
  } else sentenceOf = new Int32Array(tokens.length);
  const sentences = block.sentences;
  const ns = sentences.length;
  if (f.pooled) {
    // by sentence number (read only at the sentences of tokens, all set below)
    if (SENT_START_POOL.length < ns) {
      SENT_START_POOL = new Int32Array(Math.max(ns, SENT_START_POOL.length * 2));
      SENT_END_POOL = new Int32Array(SENT_START_POOL.length);
    }
    f.sentStart = SENT_START_POOL;
    f.sentEnd = SENT_END_POOL;
  }
  const sentStart = f.sentStart;
  const sentEnd = f.sentEnd;
  fillSentences(tokens, sentences, sentenceOf, sentStart, sentEnd);
  f.sentenceOf = sentenceOf;
  // title case: most longer words capitalised (a headline)
  if (!f.headline) return;
  let caps = 0;
  let longer = 0;
  let first = true;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4) continue;
    if (first) {
      first = false;
      continue;
    }
    longer++;
    if (isCap(t)) caps++;
  }
  f.titleCase = longer >= 2 && caps / longer >= 0.6;
}

/**
 * Does the text, trimmed, end with . ! or ? and then closing quote marks or brackets only? (As
 * /[.!?]["”’)]*$/ on the trimmed text, read from the end instead of tried at every mark.)
 */
function endsSentence(prose: string): boolean {
  let j = prose.length - 1;
  while (j >= 0 && TRIM_SPACE.test(prose.charAt(j))) j--;
  let c = prose.charCodeAt(j);
  while (j >= 0 && (c === 34 || c === 0x201d || c === 0x2019 || c === 41)) c = prose.charCodeAt(--j);
  return j >= 0 && (c === 46 || c === 33 || c === 63);
}
/** A character String.prototype.trim removes. */
const TRIM_SPACE = /^\s$/;

/** No word before the token in its sentence (quote marks and brackets aside), or a line start. */
function sentenceInitial(f: BlockFacts, prose: string, i: number): boolean {
  const s = f.sentenceOf[i];
  const lo = f.sentStart[s] ?? 0;
  for (let k = i - 1; k >= lo; k--) {
    const t = f.tokens[k];
    if (t.word) return /\n\s*$/.test(prose.slice(t.end, f.tokens[i].start));
    if (t.key === ':' || t.key === '—') return true;
    if (!QUOTE_OPENERS.has(t.key)) return false;
  }
  return true;
}

/**
 * `sentenceInitial` for token k, which may lie in a sentence before the match's: when the tokens
 * were read from inside that sentence (see `blockFacts`), it is worked out on the whole block.
 */
function prevSentenceInitial(f: BlockFacts, block: ParsedBlock, k: number): boolean {
  sentenceFacts(f);
  if (f.tokens.length === 0 || f.tokens[0].start === 0 || f.sentenceOf[k] !== f.sentenceOf[0]) return sentenceInitial(f, block.prose, k);
  const whole = blockFacts(block, 0);
  sentenceFacts(whole);
  const at = f.tokens[k].start;
  let i = 0;
  while (whole.tokens[i].start !== at) i++;
  return sentenceInitial(whole, block.prose, i);
}

/** Does a word of the entry's `unless` list stand in the sentence, outside the match [i, j)? */
function inSentence(c: Compiled, f: BlockFacts, i: number, j: number): boolean {
  if (!c.unlessWords.size && !c.unlessPrefixes.length) return false;
  const s = f.sentenceOf[i];
  const lo = f.sentStart[s] ?? 0;
  const hi = f.sentEnd[s] ?? f.tokens.length;
  return unlessStands(c, f.tokens, lo, hi, i, j);
}

/** The filters' size in bits (see `Compiled.unlessWordBits`). */
const UNLESS_BITS = 2048;
/** In `Compiled.unlessHeadBits`: a prefix of fewer than three characters (a word's head hits it when set). */
const UNLESS_SHORT = UNLESS_BITS - 1;
function unlessBit(h: number): number {
  return (h ^ (h >>> 11) ^ (h >>> 22)) & (UNLESS_BITS - 2);
}
function setUnlessBit(bits: Int32Array, h: number): void {
  const b = h === UNLESS_SHORT ? UNLESS_SHORT : unlessBit(h);
  bits[b >> 5] |= 1 << (b & 31);
}
function hasUnlessBit(bits: Int32Array, b: number): boolean {
  return (bits[b >> 5] & (1 << (b & 31))) !== 0;
}
/**
 * Does a word of the entry's `unless` list stand in tokens [lo, hi), outside [i, j)? A word is
 * looked up only when its hash hits the words' filter, and tried against the prefixes only when its
 * first three characters hit theirs (or a prefix is shorter): most words of a sentence are passed
 * over without their key. `unlessStandsByLetter` is the reference.
 */
export function unlessStands(c: Compiled, tokens: Token[], lo: number, hi: number, i: number, j: number): boolean {
  const words = c.unlessWords;
  const prefixes = c.unlessPrefixes;
  const wordBits = c.unlessWordBits;
  const headBits = c.unlessHeadBits;
  const short = prefixes.length !== 0 && hasUnlessBit(headBits, UNLESS_SHORT);
  for (let k = lo; k < hi; k++) {
    const t = tokens[k];
    if (!t.word || (k >= i && k < j)) continue;
    if (hasUnlessBit(wordBits, unlessBit(t.h)) && words.has(t.key)) return true;
    if (t.base !== null && words.has(t.base)) return true;
    if (prefixes.length !== 0) {
      if (!short) {
        const hd = keyHeadCode(t);
        if (hd === -1 || !hasUnlessBit(headBits, unlessBit(hd))) continue;
      }
      const key = t.key;
      for (let p = 0; p < prefixes.length; p++) if (key.startsWith(prefixes[p])) return true;
    }
  }
  return false;
}

/** `unlessStands` as it was: each word whose first letter starts a word or prefix of the list is looked up. */
export function unlessStandsByLetter(c: Compiled, tokens: Token[], lo: number, hi: number, i: number, j: number): boolean {
  for (let k = lo; k < hi; k++) {
    const t = tokens[k];
    if (!t.word || (k >= i && k < j)) continue;
    // a word whose first letter starts no word of the list (its base starts with the same one)
    const c0 = Math.min(keyFirst(t), 128);
    if ((c.unlessFirst[c0 >> 5] & (1 << (c0 & 31))) === 0) continue;
    if (c.unlessWords.has(t.key) || (t.base !== null && c.unlessWords.has(t.base))) return true;
    for (const p of c.unlessPrefixes) if (t.key.startsWith(p)) return true;
  }
  return false;
}

function attributed(f: BlockFacts, block: ParsedBlock, i: number): boolean {
  const s = f.sentenceOf[i];
  const lo = f.sentStart[s] ?? 0;
  const hi = f.sentEnd[s] ?? f.tokens.length;
  const from = f.tokens[lo]?.start ?? 0;
  const to = f.tokens[hi - 1]?.end ?? block.prose.length;
  // the words first: reading `block.cues` costs a scan of the block the first time
  for (let k = lo; k < hi; k++) if (ATTRIBUTION.has(f.tokens[k].key)) return true;
  for (const cue of block.cues) if (cue.start < to && cue.end > from) return true;
  return false;
}

/** Would a reader take this capitalised match for part of a name? */
function looksLikeName(f: BlockFacts, prose: string, m: LexMatch<Hit>): boolean {
  const t = f.tokens[m.first];
  if (m.value.c.entry.proper || !isCap(t) || f.titleCase) return false;
  if (isAllCaps(t)) {
    // SHOUTED word in running text: not a name unless its neighbours shout too (a headline in capitals)
    return false;
  }
  const initial = sentenceInitial(f, prose, m.first);
  if (!initial) return true;
  // "Iconic Hotel opened …": a capitalised word right after it continues a name — but not a title,
  // a party or a people ("Racist Rep. King", "Outraged Democrats vowed …"): those are read as words
  const next = f.tokens[m.last];
  if (!next || !next.word || !isCap(next) || next.text === 'I' || next.start - f.tokens[m.last - 1].end > 1) return false;
  return !NOT_A_NAME_AFTER.has(next.key);
}

/** Capitalised words that follow an adjective but do not continue a name with it. */
const NOT_A_NAME_AFTER = new Set([
  'rep', 'reps', 'sen', 'sens', 'gov', 'govs', 'president', 'sen.', 'senator', 'senators', 'representative', 'congressman', 'congresswoman',
  'mayor', 'judge', 'justice', 'secretary', 'speaker', 'minister', 'chairman', 'chairwoman', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'general',
  'democrat', 'democrats', 'republican', 'republicans', 'democratic', 'gop', 'conservatives', 'liberals', 'progressives', 'americans', 'american',
  'trump', 'obama', 'biden', 'clinton', 'pelosi', 'congress', 'washington', 'beijing', 'moscow', 'tehran', 'china', 'russia', 'iran',
]);

function article(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(uni|use|usu|uti|eu|one|once|ur[aeiou]|u[bcfhjkqrstn][aeiou])/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/**
 * Could an article stand right before offset s (`fixArticle`'s expression match the 8 characters
 * before it)? False when the ASCII white space back from s (none, or some) is preceded, within
 * them, by an ASCII character other than a or n: the expression needs white space there, then 'a'
 * or 'an'. Most words of a finding follow a letter other than those ("the shocking"), and need
 * neither the expression nor their next word (`firstWord`).
 */
export function mayHaveArticle(text: string, s: number): boolean {
  const lo = Math.max(0, s - 8);
  let p = s - 1;
  while (p >= lo) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) p--;
    else if (c >= 128) return true;
    else return p !== s - 1 && ((c | 32) === 97 || (c | 32) === 110);
  }
  // (no character, or white space to the window's start)
  return p !== s - 1;
}

/** If an article stands right before `start`, make it agree with `nextWord`: widen the edit to it. */
export function fixArticle(text: string, edit: { s: number; e: number; newText: string }, nextWord: string): void {
  const m = /(^|[^\p{L}\p{N}])(an?)(\s+)$/iu.exec(text.slice(Math.max(0, edit.s - 8), edit.s));
  if (!m || !nextWord) return;
  const art = m[2];
  const want = article(nextWord);
  if (art.toLowerCase() === want) return;
  const artStart = edit.s - m[2].length - m[3].length;
  edit.newText = matchCase(want, art) + m[3] + edit.newText;
  edit.s = artStart;
}

function firstWord(s: string): string {
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(s);
  return m ? m[0] : '';
}

/**
 * The edit that removes text[s, e) with its punctuation: "plan, unfortunately, failed" loses both
 * commas' worth; "Unfortunately, the plan" loses the comma and capitalises the next word; otherwise
 * one adjoining space goes with the word. An article before it is made to agree ("an outrageous
 * decision" → "a decision"). Written into `edit`.
 */
function removalEdit(text: string, s: number, e: number, initial: boolean, edit: Edit): void {
  let p = s - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  let q = e;
  while (q < text.length && (text[q] === ' ' || text[q] === '\t')) q++;
  const prevCh = p >= 0 ? text[p] : '';
  const nextCh = q < text.length ? text[q] : '';
  edit.newText = '';
  if (nextCh === ',') {
    if (prevCh === ',') {
      // "plan, unfortunately, failed"
      edit.s = p;
      edit.e = q + 1;
      return;
    }
    let r = q + 1;
    while (r < text.length && (text[r] === ' ' || text[r] === '\t')) r++;
    edit.s = s;
    edit.e = r;
  } else if (prevCh === ',' && (nextCh === '' || /[.!?;:)\]"”’—]/.test(nextCh))) {
    // "failed, unfortunately."
    edit.s = p;
    edit.e = e;
    return;
  } else if (text[e] === ' ') {
    edit.s = s;
    edit.e = e + 1;
  } else if (s > 0 && text[s - 1] === ' ') {
    edit.s = s - 1;
    edit.e = e;
  } else {
    edit.s = s;
    edit.e = e;
  }
  if (initial && text[s] !== text[s].toLowerCase() && edit.e < text.length && edit.e >= e) {
    const c = text[edit.e];
    if (c !== c.toUpperCase()) {
      edit.newText = c.toUpperCase();
      edit.e += 1;
    }
  }
  if (mayHaveArticle(text, edit.s)) fixArticle(text, edit, firstWord(text.slice(edit.e - (edit.newText ? 1 : 0))));
}

/** An edit being worked out (`removalEdit`, `fixArticle`): one object, reused for every suggestion. */
interface Edit {
  s: number;
  e: number;
  newText: string;
}
const EDIT: Edit = { s: 0, e: 0, newText: '' };

/** How `matchCase(r, original)` changes a replacement r: 0 not at all, 1 first letter upper case, 2 all upper case. */
export function caseMode(original: string): number {
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) return 2;
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? 1 : 0;
}
/** `matchCase(replacement, original)`, given `caseMode(original)`. */
export function applyCase(replacement: string, mode: number): string {
  if (!replacement || mode === 0) return replacement;
  if (mode === 2) return replacement.toUpperCase();
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

const q = (s: string) => `‘${s}’`;

/** A suggestion, with `safe` only when it is safe (built so, not deleted after: no slow objects). */
function suggestion(title: string, edits: Suggestion['edits'], safe: boolean): Suggestion {
  return safe ? { title, edits, safe: true } : { title, edits };
}

/** The message of a finding: qShown is `q(shown)`, and the first nAlts of alts are offered. */
function message(sub: LoadedSub, qShown: string, alts: string[], nAlts: number, removal: boolean): string {
  const use = nAlts ? (nAlts > 1 ? `${q(alts[0])} or ${q(alts[1])}` : q(alts[0])) : '';
  switch (sub) {
    case 'pejorative':
      return `${qShown} is a pejorative label: say what the people did${use ? `, or use ${use}` : ''}.`;
    case 'emotive':
      return `${qShown} tells readers how to feel: ${use ? `use ${use}, or ` : ''}${removal ? 'cut it and ' : ''}let the facts show it.`;
    case 'puffery':
      return `${qShown} is promotional: say what makes it notable${use ? `, use ${use},` : ''} or cut it.`;
    case 'label':
      return `${qShown} is a contentious label in the writer's voice: ${use ? `use ${use}, ` : 'describe what is meant, '}or attribute it.`;
    case 'editorializing':
      return `${qShown} is the writer's comment: cut it and let the facts speak.`;
    case 'doubt':
      return `${qShown} casts doubt in the writer's voice: ${removal ? 'cut it, or ' : ''}say who disputes it.`;
    case 'saying-verb':
      return `${qShown} colours what was said: use ${use || q('said')} instead.`;
    case 'vulgar':
      return `${qShown} is vulgar in the writer's voice: ${use ? `use ${use}` : 'use a plain word'}, or keep it only in a quotation.`;
    case 'idiom':
      return `${qShown} is a loaded idiom: say plainly what happened${use ? `, e.g. ${use}` : ''}.`;
    default:
      return use ? `${qShown} is on the house list: use ${use}.` : `${qShown} is on the house list of words to avoid: rewrite it.`;
  }
}

/** Auxiliaries after which a past form is the participle: "have ballooned" → "have grown", "was gutted" → "was cut". */
const PERFECT_OR_PASSIVE = new Set(['have', 'has', 'had', 'having', "'ve", 've', 'be', 'been', 'being', 'is', 'are', 'was', 'were', "'s", 'get', 'gets', 'got', 'gotten']);
/** Words that may stand between the auxiliary and the participle ("has already ballooned"). */
const BETWEEN_AUX = new Set(['not', "n't", 'never', 'already', 'also', 'just', 'since', 'recently', 'now', 'long', 'all', 'both', 'largely', 'partly', 'quickly', 'steadily', 'effectively']);

/** The slot of a past form: the participle (4) after a perfect or passive auxiliary, else as matched. */
function participleSlot(entry: LoadedEntry, slot: number, tokens: Token[], first: number): number {
  if (entry.pos !== 'verb' || slot !== PAST_SLOT) return slot;
  for (let k = first - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const t = tokens[k];
    if (!t.word) return slot;
    if (PERFECT_OR_PASSIVE.has(t.key)) return 4;
    if (!BETWEEN_AUX.has(t.key) && !t.key.endsWith('ly')) return slot;
  }
  return slot;
}

/** The entry's alternatives in the form of the slot, a gap's `*` replaced by gapText (not to be changed: may be shared). */
function inflectedAlternatives(entry: LoadedEntry, slot: number, gapText: string): string[] {
  return entry.alternatives.map((a) => inflectAlternative(a, entry.pos, slot).replace(/\*/g, gapText).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The facts of the block being checked, for `acceptMatch` (set by `checkBlock` for its scan). */
let ACCEPT_FACTS: BlockFacts | null = null;

/** Does a match stand (`Lexicon.scan`'s accept) in the block of ACCEPT_FACTS? One function for every block, no closure made per block. */
function acceptMatch(m: LexMatch<Hit>): boolean {
  const f = ACCEPT_FACTS!;
  const tokens = f.tokens;
  sentenceFacts(f);
  const c = m.value.c;
  const s = f.sentenceOf[m.first];
  const lo = f.sentStart[s] ?? 0;
  const hi = f.sentEnd[s] ?? tokens.length;
  if (looksLikeName(f, f.block.prose, m)) return false;
  // "terrifying residents", "devastating the town": a verb, not the adjective
  if (c.entry.pos === 'adjective' && m.last === m.first + 1 && tokens[m.first].key.endsWith('ing')) {
    const next = tokens[m.last];
    if (next && next.word && OBJECTS.has(next.key)) return false;
  }
  for (let k = 0; k < c.except.length; k++) if (patternFits(c.except[k], tokens, m.first, m.last, lo, hi)) return false;
  if (c.require.length) {
    let fits = false;
    for (let k = 0; k < c.require.length && !fits; k++) fits = patternFits(c.require[k], tokens, m.first, m.last, lo, hi);
    if (!fits) return false;
  }
  if (inSentence(c, f, m.first, m.last)) return false;
  return true;
}

/** The matches of the block being checked (the first ones `scanInto` returns; the rest stale): their objects are reused by the next block's scan. */
const MATCHES: LexMatch<Hit>[] = [];
/** A finding's suggestions as they are made (the first ones; copied into the finding's own array). */
const SUGGESTIONS: Suggestion[] = [];

function checkBlock(block: ParsedBlock, ctx: CheckContext, out: RawFinding[]): void {
  const { lexicon, words } = compileLexicon(ctx.config.extraTerms, ctx.config.removedTerms);
  // most paragraphs hold no candidate: found without making tokens
  const from = lexicon.firstCandidate(block.prose);
  if (from === -1) return;
  // the tokens of the block before are no longer in use: their objects are reused
  const f = blockFacts(block, from, TOKEN_POOL);
  const { tokens } = f;
  const text = block.text;
  const prose = block.prose;
  ACCEPT_FACTS = f;
  const nMatches = lexicon.scanInto(tokens, acceptMatch, from, MATCHES);
  ACCEPT_FACTS = null;
  // (by index: a for-of makes an iterator result per match here)
  for (let mi = 0; mi < nMatches; mi++) {
    const m = MATCHES[mi];
    const { c } = m.value;
    const slot = participleSlot(c.entry, m.value.slot, tokens, m.first);
    const entry = c.entry;
    const start = tokens[m.first].start;
    const end = tokens[m.last - 1].end;
    // (one token holds no space)
    const shown = m.last - m.first === 1 ? text.slice(start, end) : text.slice(start, end).replace(/\s+/g, ' ');
    const qShown = q(shown);
    const sub = c.sub;
    const inQuote = block.inQuote(start);
    let alts: string[];
    if (m.gaps.length) {
      const gapText = text.slice(tokens[m.gaps[0][0]].start, tokens[m.gaps[0][1] - 1].end);
      alts = inflectedAlternatives(entry, slot, gapText);
    } else alts = c.altsBySlot[slot] ?? (c.altsBySlot[slot] = inflectedAlternatives(entry, slot, ''));

    // suggestions (made into SUGGESTIONS, then copied: an array of their number, not a grown one)
    let ns = 0;
    let deletion = false;
    const ed = EDIT;
    if (entry.fix === 'remove') {
      // an adjective can go only before its noun ("a shocking decision"), not after a verb ("was shocking")
      const next = tokens[m.last];
      const attributive = entry.pos !== 'adjective' || (!!next && next.word && !/^(and|or|but|to|that|than|as|for|of|in|on|at|by|with)$/.test(next.key));
      if (attributive) {
        let rs = start;
        const prev = tokens[m.first - 1];
        if (prev && prev.word && INTENSIFIERS.has(prev.key) && !words.has(prev.key) && (entry.pos === 'adjective' || entry.pos === 'adverb') && /^[ \t]+$/.test(text.slice(prev.end, start))) {
          rs = prev.start;
        }
        removalEdit(text, rs, end, rs === start ? sentenceInitial(f, prose, m.first) : prevSentenceInitial(f, block, m.first - 1), ed);
        // (from the match's start: the shown text)
        const removed = rs === start ? shown : text.slice(rs, end).replace(/\s+/g, ' ');
        SUGGESTIONS[ns++] = suggestion(`Remove ${q(removed)}`, [{ offset: [ed.s, ed.e], newText: ed.newText }], entry.safe && !inQuote);
        deletion = true;
      }
    }
    if (entry.fix !== 'rewrite' && alts.length) {
      // (`matchCase` for each alternative, the shown text's case read once)
      const mode = caseMode(shown);
      for (let ai = 0; ai < alts.length; ai++) {
        const alt = alts[ai];
        const replacement = applyCase(alt, mode);
        if (replacement === shown) continue;
        ed.s = start;
        ed.e = end;
        ed.newText = replacement;
        if (mayHaveArticle(text, start)) fixArticle(text, ed, firstWord(replacement));
        SUGGESTIONS[ns] = suggestion(
          `Replace ${qShown} with ${q(replacement)}`,
          [{ offset: [ed.s, ed.e], newText: ed.newText }],
          entry.fix === 'replace' && entry.safe && ns === 0 && !inQuote,
        );
        ns++;
      }
    }
    // a quotation is the source's words: no edit inside it
    if (inQuote) {
      ns = 0;
      deletion = false;
    }
    const suggestions = ns === 0 ? [] : SUGGESTIONS.slice(0, ns);
    for (let k = 0; k < ns; k++) SUGGESTIONS[k] = NO_SUGGESTION;

    let severity: Severity | undefined = entry.severity && entry.severity !== 'warning' ? entry.severity : undefined;
    let msg: string;
    if (inQuote) {
      severity = 'hint';
      msg = `In a quotation: ${qShown} is the source's word, not yours — keep it if it is what was said.`;
    } else if (entry.attributable && attributed(f, block, m.first)) {
      severity = 'information';
      msg = `${qShown} is a contentious label: keep it only as the source's word, and make clear who uses it.`;
    } else {
      msg = message(sub, qShown, alts, entry.fix === 'rewrite' ? Math.min(alts.length, 1) : alts.length, deletion);
    }
    const finding: RawFinding = {
      rule: c.rule,
      start,
      end,
      message: msg,
      suggestions,
      explanation: c.explanation,
      // a copy: each finding owns its array
      alternatives: c.baseAlternatives.slice(),
    };
    if (severity) finding.severity = severity;
    if (inQuote) finding.inQuote = true;
    if (deletion) finding.deletion = true;
    out.push(finding);
  }
}

/** What SUGGESTIONS holds in a slot no longer in use (the findings' objects are not kept alive by it). */
const NO_SUGGESTION: Suggestion = { title: '', edits: [] };

export const loadedChecker: BlockChecker = {
  name: 'loaded',
  category: 'loaded',
  rules: LOADED_RULES,
  contextKey: (ctx) => lexiconKey(ctx.config.extraTerms, ctx.config.removedTerms),
  check: checkBlock,
};
