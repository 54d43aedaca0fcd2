/**
 * `dates`: relative time with no absolute date, and drafts with no reference date.
 *
 * A story is read days or years after it was written; "Saturday", "last week" and "recently"
 * only mean something next to the story's own date. These rules find such expressions with one
 * compiled regular expression over the block's prose (`dates/patterns.ts`), work out the tense of
 * their sentence (`dates/tense.ts`), resolve them against the draft's date with chrono-node and
 * news-specific corrections (`dates/resolve.ts`), and offer the absolute date in the house format
 * (`dates/format.ts`).
 */
import type { BlockChecker, CheckContext, DocumentChecker } from '../checker';
import { atSentenceStart, charClass, findCandidates, FIRST_RELATIVE_RE, type Candidate } from '../dates/patterns';
import { dayText, periodText, phraseFor, PREPOSITIONS } from '../dates/format';
import { resolve, type Resolution } from '../dates/resolve';
import { tenseAt, type Tense } from '../dates/tense';
import type { ParsedBlock } from '../parse';
import type { DateFormat, DateStyle, RawFinding, RuleMeta, Severity, Suggestion, YMD } from '../types';
import { addDays, formatDate, formatMonth, isoDate } from '../ymd';

// the regular expressions of the checks, made once: a literal in a function body is a new RegExp object each time it is evaluated
const RE0 = /,/;
const RE1 = /,\s*$/;
const RE2 = /\d$/;
const RE3 = /^\s+[\p{L}\p{N}]/u;
const RE4 = /^(?:by|until|till)$/;
const RE5 = /^the (?:past|last|coming) /;
const RE6 = /\bas of\b/i;
const RE7 = /^so far /;
const RE8 = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const RE9 = /’/;
const RE10 = /^[A-Z]/;
const RE11 = /^(?:last|next|this|past|coming)\b/;
const RE12 = /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/;
const RE13 = /ago$/;
const RE14 = /^\d+$/;
const RE15 = /^the /;
const RE16 = /^(?:for now|by now)$/;
const RE17 = /^(?:until now|up to now)$/;
const RE18 = /(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:(?:fiscal|calendar)[- ])?(?:quarter|half)$/;
const RE19 = /year-/;
const RE20 = /^the (?:first|second|third|fourth) (?:quarter|half)$/;
const RE21 = /fiscal/;
const RE22 = /^,/;
const RE23 = /^\s*(?:[.;:!?)]|,\s|$)/;
const RE24 = /(\w+)$/;

const RELATIVE_DAY = 'dates/relative-day';
const RELATIVE_PERIOD = 'dates/relative-period';
const VAGUE_TIME = 'dates/vague-time';
const EVENT_RELATIVE = 'dates/event-relative';
const REPORTING_PERIOD = 'dates/reporting-period';
const NO_REFERENCE = 'dates/no-reference-date';

const meta = (id: string, defaultSeverity: Severity, description: string): RuleMeta => ({
  id,
  category: 'dates',
  defaultSeverity,
  description,
  anchor: id.replace('/', ''),
});

export const DATES_RULES: RuleMeta[] = [
  meta(RELATIVE_DAY, 'warning', 'A day named relative to the story’s date (“Saturday”, “yesterday”, “tonight”) with no date.'),
  meta(RELATIVE_PERIOD, 'warning', 'A period named relative to the story’s date (“last week”, “next month”, “three days ago”, “last June”), or a month with no year that falls in another year.'),
  meta(VAGUE_TIME, 'information', 'Time words no date can replace (“recently”, “soon”, “in recent weeks”), and present-time words that go out of date (“currently”, “now”, “to date”: a hint in AP style).'),
  meta(EVENT_RELATIVE, 'information', 'Time counted from another event (“two days after the fire”, “three days later”), not from the story’s date.'),
  meta(REPORTING_PERIOD, 'hint', 'A quarter, half, fiscal year or season named without its year (“the third quarter”, “third-quarter profit”, “the year-earlier period”, “the fiscal year”, “this season”): a hint in AP style.'),
];

const DAY_WORD = /\b(?:yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)|last (?:night|evening)|the day (?:before yesterday|after tomorrow))\b/;

function q(s: string): string {
  return `‘${s}’`;
}

/** The severities by rank, for `lower` (made once: an object literal in it was made each call). */
const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
function lower(sev: Severity, to: Severity): Severity {
  return RANK[sev] >= RANK[to] ? sev : to;
}

