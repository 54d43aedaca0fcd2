/**
 * Document-level facts, read cheaply from the first blocks: the front matter, a date line, an
 * AP-style dateline, and from them the draft's reference date.
 */
import type { BlockSpan } from './parse';
import type { ReferenceDateSource, YMD } from './types';
import { compareYMD, isValidYMD, monthNumber, parseISODate, parseWrittenDate, today as todayYMD } from './ymd';

export interface DocInfo {
  frontMatter: { start: number; end: number; dateLine?: { start: number; end: number; raw: string } } | null;
  /** `date 2024-03-05`, `Date: March 5, 2024` at the top. */
  dateLine: { start: number; end: number; raw: string; date: YMD | null } | null;
  /** `KYIV, Ukraine, March 5 (AP) —` */
  dateline: { start: number; end: number; place: string; raw: string; date: YMD | null } | null;
  referenceDate: YMD | null;
  referenceSource: ReferenceDateSource | null;
  /** Where a date line would go if the writer inserts one. */
  insertAt: number;
  /** The offset at which to report a missing reference date (first line of prose). */
  reportAt: [number, number];
}

/** `date 2024-03-05`, `Date: March 5, 2024`, `Dated: 5 March 2024` */
export const DATE_LINE_RE = /^\s*(?:date|dated|updated|published|filed)\s*:?\s+(\S.*?)\s*$/i;

/**
 * An AP/Reuters dateline at the start of a paragraph: a place in capitals, an optional state or
 * country, an optional date, an optional agency, and a dash.
 */
export const DATELINE_RE =
  /^[ \t>*_]*([A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.'’ ]{1,30})?)(?:,\s+((?:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}(?:,\s+\d{4})?))?\s*(\((?:AP|Reuters|AFP|UPI|Bloomberg|CNN|[A-Z]{2,8})\)\s*)?(?:—|–|--|-)\s*/;

function parseDatelineDate(s: string, near: YMD): YMD | null {
  const full = parseWrittenDate(s);
  if (full) return full;
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2})$/.exec(s.trim());
  if (!m || !monthNumber(m[1])) return null;
  // No year: the most recent such day not after `near` (a dateline is never in the future).
  const month = monthNumber(m[1])!;
  const day = +m[2];
  let d: YMD = { year: near.year, month, day };
  if (!isValidYMD(d)) return null;
  if (compareYMD(d, near) > 0) d = { year: near.year - 1, month, day };
  return isValidYMD(d) ? d : null;
}

export interface DocInfoOptions {
  /** From the CLI option or a setting: wins over everything in the draft. */
  referenceDate?: string;
  /** The day to assume when a dateline has no year. */
  today?: YMD;
}

export function documentInfo(text: string, spans: BlockSpan[], opts: DocInfoOptions = {}): DocInfo {
  const info: DocInfo = {
    frontMatter: null,
    dateLine: null,
    dateline: null,
    referenceDate: null,
    referenceSource: null,
    insertAt: 0,
    reportAt: [0, 0],
  };
  let fmDate: YMD | null = null;
  let i = 0;
  if (spans[0] && spans[0].kind === 'front-matter') {
    const fm = spans[0];
    const body = text.slice(fm.start, fm.end);
    info.frontMatter = { start: fm.start, end: fm.end };
    const m = /^(date|published|pubdate|dateline_date|created)\s*:\s*['"]?([^'"\n]+?)['"]?\s*$/im.exec(body);
    if (m) {
      const start = fm.start + m.index;
      info.frontMatter.dateLine = { start, end: start + m[0].length, raw: m[2] };
      fmDate = parseWrittenDate(m[2]);
    }
    info.insertAt = fm.end + 1;
    i = 1;
  }
  // A date line within the first blocks (a header block, or a paragraph whose first line is a date)
  for (let k = i; k < Math.min(spans.length, i + 4); k++) {
    const s = spans[k];
    if (s.kind !== 'header' && s.kind !== 'paragraph') continue;
    const blockText = text.slice(s.start, s.end);
    let ls = 0;
    for (const line of blockText.split('\n')) {
      const m = DATE_LINE_RE.exec(line);
      if (m) {
        const date = parseWrittenDate(m[1]);
        if (date || s.kind === 'header') {
          info.dateLine = { start: s.start + ls, end: s.start + ls + line.length, raw: m[1], date };
          break;
        }
      }
      ls += line.length + 1;
    }
    if (info.dateLine || s.kind === 'paragraph') break;
  }
  // The dateline: the first paragraph of the story (after headings and header blocks).
  const near = opts.today ?? todayYMD();
  for (let k = i; k < spans.length && k < i + 8; k++) {
    const s = spans[k];
    if (s.kind !== 'paragraph' && s.kind !== 'blockquote') continue;
    const para = text.slice(s.start, Math.min(s.end, s.start + 200));
    if (info.dateLine && s.start <= info.dateLine.start && info.dateLine.start < s.end && para.split('\n').length === 1) continue;
    const m = DATELINE_RE.exec(para);
    if (m && /[A-Z]{2}/.test(m[1])) {
      const ref = fmDate ?? info.dateLine?.date ?? near;
      info.dateline = {
        start: s.start + (m.index ?? 0),
        end: s.start + m[0].length,
        place: m[1],
        raw: m[0],
        date: m[2] ? parseDatelineDate(m[2], ref) : null,
      };
    }
    break;
  }
  // The first line of prose, where a missing date is reported
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.kind === 'front-matter' || s.kind === 'code' || s.kind === 'comment' || s.kind === 'rule') continue;
    const nl = text.indexOf('\n', s.start);
    info.reportAt = [s.start, nl === -1 || nl > s.end ? s.end : nl];
    if (!info.frontMatter) info.insertAt = s.kind === 'heading' ? Math.min(text.length, s.end + 1) : s.start;
    break;
  }
  if (opts.referenceDate) {
    const d = parseISODate(opts.referenceDate) ?? parseWrittenDate(opts.referenceDate);
    if (d) {
      info.referenceDate = d;
      info.referenceSource = 'option';
      return info;
    }
  }
  if (fmDate) {
    info.referenceDate = fmDate;
    info.referenceSource = 'front-matter';
  } else if (info.dateLine?.date) {
    info.referenceDate = info.dateLine.date;
    info.referenceSource = 'date-line';
  } else if (info.dateline?.date) {
    info.referenceDate = info.dateline.date;
    info.referenceSource = 'dateline';
  }
  return info;
}
