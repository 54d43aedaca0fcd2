/**
 * "Insert Dateline": the draft's date. Into the front matter when there is one (replacing its
 * date), written YYYY-MM-DD there so that YAML and static-site tools read it as a date; else
 * replacing a date line at the top, else a new `Date:` line below the headline, in the house
 * format. Pure: offsets in, one edit out.
 */
import type { DateFormat, DocInfo, TextEdit, YMD } from '../core';
import { formatDate, isoDate } from '../core';

export interface HeaderBlock {
  start: number;
  end: number;
}

export function datelineEdit(text: string, info: DocInfo, date: YMD, format: DateFormat, header?: HeaderBlock): TextEdit {
  const shown = formatDate(date, format);
  const fm = info.frontMatter;
  if (fm) {
    const iso = isoDate(date);
    if (fm.dateLine) return replaceValue(text, fm.dateLine, iso);
    // before the closing --- of the front matter
    const closing = text.lastIndexOf('\n', fm.end - 1) + 1;
    return { offset: [closing, closing], newText: `date: ${iso}\n` };
  }
  if (info.dateLine) return replaceValue(text, info.dateLine, shown);
  if (header) {
    // a news-draft header block (slug:, hed:, …): one more field
    return { offset: [header.end, header.end], newText: `\ndate: ${shown}` };
  }
  const at = info.insertAt;
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n') ? '\n' : '\n\n';
  return { offset: [at, at], newText: `${lead}Date: ${shown}${trail}` };
}

function replaceValue(text: string, line: { start: number; end: number; raw: string }, value: string): TextEdit {
  const body = text.slice(line.start, line.end);
  const i = body.lastIndexOf(line.raw);
  if (i === -1) {
    const colon = body.indexOf(':');
    const from = line.start + (colon === -1 ? body.length : colon + 1);
    return { offset: [from, line.end], newText: ' ' + value };
  }
  return { offset: [line.start + i, line.start + i + line.raw.length], newText: value };
}