/** The word right before `at` in the prose, lower case. */
function prevWord(prose: string, at: number): string {
  // as /([A-Za-z]+)[\s]*$/ finds it in the 30 characters before `at`, by char codes
  const lo = Math.max(0, at - 30);
  let k = at;
  while (k > lo && charClass(prose.charCodeAt(k - 1)) === 2) k--;
  const e = k;
  while (k > lo && isAsciiLetter(prose.charCodeAt(k - 1))) k--;
  return k < e ? prose.slice(k, e).toLowerCase() : '';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** AP wants a comma after a full date or a weekday date in running text: "Tuesday, March 5, at noon". */
function closingComma(replacement: string, after: string): string {
  if (!RE0.test(replacement) || RE1.test(replacement)) return replacement;
  if (!RE2.test(replacement)) return replacement;
  return RE3.test(after) ? replacement + ',' : replacement;
}

interface Built {
  rule: string;
  severity: Severity;
  message: string;
  suggestion?: Suggestion;
  resolved?: string;
  explanation?: string;
}

/**
 * The candidates of the block being checked, in one array kept from block to block (a block keeps
 * nothing of its check: see checker.ts), and the candidates themselves reused (`findCandidates`'
 * `reuse`: nothing here keeps a candidate past its block). It is emptied by `pop`, not by
 * `length = 0`, which would drop its storage and have the next block's pushes allocate it again.
 */
const CANDIDATES: Candidate[] = [];

function checkBlock(block: ParsedBlock, ctx: CheckContext, out: RawFinding[]): void {
  while (CANDIDATES.length) CANDIDATES.pop(); // left over by a check that threw
  try {
    checkCandidates(block, ctx, out);
  } finally {
    while (CANDIDATES.length) CANDIDATES.pop();
  }
}

function checkCandidates(block: ParsedBlock, ctx: CheckContext, out: RawFinding[]): void {
  const prose = block.prose;
  const style: DateStyle = ctx.config.dates.style;
  const format: DateFormat = ctx.config.dates.format;
  const ref = ctx.referenceDate;
  // with no date, no month, holiday or season is a candidate (see below)
  const candidates = findCandidates(prose, block.kind === 'heading', ref !== null, CANDIDATES, true);
  if (!candidates.length) return;
  let asOfSentence = -1;
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if ((c.family === 'month' || c.family === 'holiday' || c.family === 'season') && !ref) continue;
    const si = block.sentenceAt(c.start);
    const sent = block.sentences[si] ?? { start: 0, end: prose.length };
    const inQuote = block.inQuote(c.start);
    // The tense serves to resolve the expression against the draft's date; with no date, only to
    // tell a weekday in a range from a timetable. So it is worked out only where it is used.
    const range = c.family === 'day' && inRange(prose, c);
    let tense: Tense | null = null;
    if (ref || range) {
      if ((c.family === 'month' || c.family === 'holiday') && RE4.test(prevWord(prose, c.start))) tense = 'future'; // a deadline: "by August"
      else if (c.family !== 'vague' && c.family !== 'present' && c.family !== 'event' && c.family !== 'ago') tense = tenseAt(prose, sent.start, sent.end, c.start, c.end, c.possessive);
    }
    // "Monday through Friday, the office is open": a timetable, when nothing in the sentence dates it
    if (range && tense === null) continue;
    const rolling = c.family === 'period' && RE5.test(c.norm);
    if (c.family === 'period' && COUNTED_RE.test(c.norm)) {
      const built = countedWindow(c, ref, style, format, inQuote);
      out.push(finding(built.rule, c, built.message, built.severity, undefined, undefined, inQuote, EXPLANATION[built.rule]));
      continue;
    }
    const r = ref ? resolve(c, ref, tense, rolling) : null;
    let built: Built | null = null;
    switch (c.family) {
      case 'day':
        built = relativeDay(c, r, ref, style, format, inQuote, tense, prose);
        break;
      case 'period':
      case 'ago':
        built = relativePeriod(c, r, ref, style, format, inQuote, prose);
        break;
      case 'month':
        if (!r || !ref || r.date.year === ref.year) break;
        built = missingYear(c, r, ref, format, inQuote, prose);
        break;
      case 'holiday':
        if (!r || !ref || r.date.year === ref.year) break;
        built = holidayYear(c, r, ref, format, inQuote);
        break;
      case 'season':
        // only a season wholly outside the draft's year (winter 2023-24 overlaps 2024)
        if (!r || !ref || r.date.year === ref.year || (r.season === 'WI' && r.date.year + 1 === ref.year)) break;
        built = seasonYear(c, r, ref, inQuote);
        break;
      case 'report':
        built = reporting(c, r, ref, style, format, inQuote, prose);
        break;
      case 'vague':
        built = vague(c, style, inQuote);
        break;
      case 'present': {
        if (asOfSentence === si) break;
        // the sentence without the words, made once: the "as of" test and the figure test read it
        const rest = prose.slice(sent.start, sent.end).replace(c.text, '');
        if (RE6.test(rest)) {
          asOfSentence = si;
          break;
        }
        if (RE7.test(c.norm)) built = soFar(c, ref, style, format, inQuote, prose);
        else if (style === 'evergreen') built = present(c, ref, format, inQuote, rest, prose);
        else built = presentNote(c, ref, style, format, inQuote, rest, prose);
        break;
      }
      case 'event':
        built = {
          rule: EVENT_RELATIVE,
          severity: 'information',
          message: `${q(c.text)} counts from another event, not from the story’s date; give the date itself if readers need it.`,
        };
        break;
    }
    if (!built) continue;
    out.push(finding(built.rule, c, built.message, built.severity, built.suggestion ? [built.suggestion] : undefined, built.resolved || undefined, inQuote, built.explanation ?? EXPLANATION[built.rule]));
  }
}

