/**
 * `style`: prose style, from write-good (https://github.com/btford/write-good), with a copy desk's
 * judgement on top.
 *
 * write-good is called once per block, on the block's prose with code, comments, link targets,
 * front matter and direct quotations blanked (a speaker's words are not the writer's to restyle),
 * and with only the checks whose rules are on. Its results are then mapped to our rules, filtered
 * by a newsroom allow-list (passive voice of arrests and accidents with no known agent, adverbs
 * such as "allegedly" and "early" that are part of news writing, formal words that are simply the
 * right word) and given plain messages and, where a safe edit exists, a suggestion.
 *
 * What is left out, and why:
 * - write-good's `whitelist` option is never used: it misses the first occurrence when the text
 *   starts with the term. The engine applies `config.allow` to every finding instead.
 * - Its "weasel words" that are quantities (many, few, several, various, huge, vast, tiny, mostly,
 *   largely, significantly, substantially, "is a number") belong to `sourcing` (a figure with no
 *   source) and `loaded` (puffery); those that judge (clearly, obviously, interestingly,
 *   surprisingly, remarkably, excellent) belong to `loaded`. `style/weasel` keeps only the
 *   intensifiers and hedges (very, quite, fairly, relatively, extremely, exceedingly, completely).
 * - Its "wordy" list holds many words that are plain news vocabulary (aircraft, purchase, however,
 *   additional, monitor). Copydesk reports a wordy phrase only when it knows the plainer form, or
 *   when the phrase is pure filler ("in terms of", "it seems that").
 */
// @ts-ignore -- no type declarations; write-good's own cliché list (MIT), a dependency of write-good
import clicheData from '../data/cliches.json';
// @ts-ignore -- write-good ships no type declarations (CommonJS, pure JS; bundled for the browser too)
import writeGoodModule from 'write-good';
import type { BlockChecker, CheckContext } from '../checker';
import { ruleSetting } from '../config';
import type { ParsedBlock } from '../parse';
import { lowerBound, matchCase } from '../text';
import type { RawFinding, ResolvedConfig, RuleMeta, Suggestion } from '../types';

interface WGSuggestion {
  index: number;
  offset: number;
  reason: string;
}
type WGCheck = 'weasel' | 'illusion' | 'so' | 'thereIs' | 'passive' | 'adverb' | 'tooWordy' | 'cliches' | 'eprime';
const writeGood = writeGoodModule as (text: string, opts?: Partial<Record<WGCheck, boolean>>) => WGSuggestion[];

/** write-good's explanation of each check, as it writes them after the quoted text in `reason`. */
const EXPLANATION: Record<WGCheck, string> = {
  weasel: 'is a weasel word',
  illusion: 'is repeated',
  so: 'adds no meaning',
  thereIs: 'is unnecessary verbiage',
  passive: 'may be passive voice',
  adverb: 'can weaken meaning',
  tooWordy: 'is wordy or unneeded',
  cliches: 'is a cliche',
  eprime: "is a form of 'to be'",
};
const ALL_CHECKS = Object.keys(EXPLANATION) as WGCheck[];

// ------------------------------------------------------------------------------------ clichés

/**
 * write-good finds clichés with no-cliches: one regular expression alternating ~700 phrases, tried
 * at every word boundary. That is most of write-good's time, and seconds on some hostile lines.
 * Copydesk uses the same list, matched by its own lookup: the first word of each phrase → the
 * phrases that start with it, in the list's order, each compiled once as a sticky pattern with
 * no-cliches' own spelling of it (any white space between words, its case folding, its word
 * boundary at the end), tried only where a word of the text is a phrase's first word and the
 * next word starts its second. Same phrases, same spans (all of the Brown corpus: the same 141);
 * only words run together with no space ("tipoftheiceberg") are no longer clichés.
 *
 * no-cliches exports its matcher, not its list: `scripts/gen-cliches.mjs` copies the list (MIT,
 * with its source and copyright) into `src/core/data/cliches.json`.
 */
