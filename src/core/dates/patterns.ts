/**
 * Finding relative-time expressions in a block's prose with one compiled regular expression, then
 * classifying each match. No parsing here: `resolve.ts` turns a match into a date.
 */

import { isPastVerb } from './tense';
import { isSpaceCode, lowerBound } from '../text';
import { hashOf, headOf, wordTable, type WordTable } from '../words';

// the regular expressions of the checks, made once: a literal in a function body is a new RegExp object each time it is evaluated
const RE0 = /^(?:today|tomorrow|yesterday)$/i;
const RE1 = /^(?:today|tomorrow|yesterday)['’]s$/i;
const RE2 = /^yesterday['’]s$/i;
const RE3 = /^\s+news\b/i;
const RE4 = /^[a-z]/;
const RE5 = /^\s*[,.;:]/;
const RE6 = /^\s+(?:[A-Z][a-z]+\.?\s*\d|EST|EDT|PST|PDT|GMT|UTC)/;
const RE7 = /[A-Z]/;
const RE8 = /^of$/i;
const RE9 = /^\s+of\b/i;
const RE10 = /\bweekend$/i;
const RE11 = /\b(?:Week|Weekend|Month|Year|Quarter|Spring|Summer|Fall|Autumn|Winter)\b/;
const RE12 = /\b(?:spring|summer|fall|autumn|winter)$/i;
const RE13 = /^\s+(?:of|semester|term|session|collection|olympics|games|league|meeting|meetings)\b/i;
const RE14 = /\b(?:Spring|Summer|Fall|Autumn|Winter)\b/;
const RE15 = /^\s+(?:of|semester|term|session|sessions|collection|olympics|games|league|meeting|meetings|camp|camps|school|schools|job|jobs|months|weather|heat|solstice|break|vacation|holidays?|season|storms?|wheat|squash|house|home|palace|residence|capital)\b/i;
const RE16 = /^-/;
const RE17 = /^now$/;
const RE18 = /^\s+that\b/i;
const RE19 = /^[A-Z]{2,}/;
const RE20 = /^(?:just|even|from|till|until|only|right|by|for)$/i;
const RE21 = /^\s+(?:on\s*(?:[,.;:!?)]|$)|and\s+(?:then|again)|or\s+never)/i;
const RE22 = /[a-z]/;
const RE23 = /^soon$/;
const RE24 = /^(?:as|how|too|so)$/i;
const RE25 = /^\s+as\b/i;
const RE26 = /^er\b/;
const RE27 = /^(?:soon|shortly)$/;
const RE28 = /^(?:was|were|had|that|and)$/i;
const RE29 = /^shortly$/;
const RE30 = /^\s+(?:after|before)\b/i;
const RE31 = /^\s+than\b/i;
const RE32 = /^(?:that|the same)\s+/;
const RE33 = /^\s+(?:of|when|in\s+which)\b/i;
const RE34 = /\b(?:day|night|week|month|year)$/;
const RE35 = /^July$/i;
const RE36 = /\bfourth\s+of\s*$/i;
const RE37 = /\d/;
const RE38 = /^(?:early|late|mid|the)/i;
const RE39 = /^\s+[A-Z]/;
const RE40 = /^\s+(?:and|or)\b/i;
const RE41 = /^may$/i;
const RE42 = /^(?:in|since|until|till|by|during|through|early|late|mid|last|next|this|from|between)$/i;
const RE43 = /^(?:may|march)$/i;
const RE44 = /^\s*[a-z]/;
const RE45 = /^\s*(?:and|or|to|through|when|as|after|before|last|this|next|in|on|for|of|the|a)\b/;
const RE46 = /^the\s+/i;
const RE47 = /^[A-Z][a-z]/;
const RE48 = /^\s+(?:before|after)\b/i;
const RE49 = /^the\b/i;
const RE50 = /\b(?:merry|happy)\s*$/i;
const RE51 = /[A-Z][\w.]*['’]s\s*$/;
const RE52 = /\s(?:Quarter|Half|Year|Season|Period)\b/;
const RE53 = /(?:quarter|half|period)(?:'s?)?$/;
const RE54 = /^(?:the )?(?:latest )?quarter/;
const RE55 = /\bhalf$/;
const RE56 = /^\s+of\s+(?![$\d]|(?:the\s+)?(?:(?:this|last|next|current|fiscal)\s+)?year\b)/i;
const RE57 = /quarter$/;
const RE58 = /year-|fiscal|period/;
const RE59 = /(?:year|week|month)$/;
const RE60 = /^\s+(?:\d|before|after|ahead|to\s+come|in\s+which|when|of\s+(?![$\d]))/i;

export type Family =
  /** "Saturday", "last Friday", "Tuesday night", "yesterday", "tonight", "this morning" */
  | 'day'
  /** "last week", "this weekend", "next month", "earlier this year", "last June", "this spring" */
  | 'period'
  /** "three days ago", "a year ago" */
  | 'ago'
  /** "December" in a past-tense sentence of a March story: a date whose year is not the draft's */
  | 'month'
  /** "the third quarter", "third-quarter", "the quarter", "year-earlier", "the fiscal year", "this season" */
  | 'report'
  /** "Thanksgiving", "Christmas Eve", "Election Day" in a sentence that puts it in another year than the draft's */
  | 'holiday'
  /** "over the summer", "in spring" in a sentence that puts the season in another year than the draft's */
  | 'season'
  /** "recently", "soon", "in recent weeks" */
  | 'vague'
  /** "currently", "now", "at present", "to date", "so far this year" */
  | 'present'
  /** "two days after the fire", "three days later", "the next day", "that morning" */
  | 'event';

export interface Candidate {
  family: Family;
  start: number;
  end: number;
  text: string;
  /** Lower case, single spaces, straight apostrophe. */
  norm: string;
  /** "Tuesday's", "last week's" */
  possessive: boolean;
  /** "the Tuesday deadline": a weekday used before a noun */
  attributive?: boolean;
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WD = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = 'jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.';
const MONTH = `(?:(?:${MONTH_FULL})\\b|(?:${MONTH_ABBR}))`;
const PART = '(?:morning|afternoon|evening|night|overnight)';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const NUM = `(?:\\d{1,3}|${TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:${SMALL})|an?|a\\s+(?:single|full))`;
const FEW = '(?:a\\s+few|a\\s+couple(?:\\s+of)?|several|many|some|a\\s+number\\s+of|a\\s+handful\\s+of|dozens\\s+of|hundreds\\s+of)';
const MOD =
  '(?:(?:nearly|almost|about|around|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|just|only|barely|exactly|at\\s+least|well\\s+over|just\\s+over|just\\s+under|little\\s+more\\s+than|less\\s+than)\\s+)?';
const UNIT = '(?:day|week|month|year|decade|fortnight|hour|minute|night)s?';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const APOS = "['’]";
const HOLIDAY =
  `(?:christmas(?:\\s+(?:eve|day))?|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday)?|halloween|new\\s+year(?:${APOS}s)?(?:\\s+(?:day|eve))?|` +
  `independence\\s+day|memorial\\s+day|labor\\s+day|veterans${APOS}?\\s+day|election\\s+day|valentine${APOS}s\\s+day|st\\.?\\s+patrick${APOS}s\\s+day|` +
  `mother${APOS}s\\s+day|father${APOS}s\\s+day|presidents${APOS}?\\s+day|columbus\\s+day|juneteenth|(?:martin\\s+luther\\s+king(?:\\s+jr\\.?)?|mlk)\\s+day)`;
const REL = '(?:this\\s+past|this\\s+coming|last|this|next)';
const PERIOD = `(?:week(?:end)?|month|year|quarter|${SEASON}|${HOLIDAY}|${MONTH})`;
const POSS = "(?:['’]s?)?";
const ORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const END = "(?![\\w-])";

// Order matters: at one position the first alternative that matches wins.
const ALTERNATIVES: [Family, string, string][] = [
  // "the day before yesterday" before the event-relative "the day before"
  ['day', `the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow)${END}`, 'the'],
  // event-relative: "three days later", "a week before the vote", "hours later"
  ['event', `${MOD}(?:(?:${NUM}|${FEW})\\s+)?${UNIT}\\s+(?:later|earlier|afterwards?)${END}`, 'MOD NUM FEW UNIT'],
  ['event', `${MOD}(?:${NUM}|${FEW})\\s+${UNIT}\\s+(?:before|after|prior\\s+to)${END}(?:\\s+(?:the|a|an|his|her|its|their|this|that)\\s+[\\w’'-]+)?`, 'MOD NUM FEW'],
  ['event', `the\\s+(?:next|following|previous|preceding|prior)\\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year|${WD})${END}`, 'the'],
  ['event', `(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?:day|morning|afternoon|evening|night|week|weekend|month|quarter|year|${WD})${END}`, 'later earlier that the'],
  ['event', `the\\s+(?:day|night|week|month|year)\\s+(?:before|after)${END}`, 'the'],
  ['event', `(?:in\\s+)?(?:the\\s+)?(?:hours|days|weeks|months|years)\\s+(?:before|after|following|since|leading\\s+up\\s+to)${END}`, 'in the hours days weeks months years'],
  ['event', `(?:earlier|later)\\s+in\\s+the\\s+day${END}`, 'earlier later'],
  ['event', `(?:shortly|soon|immediately)\\s+(?:after(?:wards?)?|before|thereafter)${END}`, 'shortly soon immediately'],
  // "three days ago", "a week or so ago", "years ago"
  ['ago', `${MOD}(?:(?:${NUM}|${FEW})\\s+)?${UNIT}(?:\\s+or\\s+(?:so|two|more))?\\s+ago${END}`, 'MOD NUM FEW UNIT'],
  ['ago', `(?:a\\s+while|some\\s+time|not\\s+long)\\s+ago${END}`, 'a some not'],
  // relative days
  ['day', `(?:(?:early|late|earlier|later)\\s+)?(?:${REL}\\s+|(?:past|coming)\\s+)?${WD}${POSS}(?:\\s+${PART})?${END}`, 'early late earlier later this last next past coming WD'],
  ['day', `(?:(?:early|late|earlier|later)\\s+)?(?:yesterday|today|tomorrow)${POSS}(?:\\s+${PART})?${END}`, 'early late earlier later yesterday today tomorrow'],
  ['day', `(?:(?:early|late|earlier|later)\\s+)?(?:tonight${POSS}|this\\s+(?:morning|afternoon|evening)${POSS}|last\\s+(?:night|evening)${POSS})${END}`, 'early late earlier later tonight this last'],
  // relative periods
  ['period', `the\\s+(?:past|last|coming)\\s+(?:week|weekend|month|year)${END}`, 'the'],
  // a counted window that ends (or starts) at the draft's date: "the last two years", "the past decade"
  ['period', `the\\s+(?:past|last|next|coming)\\s+(?:(?:${NUM})\\s+(?:days|weeks|months|years|decades)|decade)${END}`, 'the'],
  ['period', `(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(?:last|this|next)\\s+year${POSS}${END}`, 'MONTH'],
  [
    'period',
    `(?:(?:early|late|earlier|later|mid-?)\\s*(?:in\\s+)?|(?:the\\s+)?(?:end|start|beginning|middle|rest|first\\s+half|second\\s+half|first\\s+part)\\s+of\\s+)?${REL}\\s+${PERIOD}${POSS}${END}`,
    'early* earlier* late* mid* the end start beginning middle rest first second this last next',
  ],
  ['period', `(?:earlier|later)\\s+in\\s+the\\s+(?:week|month|year)${END}`, 'earlier later'],
  ['period', `the\\s+(?:end|start|beginning|middle|rest)\\s+of\\s+the\\s+(?:week|month|year)${END}`, 'the'],
  // the look-behind sits after "the" so that it only runs where "the" matched (no quadratic scan)
  ['period', `the(?<=\\b(?:over|during|on|at|through|throughout|for|all|before|after|until|into|since|by|ahead\\s{1,4}of)\\s{1,4}the)\\s+weekend${POSS}${END}`, 'the'],
  ['period', `the\\s+current\\s+(?:week|month|year|quarter)${POSS}${END}`, 'the'],
  // "by year-end", "since year's end": the end of the draft's year (or the last one)
  ['period', `year(?<=\\b(?:by|at|around|before|until|through|since|after|near|toward|towards)\\s{1,4}(?:the\\s{1,4})?year)(?:['’]s)?[-\\s]end${END}`, 'year'],
  // reporting periods with no year: quarters, halves, fiscal years, seasons of play
  ['report', `(?:the\\s+)?(?:(?:comparable|same)\\s+)?year-(?:earlier|ago)(?:\\s+${ORD}[-\\s]+(?:quarter|half)|\\s+(?:quarter|period|half))?${POSS}${END}`, 'the comparable same year'],
  ['report', `(?:(?:the|its|their)\\s+)?(?:(?:fiscal|calendar)[-\\s]+)?${ORD}[-\\s]+(?:(?:fiscal|calendar)[-\\s]+)?(?:quarter|half)${POSS}${END}`, 'the its their fiscal calendar ORD'],
  ['report', `the\\s+(?:latest\\s+)?quarter${POSS}${END}`, 'the'],
  ['report', `the\\s+latest\\s+(?:period|fiscal\\s+year)${POSS}${END}`, 'the'],
  ['report', `(?:the|its|their)\\s+(?:current\\s+|new\\s+|full\\s+)?fiscal\\s+year${POSS}${END}`, 'the its their'],
  ['report', `the\\s+full\\s+year${POSS}${END}`, 'the'],
  ['report', `the(?<=\\b(?:for|(?:months|weeks)\\s{1,4}of)\\s{1,4}the)\\s+year${END}`, 'the'],
  // a market report's "for the week", "the week's most active session"
  ['report', `the(?<=\\bfor\\s{1,4}the)\\s+(?:week|month)${END}`, 'the'],
  ['report', `the\\s+(?:week|month)['’]s${END}`, 'the'],
  ['report', `(?:this|last|next)\\s+season${POSS}${END}`, 'this last next'],
  // vague
  ['vague', `(?:the\\s+)?(?:past|last|next|coming)\\s+(?:few|several|couple\\s+of)\\s+(?:days|weeks|months|quarters|years)${END}`, 'the past last next coming'],
  ['vague', `(?:in\\s+)?(?:the\\s+)?(?:coming|future)\\s+(?:days|weeks|months|quarters|years)${END}`, 'in the coming future'],
  ['vague', `(?:in\\s+)?recent\\s+(?:days|weeks|months|years)(?:\\s+and\\s+(?:days|weeks|months|years))?${END}`, 'in recent'],
  ['vague', `in\\s+the\\s+(?:near|not-too-distant|not\\s+too\\s+distant)\\s+(?:future|term)${END}`, 'in'],
  ['vague', `(?:the\\s+)?(?:days|weeks|months)\\s+(?:ahead|to\\s+come)${END}`, 'the days weeks months'],
  ['vague', `(?:any\\s+day\\s+now|before\\s+long|of\\s+late|more\\s+recently|most\\s+recently|recently|lately|soon|shortly)${END}`, 'any before of more most recently lately soon shortly'],
  // present time: a hint in AP style, a warning in strict and evergreen
  ['present', `so\\s+far\\s+this\\s+(?:year|month)${POSS}${END}`, 'so'],
  ['present', `(?:currently|presently|at\\s+present|at\\s+the\\s+moment|to\\s+date|as\\s+yet|as\\s+of\\s+(?:now|today|yet)|nowadays|these\\s+days|right\\s+now|until\\s+now|up\\s+to\\s+now|by\\s+now|for\\s+now|now)${END}`, 'currently presently at to as nowadays these right until up by for now'],
  // a season and no year, after a preposition ("fall" alone is too often a tumble)
  ['season', `(?:the\\s+)?(?:(?:early|late)\\s+|mid-)?(?:spring|summer|autumn|winter)${END}`, 'the early late mid spring summer autumn winter'],
  ['season', `(?:the\\s+)?(?:early|late)\\s+fall${END}`, 'the early late'],
  // a holiday and no year
  ['holiday', `(?:the\\s+fourth\\s+of\\s+july|july\\s+(?:fourth|4th))${END}`, 'the july'],
  ['holiday', `${HOLIDAY}${END}`, 'HOLIDAY'],
  // a month (with or without a day) and no year
  ['month', `(?:(?:early|late|mid-?)\\s*|the\\s+(?:end|start|beginning|middle)\\s+of\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?${END})?`, 'early* late* mid* the MONTH'],
];

const FAMILY_OF: Family[] = ALTERNATIVES.map(([f]) => f);
/** The candidate regex: one group per alternative. Case-insensitive; case is checked afterwards. */
export const CANDIDATE_RE = new RegExp('\\b(?:' + ALTERNATIVES.map(([, s]) => `(${s})`).join('|') + ')', 'gi');

/** Cheap test for a draft-level scan (the no-reference-date message). */
export const FIRST_RELATIVE_RE = new RegExp(
  `\\b(?:(?:last|this|next)\\s+(?:week|month|year)|yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\w+\\s+(?:days|weeks)\\s+ago)\\b`,
  'i',
);

const HOLIDAY_WORDS = new Set(
  'black good cyber super ash holy maundy palm easter bloody fat giving shrove whit low mothering trinity passion blue great orthodox manic small travel'.split(' '),
);
const HABITUAL = new Set(['a', 'every', 'each', 'any', 'one', 'per', 'some', 'the', 'another']);
const GENERIC_AFTER = new Set(
  'school schools best paper papers edition editions league leagues supplement supplements magazine newspaper newspapers driver drivers roast brunches lunches dinners services'.split(' '),
);
/** After "today's", nouns that make it an era: "today's world", "today's personal computers". */
const GENERIC_ERA = new RegExp(
  '^\\s+(?:[a-z]+\\s+)?(?:world|society|youth|young|generation|generations|economy|kids|children|teenagers|students|standards|terms|dollars|prices|markets?|technology|technologies|culture|media|politics|america|environment|climate|era|age|times|consumers|workers|families|parents|athletes|players|computers|music|fashion|women|men|people|companies|businesses|cars|homes|schools|jobs|audiences|readers|viewers|voters|leaders)\\b',
  'i',
);
/** After "the Tuesday", words that make it event-relative or something else: "the Tuesday before the vote". */
const NOT_ATTRIBUTIVE = new Set('before after of following prior that when which in on at and or after to was is were had has'.split(' '));
/** A capitalised word after the first that is not a weekday, a month or a holiday. */
const TITLE_WORD_RE = new RegExp(
  `\\s(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH_FULL.replace(/\b[a-z]/g, (c) => c.toUpperCase())}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Christmas|Thanksgiving|Easter|Halloween|New|Year|Eve|Day|Labor|Memorial|Veterans|Election|Independence|Valentine|Patrick|Mother|Father|Presidents?|Columbus|Juneteenth|Martin|Luther|King|Jr|MLK|St)\\b)[A-Z]`,
);
const SEASON_PREP = new Set('in over during through throughout since until till by before after from into'.split(' '));
const MONTH_PREP = new Set(
  'in since until till by before after through throughout during from to of on between and or early late mid last this next around about'.split(' '),
);

/** Is `ch` (one character, or undefined) a capital: `!!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase()`; an ASCII one by its code (no new strings). */
export function isUpper(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128 && ch.length === 1) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
/** [A-Za-z’'-] */
function isWordBeforeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x2019 || c === 39 || c === 45;
}

/** The word before offset `at` (letters only). */
function wordBefore(prose: string, at: number): string {
  let e = at;
  while (e > 0 && CLASS[prose.charCodeAt(e - 1)] === 2) e--;
  let s = e;
  while (s > 0 && isWordBeforeChar(prose.charCodeAt(s - 1))) s--;
  return prose.slice(s, e);
}
/** The word after offset `at`, as `/^\s+([A-Za-z][A-Za-z’'-]*)/` finds it in the next 40 characters (by char codes: no window cut, no match array). */
/** `/^the$/i.test(wordBefore(prose, at))`, by char codes. */
function theBefore(prose: string, at: number): boolean {
  let e = at;
  while (e > 0 && CLASS[prose.charCodeAt(e - 1)] === 2) e--;
  return (
    e >= 3 &&
    (prose.charCodeAt(e - 3) | 32) === 116 &&
    (prose.charCodeAt(e - 2) | 32) === 104 &&
    (prose.charCodeAt(e - 1) | 32) === 101 &&
    (e === 3 || !isWordBeforeChar(prose.charCodeAt(e - 4)))
  );
}
function wordAfter(prose: string, at: number): string {
  const lim = Math.min(prose.length, at + 40);
  let k = at;
  while (k < lim && CLASS[prose.charCodeAt(k)] === 2) k++;
  if (k === at || k >= lim || !isAsciiLetter(prose.charCodeAt(k))) return '';
  let e = k + 1;
  while (e < lim && isWordBeforeChar(prose.charCodeAt(e))) e++;
  return prose.slice(k, e);
}

/**
 * Does a sentence start at `at` (nothing but an opening mark between it and the last full stop)?
 * By character codes: the marks of `/[\s“"‘'(\[*_#>]/` passed over backwards, then one of
 * `/[.!?:;—\n]/`, or a line break right after it.
 */
export function atSentenceStart(prose: string, at: number): boolean {
  let k = at - 1;
  for (; k >= 0; k--) {
    const c = prose.charCodeAt(k);
    if (!(CLASS[c] === 2 || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 42 || c === 95 || c === 35 || c === 62)) break;
  }
  if (k < 0) return true;
  const c = prose.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2014 || c === 10 || prose.charCodeAt(k + 1) === 10;
}

/** A month name, a day, or a weekday date follows: "Tuesday, March 5", "Tuesday (March 5)", "Tuesday the 5th". */
const ABS_AFTER = new RegExp(
  `^(?:,|\\s*\\()?\\s*(?:(?:${MONTH})\\s*\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})|the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}\\b)`,
  'i',
);
const MONTH_IN_RE = new RegExp(`(${MONTH_FULL}|${MONTH_ABBR})`, 'i');
const WEEKDAY_BEFORE_RE = new RegExp(`${WD},?\\s*$`, 'i');
/** For the tests: what `weekdayIn` and `dayWordIn` find by character codes. */
export const WEEKDAY_IN_RE = /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
export const DAY_WORD_IN_RE = /\b(yesterday|today|tonight|tomorrow)\b/i;
const DAY_WORDS = ['yesterday', 'today', 'tonight', 'tomorrow'];
/** The length of the word the last `weekdayIn` or `dayWordIn` found. */
let wordInLen = 0;
/**
 * Where the first whole word (run of `\w`: ASCII letters, digits, "_") of `text` that is one of
 * `names` (lower case, `minLen` to `maxLen` long) starts, or -1; its length in `wordInLen`. A
 * `/\b(name|…)\b/i` match is such a whole word, and its /i folds no other character into ASCII.
 */
function wordIn(text: string, names: readonly string[], minLen: number, maxLen: number): number {
  const n = text.length;
  let k = 0;
  while (k < n) {
    if (CLASS[text.charCodeAt(k)] !== 1) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < n && CLASS[text.charCodeAt(e)] === 1) e++;
    const len = e - k;
    if (len >= minLen && len <= maxLen) {
      // compared by character codes (a run of \\w is ASCII: `| 32` lowers a letter, and makes no other character a letter)
      for (let j = 0; j < names.length; j++) {
        const w = names[j];
        if (w.length !== len) continue;
        let x = 0;
        while (x < len && (text.charCodeAt(k + x) | 32) === w.charCodeAt(x)) x++;
        if (x === len) {
          wordInLen = len;
          return k;
        }
      }
    }
    k = e;
  }
  return -1;
}
/** `WEEKDAY_IN_RE.exec(text)?.index ?? -1`, the weekday's length in `wordInLen`. */
export function weekdayIn(text: string): number {
  return wordIn(text, WEEKDAY_NAMES, 6, 9);
}
/** `DAY_WORD_IN_RE.exec(text)?.index ?? -1`, the word's length in `wordInLen`. */
export function dayWordIn(text: string): number {
  return wordIn(text, DAY_WORDS, 5, 9);
}
/** For the tests: `wordInLen`. */
export function wordInLength(): number {
  return wordInLen;
}
/** `/^\s+[A-Z]/.test(s.slice(at))`, by character codes (no slice). */
export function spacesThenCapital(s: string, at: number): boolean {
  let k = at;
  while (k < s.length && CLASS[s.charCodeAt(k)] === 2) k++;
  if (k === at || k >= s.length) return false;
  const c = s.charCodeAt(k);
  return c >= 65 && c <= 90;
}
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}
const YEAR_AFTER = /^(?:,|\s+of)?\s*(?:\d{4}\b|['’]\d\d\b)/;

/**
 * Words at least one of which every candidate contains. Scanning for them is far cheaper than
 * trying the whole candidate expression at every word; the full expression then runs only in a
 * window around each of them. (Kept as a regular expression for the reference scan in the tests;
 * `findCandidates` finds the same words with `triggerAt`.)
 */
const TRIGGER_WORDS = [
  WEEKDAY_NAMES.join('|'),
  'yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|ago',
  'day|week|month|year|quarter|half|season|period|decade|fortnight|hour|minute',
  'spring|summer|fall|autumn|winter|christmas|thanksgiving|easter|halloween|juneteenth',
  'future|near term|recent|lately|of late|before long|soon|shortly|immediately|now|currently|presently|at present|moment|to date|as yet',
  MONTH_FULL,
  'jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.',
]
  .join('|')
  .split('|');
const TRIGGER_RE = new RegExp(
  '\\b(?:' + TRIGGER_WORDS.map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|') + ')',
  'gi',
);
/**
 * The same words as one trie-shaped expression ("mon(?:day|th)|mo(?:rning|ment)|…"): the engine
 * then tries one branch per first letter instead of every word in turn. Where one trigger word
 * begins another ("june", "juneteenth") both the list (which has the longer first) and the trie
 * (greedy) match the longer, so the shape changes no match (the scan tests compare it with
 * `TRIGGER_RE`).
 */
const TRIGGER_TRIE = trie(TRIGGER_WORDS.map((w) => w.match(/ |\.|./g)!));
/**
 * `findCandidates` runs `TRIGGER_ANY` with `test` (no match array, no string): `lastIndex` says
 * where the trigger ends. It starts at the start of the run of letters it ends in, or (a trigger
 * of two words: "at present") at the word before, where `TRIGGER_STICKY` then matches.
 */
const TRIGGER_ANY = new RegExp('\\b' + TRIGGER_TRIE, 'gi');
const TRIGGER_STICKY = new RegExp('\\b' + TRIGGER_TRIE, 'iy');

/** An expression for a list of words, each a list of characters (' ' for `\s+`), factored by shared prefixes. */
function trie(words: string[][]): string {
  const groups = new Map<string, string[][]>();
  let end = false;
  for (const w of words) {
    if (!w.length) end = true;
    else (groups.get(w[0]) ?? groups.set(w[0], []).get(w[0])!).push(w.slice(1));
  }
  const tok = (c: string) => (c === ' ' ? '\\s+' : c === '.' ? '\\.' : c);
  const parts = [...groups].map(([c, rest]) => tok(c) + trie(rest));
  if (!parts.length) return '';
  if (end) return `(?:${parts.join('|')})?`;
  return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
}
/** How far a candidate reaches before its trigger word ("little more than twenty-one days ago") and after it ("days after the fire"). */
const REACH_BEFORE = 40;
const REACH_AFTER = 40;

// ------------------------------------------------------------------ a scan by character codes
//
// The two expressions above cost most of the rule's time when tried at every position of the
// prose (about 40 ns a character). The scan below reads the prose once by character codes and
// runs a regular expression only where it can match: the trigger words are compared in place,
// and in a window the candidate expression is tried only at a word that some alternative may
// start with, and then only with those alternatives (in their order). Same matches, same order.

/** Character classes as a regular expression without the `u` flag sees them: 1 = `\w`, 2 = `\s`. */
const CLASS = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = 1;
CLASS[95] = 1;
for (let c = 0; c < 65536; c++) if (isSpaceCode(c)) CLASS[c] = 2;
/** For the tests: the class of a UTF-16 code unit. */
export function charClass(c: number): number {
  return CLASS[c];
}



/** The first words an alternative may start with, as the ALTERNATIVES table names them in upper case. */
const START_LISTS: Record<string, string> = {
  MOD: 'nearly almost about around roughly some more less fewer over under just only barely exactly at well little',
  NUM: `# ${SMALL.replace(/\|/g, ' ')} ${TENS.slice(3, -1).replace(/\|/g, ' ')} a an`,
  FEW: 'a several many some dozens hundreds',
  UNIT: 'day week month year decade fortnight hour minute night days weeks months years decades fortnights hours minutes nights',
  WD: WEEKDAY_NAMES.join(' '),
  MONTH: `${MONTH_FULL.replace(/\|/g, ' ')} jan feb mar apr jun jul aug sep sept oct nov dec`,
  HOLIDAY: 'christmas thanksgiving easter halloween new independence memorial labor veterans election valentine st mother father presidents columbus juneteenth martin mlk',
  ORD: 'first second third fourth #',
};

/** Six bits a character for a word's key: a-z (either case) 1-26, 0-9 27-36, _ 37. */
const KEY_CODE = new Uint8Array(128);
for (let c = 0; c < 26; c++) KEY_CODE[97 + c] = KEY_CODE[65 + c] = c + 1;
for (let c = 0; c < 10; c++) KEY_CODE[48 + c] = 27 + c;
KEY_CODE[95] = 37;

/**
 * The key of the word at [at, end): its first four characters, case aside, and its length up to
 * four (a word of four letters or more is known by its first four). A word that starts with a
 * digit has key 0.
 */
function keyOf(s: string, at: number, end: number): number {
  const c0 = s.charCodeAt(at);
  if (c0 <= 57) return 0;
  let key = KEY_CODE[c0];
  let n = 1;
  for (let k = at + 1; k < end && n < 4; k++, n++) key = (key << 6) | KEY_CODE[s.charCodeAt(k)];
  return (key << 2) | (n - 1);
}
function keyOfWord(w: string): number {
  return keyOf(w, 0, w.length);
}

/**
 * Common short words that start an alternative only before certain words, with the words that may
 * follow them (after spaces, as every alternative has it): "the" only before "next", "past", "week",
 * …; "of" only before "late". A word here is tried only when the next word's key is one of these.
 */
const NEXT_WORDS: Record<string, string> = {
  the:
    'day next following previous preceding prior same night week month year hours days weeks months years past last coming ' +
    'end start beginning middle rest first second weekend current comparable fiscal calendar third fourth # latest quarter new ' +
    'full future early late mid spring summer autumn winter',
  that: 'day morning afternoon evening night week weekend month quarter year WD',
  in: 'the hours days weeks months years coming future recent',
  a: 'UNIT single full few couple number handful while',
  an: 'UNIT',
  of: 'late',
  to: 'date',
  for: 'now',
  at: 'least present the',
  by: 'now',
  as: 'yet of',
};
/**
 * A unit word ("year", "days", "hours") starts an alternative only as "years ago", "days later",
 * "hours or so ago", "months before", "days ahead", "months to come", "year end": before one of
 * these words. Or as "year-end", "year-earlier", "year's end": before a hyphen or an apostrophe.
 */
const UNIT_NEXT = 'later earlier afterward afterwards ago or before after following since leading ahead to end';
/**
 * Modifiers and numbers start an alternative only before a number, a few or a unit ("about three
 * days ago", "two weeks later", "twenty-one days"), "more" only before "than" or "recently", …
 */
const COUNT_NEXT: Record<string, string> = {
  nearly: 'NUM FEW UNIT', almost: 'NUM FEW UNIT', about: 'NUM FEW UNIT', around: 'NUM FEW UNIT', roughly: 'NUM FEW UNIT',
  over: 'NUM FEW UNIT', under: 'NUM FEW UNIT', only: 'NUM FEW UNIT', barely: 'NUM FEW UNIT', exactly: 'NUM FEW UNIT',
  just: 'NUM FEW UNIT over under', some: 'NUM FEW UNIT time', more: 'than recently', less: 'than', fewer: 'than',
  little: 'more', well: 'over', not: 'long', many: 'UNIT', dozens: 'of', hundreds: 'of',
};
/** A number word, before a unit or (a tens word) a hyphen or a unit digit: "three days", "twenty-one", "thirty two". */
const NUMBER_NEXT = 'UNIT one two three four five six seven eight nine';
/** By a word's key and length (`key * 32 + length`): the keys of the words that may follow it, and whether a hyphen or an apostrophe may. */
interface Gate {
  next: Set<number>;
  /** `next` as an open-addressing table (`keyIn`): cheaper to look up than a `Set`. */
  nextKeys: Int32Array;
  marks: boolean;
  /** The next word comes after spaces or hyphens (`[-\s]+`: "third-quarter", "first - half"), not after spaces only. */
  dashes?: boolean;
  deeper?: Map<number, { len: number; next: Set<number>; nextKeys: Int32Array }>;
  /**
   * When the next word must come after spaces (no `marks`, no `dashes`): by the first character of
   * a run (its `head` >> 14, lower case) & 31, as bits, whether a word of `next` may begin with it
   * (a letter's place in the alphabet; 16-25 for a digit, a figure's key being 0). Else -1.
   */
  firsts?: number;
}
/** A set of keys as an open-addressing table (-1 for an empty slot; its length a power of two, at least twice the keys). */
function keyTable(keys: Set<number>): Int32Array {
  const size = Math.max(8, 1 << (32 - Math.clz32(keys.size * 2 + 1)));
  const table = new Int32Array(size).fill(-1);
  for (const k of keys) {
    let h = Math.imul(k, 0x9e3779b1) >>> 0;
    while (table[h & (size - 1)] !== -1) h++;
    table[h & (size - 1)] = k;
  }
  return table;
}
/** Is `key` in a `keyTable`? */
function keyIn(table: Int32Array, key: number): boolean {
  const m = table.length - 1;
  for (let h = Math.imul(key, 0x9e3779b1) >>> 0; ; h++) {
    const k = table[h & m];
    if (k === key) return true;
    if (k === -1) return false;
  }
}
const NEXT_KEYS = new Map<number, Gate>();
/**
 * Common pairs that start an alternative only before certain third words (after spaces or
 * hyphens): "in the" only before "hours", "coming", "near", …; "at the" only before "moment";
 * "the first" only before "half", "part", "quarter", "fiscal" or "calendar".
 */
const THIRD_WORDS: Record<string, string> = {
  'up to': 'now',
  'in the': 'hours days weeks months years coming future near not',
  'at the': 'moment',
  'the first': 'half part quarter fiscal calendar',
  'the same': 'day morning afternoon evening night week weekend month quarter year WD',
  'the new': 'fiscal',
  'the full': 'year fiscal',
  'the current': 'week month year quarter fiscal',
  'the future': 'days weeks months quarters years',
  'the day': 'before after',
};
/**
 * More words that start an alternative only before certain words: "its" and "their" before a
 * fiscal or calendar period or an ordinal ("its fiscal year", "their third quarter"), "up" before
 * "to now", "until" before "now", "so" before "far", "before" before "long", "new" before "year",
 * "future" and "recent" before a plural unit. "than" (a key it shares with "thanksgiving") before
 * nothing.
 */
const MORE_NEXT_WORDS: Record<string, string> = {
  its: 'fiscal calendar first second third fourth # current new full',
  their: 'fiscal calendar first second third fourth # current new full',
  up: 'to',
  until: 'now',
  so: 'far',
  before: 'long',
  new: 'year',
  future: 'days weeks months quarters years',
  recent: 'days weeks months years',
  than: '',
};
/** Ordinals start an alternative only before a quarter, a half, "fiscal", "calendar" or "part", after spaces or hyphens. */
const ORDINAL_NEXT = 'quarter half fiscal calendar part';
function keysOf(list: string): Set<number> {
  const next = new Set<number>();
  if (list === '') return next;
  for (const name of list.split(' ')) {
    for (const x of /^[A-Z]+$/.test(name) ? START_LISTS[name].split(' ') : [name]) next.add(x === '#' ? 0 : keyOfWord(x));
  }
  return next;
}
/** `Gate.firsts` of a set of keys. */
function firstsOf(keys: Set<number>): number {
  let bits = 0;
  for (const k of keys) {
    if (k === 0) for (let c = 48; c <= 57; c++) bits |= 1 << (c & 31);
    else bits |= 1 << ((k >> 2) >> (6 * (k & 3)));
  }
  return bits;
}
function gate(w: string, list: string, marks: boolean, dashes = false): void {
  const next = keysOf(list);
  const key = keyOfWord(w) * 32 + w.length;
  const had = NEXT_KEYS.get(key);
  // words with the same key and length ("seventy", "several") share one entry, so they must share their list
  if (had && (had.marks !== marks || !had.dashes !== !dashes || had.next.size !== next.size || [...next].some((k) => !had.next.has(k)))) throw new Error(`gate: ${w}`);
  NEXT_KEYS.set(key, dashes ? { next, nextKeys: keyTable(next), marks, dashes, firsts: -1 } : { next, nextKeys: keyTable(next), marks, firsts: marks ? -1 : firstsOf(next) });
}
for (const [w, list] of Object.entries(NEXT_WORDS)) gate(w, list, false);
for (const w of START_LISTS.UNIT.split(' ')) gate(w, UNIT_NEXT, true);
for (const [w, list] of Object.entries(COUNT_NEXT)) gate(w, list, false);
// "several" shares its key and length with "seventy", so it shares the numbers' gate
for (const w of `${SMALL}|${TENS.slice(3, -1)}|several`.split('|')) gate(w, NUMBER_NEXT, true);
for (const [w, list] of Object.entries(MORE_NEXT_WORDS)) gate(w, list, false);
for (const w of ['first', 'second', 'third', 'fourth']) gate(w, ORDINAL_NEXT, false, true);
/** A figure starts an alternative only as a number of one to three digits before a unit ("40 days ago"), or as "1st" to "4th" (not gated). */
const FIGURE_GATE: Gate = { next: keysOf('UNIT'), nextKeys: keyTable(keysOf('UNIT')), marks: false };
/** May the word at [i, e) of `s`, which starts with a digit, start a match? */
function figureAllows(s: string, i: number, e: number, lim: number): boolean {
  if (e - i > 3) return false;
  for (let k = i; k < e; k++) if (s.charCodeAt(k) > 57) return true;
  return nextAllows(s, FIGURE_GATE, e, lim);
}
for (const [pair, list] of Object.entries(THIRD_WORDS)) {
  const [w1, w2] = pair.split(' ');
  const nk = NEXT_KEYS.get(keyOfWord(w1) * 32 + w1.length)!;
  const k2 = keyOfWord(w2);
  if (!nk.next.has(k2) || nk.deeper?.has(k2)) throw new Error(`gate: ${pair}`);
  (nk.deeper ??= new Map()).set(k2, { len: w2.length, next: keysOf(list), nextKeys: keyTable(keysOf(list)) });
}

/** May a word that ends at `end` of `s` and has gate `nk` start a match, as far as the words after it (before `lim`) say? */
function nextAllows(s: string, nk: Gate, end: number, lim: number): boolean {
  let k = end;
  if (k >= lim) return false;
  const c = s.charCodeAt(k);
  if (nk.dashes === true) {
    while (k < lim && (CLASS[s.charCodeAt(k)] === 2 || s.charCodeAt(k) === 45)) k++;
    if (k === end) return false;
  } else {
    if (CLASS[c] !== 2) return nk.marks && (c === 45 || c === 39 || c === 0x2019);
    while (k < lim && CLASS[s.charCodeAt(k)] === 2) k++;
  }
  if (k >= lim || CLASS[s.charCodeAt(k)] !== 1) return false;
  let e = k + 1;
  while (e < lim && e < k + 4 && CLASS[s.charCodeAt(e)] === 1) e++;
  const k2 = keyOf(s, k, e);
  if (!keyIn(nk.nextKeys, k2)) return false;
  const deep = nk.deeper?.get(k2);
  if (!deep) return true;
  while (e < lim && CLASS[s.charCodeAt(e)] === 1) e++;
  if (e - k !== deep.len) return true;
  // the third word, after spaces or hyphens
  let j = e;
  while (j < lim && (CLASS[s.charCodeAt(j)] === 2 || s.charCodeAt(j) === 45)) j++;
  if (j === e || j >= lim || CLASS[s.charCodeAt(j)] !== 1) return false;
  let e3 = j + 1;
  while (e3 < lim && e3 < j + 4 && CLASS[s.charCodeAt(e3)] === 1) e3++;
  return keyIn(deep.nextKeys, keyOf(s, j, e3));
}

/**
 * `nextAllows` for run `r` of a table, whole before `lim`: the word after it read from the table
 * (where it starts, its first characters from its `head`), only the characters between the two
 * read from the prose.
 */
function nextAllowsInTable(prose: string, t: WordTable, r: number, nk: Gate, lim: number): boolean {
  const k0 = t.end[r];
  if (k0 >= lim) return false;
  const c = prose.charCodeAt(k0);
  const dashes = nk.dashes === true;
  if (!dashes && CLASS[c] !== 2) return nk.marks && (c === 45 || c === 39 || c === 0x2019);
  // the next run, after spaces (or spaces and hyphens) only: any other character, or none before `lim`, and no word follows
  const q = r + 1;
  if (q >= t.n) return false;
  const k = t.start[q];
  if (k >= lim) return false;
  for (let x = k0; x < k; x++) {
    const d = prose.charCodeAt(x);
    if (CLASS[d] !== 2 && !(dashes && d === 45)) return false;
  }
  // its key (`keyOf` of its first four characters, or fewer when it is shorter), as far as `lim` lets it be read
  const stop = t.end[q];
  let k2: number;
  if (stop <= lim || k + 4 <= lim) {
    const hd = t.head[q];
    const c0 = hd >> 14;
    if (c0 <= 57) k2 = 0;
    else {
      const len = stop - k;
      const code = KEY_CODE;
      k2 = code[c0];
      if (len > 1) k2 = (k2 << 6) | code[(hd >> 7) & 127];
      if (len > 2) k2 = (k2 << 6) | code[hd & 127];
      if (len > 3) k2 = (k2 << 6) | code[prose.charCodeAt(k + 3)];
      k2 = (k2 << 2) | ((len < 4 ? len : 4) - 1);
    }
  } else k2 = keyOf(prose, k, lim < k + 4 ? lim : k + 4);
  if (!keyIn(nk.nextKeys, k2)) return false;
  const deep = nk.deeper?.get(k2);
  if (!deep) return true;
  const e = stop < lim ? stop : lim;
  if (e - k !== deep.len) return true;
  // the third word, after spaces or hyphens
  let j = e;
  while (j < lim && (CLASS[prose.charCodeAt(j)] === 2 || prose.charCodeAt(j) === 45)) j++;
  if (j === e || j >= lim || CLASS[prose.charCodeAt(j)] !== 1) return false;
  let e3 = j + 1;
  while (e3 < lim && e3 < j + 4 && CLASS[prose.charCodeAt(e3)] === 1) e3++;
  return keyIn(deep.nextKeys, keyOf(prose, j, e3));
}

interface Starter {
  /**
   * The alternatives, one after another. When they are all of one family (`one`), with no
   * capturing group: run with `test` (no match array). Else in runs of one family, each run but the
   * last followed by an empty capturing group: the first group that is set in a match names its
   * family (`runFamily`), and the match array has one element a run, not one an alternative.
   */
  re: RegExp;
  /** The family when all the alternatives are of one, else null. */
  one: Family | null;
  runFamily: Family[];
  /**
   * When the alternatives are of several families (`one` null): each run of `re` alone (sticky,
   * no group), tried in order with `test` — the first that matches is the run `re` matches by
   * (an alternation tries its alternatives in order), and ends where `re` does, with no match array.
   */
  runRes: RegExp[] | null;
  /** The gates of this key's words by their length (`NEXT_KEYS`), null when none has one: no look-up by a number too big to be small. */
  gates: (Gate | undefined)[] | null;
  /** The alternatives (their indexes in `ALTERNATIVES`, in order). */
  alts: string;
  /**
   * All the alternatives are counts that end in a word of `TAIL_HEADS` ("three days ago", "a week
   * later", "two years before the vote", "a while ago"): none matches unless a run that begins
   * with one follows in the window (`tailAhead`).
   */
  tail: boolean;
}

/**
 * The counts that end in a fixed word, by their index in `ALTERNATIVES`: "three days later" and
 * "two weeks before" (`later|earlier|afterwards?`, `before|after|prior`), "a year or so ago" and
 * "a while ago" (`ago`). Each such word follows spaces (`\\s+`), so it begins a run of the word
 * table inside the window; `TAIL_HEADS` holds its first three characters as the table's `head`.
 */
const TAIL_ALTS: number[] = [];
const TAIL_HEADS = new Int32Array(['later', 'earlier', 'afterward', 'before', 'after', 'prior', 'ago'].map(headOf));
{
  const tail = (family: Family, starts: string, end: string) => {
    const i = ALTERNATIVES.findIndex(([f, , st]) => f === family && st === starts);
    // the shape this reads: if an alternative changes, this throws rather than reads it wrongly
    if (i < 0 || !ALTERNATIVES[i][1].includes(end)) throw new Error(`tail: ${starts}`);
    return i;
  };
  const ev = ALTERNATIVES.flatMap(([f, src], i) => (f === 'event' && src.startsWith(MOD) ? [i] : []));
  if (ev.length !== 2 || !ALTERNATIVES[ev[0]][1].endsWith(`${UNIT}\\s+(?:later|earlier|afterwards?)${END}`) || !ALTERNATIVES[ev[1]][1].includes(`${UNIT}\\s+(?:before|after|prior\\s+to)${END}`)) throw new Error('tail: event');
  TAIL_ALTS.push(...ev);
  TAIL_ALTS.push(tail('ago', 'MOD NUM FEW UNIT', `${UNIT}(?:\\s+or\\s+(?:so|two|more))?\\s+ago${END}`));
  TAIL_ALTS.push(tail('ago', 'a some not', `(?:a\\s+while|some\\s+time|not\\s+long)\\s+ago${END}`));
  if (!ALTERNATIVES[TAIL_ALTS[2]][1].startsWith(MOD) || !ALTERNATIVES[TAIL_ALTS[3]][1].startsWith('(?:a\\s+while')) throw new Error('tail: ago');
}
/** Does a run that begins with a word of `TAIL_HEADS` follow run `r` of the table, starting before `we`? */
function tailAhead(t: WordTable, r: number, we: number): boolean {
  const n = t.n;
  const start = t.start;
  const heads = t.head;
  const m = TAIL_HEADS.length;
  for (let q = r + 1; q < n && start[q] < we; q++) {
    const hd = heads[q];
    for (let j = 0; j < m; j++) if (TAIL_HEADS[j] === hd) return true;
  }
  return false;
}

/** The alternatives a word may start, by the word's key, each set compiled once (sticky). */
const STARTERS = new Map<number, Starter>();
/**
 * The words the alternatives start with, whole (lower case), and the first three characters
 * (`head`) of the words they start with as a prefix ("early", "earlier", "late", "mid": "earlyJune",
 * "mid-March", "latethis week"). In plain prose a match starts with a whole run of letters and
 * digits (each alternative's first word is followed by a space, a mark, a hyphen or nothing; the
 * prefixes aside), so a run of letters that is none of these words and begins with none of these
 * prefixes starts no match, whatever its key.
 */
const STARTER_WORDS = new Set<string>();
const PREFIX_HEADS = new Set<number>();
{
  const alts = new Map<number, Set<number>>();
  const add = (key: number, i: number) => (alts.get(key) ?? alts.set(key, new Set()).get(key)!).add(i);
  ALTERNATIVES.forEach(([, , starts], i) => {
    for (const name of starts.split(' ')) {
      for (const w of /^[A-Z]+$/.test(name) ? START_LISTS[name].split(' ') : [name]) {
        if (w === '#') add(0, i);
        else if (w.endsWith('*')) {
          // a prefix: the word itself, and every longer word it begins
          const p = w.slice(0, -1);
          if (p.length < 3) throw new Error(`starter: ${w}`);
          PREFIX_HEADS.add(headOf(p));
          add(keyOfWord(p), i);
          if (p.length < 4) for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789_') add(keyOfWord(p + c), i);
          else add(keyOfWord(p.slice(0, 4) + 'x'), i);
        } else {
          add(keyOfWord(w), i);
          STARTER_WORDS.add(w);
        }
      }
    }
  });
  const compiled = new Map<string, Starter>();
  for (const [key, set] of alts) {
    const list = [...set].sort((a, b) => a - b);
    const sig = list.join(',');
    let st = compiled.get(sig);
    if (!st) {
      const runs: number[][] = [];
      for (const i of list) {
        const last = runs[runs.length - 1];
        if (last && ALTERNATIVES[last[0]][0] === ALTERNATIVES[i][0]) last.push(i);
        else runs.push([i]);
      }
      const alts = (run: number[]) => run.map((i) => ALTERNATIVES[i][1]).join('|');
      st = {
        re: new RegExp('\\b(?:' + runs.map((run, k) => (k < runs.length - 1 ? `(?:${alts(run)})()` : alts(run))).join('|') + ')', 'iy'),
        one: runs.length === 1 ? ALTERNATIVES[list[0]][0] : null,
        runFamily: runs.map((r) => ALTERNATIVES[r[0]][0]),
        runRes: runs.length === 1 ? null : runs.map((run) => new RegExp('\\b(?:' + alts(run) + ')', 'iy')),
        gates: null,
        alts: sig,
        tail: list.every((i) => TAIL_ALTS.includes(i)),
      };
      compiled.set(sig, st);
    }
    let gates: (Gate | undefined)[] | null = null;
    for (let len = 1; len < 32; len++) {
      const g = NEXT_KEYS.get(key * 32 + len);
      if (g) (gates ??= [])[len] = g;
    }
    STARTERS.set(key, gates ? { re: st.re, one: st.one, runFamily: st.runFamily, runRes: st.runRes, gates, alts: st.alts, tail: st.tail } : st);
  }
}

/**
 * By a word's first three characters (six bits each, 0 past the end of a shorter word), whether
 * some word that starts an alternative starts with them: most words ("and", "on", "will") are
 * dismissed without their key. As bits (32 kB): it stays in the cache.
 */
const FIRST_THREE = new Int32Array(1 << 13);
/**
 * `STARTERS` again, in an open-addressing table by key (a look-up in a `Map` costs more than the
 * rest of a word's test): the key in `STARTER_KEY`, the starter in `STARTER_AT`.
 */
const STARTER_SLOTS = 1 << (32 - Math.clz32(STARTERS.size * 4 - 1));
const STARTER_SHIFT = Math.clz32(STARTER_SLOTS - 1);
const STARTER_KEY = new Int32Array(STARTER_SLOTS).fill(-1);
const STARTER_AT: (Starter | undefined)[] = new Array(STARTER_SLOTS).fill(undefined);
for (const [key, st] of STARTERS) {
  let h = Math.imul(key, 0x9e3779b1) >>> STARTER_SHIFT;
  while (STARTER_KEY[h] !== -1) h = (h + 1) & (STARTER_SLOTS - 1);
  STARTER_KEY[h] = key;
  STARTER_AT[h] = st;
}
/**
 * `STARTER_WORDS` by their `hashOf` (as the word table has each run's), in an open-addressing
 * table: the hash, and the starter of the word. (Not by their number in the shared dictionary:
 * to add these common words to it would make every table slower to read.) A run whose hash is none
 * of these is none of the words; one whose hash is one of them is tried with that word's starter,
 * which can only fail if the run is another word of the same hash (see `STARTER_WORDS`).
 */
const STARTER_HASH_SLOTS = 1 << (32 - Math.clz32(STARTER_WORDS.size * 4 - 1));
const STARTER_HASH = new Int32Array(STARTER_HASH_SLOTS);
const STARTER_BY_HASH: (Starter | undefined)[] = new Array(STARTER_HASH_SLOTS).fill(undefined);
for (const w of STARTER_WORDS) {
  const h = hashOf(w);
  let slot = h & (STARTER_HASH_SLOTS - 1);
  while (STARTER_BY_HASH[slot] !== undefined && STARTER_HASH[slot] !== h) slot = (slot + 1) & (STARTER_HASH_SLOTS - 1);
  if (STARTER_BY_HASH[slot] !== undefined) throw new Error(`starter: ${w} has the hash of another`);
  STARTER_HASH[slot] = h;
  STARTER_BY_HASH[slot] = starterOf(keyOfWord(w));
  if (STARTER_BY_HASH[slot] === undefined) throw new Error(`starter: ${w}`);
}
/** The slot of the word of `hash` in `STARTER_BY_HASH`, if any (else an empty slot's). */
function starterSlot(hash: number): number {
  for (let slot = hash & (STARTER_HASH_SLOTS - 1); ; slot = (slot + 1) & (STARTER_HASH_SLOTS - 1)) {
    if (STARTER_BY_HASH[slot] === undefined || STARTER_HASH[slot] === hash) return slot;
  }
}

/**
 * Words whose match, when the word is a whole run, is read by character codes instead of the
 * expression (`fastEnd`): the commonest candidates of news prose ("now", "Monday", "today",
 * "yesterday's", "Tuesday night"), whose starters' alternatives can match nothing else there. By
 * slot of `STARTER_BY_HASH`: the word (lower case; a run of its hash may be another word) and how
 * its match goes on after it: `FAST_END` (the word, then `END`), `FAST_POSS` (`POSS`, then
 * `END`) or `FAST_PART` (`POSS`, an optional `\s+PART`, then `END`).
 */
const FAST_END = 1;
const FAST_POSS = 2;
const FAST_PART = 3;
/** A month's full name: the month alone, or with its day ("May 5", "March 3rd"); but the expression when a run of "year" follows in the window ("May of last year"). */
const FAST_MONTH = 4;
const FAST_KIND = new Uint8Array(STARTER_HASH_SLOTS);
const FAST_WORD: string[] = new Array(STARTER_HASH_SLOTS).fill('');
const PART_WORDS = PART.slice(3, -1).split('|');
{
  const altOf = (family: Family, starts: string, tail: string): number => {
    const i = ALTERNATIVES.findIndex(([f, , st]) => f === family && st === starts);
    // the shape `fastEnd` reads: if an alternative changes, this throws rather than reads it wrongly
    if (i < 0 || !ALTERNATIVES[i][1].endsWith(tail)) throw new Error(`fast: ${starts}`);
    return i;
  };
  const wd = altOf('day', 'early late earlier later this last next past coming WD', `${WD}${POSS}(?:\\s+${PART})?${END}`);
  const dw = altOf('day', 'early late earlier later yesterday today tomorrow', `(?:yesterday|today|tomorrow)${POSS}(?:\\s+${PART})?${END}`);
  const tn = altOf('day', 'early late earlier later tonight this last', `last\\s+(?:night|evening)${POSS})${END}`);
  const pr = altOf('present', 'currently presently at to as nowadays these right until up by for now', `|for\\s+now|now)${END}`);
  if (!ALTERNATIVES[tn][1].includes(`(?:tonight${POSS}|this\\s+`)) throw new Error('fast: tonight');
  if (!ALTERNATIVES[pr][1].includes('|nowadays|')) throw new Error('fast: now');
  const fast = (w: string, alt: number, kind: number, alts = String(alt)) => {
    const slot = starterSlot(hashOf(w));
    const st = STARTER_BY_HASH[slot];
    // the word's starter tries that alternative alone
    if (st === undefined || st.alts !== alts || (st.gates !== null && st.gates[w.length] !== undefined) || FAST_KIND[slot] !== 0) throw new Error(`fast: ${w}`);
    FAST_KIND[slot] = kind;
    FAST_WORD[slot] = w;
  };
  for (const w of WEEKDAY_NAMES) fast(w, wd, FAST_PART);
  for (const w of ['yesterday', 'today', 'tomorrow']) fast(w, dw, FAST_PART);
  fast('tonight', tn, FAST_POSS);
  fast('now', pr, FAST_END);
  const py = altOf('period', 'MONTH', `(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(?:last|this|next)\\s+year${POSS}${END}`);
  const mo = altOf('month', 'early* late* mid* the MONTH', `${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?${END})?`);
  if (ALTERNATIVES[py][1] !== `(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(?:last|this|next)\\s+year${POSS}${END}`) throw new Error('fast: month');
  if (ALTERNATIVES[mo][1] !== `(?:(?:early|late|mid-?)\\s*|the\\s+(?:end|start|beginning|middle)\\s+of\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?${END})?`) throw new Error('fast: month');
  // "july" starts "July 4th" (a holiday) too, and "june" shares its starter with "juneteenth": by the expression
  for (const w of MONTH_FULL.split('|')) if (w !== 'july' && w !== 'june') fast(w, -1, FAST_MONTH, `${py},${mo}`);
}
const YEAR_HEAD = headOf('year');
/** Does a run that begins with "yea" follow run `r` of the table, starting before `we`? */
function yearAhead(t: WordTable, r: number, we: number): boolean {
  const n = t.n;
  const start = t.start;
  const heads = t.head;
  for (let q = r + 1; q < n && start[q] < we; q++) if (heads[q] === YEAR_HEAD) return true;
  return false;
}
/** `(?![\w-])` at `at` of prose read up to `we`. */
function endAt(prose: string, at: number, we: number): boolean {
  if (at >= we) return true;
  const c = prose.charCodeAt(at);
  return CLASS[c] !== 1 && c !== 45;
}
/**
 * Where the match of fast word `slot` at run [i, e) of the prose read up to `we` ends, or -1 (the
 * run is not the word, or the expression would match nothing there): what `matchAt` finds with the
 * word's starter, by character codes. The options are tried in the expression's order: `POSS`
 * (`(?:['’]s?)?`) longest first, and with each, `\s+PART` before none.
 */
function fastEnd(prose: string, slot: number, i: number, e: number, we: number): number {
  const w = FAST_WORD[slot];
  const n = w.length;
  if (e - i !== n) return -1;
  for (let k = 0; k < n; k++) if ((prose.charCodeAt(i + k) | 32) !== w.charCodeAt(k)) return -1;
  const kind = FAST_KIND[slot];
  if (kind === FAST_END) return endAt(prose, e, we) ? e : -1;
  if (kind === FAST_MONTH) {
    // `(?:\\s+\\d{1,2}(?:st|nd|rd|th)?END)?`: two digits before one, a suffix before none
    let k = e;
    while (k < we && CLASS[prose.charCodeAt(k)] === 2) k++;
    if (k === e) return e;
    let d = k;
    while (d < we && d < k + 2 && prose.charCodeAt(d) >= 48 && prose.charCodeAt(d) <= 57) d++;
    for (; d > k; d--) {
      if (d + 2 <= we) {
        const x = prose.charCodeAt(d) | 32;
        const y = prose.charCodeAt(d + 1) | 32;
        if (((x === 115 && y === 116) || (x === 110 && y === 100) || (x === 114 && y === 100) || (x === 116 && y === 104)) && endAt(prose, d + 2, we)) return d + 2;
      }
      if (endAt(prose, d, we)) return d;
    }
    return e;
  }
  // POSS: "'s", "'" or nothing
  const a = e < we ? prose.charCodeAt(e) : 0;
  const apos = a === 39 || a === 0x2019;
  const ess = apos && e + 1 < we && (prose.charCodeAt(e + 1) | 32) === 115;
  for (let p = ess ? e + 2 : apos ? e + 1 : e; p >= e; p = p === e + 2 ? e + 1 : p === e + 1 && apos ? e : -1) {
    if (kind === FAST_PART) {
      let q = p;
      while (q < we && CLASS[prose.charCodeAt(q)] === 2) q++;
      if (q > p) {
        for (const part of PART_WORDS) {
          const m = part.length;
          if (q + m > we) continue;
          let k = 0;
          while (k < m && (prose.charCodeAt(q + k) | 32) === part.charCodeAt(k)) k++;
          if (k === m && endAt(prose, q + m, we)) return q + m;
        }
      }
    }
    if (endAt(prose, p, we)) return p;
    if (p === e) break;
  }
  return -1;
}
/** By a run's `head` folded (`fold`), as bits: whether it may begin with a prefix of `PREFIX_HEADS`. */
const PREFIX_START = new Int32Array(1 << 10);
for (const h of PREFIX_HEADS) PREFIX_START[fold(h) >> 5] |= 1 << (fold(h) & 31);
/** The family of the last match of `matchAt`. */
let matched: Family = 'day';
/** Where the alternatives of `st` match at `at` of `sub` (where the match ends), or -1; the family of the match in `matched`. */
function matchAt(st: Starter, sub: string, at: number): number {
  const re = st.re;
  if (st.one !== null) {
    re.lastIndex = at;
    if (!re.test(sub)) return -1;
    matched = st.one;
    return re.lastIndex;
  }
  const runs = st.runRes!;
  for (let k = 0; k < runs.length; k++) {
    const rk = runs[k];
    rk.lastIndex = at;
    if (rk.test(sub)) {
      matched = st.runFamily[k];
      return rk.lastIndex;
    }
  }
  return -1;
}
/**
 * For the tests: the starter of the word at `at` of `sub` (its key read to the word's end), tried
 * there by `matchAt` (`byExec` false) or by its whole expression's match array (`matchAtByExec`):
 * where the match ends and its family, or null when no starter or no match.
 */
export function matchAtForTests(sub: string, at: number, byExec: boolean): [number, Family] | null {
  let e = at;
  while (e < sub.length && CLASS[sub.charCodeAt(e)] === 1) e++;
  if (e === at) return null;
  const st = starterOf(keyOf(sub, at, e));
  if (st === undefined) return null;
  matched = 'day';
  const end = byExec ? matchAtByExec(st, sub, at) : matchAt(st, sub, at);
  return end < 0 ? null : [end, matched];
}
/** Whether the word at `at` of `sub` has a starter whose alternatives are of several families (for the tests). */
export function severalFamiliesAt(sub: string, at: number): boolean {
  let e = at;
  while (e < sub.length && CLASS[sub.charCodeAt(e)] === 1) e++;
  const st = e > at ? starterOf(keyOf(sub, at, e)) : undefined;
  return st !== undefined && st.one === null;
}
/** `matchAt` by the expression of all the runs, with its match array (the reference). */
function matchAtByExec(st: Starter, sub: string, at: number): number {
  const re = st.re;
  re.lastIndex = at;
  if (st.one !== null) {
    if (!re.test(sub)) return -1;
    matched = st.one;
    return re.lastIndex;
  }
  const m = re.exec(sub);
  if (m === null) return -1;
  // the first run's group that is set (each is empty), or the last run
  let k = 1;
  while (k < m.length && m[k] === undefined) k++;
  matched = st.runFamily[k - 1];
  return re.lastIndex;
}
/** `STARTERS.get(key)`. */
function starterOf(key: number): Starter | undefined {
  for (let h = Math.imul(key, 0x9e3779b1) >>> STARTER_SHIFT; ; h = (h + 1) & (STARTER_SLOTS - 1)) {
    const k = STARTER_KEY[h];
    if (k === key) return STARTER_AT[h];
    if (k === -1) return undefined;
  }
}
for (const key of STARTERS.keys()) {
  if (key === 0) continue;
  const n = (key & 3) + 1;
  const chars = key >> 2;
  let three = 0;
  for (let k = 0; k < 3; k++) three = (three << 6) | (k < n ? (chars >> ((n - 1 - k) * 6)) & 63 : 0);
  FIRST_THREE[three >> 5] |= 1 << (three & 31);
}

/** Candidates in the prose of a block: the full expression, run in windows around trigger words. */
export function findCandidates(prose: string, heading: boolean, dated = true, out: Candidate[] = [], reuse = false): Candidate[] {
  const t = wordTable(prose);
  if (dated && !reuse) return t.plain ? findInTable(prose, t, heading, null, out) : findCandidatesByChars(prose, heading, out);
  undated = !dated;
  pooled = reuse;
  try {
    return t.plain ? findInTable(prose, t, heading, null, out) : findCandidatesByChars(prose, heading, out);
  } finally {
    undated = false;
    pooled = false;
  }
}
/**
 * While `findCandidates` runs with `reuse` (its caller empties `out` before and keeps none of the
 * candidates past the block: the dates rule's check), the k-th candidate is the k-th object of
 * `POOL`, its fields written over, not a new object.
 */
let pooled = false;
const POOL: Candidate[] = [];
/**
 * While `findCandidates` runs for a draft with no date (`dated` false): a month, a holiday or a
 * season is then no candidate (only a date can say it is in another year), so its match is
 * passed over (the scan still goes on after it) without the tests that accept it.
 */
let undated = false;

/** The same, reading the prose by character codes (for prose that is not plain, and for the tests). */
export function findCandidatesByChars(prose: string, heading: boolean, out: Candidate[] = []): Candidate[] {
  const at = TRIGGER_ANY;
  at.lastIndex = 0;
  let from = 0;
  let ws = -1;
  let we = -1;
  while (at.test(prose)) {
    const end = at.lastIndex;
    let index = end;
    if (prose.charCodeAt(index - 1) === 46) index--; // "jan."
    while (index > from && isAsciiLetter(prose.charCodeAt(index - 1))) index--;
    const len = end - index;
    const c0 = prose.charCodeAt(index) | 32;
    // the word before, when the trigger may be two words long: "near term", "of late", "before long", "at present", "to date", "as yet"
    if (index > from && (len === 3 || len === 4 || len === 7) && (c0 === 116 || c0 === 108 || c0 === 112 || c0 === 100 || c0 === 121)) {
      let q = index;
      while (q > from && !isAsciiLetter(prose.charCodeAt(q - 1))) q--;
      let p = q;
      while (p > from && isAsciiLetter(prose.charCodeAt(p - 1))) p--;
      if (p < q) {
        TRIGGER_STICKY.lastIndex = p;
        if (TRIGGER_STICKY.test(prose) && TRIGGER_STICKY.lastIndex === end) index = p;
      }
    }
    from = end;
    const s = toSpace(prose, index - REACH_BEFORE, -1);
    const e = toSpace(prose, end + REACH_AFTER, 1);
    if (ws >= 0 && s <= we) we = Math.max(we, e);
    else {
      if (ws >= 0) scanWindow(prose, ws, we, heading, out);
      ws = s;
      we = e;
    }
  }
  if (ws >= 0) scanWindow(prose, ws, we, heading, out);
  return out;
}

// ------------------------------------------------------------------ a scan of the shared word table
//
// In plain prose (see words.ts) a regular expression's `\b` and `\w` (no `u` flag) see exactly the
// runs of the word table: a trigger starts at a run's start, and a window's words are its runs. So
// the trigger words are found by the first three characters of each run (no expression run over
// the prose), and a window's words are read from the table (no reading of characters to find
// where each word ends). Same triggers, same windows, same words tried: the tests compare this
// scan with the one by character codes and with the reference.

/** The first three characters of a word, six bits each (`KEY_CODE`), as `FIRST_THREE` is indexed. */
function threeOf(s: string, at: number): number {
  return (KEY_CODE[s.charCodeAt(at)] << 12) | (KEY_CODE[s.charCodeAt(at + 1)] << 6) | KEY_CODE[s.charCodeAt(at + 2)];
}

/** A trigger word of one word: its letters, lower case, and whether a full stop ends it ("jan."). */
interface TriggerWord {
  w: string;
  dot: boolean;
}
/** The one-word triggers by their first three letters (a run's `head` in the word table), in a small open-addressing table: the head, and the group (`TRIGGER_GROUPS`). */
const TRIGGER_SLOTS = 256;
const TRIGGER_KEY = new Int32Array(TRIGGER_SLOTS).fill(-1);
const TRIGGER_GROUP = new Uint8Array(TRIGGER_SLOTS);
const TRIGGER_GROUPS: TriggerWord[][] = [];
function triggerSlot(head: number): number {
  let h = Math.imul(head, 0x9e3779b1) >>> 24;
  while (TRIGGER_KEY[h] !== head && TRIGGER_KEY[h] !== -1) h = (h + 1) & (TRIGGER_SLOTS - 1);
  return h;
}
/**
 * A run's `head` folded to 15 bits: the low five bits of each of its three characters. A letter's
 * are its place in the alphabet (1-26); a digit's (16-25) are a letter's too, and a character past
 * the end of a run is 0. So two heads with one fold may differ (a digit for a letter): the fold
 * only dismisses, and the head itself then decides.
 */
function fold(head: number): number {
  return ((head >> 4) & 0x7c00) | ((head >> 2) & 0x3e0) | (head & 31);
}
/**
 * Whether some trigger word begins with a head of this `fold`, or the second word of a pair ("of
 * late": "late"; a pair is looked for from its second word, much rarer than "of" or "at"), as bits
 * (4 kB): the test of every run of the prose stays in the cache.
 */
const TRIGGER_BITS = new Int32Array(1 << 10);
/**
 * By `fold`, the length of the shortest trigger word (its letters) that begins with a head of it:
 * a shorter run ("for", "after", "more", "even" for "fortnight", "afternoon", "morning", "evening")
 * is none of them.
 */
const TRIGGER_MIN = new Uint8Array(1 << 15).fill(255);
/** By `fold`, as bits: whether the second word of a pair begins with a head of it (most runs that may begin a trigger can end no pair). */
const PAIR_BITS = new Int32Array(1 << 10);
/**
 * The triggers of two words ("at present", "of late"): the first word (and its `hashOf`) and the
 * second word (and its `head`: no two pairs' second words share one). The first word is a whole
 * run (`\s+` follows it); the second, like any trigger, only begins its run ("at presently").
 * (The first words are not looked for by their number in the shared dictionary: to add "of", "to",
 * "at" and "as" to it would make every word table slower to read.)
 */
const PAIR_FIRST: string[] = [];
const PAIR_FIRST_HASH: number[] = [];
const PAIR_SECOND: string[] = [];
const PAIR_HEAD: number[] = [];
for (const w of TRIGGER_WORDS) {
  if (w.includes(' ')) {
    const [first, second, more] = w.split(' ');
    if (more !== undefined || !/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(second)) throw new Error(`trigger: ${w}`);
    PAIR_FIRST.push(first);
    PAIR_FIRST_HASH.push(hashOf(first));
    PAIR_SECOND.push(second);
    if (second.length < 3 || PAIR_HEAD.includes(headOf(second))) throw new Error(`trigger: ${w}`);
    PAIR_HEAD.push(headOf(second));
    const f = fold(headOf(second));
    TRIGGER_BITS[f >> 5] |= 1 << (f & 31);
    PAIR_BITS[f >> 5] |= 1 << (f & 31);
    continue;
  }
  const dot = w.endsWith('.');
  const letters = dot ? w.slice(0, -1) : w;
  if (!/^[a-z]{3,}$/.test(letters)) throw new Error(`trigger: ${w}`);
  const head = headOf(letters);
  const slot = triggerSlot(head);
  if (TRIGGER_KEY[slot] === -1) {
    if (TRIGGER_GROUPS.length * 2 >= TRIGGER_SLOTS) throw new Error('trigger: too many');
    TRIGGER_KEY[slot] = head;
    TRIGGER_GROUP[slot] = TRIGGER_GROUPS.push([]) - 1;
  }
  TRIGGER_GROUPS[TRIGGER_GROUP[slot]].push({ w: letters, dot });
  const f = fold(head);
  TRIGGER_BITS[f >> 5] |= 1 << (f & 31);
  TRIGGER_MIN[f] = Math.min(TRIGGER_MIN[f], letters.length);
}
// a run that is the first word of a pair is read as the pair or nothing: no other trigger begins it
// (so the reading of one-word triggers finds none there), and no other pair
for (const w of TRIGGER_WORDS) {
  const letters = w.replace(/\.$/, '');
  for (const [k, first] of PAIR_FIRST.entries()) {
    if ((!w.includes(' ') && first.startsWith(letters)) || PAIR_FIRST.indexOf(first) !== k) throw new Error(`trigger: ${w}`);
  }
}
// The trie's branches at a node start with different characters, and a word that ends where a
// longer one goes on ends in a greedy `(?:…)?`: the trie matches the longest trigger word that
// begins the text ("juneteenth", not "june"). So each group is tried longest first.
for (const group of TRIGGER_GROUPS) group.sort((a, b) => b.w.length + +b.dot - (a.w.length + +a.dot));

/**
 * Where pair `p` that starts at run `r` of the table ends, or -1 when it does not start there (as
 * `TRIGGER_ANY` would match at the run's start): the run is its first word, and the next run
 * (after spaces only) begins with its second.
 */
function pairEnd(prose: string, t: WordTable, r: number, p: number): number {
  if (r + 1 >= t.n) return -1;
  const s = t.start[r];
  const first = PAIR_FIRST[p];
  if (t.end[r] - s !== first.length) return -1;
  for (let k = 0; k < first.length; k++) if ((prose.charCodeAt(s + k) | 32) !== first.charCodeAt(k)) return -1;
  // the second word's first three characters (it has three or more), then its length
  if (t.head[r + 1] !== PAIR_HEAD[p]) return -1;
  const w = PAIR_SECOND[p];
  const s2 = t.start[r + 1];
  if (t.end[r + 1] - s2 < w.length) return -1;
  for (let k = t.end[r]; k < s2; k++) if (CLASS[prose.charCodeAt(k)] !== 2) return -1;
  for (let k = 3; k < w.length; k++) if ((prose.charCodeAt(s2 + k) | 32) !== w.charCodeAt(k)) return -1;
  return s2 + w.length;
}

/**
 * Where the trigger of one word that starts at run `r` of the table ends, or -1 when none starts
 * there (as `TRIGGER_ANY` would match at the run's start; none does at the first word of a pair).
 * Its first three characters are read from the table (`head`), the rest (rarely needed) from the prose.
 */
function triggerEnd(prose: string, t: WordTable, r: number): number {
  const s = t.start[r];
  const len = t.end[r] - s;
  const head = t.head[r];
  const f = fold(head);
  if (len < 3 || ((TRIGGER_BITS[f >> 5] >>> (f & 31)) & 1) === 0) return -1;
  const slot = triggerSlot(head);
  if (TRIGGER_KEY[slot] !== head) return -1;
  const group = TRIGGER_GROUPS[TRIGGER_GROUP[slot]];
  for (let j = 0; j < group.length; j++) {
    const tw = group[j];
    const w = tw.w;
    const n = w.length;
    if (len < n) continue;
    if (tw.dot && (len !== n || prose.charCodeAt(s + n) !== 46)) continue;
    let k = 3;
    // a run holds ASCII letters and digits only: `| 32` lowers a letter and leaves a digit a digit
    while (k < n && (prose.charCodeAt(s + k) | 32) === w.charCodeAt(k)) k++;
    if (k === n) return tw.dot ? s + n + 1 : s + n;
  }
  return -1;
}


/** `findCandidates` for plain prose, from its word table. */
function findInTable(prose: string, t: WordTable, heading: boolean, spans: number[] | null, out: Candidate[]): Candidate[] {
  const n = t.n;
  const start = t.start;
  const stop = t.end;
  const hashes = t.hash;
  const heads = t.head;
  // in locals: the loop below runs once for every word of the prose
  const bits = TRIGGER_BITS;
  const minLen = TRIGGER_MIN;
  const pairHead = PAIR_HEAD;
  const pairBits = PAIR_BITS;
  const pairHash = PAIR_FIRST_HASH;
  const pairs = pairHead.length;
  let from = 0;
  let ws = -1;
  let we = -1;
  for (let r = 0; r < n; r++) {
    // the common case first, in place: a run whose first three characters (folded: a short run's
    // third is 0) begin no trigger word and no pair's second word
    const hd = heads[r];
    const f = ((hd >> 4) & 0x7c00) | ((hd >> 2) & 0x3e0) | (hd & 31);
    if (((bits[f >> 5] >>> (f & 31)) & 1) === 0) continue;
    // a pair that ends in this run starts at the run before: taken first, as a scan run by run
    // would find it (and then this run, which it reaches into, is passed over)
    let end = -1;
    let s = 0;
    if (r > 0 && ((pairBits[f >> 5] >>> (f & 31)) & 1) !== 0) {
      let p = 0;
      while (p < pairs && pairHead[p] !== hd) p++;
      if (p < pairs && hashes[r - 1] === pairHash[p] && (s = start[r - 1]) >= from) end = pairEnd(prose, t, r - 1, p);
    }
    if (end < 0) {
      // a trigger of one word, as `triggerEnd` tests it: not shorter than the shortest trigger
      // word with these first three characters
      s = start[r];
      if (stop[r] - s < minLen[f] || s < from) continue;
      end = triggerEnd(prose, t, r);
      if (end < 0) continue;
    }
    from = end;
    if (spans !== null) {
      spans.push(s, end);
      continue;
    }
    const a = toSpace(prose, s - REACH_BEFORE, -1);
    const b = toSpace(prose, end + REACH_AFTER, 1);
    if (ws >= 0 && a <= we) we = Math.max(we, b);
    else {
      if (ws >= 0) scanWindowTable(prose, t, ws, we, heading, out);
      ws = a;
      we = b;
    }
  }
  if (ws >= 0) scanWindowTable(prose, t, ws, we, heading, out);
  return out;
}

/** `scanWindow` with the window's words read from the table (a word cut by an edge of the window is read as cut). */
function scanWindowTable(prose: string, t: WordTable, ws: number, we: number, heading: boolean, out: Candidate[]): void {
  const n = t.n;
  const start = t.start;
  const stop = t.end;
  const heads = t.head;
  const hashes = t.hash;
  let sub: string | null = null;
  // the first run that ends inside the window
  let r = lowerBound(stop, ws + 1, n);
  for (; r < n; r++) {
    let i = start[r];
    if (i >= we) break;
    let e = stop[r];
    let st: Starter | undefined;
    const hd = heads[r];
    const f = ((hd >> 4) & 0x7c00) | ((hd >> 2) & 0x3e0) | (hd & 31);
    // (a run's first character is a digit when its head's is: 48-57 either way, a letter's is 97 or more)
    if (i >= ws && e <= we && hd >= 58 << 14 && ((PREFIX_START[f >> 5] >>> (f & 31)) & 1) === 0) {
      // a whole run that starts with a letter, and with no prefix's letters: the starter of its word, if any
      const slot = starterSlot(hashes[r]);
      if ((st = STARTER_BY_HASH[slot]) === undefined) continue;
      if (FAST_KIND[slot] !== 0 && (FAST_KIND[slot] !== FAST_MONTH || !yearAhead(t, r, we))) {
        // a common word, read without the expression (none of these has a gate)
        const end = fastEnd(prose, slot, i, e, we);
        if (end >= 0) {
          found(prose, i, end, FAST_KIND[slot] === FAST_MONTH ? 'month' : st.runFamily[0], heading, out);
          while (r + 1 < n && start[r + 1] < end) r++;
        }
        continue;
      }
      const g = st.gates === null || e - i > 31 ? undefined : st.gates[e - i];
      // the first letter of the next run first ("the company", "of the", "to be": no word of the gate begins so)
      if (g !== undefined && ((r + 1 < n && ((g.firsts! >>> ((heads[r + 1] >> 14) & 31)) & 1) === 0) || !nextAllowsInTable(prose, t, r, g, we))) continue;
    } else {
      // a figure, a prefix's word, or a run cut by an edge of the window: by its key
      if (i < ws) i = ws;
      if (e > we) e = we;
      const c0 = prose.charCodeAt(i);
      if (c0 > 57) {
        const len = e - i;
        const three = len >= 3 ? threeOf(prose, i) : len === 2 ? (KEY_CODE[c0] << 12) | (KEY_CODE[prose.charCodeAt(i + 1)] << 6) : KEY_CODE[c0] << 12;
        if (((FIRST_THREE[three >> 5] >>> (three & 31)) & 1) === 0) continue;
      }
      st = starterOf(keyOf(prose, i, e));
      if (st === undefined) continue;
      if (c0 <= 57 && !figureAllows(prose, i, e, we)) continue;
      const g = st.gates === null || e - i > 31 ? undefined : st.gates[e - i];
      if (g !== undefined && !nextAllows(prose, g, e, we)) continue;
    }
    // a count with no word to end it in the window ("two days", "about a year") matches nothing
    if (st.tail && !tailAhead(t, r, we)) continue;
    if (sub === null) sub = prose.slice(ws, we);
    const m = matchAt(st, sub, i - ws);
    if (m >= 0) {
      const end = ws + m;
      found(prose, i, end, matched, heading, out);
      // on at the first word that starts at or after the match's end
      while (r + 1 < n && start[r + 1] < end) r++;
    }
  }
}

/** For the tests: where each trigger starts and ends, by the walk over the word table that `findCandidates` makes (plain prose only), or by `TRIGGER_RE`. */
export function triggerSpans(prose: string, byTable: boolean): number[] {
  const spans: number[] = [];
  if (byTable) findInTable(prose, wordTable(prose), false, spans, []);
  else {
    TRIGGER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TRIGGER_RE.exec(prose))) spans.push(m.index, m.index + m[0].length);
  }
  return spans;
}