/**
 * A finding with all its fields made at once (one shape; a field added after the literal would
 * allocate the object's out-of-object property store). The engine reads each field by name, where
 * `undefined` is as good as absent: `inQuote` is true or undefined, as when it was added only if true.
 */
function finding(rule: string, c: Candidate, message: string, severity: Severity, suggestions: Suggestion[] | undefined, resolved: string | undefined, inQuote: boolean, explanation: string | undefined): RawFinding {
  return { rule, start: c.start, end: c.end, message, severity, suggestions, resolved, inQuote: inQuote ? true : undefined, explanation };
}

const RANGE_AFTER = /^\s*(?:through|thru|to|-|–|and)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const RANGE_BEFORE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:through|thru|to|-|–)\s*$/i;

/** A weekday in a range of weekdays: "Monday through Friday", "Tuesday-Thursday". */
function inRange(prose: string, c: Candidate): boolean {
  if (!RE8.test(c.norm)) return false;
  // each expression runs on its slice only where the first character past the white space next
  // to the weekday may begin the word it needs there (most weekdays: no slice, no expression)
  return (rangeAfterMay(prose, c.end) && RANGE_AFTER.test(prose.slice(c.end, c.end + 20))) || (rangeBeforeMay(prose, c.start) && RANGE_BEFORE.test(prose.slice(Math.max(0, c.start - 20), c.start)));
}

/** `inRange` as written, with no gate (for the tests). */
export function inRangeForTests(prose: string, c: Candidate, gated: boolean): boolean {
  if (gated) return inRange(prose, c);
  if (!RE8.test(c.norm)) return false;
  return RANGE_AFTER.test(prose.slice(c.end, c.end + 20)) || RANGE_BEFORE.test(prose.slice(Math.max(0, c.start - 20), c.start));
}

/**
 * Whether `RANGE_AFTER` may match the 20 characters from `end`: past its white space (\s, as
 * `charClass` reads it), a character must begin through, thru, to, and, - or –.
 */
function rangeAfterMay(prose: string, end: number): boolean {
  const lim = Math.min(prose.length, end + 20);
  let k = end;
  while (k < lim && charClass(prose.charCodeAt(k)) === 2) k++;
  if (k >= lim) return false;
  const ch = prose.charCodeAt(k);
  const l = ch | 32;
  return l === 116 || l === 97 || ch === 45 || ch === 0x2013; // t a - –
}

/**
 * Whether `RANGE_BEFORE` may match the 20 characters before `start`: back over its white space,
 * the character before must end through, thru, to, - or –.
 */
function rangeBeforeMay(prose: string, start: number): boolean {
  const lo = Math.max(0, start - 20);
  let k = start;
  while (k > lo && charClass(prose.charCodeAt(k - 1)) === 2) k--;
  if (k <= lo) return false;
  const ch = prose.charCodeAt(k - 1);
  const l = ch | 32;
  return l === 104 || l === 117 || l === 111 || ch === 45 || ch === 0x2013; // h u o - –
}

const EXPLANATION: Record<string, string> = {
  [RELATIVE_DAY]: 'Stories are read, quoted and archived long after the day they were written; a weekday or “yesterday” is only right on that day. AP allows the weekday alone within a week of the story’s date.',
  [RELATIVE_PERIOD]: 'A period named from the story’s date changes meaning as the story ages. Name the week, month or year itself.',
  [VAGUE_TIME]: 'No fix can turn these words into a date: say when, if you know. Evergreen copy (reference pages, explainers) should say “as of” a date instead of “currently” or “now”.',
  [EVENT_RELATIVE]: 'Counting from an event is fine when the event’s date is in the story; check that it is.',
  [REPORTING_PERIOD]: 'Business and sports copy names quarters, halves and seasons without the year when it is the current one; once the story is archived, readers need the year somewhere in it.',
};