interface Cliche {
  /** no-cliches' pattern for the phrase, sticky, with its closing word boundary. */
  re: RegExp;
  /** The phrase's second word (letters, digits, '_'), lower case: the next word of the text must start with it. */
  second: string | null;
}
const CLICHES: Map<string, Cliche[]> | null = (() => {
  const flags = 'iy'; // no-cliches matches case-insensitively; sticky here, tried at a word
  const map = new Map<string, Cliche[]>();
  for (const entry of clicheData.phrases) {
    const alt = entry.replace(/ /g, '[\\b\\s\\u200C]*'); // no-cliches' own spelling of white space
    const first = /^\w+/.exec(alt);
    if (!first) return null; // a phrase that starts with punctuation: not what this lookup expects
    const key = first[0].toLowerCase();
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    // the words as written, white space for no-cliches' pattern between them
    const phrase = alt.split('[\\b\\s\\u200C]*').join(' ');
    const second = /[\\^$.*+?()[\]{}|]/.test(phrase) ? null : ((phrase.match(/\w+/g) ?? [])[1] ?? null);
    list.push({ re: new RegExp('(?:' + alt + ')\\b', flags), second: second && second.toLowerCase() });
  }
  return map.size > 100 ? map : null;
})();
let clicheKeyMax = 0;
if (CLICHES) for (const k of CLICHES.keys()) clicheKeyMax = Math.max(clicheKeyMax, k.length);

/** A character of `\w`: A-Z, a-z, 0-9, _ (the word of the pattern's `\b`). */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Every cliché in the text, as no-cliches would find it: leftmost first, no overlaps. */
function findCliches(map: Map<string, Cliche[]>, text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    for (let c: number; i < n && isWordChar((c = text.charCodeAt(i))); i++) if (c <= 90 && c >= 65) upper = true;
    if (i - start > clicheKeyMax) continue;
    const tok = text.slice(start, i);
    const list = map.get(upper ? tok.toLowerCase() : tok);
    if (!list) continue;
    // the next word of the text, for a first cut on the phrase's second word
    let j = i;
    while (j < n && !isWordChar(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && k - j < 24 && isWordChar(text.charCodeAt(k))) k++;
    const next = text.slice(j, k).toLowerCase();
    for (const { re, second } of list) {
      if (second !== null && !next.startsWith(second)) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) {
        found(start, start + m[0].length);
        i = start + m[0].length;
        break;
      }
    }
  }
}

/** The clichés in a text as [start, end) spans (null if the list could not be read), for tests and measures. */
export function clicheSpans(text: string): Array<[number, number]> | null {
  if (!CLICHES) return null;
  const spans: Array<[number, number]> = [];
  findCliches(CLICHES, text, (start, end) => spans.push([start, end]));
  return spans;
}

// ----------------------------------------------------------------------- long runs, for write-good

/** Longest stretch without `.;!?` or a line break that write-good is given. */
const MAX_RUN = 400;

/**
 * write-good's `so` and `there-is` checks scan with `([^\n.;!?]+)([.;!?]+)`, which is quadratic over a
 * long stretch with no sentence punctuation (over 20 s on a 1 MB line). In write-good's copy of the
 * text only, such a stretch is broken every ~400 characters by turning one character (a space near
 * there if there is one) into '.': the same length, so offsets hold. Returns the positions changed.
 */
function breakLongRuns(text: string): { text: string; breaks: number[] } {
  let breaks: number[] | null = null;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 10) {
      last = i;
    } else if (i - last > MAX_RUN) {
      const stop = Math.max(last + 1, i - 100);
      let j = i;
      while (j > stop && text.charCodeAt(j) !== 32) j--;
      if (text.charCodeAt(j) !== 32) j = i;
      (breaks ??= []).push(j);
      last = j;
    }
  }
  if (!breaks) return { text, breaks: [] };
  let out = '';
  let at = 0;
  for (const b of breaks) {
    out += text.slice(at, b) + '.';
    at = b + 1;
  }
  return { text: out + text.slice(at), breaks };
}

/** Whether [start, end) holds one of the sorted positions. */
function touches(sorted: readonly number[], start: number, end: number): boolean {
  const lo = lowerBound(sorted, start);
  return lo < sorted.length && sorted[lo] < end;
}

// ------------------------------------------------------------------------------------ rules

const meta = (name: string, defaultSeverity: 'hint' | 'information', description: string): RuleMeta => ({
  id: 'style/' + name,
  category: 'style',
  defaultSeverity,
  description,
  anchor: 'style' + name,
});