function findIn(prose: string, heading: boolean, trigger: RegExp, scan: typeof scanWindow): Candidate[] {
  const out: Candidate[] = [];
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  let ws = -1;
  let we = -1;
  while ((m = trigger.exec(prose))) {
    const s = toSpace(prose, m.index - REACH_BEFORE, -1);
    const e = toSpace(prose, m.index + m[0].length + REACH_AFTER, 1);
    if (ws >= 0 && s <= we) we = Math.max(we, e);
    else {
      if (ws >= 0) scan(prose, ws, we, heading, out);
      ws = s;
      we = e;
    }
  }
  if (ws >= 0) scan(prose, ws, we, heading, out);
  return out;
}

/** A window edge at a space (so a window never starts inside a word), looking at most 100 characters away. */
function toSpace(prose: string, at: number, dir: -1 | 1): number {
  if (at <= 0) return 0;
  if (at >= prose.length) return prose.length;
  for (let k = 0; k < 100 && at > 0 && at < prose.length; k++, at += dir) if (CLASS[prose.charCodeAt(at)] === 2) return at;
  return at;
}

/**
 * The candidate expression over prose[ws, we), tried only at the words an alternative may start
 * with. The words are read in the prose itself; the window is cut out (the expression must not
 * see past its edges) only when an expression is to run.
 */
