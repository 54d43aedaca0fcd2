/**
 * The editorial report: what a desk editor wants to see of a draft at a glance. Built from the
 * engine's parsed blocks and its findings, so it costs no second parse. Pure: the extension's
 * webview and its exports, and the CLI, can all use it.
 *
 *   - counts per category and per severity;
 *   - sentences with and without attribution (a cue like "said", a link, or a quotation whose
 *     speaker is named);
 *   - every quotation, with its speaker or "no speaker";
 *   - every relative date, with the date it resolves to;
 *   - the TKs (to come) still in the text.
 *
 * `reportToMarkdown` renders it for the desk (the extension's "Export Report → Markdown").
 */
import type { BlockKind, ParsedBlock } from './parse';
import type { Category, Finding, ReferenceDateSource, Severity } from './types';
import { CATEGORIES } from './types';
import { countWords, lineOf, lineStarts } from './text';
import { describeResolved } from './ymd';

export interface ReportBlock {
  start: number;
  kind: BlockKind;
  parsed: ParsedBlock;
}

/** A place in the draft: offsets in UTF-16 code units, line 1-based (for people). */
export interface ReportPlace {
  offset: [number, number];
  line: number;
  /** The text there, whitespace collapsed, shortened for display. */
  text: string;
}

export interface ReportQuote extends ReportPlace {
  /** Who said it, as the draft words it ("the mayor said"), or null: no speaker. */
  speaker: string | null;
  /** The speaker is named in an earlier paragraph of the same quotation. */
  speakerCarried: boolean;
}

export interface ReportDate extends ReportPlace {
  rule: string;
  /** The absolute value (YYYY-MM-DD, or a week, month, quarter… as ISO 8601/TimeML), or null when it cannot be resolved. */
  resolved: string | null;
}

export interface ReportFinding extends ReportPlace {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
}

export interface EditorialReport {
  /** The draft's path or name, when the caller gives one. */
  path?: string;
  /** The first heading (or headline field). */
  title: string | null;
  words: number;
  referenceDate: string | null;
  referenceSource: ReferenceDateSource | null;
  counts: Record<Category, number>;
  severities: Record<Severity, number>;
  total: number;
  sentences: {
    total: number;
    attributed: ReportPlace[];
    unattributed: ReportPlace[];
  };
  quotes: ReportQuote[];
  relativeDates: ReportDate[];
  tks: ReportPlace[];
  findings: ReportFinding[];
}

export interface ReportInput {
  text: string;
  blocks: readonly ReportBlock[];
  findings: readonly Finding[];
  referenceDate?: string | null;
  referenceSource?: ReferenceDateSource | null;
  path?: string;
}

const MAX_SNIPPET = 160;
const PROSE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'list', 'blockquote']);
const TK_RE = /\bTK(?:TK)*\b/g;
/** Attributions the sourcing rules find too vague to count. */
const VAGUE_RULES = /^sourcing\/(vague-attribution|anonymous)$/;

function snippet(s: string, max = MAX_SNIPPET): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