/** Rule id for each write-good check. */
const RULE_OF: Record<WGCheck, string> = {
  passive: 'style/passive',
  weasel: 'style/weasel',
  adverb: 'style/adverb',
  tooWordy: 'style/wordy',
  cliches: 'style/cliche',
  illusion: 'style/lexical-illusion',
  so: 'style/so',
  thereIs: 'style/there-is',
  eprime: 'style/e-prime',
};

export const STYLE_RULES: RuleMeta[] = [
  meta('passive', 'hint', 'Passive voice that hides who acted.'),
  meta('weasel', 'hint', 'Intensifiers and hedges (very, quite, fairly) that weaken the sentence.'),
  meta('adverb', 'hint', 'Adverbs that weaken the verb or slip in the writer’s feelings.'),
  meta('wordy', 'hint', 'Wordy phrases with a plainer form (“in order to” → “to”).'),
  meta('cliche', 'information', 'Clichés.'),
  meta('lexical-illusion', 'information', 'A word typed twice (“the the”).'),
  meta('so', 'hint', 'A sentence that starts with “So”.'),
  meta('there-is', 'hint', 'A sentence that starts with “There is/are” (off by default).'),
  meta('e-prime', 'hint', 'Forms of “to be” (off by default).'),
];

/** Rules that run only when the configuration turns them on by name. */
export const STYLE_DEFAULT_OFF: ReadonlySet<string> = new Set(['style/there-is', 'style/e-prime']);

/** When two checks report the same words, the first in this list names the finding. */
const PRIORITY: WGCheck[] = ['illusion', 'cliches', 'tooWordy', 'passive', 'weasel', 'adverb', 'so', 'thereIs', 'eprime'];

function ruleOn(config: ResolvedConfig, id: string): boolean {
  if (!ruleSetting(config, id, 'style').on) return false;
  if (STYLE_DEFAULT_OFF.has(id)) {
    const v = config.rules[id];
    return v === true || (typeof v === 'string' && v !== 'off');
  }
  return true;
}

const enabledCache = new WeakMap<ResolvedConfig, WGCheck[]>();
function enabledChecks(config: ResolvedConfig): WGCheck[] {
  let e = enabledCache.get(config);
  if (!e) {
    e = ALL_CHECKS.filter((c) => ruleOn(config, RULE_OF[c]));
    enabledCache.set(config, e);
  }
  return e;
}

// ------------------------------------------------------------------------- newsroom allow-lists

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Participles whose passive is standard news idiom when the agent is unknown or beside the point
 * ("was killed", "was arrested", "was born", "is expected to"). With "by" after them the agent is
 * named, and the sentence can be turned round: those are still reported.
 */
const PASSIVE_IDIOM = words(`
  killed injured hurt wounded shot stabbed struck hit run slain murdered beaten
  arrested charged booked jailed detained held indicted sentenced convicted acquitted fined
  hospitalized hospitalised treated taken released discharged transported airlifted
  born elected reelected re-elected appointed named sworn nominated confirmed
  found pronounced rescued evacuated displaced stranded trapped missing reported
  scheduled slated set expected due located based married divorced widowed survived
  closed canceled cancelled postponed delayed suspended evicted laid
  damaged destroyed burned burnt flooded
`);

/** Participles used as adjectives ("was tired", "were concerned"), and words that only look like "-ed" verbs. */
const NOT_PASSIVE = words(`
  tired interested concerned worried pleased excited scared frightened surprised shocked
  disappointed satisfied exhausted involved related supposed used done gone finished
  red bed need seed speed feed hundred sacred naked wicked rugged ragged beloved aged
  crooked dogged jagged learned kindred wretched shred bred indeed proceed succeed exceed
`);

/**
 * Adverbs write-good lists that are news vocabulary: legal caution (allegedly), time (early,
 * recently — `dates` has its say), figures (approximately, roughly), set phrases (fatally shot,
 * seriously injured), and adjectives that end in -ly (deadly, timely, likely, lonely).
 */
const ADVERB_OK = words(`
  allegedly reportedly approximately roughly nearly early only daily hourly quarterly weekly
  recently currently previously lately shortly eventually finally immediately repeatedly
  fatally seriously critically mostly largely likely timely deadly lonely worldly many
  presumably publicly consequently additionally alternatively especially particularly usually
  just
`);