function noReferenceMessage(text: string): string {
  let m = NO_REFERENCE_MESSAGES.get(text);
  if (m === undefined) {
    // the same few words ("yesterday", "last week", "Monday") recur: their message is built once
    if (NO_REFERENCE_MESSAGES.size >= 512) NO_REFERENCE_MESSAGES.clear();
    m = `${q(text)} depends on the day the story runs, and this draft has no date; add a dateline or a date line so it can be checked.`;
    NO_REFERENCE_MESSAGES.set(text, m);
  }
  return m;
}
/** `noReferenceMessage` by the candidate's text (at most 512, then emptied). */
const NO_REFERENCE_MESSAGES = new Map<string, string>();

/** The rewrite as a suggestion, or (inside a quotation) the date added in brackets after the words. */
function suggestion(c: Candidate, r: Resolution, ref: YMD, format: DateFormat, inQuote: boolean, prose: string, safe: boolean, bracket?: string): Suggestion | undefined {
  const after = prose.slice(c.end, c.end + 20);
  if (inQuote) {
    const add = bracket ?? periodText(r, ref, format);
    return { title: `Add the date after ${q(c.text)}: [${add}]`, edits: [{ offset: [c.end, c.end], newText: ` [${add}]` }] };
  }
  const prepBefore = PREPOSITIONS.has(prevWord(prose, c.start));
  const apostrophe = RE9.test(c.text) ? '’' : "'";
  const phrase = phraseFor(r, ref, format, { prepBefore, possessive: c.possessive, apostrophe, attributive: c.attributive });
  if (!phrase) return undefined;
  let text = closingComma(phrase.inline, after);
  if (RE10.test(c.text) && atSentenceStart(prose, c.start)) text = capitalise(text);
  return { title: `Change ${q(c.text)} to ${q(text)}`, edits: [{ offset: [c.start, c.end], newText: text }], ...(safe ? { safe: true } : {}) };
}

function relativeDay(c: Candidate, r: Resolution | null, ref: YMD | null, style: DateStyle, format: DateFormat, inQuote: boolean, tense: Tense | null, prose: string): Built {
  const dayWord = DAY_WORD.test(c.norm);
  // AP allows a weekday name within seven days of the story's date (every bare weekday is)
  let severity: Severity = style === 'ap' && !dayWord ? 'hint' : 'warning';
  if (inQuote) severity = lower(severity, 'information');
  if (!r || !ref) return { rule: RELATIVE_DAY, severity, message: noReferenceMessage(c.text) };
  const date = periodText(r, ref, format);
  const bareWeekday = !dayWord && !RE11.test(c.norm);
  const safe = r.exact && !inQuote && (!bareWeekday || tense !== null || r.value === isoDate(ref));
  // in brackets, a weekday needs only its date: "Saturday [March 2]"
  const bracket = !dayWord && !r.part ? dayText(r.date, ref, format, false) : undefined;
  let message: string;
  if (inQuote) message = `${q(c.text)} in this quotation is ${date}; keep the speaker’s words and give the date in brackets or in the text around the quote.`;
  else if (dayWord) message = `${q(c.text)} is only right on the day the story runs; write the day instead: ${date}.`;
  else if (style === 'ap') message = `${q(c.text)} is ${date} by the draft’s date; AP allows the weekday within a week, but the date keeps it clear later.`;
  else message = `${q(c.text)} counts from the draft’s date; write the date: ${date}.`;
  return { rule: RELATIVE_DAY, severity, message, resolved: r.value, suggestion: suggestion(c, r, ref, format, inQuote, prose, safe, bracket) };
}

function relativePeriod(c: Candidate, r: Resolution | null, ref: YMD | null, style: DateStyle, format: DateFormat, inQuote: boolean, prose: string): Built {
  if (c.family === 'ago' && (!ref || !r) && !RE12.test(c.norm.replace(RE13, ''))) {
    // "years ago", "several weeks ago": no number, nothing to resolve
    return vague(c, style, inQuote);
  }
  let severity: Severity = 'warning';
  if (r?.rolling && style === 'ap') severity = 'information';
  if (inQuote) severity = lower(severity, 'information');
  if (!r || !ref) return { rule: RELATIVE_PERIOD, severity, message: noReferenceMessage(c.text) };
  const date = periodText(r, ref, format);
  if (r.rolling) {
    return {
      rule: RELATIVE_PERIOD,
      severity,
      message: `${q(c.text)} counts back from the draft’s date (${date}); say which dates you mean.`,
      resolved: r.value,
    };
  }
  const message = inQuote
    ? `${q(c.text)} in this quotation is ${date}; keep the speaker’s words and give the date in brackets or in the text around the quote.`
    : c.family === 'ago'
      ? `${q(c.text)} changes meaning as the story ages; write the date: ${date}.`
      : `${q(c.text)} shifts with the day the story is read; write it out: ${date}.`;
  return { rule: RELATIVE_PERIOD, severity, message, resolved: r.value, suggestion: suggestion(c, r, ref, format, inQuote, prose, false) };
}

