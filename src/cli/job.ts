/** One draft's review, as the command line runs it (in the main thread or in a worker). */
import { review, type Category, type Finding, type Range, type ResolvedConfig, type Severity } from '../core';

export interface Job {
  text: string;
  config: ResolvedConfig;
  referenceDate?: string;
  categories?: Category[];
  /** Rule ids or categories to keep; empty = all. */
  rules: string[];
}

/** A finding exactly as `--format json` prints it (see DESIGN.md): these ten fields, in this order. */
export interface JsonFinding {
  rule: string;
  category: Category;
  severity: Severity;
  offset: [number, number];
  range: Range;
  text: string;
  message: string;
  inQuote: boolean;
  suggestions: { title: string; edits: { offset: [number, number]; newText: string }[] }[];
  docs: string;
}

export interface JobResult {
  referenceDate: string | null;
  findings: JsonFinding[];
}

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    offset: [f.offset[0], f.offset[1]],
    range: { start: { line: f.range.start.line, character: f.range.start.character }, end: { line: f.range.end.line, character: f.range.end.character } },
    text: f.text,
    message: f.message,
    inQuote: f.inQuote,
    suggestions: f.suggestions.map((s) => ({ title: s.title, edits: s.edits.map((e) => ({ offset: [e.offset[0], e.offset[1]] as [number, number], newText: e.newText })) })),
    docs: f.docs,
  };
}

export function runJob(job: Job): JobResult {
  const r = review(job.text, { config: job.config, referenceDate: job.referenceDate, categories: job.categories });
  const keep = job.rules.length ? new Set(job.rules) : null;
  const findings = r.findings
    .filter((f) => !keep || keep.has(f.rule) || keep.has(f.category))
    .map(toJsonFinding)
    .sort((a, b) => a.offset[0] - b.offset[0]); // stable: at the same start, the engine's order
  return { referenceDate: r.referenceDate, findings };
}