/** Sentence adverbs that put the writer's feelings into the story. */
const OPINION_ADVERBS = words(`
  fortunately unfortunately luckily sadly happily interestingly surprisingly remarkably clearly
  obviously thankfully tragically mercifully
`);

/** Intensifiers that can go without changing the facts. */
const DELETABLE = words(`very really truly absolutely extremely exceedingly definitely literally totally completely utterly quite`);

/** write-good weasel words kept by `style/weasel`; the others belong to `sourcing` and `loaded`. */
const WEASEL_KEPT = words(`very quite fairly relatively extremely exceedingly completely`);

/**
 * Wordy phrases write-good lists, with a plainer form. `safe`: the swap keeps the grammar and the
 * meaning in every sentence (a whole phrase, not a verb whose inflections or senses differ).
 * An empty replacement deletes the phrase.
 */
const PLAINER: Record<string, { to: string; safe?: boolean }> = {
  'accede to': { to: 'agree to' },
  'adjacent to': { to: 'next to', safe: true },
  alleviate: { to: 'ease' },
  ameliorate: { to: 'improve' },
  'as of yet': { to: 'yet', safe: true },
  'as yet': { to: 'yet' },
  ascertain: { to: 'find out' },
  'at the present time': { to: 'now', safe: true },
  'at this time': { to: 'now' },
  attain: { to: 'reach' },
  'attributable to': { to: 'due to', safe: true },
  'because of the fact that': { to: 'because', safe: true },
  'by means of': { to: 'by', safe: true },
  'by virtue of the fact that': { to: 'because', safe: true },
  cease: { to: 'stop' },
  commence: { to: 'begin' },
  'comply with': { to: 'follow' },
  demonstrate: { to: 'show' },
  depart: { to: 'leave' },
  discontinue: { to: 'stop' },
  'do damage to': { to: 'damage', safe: true },
  'do harm to': { to: 'harm', safe: true },
  'due to the fact that': { to: 'because', safe: true },
  'during the course of': { to: 'during', safe: true },
  'each and every': { to: 'each', safe: true },
  elucidate: { to: 'explain' },
  expedite: { to: 'speed up' },
  expend: { to: 'spend' },
  finalize: { to: 'finish' },
  'first and foremost': { to: 'first', safe: true },
  'for the duration of': { to: 'during', safe: true },
  'for the purpose of': { to: 'for' },
  'have a tendency to': { to: 'tend to', safe: true },
  'if and when': { to: 'if' },
  'in a timely manner': { to: 'promptly' },
  'in an effort to': { to: 'to', safe: true },
  'in excess of': { to: 'more than', safe: true },
  'in lieu of': { to: 'instead of', safe: true },
  'in light of the fact that': { to: 'because', safe: true },
  'in many cases': { to: 'often' },
  'in order to': { to: 'to', safe: true },
  'in regard to': { to: 'about' },
  'in some instances': { to: 'sometimes' },
  'in the event that': { to: 'if', safe: true },
  'in the midst of': { to: 'amid' },
  'in the near future': { to: 'soon', safe: true },
  initiate: { to: 'start' },
  irregardless: { to: 'regardless', safe: true },
  'make an effort': { to: 'try' },
  necessitate: { to: 'require' },
  'null and void': { to: 'void', safe: true },
  obtain: { to: 'get' },
  'off of': { to: 'off', safe: true },
  'one particular': { to: 'one', safe: true },
  'outside of': { to: 'outside' },
  'owing to the fact that': { to: 'because', safe: true },
  'pass away': { to: 'die' },
  'pertaining to': { to: 'about' },
  'point in time': { to: 'time' },
  'previous to': { to: 'before', safe: true },
  'prior to': { to: 'before', safe: true },
  procure: { to: 'get' },
  'provided that': { to: 'if' },
  'refer back': { to: 'refer', safe: true },
  remainder: { to: 'rest' },
  remuneration: { to: 'pay' },
  reside: { to: 'live' },
  'similar to': { to: 'like' },
  solicit: { to: 'ask for' },
  'span across': { to: 'span', safe: true },
  subsequent: { to: 'later' },
  'successfully complete': { to: 'complete', safe: true },
  sufficient: { to: 'enough' },
  terminate: { to: 'end' },
  'that which': { to: 'what' },
  'the month of': { to: '', safe: true },
  'time period': { to: 'period', safe: true },
  transmit: { to: 'send' },
  transpire: { to: 'happen' },
  'until such time as': { to: 'until', safe: true },
  utilization: { to: 'use' },
  utilize: { to: 'use' },
  'various different': { to: 'various', safe: true },
  'whether or not': { to: 'whether' },
  'with respect to': { to: 'about' },
  'with the exception of': { to: 'except', safe: true },
  'already existing': { to: 'existing', safe: true },
  'factual evidence': { to: 'evidence', safe: true },
  'honest truth': { to: 'truth', safe: true },
  'readily apparent': { to: 'clear' },
  'not many': { to: 'few' },
  'not often': { to: 'rarely' },
  'not certain': { to: 'uncertain' },
  'not unless': { to: 'only if' },
};