const COUNTED_RE = /^the (past|last|next|coming) (?:(.+) (day|week|month|year|decade)s|(decade))$/;
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/**
 * "the last two years", "the next five years", "the past decade": a window that ends (or starts)
 * at the draft's date. Information in AP style, like "the past week"; no rewrite (the writer must
 * say which years), but the message gives the window's far end.
 */
function countedWindow(c: Candidate, ref: YMD | null, style: DateStyle, format: DateFormat, inQuote: boolean): Built {
  let severity: Severity = style === 'ap' ? 'information' : 'warning';
  if (inQuote) severity = lower(severity, 'information');
  if (!ref) return { rule: RELATIVE_PERIOD, severity, message: noReferenceMessage(c.text) };
  const m = COUNTED_RE.exec(c.norm)!;
  const back = m[1] !== 'next' && m[1] !== 'coming';
  const unit = m[4] ?? m[3];
  const n = m[4] ? 1 : RE14.test(m[2]) ? +m[2] : COUNT_WORDS[m[2]];
  let edge = '';
  if (n) {
    const sign = back ? -1 : 1;
    const fmt = format === 'iso' ? 'iso' : format;
    if (unit === 'day' || unit === 'week') {
      const d = addDays(ref, sign * n * (unit === 'week' ? 7 : 1));
      edge = formatDate(d, fmt, { year: format !== 'ap' || d.year !== ref.year });
    }
    else {
      const months = n * (unit === 'month' ? 1 : unit === 'year' ? 12 : 120);
      const total = ref.year * 12 + ref.month - 1 + sign * months;
      edge = formatMonth(Math.floor(total / 12), (total % 12) + 1, format === 'iso' ? 'iso' : 'long');
    }
  }
  const span = edge ? ` (${back ? 'since' : 'through'} ${edge})` : '';
  return { rule: RELATIVE_PERIOD, severity, message: `${q(c.text)} ${back ? 'counts back from' : 'counts ahead from'} the draft’s date${span}; say which dates you mean.` };
}

/** "December" in a March story about last winter: AP writes the year when it is not the current one. */
function missingYear(c: Candidate, r: Resolution, ref: YMD, format: DateFormat, inQuote: boolean, prose: string): Built {
  const full = r.gran === 'day' ? `${c.text}, ${r.date.year}` : `${c.text} ${r.date.year}`;
  const shown = r.gran === 'day' ? formatDate(r.date, format === 'iso' ? 'iso' : format) : formatMonth(r.date.year, r.date.month, format === 'iso' ? 'long' : format);
  const severity: Severity = inQuote ? 'information' : 'warning';
  const message = `${q(c.text)} here is ${shown}, not in the draft’s year (${ref.year}); add the year.`;
  const after = prose.slice(c.end, c.end + 20);
  const edit = inQuote ? ` [${r.date.year}]` : r.gran === 'day' ? closingComma(`, ${r.date.year}`, after) : ` ${r.date.year}`;
  return {
    rule: RELATIVE_PERIOD,
    severity,
    message,
    resolved: r.value,
    suggestion: { title: inQuote ? `Add the year after ${q(c.text)}: [${r.date.year}]` : `Change ${q(c.text)} to ${q(full)}`, edits: [{ offset: [c.end, c.end], newText: edit }] },
  };
}

/** "Thanksgiving" in a March story about last autumn: the holiday's year, added after its name. */
function holidayYear(c: Candidate, r: Resolution, ref: YMD, format: DateFormat, inQuote: boolean): Built {
  const y = r.date.year;
  const shown = formatDate(r.date, format === 'iso' ? 'iso' : format);
  return {
    rule: RELATIVE_PERIOD,
    severity: inQuote ? 'information' : 'warning',
    message: `${q(c.text)} here is ${shown}, not in the draft’s year (${ref.year}); add the year.`,
    resolved: r.value,
    suggestion: inQuote
      ? { title: `Add the year after ${q(c.text)}: [${y}]`, edits: [{ offset: [c.end, c.end], newText: ` [${y}]` }] }
      : { title: `Change ${q(c.text)} to ${q(`${c.text} ${y}`)}`, edits: [{ offset: [c.end, c.end], newText: ` ${y}` }] },
  };
}

