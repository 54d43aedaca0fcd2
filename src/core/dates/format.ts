/**
 * The words that replace a relative expression: a resolved date in the house format, fitted to
 * the sentence around it the way a copy editor would ("was arrested yesterday" → "was arrested
 * Monday, March 4"; "sales fell last month" → "sales fell in February"; "since last year" →
 * "since 2023").
 *
 * Formats (`dates.format`):
 * - `ap`: AP style. A day within a week of the draft's date keeps its weekday ("Tuesday,
 *   March 5"); a day further away is "Feb. 24". The year is written only when it is not the
 *   draft's year. Months stand alone ("February"), spelled out.
 * - `long`: "Tuesday, March 5, 2024", "February 24, 2024", "February 2024": always the year.
 * - `iso`: "2024-03-05", with "on" before it where the sentence needs a preposition.
 */
import type { DateFormat, YMD } from '../types';
import { addDays, AP_MONTHS, diffDays, formatDate, formatMonth, isoDate, MONTHS, WEEKDAYS, weekday } from '../ymd';
import type { Resolution } from './resolve';

// the regular expressions of the checks, made once: a literal in a function body is a new RegExp object each time it is evaluated
const RE0 = /'s\b/;
const RE1 = / (Day|Eve)$/;
const RE2 = /^(?:earlier|later)\b/;
const RE3 = /^the /;
const RE4 = /(?:day|eve|sunday|juneteenth|july|fourth|4th)$/;

const SEASON_NAME = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' } as const;
const ORDINAL = ['first', 'second', 'third', 'fourth'];

/** Prepositions after which a date needs no "in"/"on" of its own. */
export const PREPOSITIONS = new Set(
  'in on at since until till by before after through throughout during from to of for over between around about within into ahead than as like'.split(' '),
);

export interface Phrase {
  /** The date alone, as in a bracket or after a preposition: "Monday, March 4", "February", "the week of Feb. 26". */
  bare: string;
  /** What the expression becomes in running text, with its own preposition if it needs one. */
  inline: string;
}

/** The day in the house format. */
export function dayText(d: YMD, ref: YMD, format: DateFormat, withWeekday: boolean, part?: string): string {
  if (format === 'iso') return part ? `the ${part} of ${isoDate(d)}` : isoDate(d);
  const year = format === 'long' || d.year !== ref.year;
  if (!withWeekday) return formatDate(d, format, { year });
  const wd = WEEKDAYS[weekday(d)];
  const rest = formatDate(d, format, { year });
  return part ? `${wd} ${part}, ${rest}` : `${wd}, ${rest}`;
}

function shortDay(d: YMD, format: DateFormat): string {
  return `${format === 'long' ? MONTHS[d.month - 1] : AP_MONTHS[d.month - 1]} ${d.day}`;
}

function monthText(y: number, m: number, ref: YMD, format: DateFormat): string {
  if (format === 'iso') return formatMonth(y, m, 'iso');
  return formatMonth(y, m, format, format === 'long' || y !== ref.year);
}

function seasonText(r: Resolution): string {
  const name = SEASON_NAME[r.season!];
  const y = r.date.year;
  return r.season === 'WI' ? `${name} ${y}-${String((y + 1) % 100).padStart(2, '0')}` : `${name} ${y}`;
}

function holidayName(h: string): string {
  return h.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(RE0, '’s').replace(RE1, (x) => x);
}