function scanWindow(prose: string, ws: number, we: number, heading: boolean, out: Candidate[]): void {
  let sub: string | null = null;
  let i = ws;
  while (i < we) {
    if (CLASS[prose.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    // a word starts at i: its first three characters as read on to its end (for FIRST_THREE), and where it ends
    const c0 = prose.charCodeAt(i);
    let three = KEY_CODE[c0] << 12;
    let e = i + 1;
    let c = 0;
    if (e < we && CLASS[(c = prose.charCodeAt(e))] === 1) {
      three |= KEY_CODE[c] << 6;
      if (++e < we && CLASS[(c = prose.charCodeAt(e))] === 1) {
        three |= KEY_CODE[c];
        e++;
        while (e < we && CLASS[prose.charCodeAt(e)] === 1) e++;
      }
    }
    // (prose[e] is no word character: the next word starts after it)
    if (c0 > 57 && ((FIRST_THREE[three >> 5] >>> (three & 31)) & 1) === 0) {
      i = e + 1;
      continue;
    }
    const key = keyOf(prose, i, e);
    const st = STARTERS.get(key);
    const g = st === undefined || st.gates === null || e - i > 31 ? undefined : st.gates[e - i];
    if (st !== undefined && (g === undefined || nextAllows(prose, g, e, we)) && (c0 > 57 || figureAllows(prose, i, e, we))) {
      if (sub === null) sub = prose.slice(ws, we);
      // `test`, not `exec`: where it ends is all that is needed, not a match array and its strings
      const m = matchAt(st, sub, i - ws);
      if (m >= 0) {
        const end = ws + m;
        found(prose, i, end, matched, heading, out);
        i = end;
        if (CLASS[prose.charCodeAt(i - 1)] !== 1) continue;
        e = i;
        while (e < we && CLASS[prose.charCodeAt(e)] === 1) e++;
      }
    }
    i = e + 1;
  }
}

/** Lower case, single spaces, straight apostrophe; the replacements run only when there is something to replace. */
function normalise(text: string): string {
  let norm = text.toLowerCase();
  let curly = false;
  let spaces = false;
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (c === 0x2019) curly = true;
    else if (CLASS[c] === 2 && (c !== 32 || CLASS[norm.charCodeAt(k + 1)] === 2)) spaces = true;
  }
  if (curly) norm = norm.replace(/’/g, "'");
  if (spaces) norm = norm.replace(/\s+/g, ' ');
  return norm;
}

/**
 * The match prose[start, end) of `family`, a candidate if the family's tests accept it. Its text is
 * cut out only past the test of a draft with no date (most months are dropped there), and the
 * candidate is made with all its fields at once (one shape: no property added after).
 */
function found(prose: string, start: number, end: number, family: Family, heading: boolean, out: Candidate[]): void {
  if (undated && (family === 'month' || family === 'holiday' || family === 'season')) return;
  const text = prose.slice(start, end);
  const norm = normalise(text);
  // /'s?$/
  const last = norm.charCodeAt(norm.length - 1);
  const possessive = last === 39 || (last === 115 && norm.charCodeAt(norm.length - 2) === 39);
  if (accept(prose, family, start, end, text, norm, heading)) {
    const attributive = family === 'day' && theBefore(prose, start);
    const c = pooled ? POOL[out.length] : undefined;
    if (c === undefined) {
      const made: Candidate = { family, start, end, text, norm, possessive, attributive };
      if (pooled) POOL.push(made);
      out.push(made);
    } else {
      c.family = family;
      c.start = start;
      c.end = end;
      c.text = text;
      c.norm = norm;
      c.possessive = possessive;
      c.attributive = attributive;
      out.push(c);
    }
  }
}

// ------------------------------------------------------------------ the same by regular expressions

/** The same as `findCandidates`, with the trigger words as a plain list and the candidate expression tried at every position of a window (for the tests). */
export function findCandidatesSlow(prose: string, heading: boolean): Candidate[] {
  return findIn(prose, heading, TRIGGER_RE, scanWindowSlow);
}

function scanWindowSlow(prose: string, ws: number, we: number, heading: boolean, out: Candidate[]): void {
  const sub = prose.slice(ws, we);
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(sub))) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    found(prose, ws + m.index, ws + m.index + m[0].length, FAMILY_OF[gi - 1], heading, out);
  }
}