/** "over the summer" in a March story about last year: the season's year, added after it. */
function seasonYear(c: Candidate, r: Resolution, ref: YMD, inQuote: boolean): Built {
  const y = r.date.year;
  const years = r.season === 'WI' ? `${y}-${String((y + 1) % 100).padStart(2, '0')}` : String(y);
  const add = RE15.test(c.norm) ? ` of ${years}` : ` ${years}`;
  return {
    rule: RELATIVE_PERIOD,
    severity: inQuote ? 'information' : 'warning',
    message: `${q(c.text)} here is ${periodText(r, ref, 'ap')}, not in the draft’s year (${ref.year}); add the year.`,
    resolved: r.value,
    suggestion: inQuote
      ? { title: `Add the year after ${q(c.text)}: [${years}]`, edits: [{ offset: [c.end, c.end], newText: ` [${years}]` }] }
      : { title: `Change ${q(c.text)} to ${q(c.text + add)}`, edits: [{ offset: [c.end, c.end], newText: add }] },
  };
}

/** `vague`'s message by the candidate's text (at most 512, then emptied). */
const VAGUE_MESSAGES = new Map<string, string>();
function vague(c: Candidate, style: DateStyle, inQuote: boolean): Built {
  let severity: Severity = style === 'ap' ? 'information' : 'warning';
  if (inQuote) severity = lower(severity, 'information');
  let message = VAGUE_MESSAGES.get(c.text);
  if (message === undefined) {
    // "soon", "recently": built once a text
    if (VAGUE_MESSAGES.size >= 512) VAGUE_MESSAGES.clear();
    message = `${q(c.text)} gives readers no time they can place; say when, if you know.`;
    VAGUE_MESSAGES.set(c.text, message);
  }
  return { rule: VAGUE_TIME, severity, message };
}

const FIGURE_RE = /\d|\b(?:hundred|thousand|million|billion|trillion|percent|dozen)s?\b/i;

/** `rest`: the sentence with the first occurrence of the candidate's text taken out. */
function present(c: Candidate, ref: YMD | null, format: DateFormat, inQuote: boolean, rest: string, prose: string): Built {
  const severity: Severity = inQuote ? 'information' : 'warning';
  const asOf = ref ? `as of ${format === 'iso' ? formatMonth(ref.year, ref.month, 'iso') : formatMonth(ref.year, ref.month, 'long')}` : null;
  const figure = FIGURE_RE.test(rest);
  const say = asOf ? `say when it held: ${asOf}` : 'say when it held (“as of” a month and year)';
  const message = figure
    ? `A figure given as ${q(c.text)} true will go out of date; ${say}.`
    : `${q(c.text)} will go out of date; ${say}.`;
  let sug: Suggestion | undefined;
  if (asOf && !inQuote && !RE16.test(c.norm)) {
    const until = RE17.test(c.norm);
    let text = until ? `until ${asOf.slice(6)}` : asOf;
    if (RE10.test(c.text) && atSentenceStart(prose, c.start)) text = capitalise(text);
    sug = { title: `Change ${q(c.text)} to ${q(text)}`, edits: [{ offset: [c.start, c.end], newText: text }] };
  }
  return { rule: VAGUE_TIME, severity, message, suggestion: sug };
}

/**
 * "the third quarter", "third-quarter profit", "the quarter", "year-earlier", "the fiscal year",
 * "this season": a hint in AP style, a warning in strict and evergreen. The only rewrite is the
 * year after "the third quarter" when the sentence's tense places it in another year than the
 * draft's (or always, in long and ISO formats, which write every year).
 */