/** Build the report of one draft. */
export function buildReport(input: ReportInput): EditorialReport {
  const { text, blocks, findings } = input;
  const starts = lineStarts(text);
  const place = (s: number, e: number, shown?: string): ReportPlace => ({
    offset: [s, e],
    line: lineOf(starts, s) + 1,
    text: snippet(shown ?? text.slice(s, e)),
  });

  let title: string | null = null;
  const attributed: ReportPlace[] = [];
  const unattributed: ReportPlace[] = [];
  const quotes: ReportQuote[] = [];
  const tks: ReportPlace[] = [];

  const vagueSpans = findings.filter((f) => VAGUE_RULES.test(f.rule)).map((f) => f.offset);
  for (const b of blocks) {
    const p = b.parsed;
    const base = b.start;
    if (title === null && b.kind === 'heading' && p.prose.trim()) title = snippet(p.prose, 120);
    if (title === null && b.kind === 'header') {
      const m = /^(?:hed|headline)\s*:\s*(.+)$/im.exec(p.text);
      if (m) title = snippet(m[1], 120);
    }
    if (b.kind === 'code' || b.kind === 'front-matter' || b.kind === 'comment' || b.kind === 'rule') continue;
    // TKs: in any prose, headings included
    TK_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TK_RE.exec(p.prose))) {
      const si = p.sentences.length ? p.sentenceAt(m.index) : -1;
      const s = si >= 0 ? p.sentences[si] : { start: m.index, end: m.index + m[0].length };
      const pl = place(base + m.index, base + m.index + m[0].length, p.text.slice(s.start, s.end));
      tks.push(pl);
    }
    // quotations
    for (const q of p.quotes) {
      if (q.kind === 'blockquote') continue;
      let speaker: string | null = null;
      if (q.speaker) speaker = speakerPhrase(p, q.start, q.end, q.speaker.start, q.speaker.end);
      quotes.push({
        ...place(base + q.start, base + q.end, p.text.slice(q.innerStart, q.innerEnd)),
        speaker,
        speakerCarried: q.speakerCarried,
      });
    }
    if (!PROSE_KINDS.has(b.kind)) continue;
    // sentences: attributed when a cue, a link or a quotation with a speaker touches them; a cue
    // the sourcing rules call vague ("critics say") does not count
    for (const s of p.sentences) {
      if (!/[\p{L}]/u.test(p.prose.slice(s.start, s.end))) continue;
      let ok = b.kind === 'blockquote';
      const vague = vagueSpans.filter(([vs, ve]) => overlaps(vs - base, ve - base, s.start, s.end));
      if (!ok) for (const c of p.cues) if (overlaps(c.start, c.end, s.start, s.end) && !vague.some(([vs, ve]) => overlaps(vs - base, ve - base, c.start, c.end) || overlaps(vs - base, ve - base, c.start - 40, c.start))) { ok = true; break; }
      if (!ok) for (const l of p.links) if (overlaps(l.start, l.end, s.start, s.end)) { ok = true; break; }
      if (!ok) for (const q of p.quotes) if ((q.speaker || q.speakerCarried) && overlaps(q.start, q.end, s.start, s.end)) { ok = true; break; }
      (ok ? attributed : unattributed).push(place(base + s.start, base + s.end));
    }
  }

  const counts: Record<Category, number> = { loaded: 0, sourcing: 0, dates: 0, style: 0 };
  const severities: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const relativeDates: ReportDate[] = [];
  const out: ReportFinding[] = [];
  for (const f of findings) {
    counts[f.category]++;
    severities[f.severity]++;
    const pl = place(f.offset[0], f.offset[1], f.text);
    out.push({ ...pl, rule: f.rule, category: f.category, severity: f.severity, message: f.message });
    if (f.category === 'dates' && f.offset[1] > f.offset[0] && (f.resolved !== undefined || /relative/.test(f.rule))) {
      relativeDates.push({ ...pl, rule: f.rule, resolved: f.resolved ?? null });
    }
  }
  return {
    path: input.path,
    title,
    words: countWords(blocks.filter((b) => b.kind !== 'code' && b.kind !== 'front-matter' && b.kind !== 'comment').map((b) => b.parsed.prose).join('\n')),
    referenceDate: input.referenceDate ?? null,
    referenceSource: input.referenceSource ?? null,
    counts,
    severities,
    total: findings.length,
    sentences: { total: attributed.length + unattributed.length, attributed, unattributed },
    quotes,
    relativeDates,
    tks,
    findings: out,
  };
}

/** The words that name the speaker: from the quotation to the cue, or from the cue to it. */
function speakerPhrase(p: ParsedBlock, qs: number, qe: number, cs: number, ce: number): string {
  const sent = p.sentences[p.sentenceAt(cs)];
  let s: number;
  let e: number;
  if (cs >= qe) {
    // “…,” the mayor said Tuesday.  ->  from after the quote to the end of the sentence
    s = qe;
    e = sent && sent.end > ce ? sent.end : ce;
  } else {
    // The mayor said: “…”  ->  from the sentence start to the quote
    s = sent && sent.start <= cs ? sent.start : cs;
    e = qs;
  }
  const words = p.text
    .slice(s, e)
    .replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
  // keep it short: the cue and a few words either side of it
  const phrase = words.length > 10 ? (cs >= qe ? words.slice(0, 10).join(' ') + ' …' : '… ' + words.slice(-10).join(' ')) : words.join(' ');
  return snippet(phrase, 100) || snippet(p.text.slice(cs, ce));
}