/** Filler write-good lists for which there is no one plainer form: reported, with no suggestion. */
const FILLER = new Set([
  'a number of', 'aforementioned', 'all things considered', 'along the lines of', 'as a matter of fact',
  "as far as i'm concerned", 'as to', 'close proximity', 'for all intents and purposes', 'for the most part',
  'in a manner of speaking', 'in a very real sense', 'in all likelihood', 'in my opinion', 'in terms of',
  'in the case of', 'in the course of', 'in the final analysis', 'in the nature of', 'in the process of',
  'incumbent upon', 'it seems that', 'majority of', 'myriad of', 'the point i am trying to make',
  'what i mean to say is', 'with regard to', 'in regard to',
]);

/** "So far", "So-called", "So many": not the filler "So". */
const SO_IDIOM = words(`far much many few long little called`);
/** Doubled words that are grammar, not typos. */
const REPEAT_OK = words(`that had`);
const NEGATION = words(`not no never n't hardly`);

// ------------------------------------------------------------------------------------ check

interface Hit {
  check: WGCheck;
  start: number;
  end: number;
  /** `illusion`: how many more times the word is repeated after the first repeat, and where the first repeat ends. */
  more?: number;
  wordEnd?: number;
}

const normalize = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const q = (s: string): string => '‘' + s.replace(/\s+/g, ' ') + '’';

/**
 * The text write-good sees: the block's prose on one line, each quotation replaced by a space,
 * a run of "x" and a space (same length, so offsets hold). Not a run of spaces: write-good's
 * cliché pattern scans long runs of white space several times more slowly than letters.
 */
function reviewText(block: ParsedBlock): string {
  let t = block.prose;
  if (block.quotes.length) {
    let out = '';
    let at = 0;
    const quotes = block.quotes.length > 1 ? [...block.quotes].sort((a, b) => a.start - b.start) : block.quotes;
    for (const qu of quotes) {
      if (qu.start < at) continue;
      const n = qu.end - qu.start;
      out += t.slice(at, qu.start) + (n <= 2 ? ' '.repeat(n) : ' ' + 'x'.repeat(n - 2) + ' ');
      at = qu.end;
    }
    t = out + t.slice(at);
  }
  return t.replace(/[\r\n]/g, ' ');
}

export function checkStyle(block: ParsedBlock, checks: readonly WGCheck[], out: RawFinding[]): void {
  if (!checks.length || block.kind === 'blockquote') return;
  const text = reviewText(block);
  if (!/[A-Za-z]/.test(text)) return;
  const opts: Partial<Record<WGCheck, boolean>> = {};
  for (const c of ALL_CHECKS) opts[c] = false;
  for (const c of checks) opts[c] = true;
  const hits: Hit[] = [];
  if (opts.cliches && CLICHES) {
    opts.cliches = false;
    findCliches(CLICHES, text, (start, end) => {
      const h = accept('cliches', start, end, text, block);
      if (h) hits.push(h);
    });
  }
  if (opts.illusion) {
    opts.illusion = false;
    findRepeats(text, block, hits);
  }
  const wgAny = ALL_CHECKS.some((c) => opts[c]);
  const wg = wgAny ? breakLongRuns(text) : { text, breaks: [] };
  const raw = wgAny ? writeGood(wg.text, opts) : [];
  // Which check(s) said it: write-good joins the explanations of a shared span with " and ".
  for (const s of raw) {
    if (wg.breaks.length && touches(wg.breaks, s.index, s.index + s.offset)) continue;
    const tail = s.reason.slice(s.offset + 2);
    for (const c of PRIORITY) {
      if (opts[c] && tail.indexOf(EXPLANATION[c]) !== -1) {
        const h = accept(c, s.index, s.index + s.offset, text, block);
        if (h) {
          hits.push(h);
          break; // the first accepted check names the finding
        }
      }
    }
  }
  // One finding per stretch of words: the higher-priority check wins an overlap.
  for (const h of keepByPriority(hits)) out.push(finding(h, text, block));
}