/** The same, trying the full expression at every word (slower; kept to test the windows against). */
export function findCandidatesFull(prose: string, heading: boolean): Candidate[] {
  const out: Candidate[] = [];
  scanWindowSlow(prose, 0, prose.length, heading, out);
  return out;
}

/**
 * `text === text.toUpperCase() && /[A-Z]{3}/.test(text)` for a candidate's text, by character
 * codes: its letters are ASCII (the expression's /i matches no other), and its other characters
 * (digits, spaces, marks) have no case.
 */
function isAllCaps(text: string): boolean {
  let run = 0;
  let three = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) {
      if (++run >= 3) three = true;
    } else run = 0;
  }
  return three;
}

/** Whether a space is followed by a capital A-Z somewhere in `text` (from `from` on): what `TITLE_WORD_RE` needs to match at all (most candidates have none), and `/\s[A-Z]/.test(text.slice(from))`. */
export function spaceThenCapital(text: string, from = 0): boolean {
  for (let k = from; k + 1 < text.length; k++) {
    if (CLASS[text.charCodeAt(k)] === 2) {
      const c = text.charCodeAt(k + 1);
      if (c >= 65 && c <= 90) return true;
    }
  }
  return false;
}

/** For the tests: the accepting tests as used (`accept`) and as they were written (`acceptReference`). */
export function acceptForTests(prose: string, family: Family, start: number, end: number, text: string, norm: string, heading: boolean, reference: boolean): boolean {
  return reference ? acceptReference(prose, family, start, end, text, norm, heading) : accept(prose, family, start, end, text, norm, heading);
}