// ------------------------------------------------------------------------------------ exports

const CATEGORY_TITLES: Record<Category, string> = {
  loaded: 'Loaded language',
  sourcing: 'Sourcing',
  dates: 'Dates',
  style: 'Style',
};

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** The report as Markdown, for the desk (Export Report → Markdown). */
export function reportToMarkdown(r: EditorialReport): string {
  const L: string[] = [];
  L.push(`# Copydesk report${r.title ? ': ' + mdEscape(r.title) : ''}`, '');
  if (r.path) L.push(`- Draft: \`${r.path.replace(/`/g, "'")}\``);
  L.push(`- Words: ${r.words}`);
  L.push(`- Reference date: ${r.referenceDate ? `${r.referenceDate} (from ${sourceWords(r.referenceSource)})` : 'none — relative dates cannot be resolved'}`);
  L.push(`- Issues: ${r.total}${r.total ? ' (' + CATEGORIES.filter((c) => r.counts[c]).map((c) => `${r.counts[c]} ${c}`).join(', ') + ')' : ''}`, '');
  L.push('| Category | Issues |', '|---|---:|');
  for (const c of CATEGORIES) L.push(`| ${CATEGORY_TITLES[c]} | ${r.counts[c]} |`);
  L.push('');
  const s = r.sentences;
  L.push(`## Attribution`, '', `${s.attributed.length} of ${s.total} sentences carry an attribution.`, '');
  if (s.unattributed.length) {
    L.push('Without attribution:', '');
    for (const p of s.unattributed) L.push(`- line ${p.line}: ${mdEscape(p.text)}`);
    L.push('');
  }
  L.push('## Quotations', '');
  if (!r.quotes.length) L.push('No quotations.', '');
  else {
    for (const q of r.quotes) L.push(`- line ${q.line}: “${mdEscape(q.text)}” — ${q.speaker ? mdEscape(q.speaker) : q.speakerCarried ? '(speaker named earlier)' : '**no speaker**'}`);
    L.push('');
  }
  L.push('## Relative dates', '');
  if (!r.relativeDates.length) L.push('No relative dates.', '');
  else {
    for (const d of r.relativeDates) L.push(`- line ${d.line}: ${mdEscape(d.text)} → ${d.resolved ? `${describeResolved(d.resolved)} (${d.resolved})` : 'cannot be resolved (no reference date)'}`);
    L.push('');
  }
  L.push('## TKs', '');
  if (!r.tks.length) L.push('None left.', '');
  else {
    for (const t of r.tks) L.push(`- line ${t.line}: ${mdEscape(t.text)}`);
    L.push('');
  }
  L.push('## Issues', '');
  if (!r.findings.length) L.push('None.', '');
  else {
    for (const f of r.findings) L.push(`- line ${f.line} · ${f.severity} · \`${f.rule}\` · “${mdEscape(f.text)}”: ${mdEscape(f.message)}`);
    L.push('');
  }
  return L.join('\n');
}

function sourceWords(s: ReferenceDateSource | null): string {
  switch (s) {
    case 'option':
      return 'the date you set';
    case 'front-matter':
      return 'the front matter';
    case 'date-line':
      return 'the date line';
    case 'dateline':
      return 'the dateline';
    default:
      return 'unknown';
  }
}

/** Counts per category of a list of findings. */
export function countByCategory(findings: readonly Finding[]): Record<Category, number> {
  const c: Record<Category, number> = { loaded: 0, sourcing: 0, dates: 0, style: 0 };
  for (const f of findings) c[f.category]++;
  return c;
}