/**
 * One hit per stretch of words: hits are taken check by check in PRIORITY order, each kept unless it
 * overlaps one already kept. Linear per check (a line of one repeated word has a hit per word).
 * Returns the kept hits by position.
 */
function keepByPriority(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => PRIORITY.indexOf(a.check) - PRIORITY.indexOf(b.check) || a.start - b.start);
  let kept: Hit[] = []; // by position, no overlaps: ends are in order too
  for (let g = 0; g < hits.length; ) {
    let e = g;
    while (e < hits.length && hits[e].check === hits[g].check) e++;
    const taken: Hit[] = [];
    let k = 0;
    for (let i = g; i < e; i++) {
      const h = hits[i];
      const last = taken[taken.length - 1];
      if (last && last.end > h.start) continue;
      while (k < kept.length && kept[k].end <= h.start) k++;
      if (k < kept.length && kept[k].start < h.end) continue;
      taken.push(h);
    }
    if (taken.length) {
      const merged: Hit[] = [];
      let a = 0;
      let b = 0;
      while (a < kept.length || b < taken.length) {
        if (b >= taken.length || (a < kept.length && kept[a].start < taken[b].start)) merged.push(kept[a++]);
        else merged.push(taken[b++]);
      }
      kept = merged;
    }
    g = e;
  }
  return kept;
}

/** "by" + a time, a date or an amount is not the one who acted: "contained by nightfall", "cut by 20 percent". */
const BY_NOT_AGENT =
  /^\s+by\s+(?:(?:the\s+)?(?:end|middle|start|time)\b|(?:early|late|mid)\b|\d|about\b|around\b|roughly\b|nearly\b|more\s+than\b|at\s+least\b|half\b|a\s+(?:wide\s+)?margin\b|far\b|then\b|now\b|noon|midnight|nightfall|dawn|dusk|morning|afternoon|evening|tonight|tomorrow|next\b|last\b|this\b|(?:sun|mon|tues|wednes|thurs|fri|satur)day|jan|feb|march|april|may\b|june|july|aug|sept|oct|nov|dec)/i;
function agentFollows(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return /^\s+by\b/i.test(after) && !BY_NOT_AGENT.test(after);
}

/**
 * write-good's lexical-illusion check, done here: a word (what stands between white space, with a
 * letter, digit or '_') equal, ignoring case, to the one before it. A run of one word repeated
 * ("the the the", a line of one word) is one hit, not one per word.
 */
function findRepeats(text: string, block: ParsedBlock, hits: Hit[]): void {
  const token = /\S+/g;
  let last = '';
  let lastEnd = -1;
  let run: Hit | null = null;
  let m: RegExpExecArray | null;
  while ((m = token.exec(text))) {
    const tok = m[0];
    const start = m.index;
    const end = start + tok.length;
    const same = tok.length === last.length && (tok === last || tok.toLowerCase() === last.toLowerCase()) && /\w/.test(tok);
    // nothing masked between the two (code, a comment): only white space in the block's own text
    if (same && /^\s+$/.test(block.text.slice(lastEnd, start))) {
      if (run && run.end === lastEnd && tok === text.slice(run.start, run.wordEnd)) {
        run.end = end;
        run.more = (run.more ?? 0) + 1;
      } else {
        run = accept('illusion', start, end, text, block);
        if (run) hits.push(run);
      }
    }
    last = tok;
    lastEnd = end;
  }
}

/** Where the word before `start` ends: back over the white space before it. */
function wordBefore(text: string, start: number): number {
  let p = start;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  return p;
}