function accept(prose: string, family: Family, start: number, end: number, text: string, norm: string, heading: boolean): boolean {
  return family === 'day' ? acceptDay(prose, start, end, text, heading) : acceptReference(prose, family, start, end, text, norm, heading);
}

/** Lower-case word lists (letters a-z only) by length, for `inList`. */
function byLength(words: Iterable<string>): string[][] {
  const out: string[][] = [];
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`dates: not a word of letters: ${w}`);
    (out[w.length] ??= []).push(w);
  }
  return out;
}
const HOLIDAY_WORDS_BY_LENGTH = byLength(HOLIDAY_WORDS);
const HABITUAL_BY_LENGTH = byLength(HABITUAL);
const GENERIC_AFTER_BY_LENGTH = byLength(GENERIC_AFTER);
const NOT_ATTRIBUTIVE_BY_LENGTH = byLength(NOT_ATTRIBUTIVE);
const THE_BY_LENGTH = byLength(['the']);

/**
 * `set.has(prose.slice(s, e).toLowerCase())` (`fold`) or `set.has(prose.slice(s, e))` for a set of
 * lower-case words of a-z (`lists`, by length), by character codes: `| 32` makes a-z of A-Z only
 * (no other code unit becomes a-z by it: not ’, ' or -).
 */
function inList(prose: string, s: number, e: number, lists: string[][], fold: boolean): boolean {
  const list = lists[e - s];
  if (list === undefined) return false;
  const f = fold ? 32 : 0;
  for (let j = 0; j < list.length; j++) {
    const w = list[j];
    let x = 0;
    while (x < w.length && (prose.charCodeAt(s + x) | f) === w.charCodeAt(x)) x++;
    if (x === w.length) return true;
  }
  return false;
}

