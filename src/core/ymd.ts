/** Calendar-day arithmetic and the house date formats. No time zones: a draft's date is a day. */
import type { DateFormat, YMD } from './types';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** AP style abbreviates these months before a day ("Sept. 3"); the others are spelled out. */
export const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MONTH_INDEX: Record<string, number> = {};
MONTHS.forEach((m, i) => {
  MONTH_INDEX[m.toLowerCase()] = i + 1;
  MONTH_INDEX[m.slice(0, 3).toLowerCase()] = i + 1;
});
MONTH_INDEX['sept'] = 9;

export function monthNumber(name: string): number | undefined {
  return MONTH_INDEX[name.toLowerCase().replace(/\.$/, '')];
}

export function isValidYMD(d: YMD): boolean {
  if (!Number.isInteger(d.year) || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toUTC(d: YMD): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function fromUTC(ms: number): YMD {
  const dt = new Date(ms);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addDays(d: YMD, n: number): YMD {
  return fromUTC(toUTC(d) + n * 86400000);
}

/** Whole days from a to b (b - a). */
export function diffDays(a: YMD, b: YMD): number {
  return Math.round((toUTC(b) - toUTC(a)) / 86400000);
}

/** 0 = Sunday. */
export function weekday(d: YMD): number {
  return new Date(toUTC(d)).getUTCDay();
}

export function compareYMD(a: YMD, b: YMD): number {
  return toUTC(a) - toUTC(b);
}

export function isoDate(d: YMD): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parse `YYYY-MM-DD` (a time part after it is ignored). */
export function parseISODate(s: string): YMD | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$/.exec(s);
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidYMD(d) ? d : null;
}

/**
 * Parse the common written forms of a full date: ISO, "March 5, 2024", "Mar. 5, 2024",
 * "Tuesday, March 5, 2024", "5 March 2024", "3/5/2024" (US order).
 */
export function parseWrittenDate(s: string): YMD | null {
  const iso = parseISODate(s);
  if (iso) return iso;
  const t = s.trim().replace(/^(sun|mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?)[a-z]*\.?,?\s+/i, '');
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  if (m && monthNumber(m[1])) {
    const d = { year: +m[3], month: monthNumber(m[1])!, day: +m[2] };
    return isValidYMD(d) ? d : null;
  }
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(t);
  if (m && monthNumber(m[2])) {
    const d = { year: +m[3], month: monthNumber(m[2])!, day: +m[1] };
    return isValidYMD(d) ? d : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t);
  if (m) {
    const d = { year: +m[3], month: +m[1], day: +m[2] };
    return isValidYMD(d) ? d : null;
  }
  return null;
}

/** Format a date in the house style. */
export function formatDate(d: YMD, format: DateFormat, opts: { weekday?: boolean; year?: boolean } = {}): string {
  const withYear = opts.year !== false;
  if (format === 'iso') return isoDate(d);
  const wd = opts.weekday ? WEEKDAYS[weekday(d)] + ', ' : '';
  if (format === 'long') return `${wd}${MONTHS[d.month - 1]} ${d.day}${withYear ? ', ' + d.year : ''}`;
  return `${wd}${AP_MONTHS[d.month - 1]} ${d.day}${withYear ? ', ' + d.year : ''}`;
}

/** A month alone, in the house style ("March 2024", "2024-03"). AP spells out a month without a day. */
export function formatMonth(year: number, month: number, format: DateFormat, withYear = true): string {
  if (format === 'iso') return `${year}-${String(month).padStart(2, '0')}`;
  return MONTHS[month - 1] + (withYear ? ' ' + year : '');
}

/** Today, in the local calendar of the machine (front ends may pass their own). */
export function today(): YMD {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const ORDINAL = ['first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };

/**
 * A resolved value (ISO 8601 / TimeML: `2024-03-05`, `2024-W08`, `2024-03`, `2024`, `2024-Q3`,
 * `2024-H1`, `2024-SU`) in words for an editor: "Tuesday, March 5, 2024", "the week of Feb. 19, 2024",
 * "March 2024", "the third quarter of 2024".
 */
export function describeResolved(value: string, format: DateFormat = 'long'): string {
  const day = parseISODate(value);
  if (day) return format === 'iso' ? isoDate(day) : formatDate(day, format, { weekday: true });
  let m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday
    const jan4 = { year: +m[1], month: 1, day: 4 };
    const monday = addDays(jan4, -((weekday(jan4) + 6) % 7) + (+m[2] - 1) * 7);
    return `the week of ${formatDate(monday, format === 'iso' ? 'long' : format)}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return formatMonth(+m[1], +m[2], format);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `the ${ORDINAL[+m[2] - 1]} quarter of ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `the ${+m[2] === 1 ? 'first' : 'second'} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  return value;
}