function reporting(c: Candidate, r: Resolution | null, ref: YMD | null, style: DateStyle, format: DateFormat, inQuote: boolean, prose: string): Built {
  let severity: Severity = style === 'ap' ? 'hint' : 'warning';
  if (inQuote) severity = lower(severity, 'information');
  if (!ref) return { rule: REPORTING_PERIOD, severity, message: noReferenceMessage(c.text) };
  if (!r) return { rule: REPORTING_PERIOD, severity, message: `${q(c.text)} counts from the story’s date; name the season or the year once in the story so it can be placed later.` };
  const date = periodText(r, ref, format === 'iso' ? 'long' : format);
  const nth = RE18.test(c.norm) && !RE19.test(c.norm);
  const plain = RE20.test(c.norm);
  const message = RE21.test(c.norm) && nth
    ? `${q(c.text)} has no year, and a company’s fiscal quarters need not match the calendar’s; name the fiscal year once in the story.`
    : nth
    ? `${q(c.text)} has no year; by the draft’s date it is ${date}${r.date.year !== ref.year ? ', not in the draft’s year' : ''}.`
    : r.gran === 'week' || r.gran === 'month'
      ? `${q(c.text)} is the story’s own ${r.gran} (by the draft’s date, ${date}); name it if the story may be read later.`
      : `${q(c.text)} points back to a period the story should name (by the draft’s date, ${date}); make sure its year is in the story.`;
  let sug: Suggestion | undefined;
  if (plain && r.exact && !inQuote && (r.date.year !== ref.year || format !== 'ap')) {
    const text = `${c.text} of ${r.date.year}`;
    sug = { title: `Change ${q(c.text)} to ${q(text)}`, edits: [{ offset: [c.end, c.end], newText: ` of ${r.date.year}` }] };
  } else if (plain && r.exact && inQuote && r.date.year !== ref.year) {
    sug = { title: `Add the year after ${q(c.text)}: [${r.date.year}]`, edits: [{ offset: [c.end, c.end], newText: ` [${r.date.year}]` }] };
  }
  return { rule: REPORTING_PERIOD, severity, message, resolved: r.value, suggestion: sug };
}

/** Present-time words that read well replaced by “as of” a month, where the clause allows it. */
const AS_OF_WORDS = /^(?:currently|at present|at the moment|to date|as of (?:now|today))$/;

/**
 * "currently", "now", "to date" in AP and strict styles: a hint (AP) or a warning (strict). The
 * fix ("as of March 2024") is offered only where the sentence still reads well with it: at the
 * head of a sentence or clause ("Currently, …") or at the end of one ("… to date.").
 */
function presentNote(c: Candidate, ref: YMD | null, style: DateStyle, format: DateFormat, inQuote: boolean, rest: string, prose: string): Built {
  let severity: Severity = style === 'ap' ? 'hint' : 'warning';
  if (inQuote) severity = lower(severity, 'information');
  const asOf = ref ? `as of ${format === 'iso' ? formatMonth(ref.year, ref.month, 'iso') : formatMonth(ref.year, ref.month, 'long')}` : null;
  const figure = FIGURE_RE.test(rest);
  const say = asOf ? `if it matters when, say ${q(asOf)}` : 'if it matters when, say “as of” a month and year';
  const message = figure ? `A figure given as ${q(c.text)} true will go out of date; ${say}.` : `${q(c.text)} is the story’s own time and will go out of date; ${say}.`;
  let sug: Suggestion | undefined;
  if (asOf && !inQuote && AS_OF_WORDS.test(c.norm)) {
    const after = prose.slice(c.end, c.end + 3);
    const head = atSentenceStart(prose, c.start) && RE22.test(after);
    const tail = RE23.test(after) && !atSentenceStart(prose, c.start);
    if (head || tail) {
      const text = head && RE10.test(c.text) ? capitalise(asOf) : asOf;
      sug = { title: `Change ${q(c.text)} to ${q(text)}`, edits: [{ offset: [c.start, c.end], newText: text }] };
    }
  }
  return { rule: VAGUE_TIME, severity, message, suggestion: sug };
}

/** "so far this year" → "so far in 2024": the year (or month) of the draft's date. */
function soFar(c: Candidate, ref: YMD | null, style: DateStyle, format: DateFormat, inQuote: boolean, prose: string): Built {
  let severity: Severity = style === 'ap' ? 'hint' : 'warning';
  if (inQuote) severity = lower(severity, 'information');
  const unit = RE24.exec(c.norm)![1];
  if (!ref) return { rule: VAGUE_TIME, severity, message: noReferenceMessage(c.text) };
  const period = unit === 'year' ? String(ref.year) : format === 'iso' ? formatMonth(ref.year, ref.month, 'iso') : formatMonth(ref.year, ref.month, format === 'long' ? 'long' : 'ap', format === 'long');
  const resolved = unit === 'year' ? String(ref.year) : formatMonth(ref.year, ref.month, 'iso');
  let text = `${c.text.slice(0, c.text.length - c.norm.replace(/^so far /, '').length)}in ${period}`;
  if (inQuote) {
    return { rule: VAGUE_TIME, severity, message: `${q(c.text)} in this quotation counts from the draft’s date (${period}); give the date in brackets or in the text around the quote.`, resolved, suggestion: { title: `Add the date after ${q(c.text)}: [${period}]`, edits: [{ offset: [c.end, c.end], newText: ` [${period}]` }] } };
  }
  if (RE10.test(c.text) && atSentenceStart(prose, c.start)) text = capitalise(text);
  return {
    rule: VAGUE_TIME,
    severity,
    message: `${q(c.text)} counts from the draft’s date; name the ${unit}: ${q(text)}.`,
    resolved,
    suggestion: { title: `Change ${q(c.text)} to ${q(text)}`, edits: [{ offset: [c.start, c.end], newText: text }] },
  };
}