/** Where `wordBefore(prose, at)`'s word starts and ends, in `spanStart`, `spanEnd` (no slice). */
function wordBeforeSpan(prose: string, at: number): void {
  let e = at;
  while (e > 0 && CLASS[prose.charCodeAt(e - 1)] === 2) e--;
  let s = e;
  while (s > 0 && isWordBeforeChar(prose.charCodeAt(s - 1))) s--;
  spanStart = s;
  spanEnd = e;
}
/** Where `wordAfter(prose, at)`'s word starts and ends, in `spanStart`, `spanEnd` (equal for ''). */
function wordAfterSpan(prose: string, at: number): void {
  const lim = Math.min(prose.length, at + 40);
  let k = at;
  while (k < lim && CLASS[prose.charCodeAt(k)] === 2) k++;
  if (k === at || k >= lim || !isAsciiLetter(prose.charCodeAt(k))) {
    spanStart = spanEnd = at;
    return;
  }
  let e = k + 1;
  while (e < lim && isWordBeforeChar(prose.charCodeAt(e))) e++;
  spanStart = k;
  spanEnd = e;
}
let spanStart = 0;
let spanEnd = 0;

/**
 * `ABS_AFTER.test(prose.slice(end, end + 40))`: the expression is run only when the first
 * character after its leading marks (",", "(", spaces: passed over more freely here than it
 * does) may begin one of its alternatives — a digit, a month's first letter or the t of "the".
 */
