/**
 * Resolve a relative expression against the draft's date, the way a news reader would.
 *
 * chrono-node parses the expressions it reads well ("yesterday", "three days ago", "last month",
 * "next week"); its defaults are wrong for news in known ways, fixed here:
 * - a weekday name is the most recent such day in a past-tense sentence and the coming one in a
 *   future-tense sentence (chrono takes the nearest, either way);
 * - a month name with no year is the most recent such month in a past-tense sentence (chrono
 *   resolves "July" forward: July 2013 in a March 2013 story, where the story means July 2012);
 * - "last June" is the June before the draft's month (chrono drops "last" and reads "June");
 * - seasons, quarters and holidays ("last fall", "this quarter", "last Thanksgiving"), which
 *   chrono does not read, are computed here.
 * Results are cached by (expression, reference date, tense): the same expressions repeat.
 */
import { casual, Chrono, ParsingContext } from 'chrono-node';
import type { YMD } from '../types';
import { addDays, compareYMD, daysInMonth, diffDays, isoDate, monthNumber, weekday } from '../ymd';
import type { Candidate } from './patterns';
import { WEEKDAY_NAMES } from './patterns';
import type { Tense } from './tense';

// the regular expressions of the checks, made once: a literal in a function body is a new RegExp object each time it is evaluated
const RE0 = /^a\s+(?:single|full)$/;
const RE1 = /^\d+$/;
const RE2 = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)$/;
const RE3 = /^the /;
const RE4 = /^(?:independence day|fourth of july|july (?:fourth|4th))$/;
const RE5 = /^veterans? day$/;
const RE6 = /^st patricks day$/;
const RE7 = /^presidents? day$/;
const RE8 = /^(?:martin luther king(?: jr)?|mlk) day$/;
const RE9 = /^new year/;
const RE10 = /eve$/;
const RE11 = /'s?$/;
const RE12 = /-$/;
const RE13 = /^(?!the )(end|start|beginning|middle|rest|first half|second half|first part) of$/;
const RE14 = /^(?:(this past|this coming|last|this|next|past|coming) )?(\w+day)(?: (\w+))?$/;
const RE15 = /^(yesterday|today|tomorrow)(?: (\w+))?$/;
const RE16 = /^this (morning|afternoon|evening)$/;
const RE17 = /^last (night|evening)$/;
const RE18 = /^(?:(nearly|almost|about|around|roughly|some|more than|less than|fewer than|over|under|just|only|barely|exactly|at least|well over|just over|just under|little more than) )?(.+?) (day|week|month|year|decade|fortnight|hour|minute|night)s?(?: or (?:so|two|more))? ago$/;
const RE19 = / or /;
const RE20 = /^([a-z]+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?,? (?:of )?(last|this|next) year$/;
const RE21 = /^the weekend$/;
const RE22 = /^(earlier|later) in the (week|month|year)$/;
const RE23 = /^the (end|start|beginning|middle|rest) of the (week|month|year)$/;
const RE24 = /^year(?:'s)?[- ]end$/;
const RE25 = /^the current (week|month|year|quarter)$/;
const RE26 = /^the (past|last|coming) (week|weekend|month|year)$/;
const RE27 = /^(this past|this coming|last|this|next) (.+)$/;
const RE28 = /\.$/;
const RE29 = /^([a-z]+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?$/;
const RE30 = /^(?:the|its|their) /;
const RE31 = /\bfiscal\b/;
const RE32 = /^(?:(?:comparable|same) )?year-(?:earlier|ago)(?: (\w+)[- ](quarter|half)| (quarter|period|half))?$/;
const RE33 = /^(?:(?:fiscal|calendar)[- ])?(\w+)[- ](?:(?:fiscal|calendar)[- ])?(quarter|half)$/;
const RE34 = /^(?:latest )?(?:quarter|period)$/;
const RE35 = /latest/;
const RE36 = /^(?:current |new |full )?(?:fiscal )?year$/;
const RE37 = /^week(?:'s)?$/;
const RE38 = /^month(?:'s)?$/;

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'season' | 'quarter' | 'half';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface Resolution {
  gran: Granularity;
  /** The first day of the period: the day, the Monday of a week, the Saturday of a weekend, the 1st of a month. */
  date: YMD;
  /** ISO 8601 at the expression's granularity: 2024-03-05, 2024-W09, 2024-03, 2024, 2024-Q1, 2024-SP. */
  value: string;
  season?: Season;
  /** 1-4; for a half, 1-2 */
  quarter?: number;
  /** The expression names a weekday or a day next to the draft's date (yesterday, tonight). */
  dayName?: boolean;
  /** "morning", "night", … */
  part?: string;
  /** "early", "late", "earlier", "later", "mid", "the end of", … */
  modifier?: string;
  /** The month was written with a day ("Dec. 15"): keep the writer's own words, add the year. */
  monthDay?: boolean;
  /** "last Christmas": the holiday's name, to keep it in the rewrite. */
  holiday?: string;
  /** "the past week": a window that ends at the draft's date. */
  rolling?: boolean;
  /** Exact from the reference date (no "about", no ambiguity of "next Tuesday"). */
  exact: boolean;
}

const NUM_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

function numberOf(s: string): number | null {
  s = s.trim().replace(RE0, 'a');
  if (RE1.test(s)) return +s;
  if (s in NUM_WORDS) return NUM_WORDS[s];
  const m = RE2.exec(s);
  if (m && m[2] in NUM_WORDS) return NUM_WORDS[m[1]] + NUM_WORDS[m[2]];
  return null;
}

// ------------------------------------------------------------------------------ calendar helpers

export function isoWeek(d: YMD): string {
  // ISO 8601: the week with the year's first Thursday is week 1; weeks start on Monday.
  const wd = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - wd);
  const jan1: YMD = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}
function toDays(d: YMD): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}
export function mondayOf(d: YMD): YMD {
  return addDays(d, -((weekday(d) + 6) % 7));
}
/** Calendar months later (negative: earlier), the day clamped to the month's end. */
export function addMonths(d: YMD, n: number): YMD {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}
const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

function easter(year: number): YMD {
  // Anonymous Gregorian algorithm
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
/** The n-th (1-based; -1 the last) weekday `wd` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, wd: number, n: number): YMD {
  if (n < 0) {
    const last: YMD = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first: YMD = { year, month, day: 1 };
  return addDays(first, (wd - weekday(first) + 7) % 7 + 7 * (n - 1));
}

/** US holidays by name (lower case, straight apostrophes): fixed dates and the Monday holidays by their rule. */
function holiday(name: string, year: number): YMD | null {
  name = name.replace(RE3, '').replace(/['.]/g, '');
  if (name === 'christmas eve') return { year, month: 12, day: 24 };
  if (name.startsWith('christmas')) return { year, month: 12, day: 25 };
  if (RE4.test(name)) return { year, month: 7, day: 4 };
  if (name === 'memorial day') return nthWeekday(year, 5, 1, -1);
  if (name === 'labor day') return nthWeekday(year, 9, 1, 1);
  if (RE5.test(name)) return { year, month: 11, day: 11 };
  if (name === 'election day') return addDays(nthWeekday(year, 11, 1, 1), 1); // the Tuesday after the first Monday
  if (name === 'valentines day') return { year, month: 2, day: 14 };
  if (RE6.test(name)) return { year, month: 3, day: 17 };
  if (name === 'mothers day') return nthWeekday(year, 5, 0, 2);
  if (name === 'fathers day') return nthWeekday(year, 6, 0, 3);
  if (RE7.test(name)) return nthWeekday(year, 2, 1, 3);
  if (name === 'columbus day') return nthWeekday(year, 10, 1, 2);
  if (name === 'juneteenth') return { year, month: 6, day: 19 };
  if (RE8.test(name)) return nthWeekday(year, 1, 1, 3);
  if (name.startsWith('halloween')) return { year, month: 10, day: 31 };
  if (name.startsWith('easter')) return easter(year);
  if (name.startsWith('thanksgiving')) {
    const nov1: YMD = { year, month: 11, day: 1 };
    const first = addDays(nov1, (4 - weekday(nov1) + 7) % 7);
    return addDays(first, 21);
  }
  if (RE9.test(name)) return RE10.test(name) ? { year, month: 12, day: 31 } : { year, month: 1, day: 1 };
  return null;
}

const SEASON_OF: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** The season a day falls in, by the year its winter starts (Dec 2023-Feb 2024 is winter 2023). */
function seasonYearOf(d: YMD, s: Season): { year: number; cmp: number } {
  // cmp: -1 the season of that name this cycle is still ahead, 0 we are in it, 1 it is over
  const m = d.month;
  if (s === 'WI') {
    if (m === 12) return { year: d.year, cmp: 0 };
    if (m <= 2) return { year: d.year - 1, cmp: 0 };
    return { year: d.year - 1, cmp: 1 }; // the last winter is over; the next starts in December
  }
  const start = SEASON_START[s];
  if (m < start) return { year: d.year, cmp: -1 };
  if (m < start + 3) return { year: d.year, cmp: 0 };
  return { year: d.year, cmp: 1 };
}

// ------------------------------------------------------------------------------ chrono

const CHRONO_CACHE = new Map<string, YMD | null>();
let NEWS_CHRONO: Chrono | null = null;
/** The openings of the patterns of chrono's ENCasualDateParser, ENCasualTimeParser and ENRelativeDateFormatParser. */
const CHRONO_PARSERS = [/^\(\\W\|\^\)\(now\|today\|/, /^\(\\W\|\^\)\(\?:this\)\?\\s\{0,3\}\(morning\|/, /^\(\\W\|\^\)\(this\|last\|past\|next\|after\\s\*this\)/];

/**
 * chrono's casual English parser, cut down to the three parsers these expressions need (casual
 * days, times of day, "last/next + unit"). The full parser set costs ~250 ms the first time it runs
 * (V8 compiles the "ago"/"later" patterns natively on their second use); the cut-down one a few
 * ms. Chosen by pattern, since the parser classes are not exported; falls back to `casual`.
 */
export function newsChrono(): Chrono {
  if (NEWS_CHRONO) return NEWS_CHRONO;
  const ctx = new ParsingContext('', new Date(0), {});
  const parsers = casual.parsers.filter((p) => {
    try {
      const src = p.pattern(ctx).source; // building the RegExp does not compile it
      return CHRONO_PARSERS.some((re) => re.test(src));
    } catch {
      return false;
    }
  });
  // one expression at a time: no refiners needed to merge or filter results
  NEWS_CHRONO = parsers.length === CHRONO_PARSERS.length ? new Chrono({ parsers, refiners: [] }) : casual;
  return NEWS_CHRONO;
}

/** chrono-node on one short expression, at noon UTC of the reference day; null unless it reads it all. */
function chronoDay(expr: string, ref: YMD): YMD | null {
  const key = expr + '|' + isoDate(ref);
  const hit = CHRONO_CACHE.get(key);
  if (hit !== undefined) return hit;
  if (CHRONO_CACHE.size > 2000) CHRONO_CACHE.clear();
  let out: YMD | null = null;
  const res = newsChrono().parse(expr, { instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)), timezone: 0 });
  const whole = res.find((r) => r.index === 0 && r.text.length === expr.length);
  if (whole) {
    const c = whole.start;
    out = { year: c.get('year') ?? ref.year, month: c.get('month') ?? ref.month, day: c.get('day') ?? ref.day };
  }
  CHRONO_CACHE.set(key, out);
  return out;
}

// ------------------------------------------------------------------------------ resolution

const CACHE = new Map<string, Resolution | null>();

export function resolve(c: Candidate, ref: YMD, tense: Tense | null, rolling = false): Resolution | null {
  const key = `${c.family}|${c.norm}|${isoDate(ref)}|${tense ?? '-'}|${rolling ? 'r' : ''}`;
  const hit = CACHE.get(key);
  if (hit !== undefined) return hit;
  if (CACHE.size > 4000) CACHE.clear();
  let r: Resolution | null = null;
  const norm = c.norm.replace(RE11, '');
  if (c.family === 'day') r = resolveDay(norm, ref, tense);
  else if (c.family === 'ago') r = resolveAgo(norm, ref);
  else if (c.family === 'period') r = resolvePeriod(norm, ref, tense, rolling);
  else if (c.family === 'month') r = resolveMonth(norm, ref, tense);
  else if (c.family === 'report') r = resolveReport(norm, ref, tense);
  else if (c.family === 'holiday') r = resolveHoliday(c.norm, ref, tense);
  else if (c.family === 'season') r = resolveSeason(norm, ref, tense);
  CACHE.set(key, r);
  return r;
}

const MOD_RE = /^(early|late|earlier|later|mid-?|(?:the )?(?:end|start|beginning|middle|rest|first half|second half|first part) of)\s*(?:in )?/;

function splitModifier(s: string): { modifier?: string; rest: string } {
  const m = MOD_RE.exec(s);
  if (!m) return { rest: s };
  return { modifier: m[1].replace(RE12, '').replace(RE13, 'the $1 of'), rest: s.slice(m[0].length) };
}

function dayRes(d: YMD, extra: Partial<Resolution> = {}): Resolution {
  return { gran: 'day', date: d, value: isoDate(d), exact: true, ...extra };
}

function resolveDay(s: string, ref: YMD, tense: Tense | null): Resolution | null {
  if (s === 'the day before yesterday') return dayRes(addDays(ref, -2), { dayName: true });
  if (s === 'the day after tomorrow') return dayRes(addDays(ref, 2), { dayName: true });
  const { modifier, rest } = splitModifier(s);
  let m = RE14.exec(rest);
  if (m && WEEKDAY_NAMES.includes(m[2])) {
    const target = WEEKDAY_NAMES.indexOf(m[2]);
    const wd = weekday(ref);
    const back = (wd - target + 7) % 7; // 0..6 days back to the most recent such day
    const ahead = (target - wd + 7) % 7; // 0..6 days ahead
    const rel = m[1];
    let delta: number;
    let exact = true;
    if (rel === 'last' || rel === 'this past' || rel === 'past') delta = -(back || 7);
    else if (rel === 'next' || rel === 'this coming' || rel === 'coming') {
      delta = ahead || 7;
      exact = rel !== 'next'; // "next Tuesday" may mean the Tuesday of next week
    } else if (rel === 'this') delta = tense === 'past' ? -back : ahead;
    else delta = tense === 'future' ? ahead : -back;
    return dayRes(addDays(ref, delta), { dayName: true, part: m[3], modifier, exact });
  }
  m = RE15.exec(rest);
  if (m) {
    const d = chronoDay(m[1], ref) ?? addDays(ref, m[1] === 'yesterday' ? -1 : m[1] === 'tomorrow' ? 1 : 0);
    return dayRes(d, { dayName: true, part: m[2], modifier });
  }
  if (rest === 'tonight') return dayRes(chronoDay('tonight', ref) ?? ref, { dayName: true, part: 'night', modifier });
  m = RE16.exec(rest);
  if (m) return dayRes(chronoDay(rest, ref) ?? ref, { dayName: true, part: m[1], modifier });
  m = RE17.exec(rest);
  if (m) return dayRes(addDays(ref, -1), { dayName: true, part: m[1], modifier });
  return null;
}

function resolveAgo(s: string, ref: YMD): Resolution | null {
  const m = RE18.exec(s);
  if (!m) return null;
  const n = numberOf(m[2]);
  if (n === null) return null;
  const exact = !m[1] && !RE19.test(s);
  let unit = m[3];
  let k = n;
  if (unit === 'decade') {
    unit = 'year';
    k = n * 10;
  } else if (unit === 'fortnight') {
    unit = 'week';
    k = n * 2;
  } else if (unit === 'night') unit = 'day';
  if (unit === 'hour' || unit === 'minute') return dayRes(ref, { exact: false });
  const d = unit === 'day' || unit === 'week' ? addDays(ref, -k * (unit === 'week' ? 7 : 1)) : addMonths(ref, -k * (unit === 'year' ? 12 : 1));
  // The value keeps the writer's granularity, as TimeML mostly does: "three days ago" a day, "two
  // weeks ago" the ISO week 14 days back, "two months ago" a month, "a year ago" the year.
  if (unit === 'day') return dayRes(d, { exact, dayName: k < 7 });
  if (unit === 'week') return { gran: 'week', date: mondayOf(d), value: isoWeek(d), exact: false };
  if (unit === 'month') return { gran: 'month', date: { year: d.year, month: d.month, day: 1 }, value: ym(d.year, d.month), exact: false };
  return { gran: 'year', date: { year: d.year, month: 1, day: 1 }, value: String(d.year), exact: false };
}

function weekRes(d: YMD, extra: Partial<Resolution> = {}): Resolution {
  return { gran: 'week', date: mondayOf(d), value: isoWeek(d), exact: true, ...extra };
}
function monthRes(year: number, month: number, extra: Partial<Resolution> = {}): Resolution {
  return { gran: 'month', date: { year, month, day: 1 }, value: ym(year, month), exact: true, ...extra };
}
function yearRes(year: number, extra: Partial<Resolution> = {}): Resolution {
  return { gran: 'year', date: { year, month: 1, day: 1 }, value: String(year), exact: true, ...extra };
}

/** The Saturday of the weekend meant. */
function weekendOf(ref: YMD, which: 'this' | 'last' | 'next', tense: Tense | null): YMD {
  const wd = weekday(ref);
  const onWeekend = wd === 6 || wd === 0;
  const current = wd === 6 ? ref : wd === 0 ? addDays(ref, -1) : null;
  const prev = addDays(ref, -(wd + 1)); // the Saturday before (from Mon-Fri)
  const next = addDays(ref, 6 - wd); // the coming Saturday (from Mon-Fri)
  if (which === 'last') return onWeekend ? addDays(current!, -7) : prev;
  if (which === 'next') return onWeekend ? addDays(current!, 7) : next;
  if (onWeekend) return current!;
  return tense === 'future' ? next : tense === 'past' ? prev : wd >= 4 ? next : prev;
}

function resolvePeriod(s: string, ref: YMD, tense: Tense | null, rolling: boolean): Resolution | null {
  // "June last year", "January of this year", "Dec. 15 last year"
  let m = RE20.exec(s);
  if (m && monthNumber(m[1])) {
    const year = ref.year + (m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0);
    const month = monthNumber(m[1])!;
    if (m[2]) return dayRes({ year, month, day: +m[2] }, { monthDay: true });
    return monthRes(year, month);
  }
  if (RE21.test(s)) return weekendRes(weekendOf(ref, 'this', tense));
  m = RE22.exec(s);
  if (m) return currentPeriod(m[2], ref, { modifier: m[1] + ' in' });
  m = RE23.exec(s);
  if (m) return currentPeriod(m[2], ref, { modifier: `the ${m[1]} of` });
  m = RE24.exec(s);
  if (m) {
    const y = tense === 'past' ? ref.year - 1 : ref.year;
    return { gran: 'year', date: { year: y, month: 12, day: 31 }, value: `${y}-12-31`, exact: false, modifier: 'the end of' };
  }
  m = RE25.exec(s);
  if (m) return m[1] === 'quarter' ? resolvePeriod('this quarter', ref, tense, false) : currentPeriod(m[1], ref, {});
  m = RE26.exec(s);
  if (m) {
    const rel = m[1] === 'coming' ? 'next' : 'last';
    const r = resolvePeriod(`${rel} ${m[2]}`, ref, tense, false);
    return r && { ...r, rolling: true, exact: false };
  }
  const { modifier, rest } = splitModifier(s);
  m = RE27.exec(rest);
  if (!m) return null;
  const rel = m[1] === 'this past' ? 'last' : m[1] === 'this coming' ? 'next' : (m[1] as 'last' | 'this' | 'next');
  const unit = m[2].replace(RE28, '');
  const extra: Partial<Resolution> = { modifier, rolling };
  if (unit === 'week') {
    const d = rel === 'this' ? ref : chronoDay(`${rel} week`, ref) ?? addDays(ref, rel === 'last' ? -7 : 7);
    return weekRes(d, extra);
  }
  if (unit === 'weekend') return weekendRes(weekendOf(ref, rel, tense), extra);
  if (unit === 'month') {
    const d = rel === 'this' ? ref : chronoDay(`${rel} month`, ref);
    if (!d) return null;
    return monthRes(d.year, d.month, extra);
  }
  if (unit === 'year') {
    const d = rel === 'this' ? ref : chronoDay(`${rel} year`, ref);
    return d ? yearRes(d.year, extra) : null;
  }
  if (unit === 'quarter') {
    let q = Math.ceil(ref.month / 3) + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    let year = ref.year;
    if (q < 1) {
      q = 4;
      year--;
    } else if (q > 4) {
      q = 1;
      year++;
    }
    return { gran: 'quarter', date: { year, month: q * 3 - 2, day: 1 }, value: `${year}-Q${q}`, quarter: q, exact: true, ...extra };
  }
  if (unit in SEASON_OF) {
    const code = SEASON_OF[unit];
    const { year, cmp } = seasonYearOf(ref, code);
    let y = year;
    if (rel === 'last') y = cmp === 1 ? year : year - 1;
    else if (rel === 'next') y = cmp === -1 ? year : year + 1;
    else if (code === 'WI' && cmp === 1 && tense !== 'past') y = year + 1; // "this winter" said in the autumn
    const startMonth = SEASON_START[code];
    return { gran: 'season', date: { year: y, month: startMonth, day: 1 }, value: `${y}-${code}`, season: code, exact: true, ...extra };
  }
  const mn = monthNumber(unit);
  if (mn) {
    let year = ref.year;
    // "last February" said in March means a year ago: the month just ended would be "last month"
    if (rel === 'last') year = mn < ref.month - 1 ? ref.year : ref.year - 1;
    else if (rel === 'next') year = mn > ref.month ? ref.year : ref.year + 1;
    return monthRes(year, mn, extra);
  }
  const hol = unit.replace(RE11, '');
  const thisYear = holiday(hol, ref.year);
  if (thisYear) {
    let d = thisYear;
    const cmp = compareYMD(thisYear, ref);
    if (rel === 'last') d = cmp < 0 ? thisYear : holiday(hol, ref.year - 1)!;
    else if (rel === 'next') d = cmp > 0 ? thisYear : holiday(hol, ref.year + 1)!;
    else if (tense === 'future' && cmp < 0) d = holiday(hol, ref.year + 1)!;
    return dayRes(d, { ...extra, holiday: hol });
  }
  return null;
}

function weekendRes(sat: YMD, extra: Partial<Resolution> = {}): Resolution {
  return { gran: 'weekend', date: sat, value: isoWeek(sat), exact: true, ...extra };
}

function currentPeriod(unit: string, ref: YMD, extra: Partial<Resolution>): Resolution {
  if (unit === 'week') return weekRes(ref, extra);
  if (unit === 'month') return monthRes(ref.year, ref.month, extra);
  return yearRes(ref.year, extra);
}

/** A month (and day) with no year: the most recent one in the past tense, the coming one in the future. */
function resolveMonth(s: string, ref: YMD, tense: Tense | null): Resolution | null {
  const { modifier, rest } = splitModifier(s);
  const m = RE29.exec(rest);
  if (!m || !monthNumber(m[1])) return null;
  const month = monthNumber(m[1])!;
  const day = m[2] ? +m[2] : 0;
  let year = ref.year;
  // Only a clear case moves the year: a past-tense date more than two months "ahead" in the
  // calendar (December in a February story), or a future one more than two months behind.
  // Closer than that, the writer most likely means this year (a deadline, a payment date).
  if (day > 31) return null;
  const gap = diffDays(ref, { year, month, day: day || 1 });
  if (tense === 'past' && gap > 60) year--;
  else if (tense === 'future' && gap < -60) year++;
  if (day) {
    return dayRes({ year, month, day }, { modifier, monthDay: true, exact: false });
  }
  return monthRes(year, month, { modifier, exact: false });
}

/**
 * A holiday with no year ("Thanksgiving", "Christmas Eve"): this year's, unless the sentence's
 * tense puts it in another (a past-tense Thanksgiving in a March story was last year's).
 */
function resolveHoliday(s: string, ref: YMD, tense: Tense | null): Resolution | null {
  const d0 = holiday(s, ref.year);
  if (!d0) return null;
  const gap = diffDays(ref, d0);
  let d = d0;
  if (tense === 'past' && gap > 7) d = holiday(s, ref.year - 1)!;
  else if (tense === 'future' && gap < -7) d = holiday(s, ref.year + 1)!;
  return dayRes(d, { holiday: s.replace(RE3, ''), exact: false });
}

/** A season with no year ("over the summer"): the latest one begun in the past tense, the next one not over in the future tense, else this year's. */
function resolveSeason(s: string, ref: YMD, tense: Tense | null): Resolution | null {
  const { modifier, rest } = splitModifier(s.replace(RE3, ''));
  const code = SEASON_OF[rest];
  if (!code) return null;
  const { year, cmp } = seasonYearOf(ref, code);
  let y = year;
  // as for months, only a clear case moves the year: a past season more than two months ahead, a
  // future one that ended more than two months ago
  const start: YMD = { year, month: SEASON_START[code], day: 1 };
  if (tense === 'past' && cmp === -1 && diffDays(ref, start) > 60) y = year - 1;
  else if (tense === 'future' && cmp === 1 && diffDays(addMonths(start, 3), ref) > 60) y = year + 1;
  return { gran: 'season', date: { year: y, month: SEASON_START[code], day: 1 }, value: `${y}-${code}`, season: code, modifier, exact: false };
}

// ------------------------------------------------------------------------------ reporting periods

const ORDINAL_NUM: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

function quarterRes(year: number, q: number, exact: boolean): Resolution {
  return { gran: 'quarter', date: { year, month: q * 3 - 2, day: 1 }, value: `${year}-Q${q}`, quarter: q, exact };
}
function halfRes(year: number, h: number, exact: boolean): Resolution {
  return { gran: 'half', date: { year, month: h * 6 - 5, day: 1 }, value: `${year}-H${h}`, quarter: h, exact };
}

/** The last quarter to have ended by the draft's date (the one a results story reports). */
function latestQuarter(ref: YMD): { year: number; q: number } {
  const cur = Math.ceil(ref.month / 3);
  return cur === 1 ? { year: ref.year - 1, q: 4 } : { year: ref.year, q: cur - 1 };
}

/**
 * Which year a quarter or half with no year belongs to: in a past-tense sentence the latest one
 * that has begun, in a future-tense one the next one that has not ended; otherwise the nearer.
 */
function periodYear(ref: YMD, startMonth: number, months: number, tense: Tense | null): { year: number; exact: boolean } {
  const start: YMD = { year: ref.year, month: startMonth, day: 1 };
  const endMonth = startMonth + months - 1;
  const end: YMD = { year: ref.year, month: endMonth, day: daysInMonth(ref.year, endMonth) };
  const begun = compareYMD(start, ref) <= 0;
  const ended = compareYMD(end, ref) < 0;
  if (tense === 'past') return { year: begun ? ref.year : ref.year - 1, exact: true };
  // "will report third-quarter results": a quarter that ended weeks ago is still the one meant
  if (tense === 'future') return ended && diffDays(end, ref) > 75 ? { year: ref.year + 1, exact: true } : { year: ref.year, exact: !ended };
  if (begun) return { year: ref.year, exact: !ended || diffDays(end, ref) < 120 };
  // not begun this year: last year's, if it ended more recently than this year's begins
  const lastEnd: YMD = { year: ref.year - 1, month: endMonth, day: daysInMonth(ref.year - 1, endMonth) };
  return diffDays(lastEnd, ref) < diffDays(ref, start) ? { year: ref.year - 1, exact: false } : { year: ref.year, exact: false };
}

/** "the third quarter", "third-quarter", "the quarter", "year-earlier", "the fiscal year", "for the year". */
function resolveReport(s: string, ref: YMD, tense: Tense | null): Resolution | null {
  s = s.replace(RE30, '');
  const fiscal = RE31.test(s);
  let m = RE32.exec(s);
  if (m) {
    const latest = latestQuarter(ref);
    if (m[1] && m[1] in ORDINAL_NUM) {
      const n = ORDINAL_NUM[m[1]];
      const { year } = periodYear(ref, m[2] === 'half' ? n * 6 - 5 : n * 3 - 2, m[2] === 'half' ? 6 : 3, 'past');
      return m[2] === 'half' ? halfRes(year - 1, n, false) : quarterRes(year - 1, n, false);
    }
    if (m[3] === 'half') return halfRes(latest.year - 1, latest.q <= 2 ? 1 : 2, false);
    return quarterRes(latest.year - 1, latest.q, false);
  }
  m = RE33.exec(s);
  if (m && m[1] in ORDINAL_NUM) {
    const n = ORDINAL_NUM[m[1]];
    const half = m[2] === 'half';
    if (half && n > 2) return null;
    const { year, exact } = periodYear(ref, half ? n * 6 - 5 : n * 3 - 2, half ? 6 : 3, tense);
    // a fiscal quarter need not be the calendar one: keep the number, never call it exact
    return half ? halfRes(year, n, exact && !fiscal) : quarterRes(year, n, exact && !fiscal);
  }
  if (RE34.test(s)) {
    if (tense === 'future' && !RE35.test(s)) return quarterRes(ref.year, Math.ceil(ref.month / 3), false);
    const l = latestQuarter(ref);
    return quarterRes(l.year, l.q, false);
  }
  if (RE36.test(s)) return { ...yearRes(ref.year), exact: false };
  if (RE37.test(s)) return weekRes(ref, { exact: false });
  if (RE38.test(s)) return monthRes(ref.year, ref.month, { exact: false });
  return null; // "the latest fiscal year", "this season": no calendar value
}
