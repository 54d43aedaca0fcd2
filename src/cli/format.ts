/** The three output formats: text (one line per finding), JSON (DESIGN.md), SARIF 2.1.0. */
import { RULES, type RuleMeta, type Severity } from '../core';
import { lineOf, lineStarts } from '../core/text';
import type { JsonFinding } from './job';

export interface FileReport {
  /** As printed, relative to the working directory. */
  path: string;
  referenceDate: string | null;
  findings: JsonFinding[];
  /** Kept for SARIF only: to place the edits of a fix. */
  text?: string;
}

export const DOCS_BASE = 'https://github.com/copydesk/copydesk';

/** `path:line:col severity rule message`, 1-based like a compiler. */
export function textLine(path: string, f: JsonFinding): string {
  return `${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message.replace(/\s*\n\s*/g, ' ')}`;
}

export function jsonReport(files: FileReport[]): string {
  return JSON.stringify({ version: 1, files: files.map((f) => ({ path: f.path, referenceDate: f.referenceDate, findings: f.findings })) });
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function uri(path: string): string {
  if (path === '<stdin>') return 'stdin';
  return path.split('/').map(encodeURIComponent).join('/');
}

export function sarifReport(files: FileReport[], version: string, defaultOff: ReadonlySet<string>): string {
  const rules: RuleMeta[] = [...RULES];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  for (const file of files) {
    const starts = file.text !== undefined ? lineStarts(file.text) : null;
    const region = (s: number, e: number) => {
      if (!starts) return undefined;
      const sl = lineOf(starts, s);
      const el = lineOf(starts, e);
      return { startLine: sl + 1, startColumn: s - starts[sl] + 1, endLine: el + 1, endColumn: e - starts[el] + 1 };
    };
    for (const f of file.findings) {
      let ri = index.get(f.rule);
      if (ri === undefined) {
        // a rule from configuration (a house term filed under its own id)
        ri = rules.length;
        rules.push({ id: f.rule, category: f.category, defaultSeverity: f.severity, description: f.message, anchor: '#rules' });
        index.set(f.rule, ri);
      }
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: ri,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uri(file.path) },
              region: {
                startLine: f.range.start.line + 1,
                startColumn: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
                snippet: { text: f.text },
              },
            },
          },
        ],
        properties: { category: f.category, severity: f.severity, inQuote: f.inQuote },
      };
      if (f.suggestions.length && starts) {
        result.fixes = f.suggestions.map((s) => ({
          description: { text: s.title },
          artifactChanges: [
            {
              artifactLocation: { uri: uri(file.path) },
              replacements: s.edits.map((e) => ({ deletedRegion: region(e.offset[0], e.offset[1]), insertedContent: { text: e.newText } })),
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
            version,
            informationUri: DOCS_BASE,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/^[^/]*\//, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: DOCS_BASE + '#' + r.anchor.replace(/^#/, ''),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity], enabled: !defaultOff.has(r.id) },
              properties: { category: r.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