function absAfter(prose: string, end: number): boolean {
  const lim = Math.min(prose.length, end + 40);
  let k = end;
  if (k < lim && prose.charCodeAt(k) === 44) k++;
  while (k < lim && CLASS[prose.charCodeAt(k)] === 2) k++;
  if (k < lim && prose.charCodeAt(k) === 40) k++;
  while (k < lim && CLASS[prose.charCodeAt(k)] === 2) k++;
  if (k >= lim) return false;
  const c = prose.charCodeAt(k);
  if (c >= 48 && c <= 57) return ABS_AFTER.test(prose.slice(end, lim));
  const l = c | 32;
  // j f m a s o n d, t
  if (l === 106 || l === 102 || l === 109 || l === 97 || l === 115 || l === 111 || l === 110 || l === 100 || l === 116) return ABS_AFTER.test(prose.slice(end, lim));
  return false;
}
/** `/^\s+(?:[A-Z][a-z]+\.?\s*\d|EST|EDT|PST|PDT|GMT|UTC)/` at a place of the prose (sticky: the same as on the slice from it). */
const ZONE_OR_DATE_AT = /\s+(?:[A-Z][a-z]+\.?\s*\d|EST|EDT|PST|PDT|GMT|UTC)/y;

/**
 * `acceptReference` for a day (`family === 'day'`), by character codes and word spans: no slice
 * of what follows, no lower-cased words looked up in a Set; the same tests in the same order
 * (a random test compares the two).
 */