/** Keep or drop a write-good result; fix its span where write-good's is off. */
function accept(check: WGCheck, start: number, end: number, text: string, block: ParsedBlock): Hit | null {
  if (block.inQuote(start) || block.inQuote(end - 1)) return null;
  const word = normalize(text.slice(start, end));
  switch (check) {
    case 'passive': {
      const m = /(\S+)$/.exec(word);
      const part = m ? m[1] : '';
      if (NOT_PASSIVE.has(part)) return null;
      if (part === 'survived') return null; // "is survived by": obituary idiom
      if (PASSIVE_IDIOM.has(part) && !agentFollows(text, end)) return null;
      return { check, start, end };
    }
    case 'adverb': {
      if (ADVERB_OK.has(word)) return null;
      return { check, start, end };
    }
    case 'weasel':
      if (!WEASEL_KEPT.has(word)) return null;
      if (word === 'quite' && /^\s+a\b/i.test(text.slice(end, end + 4))) return null; // "quite a few"
      return { check, start, end };
    case 'tooWordy':
      return PLAINER[word] || FILLER.has(word) ? { check, start, end } : null;
    case 'illusion': {
      if (!/^[\p{L}'’]+$/u.test(word) || REPEAT_OK.has(word)) return null;
      const orig = block.text.slice(start, end);
      if (/^\p{Lu}/u.test(orig)) return null; // "Walla Walla", "Sirhan Sirhan"
      const p = wordBefore(text, start);
      if (!/^\s+$/.test(block.text.slice(p, start))) return null; // something masked between them
      return { check, start, end, wordEnd: end };
    }
    case 'so':
    case 'thereIs': {
      // write-good's own index can land on a space; find the word, then make sure our parser
      // agrees that a sentence starts there.
      let s = start;
      while (s < text.length && /\s/.test(text[s])) s++;
      const re = check === 'so' ? /^so\b(?:-?\s*([\p{L}-]+))?/iu : /^there\s+(?:is|are)\b/i;
      const m = re.exec(text.slice(s, s + 40));
      if (!m) return null;
      if (check === 'so' && m[1] && SO_IDIOM.has(m[1].toLowerCase().replace(/^-/, ''))) return null;
      const sent = block.sentences[block.sentenceAt(s)];
      if (!sent || !/^[\s"“‘'(\[]*$/.test(block.prose.slice(sent.start, s))) return null;
      return { check, start: s, end: s + (check === 'so' ? 2 : m[0].length) };
    }
    default:
      return { check, start, end };
  }
}

function finding(h: Hit, text: string, block: ParsedBlock): RawFinding {
  const rule = RULE_OF[h.check];
  const span = block.text.slice(h.start, h.end);
  const key = h.more ? '' : normalize(span);
  const f: RawFinding = { rule, start: h.start, end: h.end, message: '' };
  switch (h.check) {
    case 'passive':
      f.message = agentFollows(text, h.end)
        ? `${q(span)} is in the passive voice: start with who acted, named after ‘by’.`
        : `${q(span)} is in the passive voice: say who did it, if you know.`;
      f.explanation = 'The active voice names who acted and is shorter; the passive is right when the actor is unknown or beside the point.';
      break;
    case 'weasel': {
      const del = deletion(text, block, h.start, h.end, key);
      f.message = DELETABLE.has(key)
        ? `${q(span)} adds emphasis but no fact: cut it, or show the degree.`
        : `${q(span)} hedges without saying how much: give the figure or cut it.`;
      if (del) addDeletion(f, span, del);
      break;
    }
    case 'adverb': {
      const del = DELETABLE.has(key) || OPINION_ADVERBS.has(key) ? deletion(text, block, h.start, h.end, key) : null;
      if (OPINION_ADVERBS.has(key)) f.message = `${q(span)} puts the writer’s feelings into the story: cut it and let the facts speak.`;
      else if (DELETABLE.has(key)) f.message = `${q(span)} adds emphasis but no fact: cut it, or show the degree.`;
      else if (key === 'things' || key === 'stuff') f.message = `${q(span)} is vague: name what you mean.`;
      else if (key === 'maybe') f.message = `${q(span)} hedges in the writer’s voice: say who is unsure, or check the fact.`;
      else f.message = `${q(span)} can weaken the verb: prefer a stronger verb or a fact.`;
      if (del) addDeletion(f, span, del);
      break;
    }
    case 'tooWordy': {
      const p = PLAINER[key];
      if (p && p.to) {
        f.message = `${q(span)} is wordy: say ${q(p.to)}.`;
        f.suggestions = [{ title: `Replace ${q(span)} with ${q(p.to)}`, edits: [{ offset: [h.start, h.end], newText: matchCase(p.to, span) }], safe: !!p.safe }];
      } else if (p) {
        f.message = `${q(span)} is wordy: cut it.`;
        const del = deletion(text, block, h.start, h.end, key);
        if (del) addDeletion(f, span, del, !!p.safe);
      } else if (key === 'a number of') f.message = `${q(span)} is wordy and vague: say how many.`;
      else f.message = `${q(span)} is wordy: say it more directly.`;
      break;
    }
    case 'cliches':
      f.message = `${q(span)} is a cliché: say it in plain words.`;
      break;
    case 'illusion': {
      const p = wordBefore(text, h.start);
      if (h.more) {
        const word = q(block.text.slice(h.start, h.wordEnd));
        f.message = `${word} is typed ${h.more + 2} times in a row: keep one.`;
        f.suggestions = [{ title: `Delete the repeated ${word}`, edits: [{ offset: [p, h.end], newText: '' }], safe: true }];
      } else {
        f.message = `${q(span)} is typed twice: delete one.`;
        f.suggestions = [{ title: `Delete the second ${q(span)}`, edits: [{ offset: [p, h.end], newText: '' }], safe: true }];
      }
      f.deletion = true;
      break;
    }
    case 'so': {
      f.message = 'A sentence that starts with ‘So’ sounds like speech: cut the word.';
      const del = deletion(text, block, h.start, h.end, key);
      if (del) addDeletion(f, span, del);
      break;
    }
    case 'thereIs':
      f.message = `${q(span)} delays the subject: start the sentence with what there is.`;
      break;
    case 'eprime':
      f.message = `${q(span)} is a form of ‘to be’: a stronger verb may say more.`;
      break;
  }
  return f;
}

function addDeletion(f: RawFinding, span: string, edit: Suggestion['edits'][number], safe = false): void {
  f.suggestions = [{ title: `Delete ${q(span)}`, edits: [edit], safe }];
  f.deletion = true;
}

/**
 * The edit that deletes a word or phrase and the space after it. At the start of a sentence
 * ("Sadly, the …", "So the …") the comma goes too and the next word takes the capital. Returns
 * null when no clean deletion exists (after "not", after "a"/"an", before "much").
 */
function deletion(text: string, block: ParsedBlock, start: number, end: number, key: string): Suggestion['edits'][number] | null {
  const before = text.slice(Math.max(0, start - 12), start);
  const prev = /([\p{L}']+)\s+$/u.exec(before.replace(/’/g, "'"));
  const prevWord = prev ? prev[1].toLowerCase() : '';
  const sent = block.sentences[block.sentenceAt(start)];
  const atSentenceStart = !!sent && /^[\s"“‘'(\[]*$/.test(block.prose.slice(sent.start, start));
  if (atSentenceStart) {
    const m = /^(,?\s+)(\p{Ll})/u.exec(text.slice(end, end + 4));
    if (!m) return null;
    return { offset: [start, end + m[1].length + 1], newText: m[2].toUpperCase() };
  }
  if (NEGATION.has(prevWord) || prevWord.endsWith("n't")) return null;
  const after = /^(\s+)([\p{L}]+)/u.exec(text.slice(end, end + 20));
  if (after) {
    if (/^(much|many|few|little|well|a|an)$/i.test(after[2]) && key !== 'the month of') return null;
    // "a very old house" would become "a old house": only when the article still fits
    if ((prevWord === 'a' || prevWord === 'an') && (prevWord === 'an') !== /^[aeiou]/i.test(after[2])) return null;
    return { offset: [start, end + after[1].length], newText: '' };
  }
  // set off by commas ("The bill, sadly, failed"): the commas go with it
  if (text[end] === ',' && /,\s$/.test(before)) return { offset: [start - 2, end + 1], newText: '' };
  // before punctuation: take the space before it instead
  if (/^[.,;:!?]/.test(text.slice(end, end + 1)) && /\s$/.test(before)) return { offset: [start - 1, end], newText: '' };
  return null;
}

export const styleChecker: BlockChecker = {
  name: 'style',
  category: 'style',
  rules: STYLE_RULES,
  contextKey: (ctx: CheckContext) => enabledChecks(ctx.config).join(','),
  check(block, ctx, out) {
    checkStyle(block, enabledChecks(ctx.config), out);
  },
};