/** The period alone: "the week of Feb. 26", "February", "2023", "spring 2024", "the first quarter of 2024". */
export function periodText(r: Resolution, ref: YMD, format: DateFormat): string {
  switch (r.gran) {
    case 'day':
      if (r.holiday) return holidayName(r.holiday) + (format === 'long' || format === 'iso' || r.date.year !== ref.year ? ` ${r.date.year}` : '');
      return dayText(r.date, ref, format, !!r.dayName && Math.abs(diffDays(ref, r.date)) <= 7, r.part);
    case 'week':
      return `the week of ${format === 'iso' ? isoDate(r.date) : formatDate(r.date, format, { year: format === 'long' || r.date.year !== ref.year })}`;
    case 'weekend': {
      const sat = r.date;
      const sun = addDays(sat, 1);
      if (format === 'iso') return `the weekend of ${isoDate(sat)}`;
      const year = format === 'long' || sat.year !== ref.year ? `, ${sun.year}` : '';
      const span = sun.month === sat.month ? `${shortDay(sat, format)}-${sun.day}` : `${shortDay(sat, format)}-${shortDay(sun, format)}`;
      return `the weekend of ${span}${year}`;
    }
    case 'month':
      return monthText(r.date.year, r.date.month, ref, format);
    case 'year':
      return String(r.date.year);
    case 'season':
      return seasonText(r);
    case 'quarter':
      return `the ${ORDINAL[r.quarter! - 1]} quarter of ${r.date.year}`;
    case 'half':
      return `the ${ORDINAL[r.quarter! - 1]} half of ${r.date.year}`;
  }
}

/**
 * The replacement for a relative expression, in its sentence. `prepBefore`: a preposition stands
 * right before the expression ("since last year"). Null when no clean rewrite exists.
 */
export function phraseFor(
  r: Resolution,
  ref: YMD,
  format: DateFormat,
  opts: { prepBefore: boolean; possessive: boolean; apostrophe: string; attributive?: boolean },
): Phrase | null {
  const base = periodText(r, ref, format);
  const mod = r.modifier;
  if (opts.attributive && r.gran === 'day' && !mod && !r.part) {
    // "the Tuesday deadline" → "the March 5 deadline"
    const d = format === 'iso' ? isoDate(r.date) : formatDate(r.date, format, { year: format === 'long' || r.date.year !== ref.year });
    return { bare: base, inline: d };
  }
  if (opts.possessive) {
    // "Tuesday's vote" → "the March 5 vote"; "last month's vote" → "February's vote"
    if (mod) return null;
    if (r.gran === 'day') {
      const d = format === 'iso' ? isoDate(r.date) : formatDate(r.date, format, { year: format === 'long' || r.date.year !== ref.year });
      return { bare: base, inline: `the ${d}` };
    }
    if (r.gran === 'month' || r.gran === 'year' || r.gran === 'season') return { bare: base, inline: `${base}${opts.apostrophe}s` };
    return null;
  }
  let bare = base;
  if (mod) {
    if (mod === 'early' || mod === 'late' || mod === 'mid') {
      if (r.gran === 'month' || r.gran === 'year' || r.gran === 'season') bare = mod === 'mid' ? `mid-${base}` : `${mod} ${base}`;
      else if (r.gran === 'day') bare = `${mod} ${base}`;
      else bare = `${mod === 'mid' ? 'the middle of' : mod + ' in'} ${base}`;
    } else if (mod === 'earlier' || mod === 'later') {
      bare = r.gran === 'day' ? `${mod} ${base}` : `${mod} in ${base}`;
    } else if (mod === 'earlier in' || mod === 'later in') bare = `${mod} ${base}`;
    else bare = `${mod} ${base}`; // "the end of March"
  }
  if (opts.prepBefore) return { bare, inline: bare };
  let inline = bare;
  if (mod && RE2.test(mod)) inline = bare; // "earlier in March" stands alone
  else if (mod && RE3.test(mod)) inline = bare; // "the end of March"
  else if (r.holiday) inline = RE4.test(r.holiday) ? `on ${bare}` : `at ${bare}`; // "at Christmas 2023", "on Labor Day 2023"
  else if (r.gran === 'day') inline = format === 'iso' && !mod ? `on ${bare}` : bare;
  else if (r.gran === 'weekend') inline = `over ${bare}`;
  else inline = `in ${bare}`;
  return { bare, inline };
}