export const datesChecker: BlockChecker = {
  name: 'dates',
  category: 'dates',
  rules: DATES_RULES,
  contextKey: (ctx) => `${ctx.config.dates.style}|${ctx.config.dates.format}|${ctx.referenceDate ? isoDate(ctx.referenceDate) : '-'}`,
  check: checkBlock,
};

// ------------------------------------------------------------------------------ the draft's own date

function dateLineText(today: YMD, format: DateFormat): string {
  return format === 'iso' ? isoDate(today) : formatDate(today, format === 'long' ? 'long' : 'ap');
}

export const referenceDateChecker: DocumentChecker = {
  name: 'dates-reference',
  category: 'dates',
  rules: [meta(NO_REFERENCE, 'warning', 'The draft has no date of its own (no date line, front-matter date or dateline), so relative dates can’t be checked.')],
  check(text: string, ctx: CheckContext, out: RawFinding[]): void {
    if (ctx.referenceDate) return;
    const info = ctx.info;
    if (!text.trim()) return;
    const first = FIRST_RELATIVE_RE.exec(text.length > 50000 ? text.slice(0, 50000) : text);
    const example = first ? q(first[0]) : 'a weekday or “last week”';
    const today = ctx.today;
    const fm = info.frontMatter;
    let fix: Suggestion;
    let message = `This draft has no date of its own, so ${example} can’t be checked against it; add a date line or a dateline.`;
    if (fm?.dateLine) {
      // a date field that doesn't read as a date
      const line = text.slice(fm.dateLine.start, fm.dateLine.end);
      const key = /^\s*([\w-]+)/.exec(line)?.[1] ?? 'date';
      message = `The draft’s date ${q(fm.dateLine.raw)} can’t be read as a date, so ${example} can’t be checked; write it as YYYY-MM-DD.`;
      fix = { title: `Change it to ‘${key}: ${isoDate(today)}’ (today)`, edits: [{ offset: [fm.dateLine.start, fm.dateLine.end], newText: `${key}: ${isoDate(today)}` }] };
    } else if (fm) {
      const body = text.slice(fm.start, fm.end);
      const close = body.lastIndexOf('\n');
      const at = fm.start + close + 1;
      fix = { title: `Add ‘date: ${isoDate(today)}’ (today) to the front matter`, edits: [{ offset: [at, at], newText: `date: ${isoDate(today)}\n` }] };
    } else if (info.dateLine && !info.dateLine.date) {
      const line = text.slice(info.dateLine.start, info.dateLine.end);
      const m = /^(\s*(?:date|dated|updated|published|filed)\s*:?\s+)/i.exec(line);
      const lead = m ? m[1] : 'Date: ';
      message = `The draft’s date line ${q(info.dateLine.raw)} can’t be read as a date, so ${example} can’t be checked; write the date out.`;
      const newText = lead + dateLineText(today, ctx.config.dates.format);
      fix = { title: `Change it to ${q(newText.trim())} (today)`, edits: [{ offset: [info.dateLine.start, info.dateLine.end], newText }] };
    } else {
      const line = `Date: ${dateLineText(today, ctx.config.dates.format)}`;
      let at = info.insertAt;
      let newText = `${line}\n\n`;
      // the date line must be a block of its own: a blank line before and after it
      if (at > 0 && text[at - 1] === '\n' && text[at - 2] !== '\n' && at - 1 > 0) {
        newText = text[at] === '\n' ? `\n${line}\n` : `\n${line}\n\n`;
      } else if (at > 0 && text[at - 1] !== '\n') {
        newText = `\n\n${line}\n`;
        if (text[at] !== '\n') newText += '\n';
      }
      if (at > text.length) at = text.length;
      fix = { title: `Add the date line ${q(line)} (today)`, edits: [{ offset: [at, at], newText }] };
    }
    out.push({
      rule: NO_REFERENCE,
      start: info.reportAt[0],
      end: info.reportAt[1],
      message,
      severity: first ? 'warning' : 'information',
      suggestions: [fix],
      explanation: 'Copydesk reads the draft’s date from, in order: the --reference-date option or setting, a `date:` field in YAML front matter, a date line at the top (`Date: March 5, 2024`), or an AP dateline (`KYIV, Ukraine, March 5 (AP) —`).',
    });
  },
};