function acceptDay(prose: string, start: number, end: number, text: string, heading: boolean): boolean {
  const allCaps = isAllCaps(text);
  // "The Day After Tomorrow", "Later That Day": a title, unless the whole line is one
  if (!heading && !allCaps && spaceThenCapital(text) && TITLE_WORD_RE.test(text)) return false;
  const wdi = weekdayIn(text);
  if (wdi >= 0) {
    const wdLen = wordInLen;
    const wdAt = start + wdi;
    if (!isUpperCode(text.charCodeAt(wdi)) && !allCaps) return false;
    if (absAfter(prose, end)) return false;
    if (wdAt === start) {
      wordBeforeSpan(prose, wdAt);
      const ps = spanStart;
      const pe = spanEnd;
      // "Black Friday", "Good Friday", "Super Tuesday"
      if (ps < pe && isUpperCode(prose.charCodeAt(ps)) && inList(prose, ps, pe, HOLIDAY_WORDS_BY_LENGTH, true)) return false;
      // "every Tuesday", "a Friday", "the Friday before"
      if (inList(prose, ps, pe, HABITUAL_BY_LENGTH, true)) {
        // but "the Tuesday deadline" is a day: "the" + weekday + a noun
        if (!(pe - ps === 3 && inList(prose, ps, pe, THE_BY_LENGTH, true) && wdi === 0 && wdLen === text.length)) return false;
        wordAfterSpan(prose, end);
        const ns = spanStart;
        const ne = spanEnd;
        const c0 = ns < ne ? prose.charCodeAt(ns) : 0;
        if (!(c0 >= 97 && c0 <= 122)) return false;
        if (inList(prose, ns, ne, NOT_ATTRIBUTIVE_BY_LENGTH, false) || inList(prose, ns, ne, GENERIC_AFTER_BY_LENGTH, false)) return false;
        // /^\s*[,.;:]/ in the 40 characters after
        const lim = Math.min(prose.length, end + 40);
        let k = end;
        while (k < lim && CLASS[prose.charCodeAt(k)] === 2) k++;
        if (k < lim) {
          const c = prose.charCodeAt(k);
          if (c === 44 || c === 46 || c === 59 || c === 58) return false;
        }
      }
    }
    // "Tuesday Morning Corp.", "Sunday Times", "Friday Harbor": a name, unless the text is a title
    const at = wdAt + wdLen;
    wordAfterSpan(prose, at);
    const ns = spanStart;
    const ne = spanEnd;
    if (!heading && !allCaps) {
      if (spacesThenCapital(prose, at) && ns < ne && isUpperCode(prose.charCodeAt(ns))) {
        ZONE_OR_DATE_AT.lastIndex = at;
        if (!ZONE_OR_DATE_AT.test(prose) && !isMonth(prose.slice(ns, ne))) return false;
      }
      if (spaceThenCapital(text, wdi + wdLen)) return false; // "Tuesday Morning"
    }
    if (inList(prose, ns, ne, GENERIC_AFTER_BY_LENGTH, true) && !(prose.charCodeAt(end) === 39 || prose.charCodeAt(end) === 0x2019)) return false;
  }
  const wi = dayWordIn(text);
  if (wi >= 0 && !allCaps && isUpperCode(text.charCodeAt(wi)) && wi === 0 && !atSentenceStart(prose, start) && !heading) {
    // "the Today show", "USA Today", the song "Yesterday"
    return false;
  }
  if (wi >= 0 && prose.charCodeAt(end) === 45) return false;
  if (wi === 0) {
    // "today's world", "the leaders of tomorrow": today as an era, not a day
    wordBeforeSpan(prose, start);
    if (spanEnd - spanStart === 2 && (prose.charCodeAt(spanStart) | 32) === 111 && (prose.charCodeAt(spanStart + 1) | 32) === 102 && RE0.test(text)) return false;
    if (RE1.test(text) && GENERIC_ERA.test(prose.slice(end, end + 40))) return false;
    if (RE2.test(text) && RE3.test(prose.slice(end, end + 40))) return false; // "yesterday's news": stale
  }
  return true;
}
/** The accepting tests as written: the reference for `acceptDay`, and the tests of the other families. */
function acceptReference(prose: string, family: Family, start: number, end: number, text: string, norm: string, heading: boolean): boolean {
  const allCaps = isAllCaps(text);
  const after = prose.slice(end, end + 40);
  // "The Day After Tomorrow", "Later That Day": a title, unless the whole line is one
  if (!heading && !allCaps && family !== 'month' && family !== 'holiday' && spaceThenCapital(text) && TITLE_WORD_RE.test(text)) return false;
  if (family === 'day' || family === 'event') {
    const wdi = weekdayIn(text);
    if (wdi >= 0) {
      const wdLen = wordInLen;
      const wdAt = start + wdi;
      // weekday names are always capitalised; "Tuesday, March 5" is a full date already
      if (!isUpperCode(text.charCodeAt(wdi)) && !allCaps) return false;
      if (ABS_AFTER.test(after)) return false;
      if (family === 'day') {
        // "Black Friday", "Good Friday", "Super Tuesday"
        const prev = wordBefore(prose, wdAt);
        if (wdAt === start && HOLIDAY_WORDS.has(prev.toLowerCase()) && isUpper(prev[0])) return false;
        // "every Tuesday", "a Friday", "the Friday before"
        if (wdAt === start && HABITUAL.has(prev.toLowerCase())) {
          // but "the Tuesday deadline" is a day: "the" + weekday + a noun
          const nextWord = wordAfter(prose, end);
          if (!(prev.toLowerCase() === 'the' && wdi === 0 && wdLen === text.length && RE4.test(nextWord) && !NOT_ATTRIBUTIVE.has(nextWord) && !GENERIC_AFTER.has(nextWord) && !RE5.test(after))) return false;
        }
        // "Tuesday Morning Corp.", "Sunday Times", "Friday Harbor": a name, unless the text is a title
        const next = wordAfter(prose, wdAt + wdLen);
        if (!heading && !allCaps) {
          if (spacesThenCapital(prose, wdAt + wdLen) && !RE6.test(prose.slice(wdAt + wdLen)) && RE7.test(next[0] ?? '') && !isMonth(next)) return false;
          if (spaceThenCapital(text, wdi + wdLen)) return false; // "Tuesday Morning"
        }
        if (GENERIC_AFTER.has(next.toLowerCase()) && !(prose.charCodeAt(end) === 39 || prose.charCodeAt(end) === 0x2019)) return false;
      }
    }
  }
  if (family === 'day') {
    const wi = dayWordIn(text);
    if (wi >= 0 && !allCaps && isUpperCode(text.charCodeAt(wi)) && wi === 0 && !atSentenceStart(prose, start) && !heading) {
      // "the Today show", "USA Today", the song "Yesterday"
      return false;
    }
    if (wi >= 0 && after.charCodeAt(0) === 45) return false;
    if (wi === 0) {
      // "today's world", "the leaders of tomorrow": today as an era, not a day
      if (RE8.test(wordBefore(prose, start)) && RE0.test(text)) return false;
      if (RE1.test(text) && GENERIC_ERA.test(after)) return false;
      if (RE2.test(text) && RE3.test(after)) return false; // "yesterday's news": stale

    }
  }
  if (family === 'period') {
    // "the last week of June", "this year of all years"; "last year-end"
    if (RE9.test(after) && !RE10.test(norm)) return false;
    // "ABC's This Week": a capitalised unit is a name (unless the whole line is a title)
    if (!heading && !allCaps && RE11.test(text)) return false;
    const mo = MONTH_IN_RE.exec(text);
    if (mo && !isUpper(mo[1][0]) && !allCaps) return false;
    if (RE12.test(norm) && RE13.test(after)) return false;
  }
  if (family === 'season') {
    if (!SEASON_PREP.has(wordBefore(prose, start).toLowerCase())) return false;
    // "the Arab Spring", "Summer Olympics": a capitalised season is a name
    if (!heading && !allCaps && RE14.test(text) && !atSentenceStart(prose, start)) return false;
    if (YEAR_AFTER.test(after) || RE15.test(after)) return false;
    if (RE16.test(after)) return false;
  }
  if (family === 'holiday' && !holidayName(prose, start, end, text, heading, allCaps)) return false;
  if (family === 'report' && !reportingPeriod(prose, start, end, text, norm, heading, allCaps)) return false;
  if (family === 'present') {
    if (RE17.test(norm)) {
      const before = wordBefore(prose, start);
      if (RE18.test(after) || RE16.test(after) || prose[start - 1] === '-') return false;
      if (!allCaps && isUpper(text[0]) && RE19.test(text)) return false;
      if (RE20.test(before) && before.toLowerCase() !== 'right') return false;
      if (RE21.test(after)) return false; // "(from) now on,", "now and then"
      // "Apocalypse Now", "NOW" (the organisation) in running text: names
      if (!heading && isUpper(text[0]) && !atSentenceStart(prose, start) && !(allCaps && !RE22.test(prose.slice(Math.max(0, start - 30), end + 30)))) return false;
    }
  }
  if (family === 'vague') {
    const before = wordBefore(prose, start);
    if (RE23.test(norm) && (RE24.test(before) || RE25.test(after) || RE26.test(after))) return false;
    // narration, not the story's own time: "He was soon released", "a trickle that soon became a flood"
    if (RE27.test(norm) && (RE28.test(before) || isPastVerb(wordAfter(prose, end)))) return false;
    if (RE29.test(norm) && RE30.test(after)) return false;
  }
  if (family === 'event') {
    // "Ten Years After" (a name), "years later" in "two years later than planned"
    if (RE31.test(after)) return false;
    if (RE32.test(norm) && RE33.test(after) && !RE34.test(norm)) return false;
  }
  if (family === 'month') {
    const mo = MONTH_IN_RE.exec(text)!;
    if (!isUpper(mo[1][0])) return false;
    if (YEAR_AFTER.test(after)) return false;
    if (RE35.test(mo[1]) && RE36.test(prose.slice(Math.max(0, start - 12), start))) return false; // the Fourth of July
    // a weekday before it makes the date whole: "Tuesday, March 5"
    if (WEEKDAY_BEFORE_RE.test(prose.slice(Math.max(0, start - 12), start))) return false;
    const hasDay = RE37.test(text);
    const lead = RE38.test(text);
    // "June Carter", "March Madness", "August Wilson"
    if (!hasDay && RE39.test(after) && !RE40.test(after)) return false;
    if (!hasDay && !lead) {
      const before = wordBefore(prose, start);
      if (!MONTH_PREP.has(before.toLowerCase())) return false;
      if (RE41.test(mo[1]) && !RE42.test(before)) return false;
    }
    if (RE43.test(mo[1]) && hasDay === false && RE44.test(after) && !RE45.test(after)) return false;
  }
  return true;
}

/** After a holiday's name, nouns that make it a kind of thing, not a day: "Christmas tree", "Easter egg". */
const HOLIDAY_THING = new Set(
  (
    'tree trees light lights card cards carol carols decoration decorations ornament ornaments music song songs movie movies film films ' +
    'special specials spirit present presents gift gifts cheer wish wishes message messages egg eggs bunny basket baskets sweater sweaters ' +
    'stocking stockings candy costume costumes story stories tradition traditions episode edition issue bonus bonuses club clubs ' +
    'classic classics album albums market markets village island'
  ).split(' '),
);

/** A holiday named as a day: capitalised, not a name's first word ("Easter Island"), not a thing ("Christmas tree"), not a greeting. */
function holidayName(prose: string, start: number, end: number, text: string, heading: boolean, allCaps: boolean): boolean {
  const name = text.replace(RE46, '');
  if (!isUpper(name[0]) && !allCaps) return false;
  const after = prose.slice(end, end + 40);
  if (YEAR_AFTER.test(after)) return false;
  const next = wordAfter(prose, end);
  if (!heading && !allCaps && RE39.test(after) && RE47.test(next)) return false; // "Easter Island", "Christmas Carol"
  if (HOLIDAY_THING.has(next.toLowerCase()) || RE16.test(after)) return false;
  if (RE48.test(after) && RE49.test(wordBefore(prose, start))) return false; // "the Christmas before"
  const before = prose.slice(Math.max(0, start - 30), start);
  if (RE50.test(before)) return false; // a greeting
  if (RE51.test(before)) return false; // "Mexico's Independence Day": another country's
  return true;
}

/** Words that make a quarter or a half one of a game, not of a company's year. */
const SPORTS_RE =
  /\b(?:scor(?:ed|es|ing)|touchdowns?|field goals?|free throws?|rebounds?|three-pointers?|3-pointers?|halftime|half-time|quarterback|innings?|overtime|fumbles?|interceptions?|yards?|dunks?|buzzer|kickoff|trailed|trailing|led by \d+|(?:a|the) \d+-\d+ (?:lead|win|loss|victory|defeat))\b/i;
/** After "the quarter": a quarter of something else ("the quarter mile", "the quarter of the city"). */
const QUARTER_NOT = /^\s+(?:moon|mile|miles|inch|inches|pound|pounds|hour|century|point|points|percentage|note|notes|horse|horses|deck|master|of\s+(?![$\d]|(?:the\s+)?(?:(?:this|last|next|current|fiscal)\s+)?year\b))/i;
const YEAR_NEAR_BEFORE = /(?:\b(?:1[89]|20)\d\d|['’]\d\d)\s*$/;
const YEAR_NEAR_AFTER =
  /^(?:,?\s*(?:of\s+)?(?:(?:1[89]|20)\d\d|['’]\d\d)\b|\s+of\s+(?:fiscal\s+)?(?:(?:1[89]|20)\d\d|['’]\d\d)\b|\s+(?:that\s+)?(?:ended|ending|ends|through)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:1[89]|20)\d\d\b)/;

/** A quarter, a half, a fiscal year or a season of play named without its year. */
function reportingPeriod(prose: string, start: number, end: number, text: string, norm: string, heading: boolean, allCaps: boolean): boolean {
  const after = prose.slice(end, end + 40);
  const before = prose.slice(Math.max(0, start - 12), start);
  // "the 1989 third quarter", "third-quarter 1989", "the first half of 2024": the year is there
  if (YEAR_NEAR_BEFORE.test(before) || YEAR_NEAR_AFTER.test(after)) return false;
  // "the Latin Quarter", "Fiscal Year 2024" in a title
  if (!heading && !allCaps && RE52.test(text)) return false;
  if (RE53.test(norm) || RE54.test(norm)) {
    if (RE55.test(norm) && RE56.test(after)) return false; // "the first half of the century"
    if (RE57.test(norm) && QUARTER_NOT.test(after)) return false;
    // a quarter or a half of a game
    if (!RE58.test(norm)) {
      const around = prose.slice(Math.max(0, start - 300), Math.min(prose.length, end + 300));
      if (SPORTS_RE.test(around)) return false;
    }
  }
  // "the fiscal year 2024", "for the year 2000", "the year before"
  if (RE59.test(norm) && RE60.test(after)) return false;
  return true;
}

const IS_MONTH_RE = new RegExp(`^(?:${MONTH_FULL}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?$`, 'i');
function isMonth(w: string): boolean {
  return IS_MONTH_RE.test(w);
}
