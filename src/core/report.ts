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
 * Also the export formats of the findings: Markdown (the report), JSON (the CLI's stable shape)
 * and SARIF 2.1.0.
 */
import type { BlockKind, ParsedBlock } from './parse';
import type { Category, Finding, ReferenceDateSource, RuleMeta, Severity } from './types';
import { CATEGORIES } from './types';
import { countWords, lineOf, lineStarts } from './text';

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
  /** The absolute date (YYYY-MM-DD), or null when it cannot be resolved. */
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
    // sentences: attributed when a cue, a link or a quotation with a speaker touches them
    for (const s of p.sentences) {
      if (!/[\p{L}]/u.test(p.prose.slice(s.start, s.end))) continue;
      let ok = b.kind === 'blockquote';
      if (!ok) for (const c of p.cues) if (overlaps(c.start, c.end, s.start, s.end)) { ok = true; break; }
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
    for (const d of r.relativeDates) L.push(`- line ${d.line}: ${mdEscape(d.text)} → ${d.resolved ?? 'cannot be resolved (no reference date)'}`);
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

/** One reviewed file, for the JSON and SARIF exports. */
export interface FileFindings {
  path: string;
  referenceDate: string | null;
  findings: readonly Finding[];
}

/** A finding in the stable JSON shape (DESIGN.md): exactly these ten fields. */
export function findingToJSON(f: Finding): object {
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    offset: f.offset,
    range: f.range,
    text: f.text,
    message: f.message,
    inQuote: f.inQuote,
    suggestions: f.suggestions.map((s) => ({ title: s.title, edits: s.edits.map((e) => ({ offset: e.offset, newText: e.newText })) })),
    docs: f.docs,
  };
}

/** `{"version":1,"files":[{"path","referenceDate","findings":[…]}]}` */
export function findingsToJSON(files: readonly FileFindings[]): string {
  return JSON.stringify({ version: 1, files: files.map((f) => ({ path: f.path, referenceDate: f.referenceDate, findings: f.findings.map(findingToJSON) })) }, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, for code-scanning tools. Columns are 1-based UTF-16 code units. */
export function findingsToSarif(files: readonly FileFindings[], rules: readonly RuleMeta[], toolVersion = '0.1.0'): string {
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const metaById = new Map(rules.map((r) => [r.id, r]));
  const docsById = new Map<string, string>();
  for (const file of files) for (const f of file.findings) if (!docsById.has(f.rule)) docsById.set(f.rule, f.docs);
  const idOf = (id: string): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = ruleIds.length;
      ruleIds.push(id);
      ruleIndex.set(id, i);
    }
    return i;
  };
  const results = [];
  for (const file of files) {
    for (const f of file.findings) {
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: idOf(f.rule),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.path },
              region: {
                startLine: f.range.start.line + 1,
                startColumn: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
                charOffset: f.offset[0],
                charLength: f.offset[1] - f.offset[0],
                snippet: { text: f.text },
              },
            },
          },
        ],
      };
      if (f.suggestions.length) {
        result.fixes = f.suggestions.map((s) => ({
          description: { text: s.title },
          artifactChanges: [
            {
              artifactLocation: { uri: file.path },
              replacements: s.edits.map((e) => ({ deletedRegion: { charOffset: e.offset[0], charLength: e.offset[1] - e.offset[0] }, insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      results.push(result);
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version: toolVersion,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: ruleIds.map((id) => {
              const m = metaById.get(id);
              return {
                id,
                shortDescription: { text: m ? m.description : id },
                helpUri: docsById.get(id) ?? (m ? 'https://github.com/copydesk/copydesk#' + m.anchor.replace(/^#/, '') : undefined),
                defaultConfiguration: { level: SARIF_LEVEL[m ? m.defaultSeverity : 'warning'] },
                properties: { category: m ? m.category : id.split('/')[0] },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Counts per category of a list of findings. */
export function countByCategory(findings: readonly Finding[]): Record<Category, number> {
  const c: Record<Category, number> = { loaded: 0, sourcing: 0, dates: 0, style: 0 };
  for (const f of findings) c[f.category]++;
  return c;
}
