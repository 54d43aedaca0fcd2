/**
 * Hover on a finding: why it matters, the alternatives, the date it resolves to, and the rule's
 * documentation. (VS Code's own diagnostic hover shows the message beside it.)
 */
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { RULE_INDEX, describeResolved } from '../core';
import type { Reviewer } from './reviewer';

const CATEGORY_NAMES: Record<Finding['category'], string> = {
  loaded: 'Loaded language',
  sourcing: 'Sourcing',
  dates: 'Dates',
  style: 'Style',
};

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function hoverMarkdown(f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.supportHtml = false;
  const meta = RULE_INDEX.get(f.rule);
  md.appendMarkdown(`**Copydesk · ${CATEGORY_NAMES[f.category]}**${f.inQuote ? ' · _inside a quotation_' : ''}\n\n`);
  if (f.explanation) md.appendMarkdown(escapeMd(f.explanation) + '\n\n');
  else if (meta) md.appendMarkdown(escapeMd(meta.description) + '\n\n');
  if (f.alternatives && f.alternatives.length) {
    md.appendMarkdown('**Alternatives:** ' + f.alternatives.map((a) => '‘' + escapeMd(a) + '’').join(', ') + '\n\n');
  }
  if (f.resolved) {
    const shown = describeResolved(f.resolved, 'long');
    md.appendMarkdown(`**Resolves to:** ${escapeMd(shown)}\n\n`);
  }
  md.appendMarkdown(`$(book) [About \`${f.rule}\`](${f.docs})`);
  return md;
}

export class CopydeskHover implements vscode.HoverProvider {
  constructor(private readonly reviewer: Reviewer) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const s = this.reviewer.get(doc.uri);
    if (!s || !s.result || s.version !== doc.version) return undefined;
    const offset = doc.offsetAt(pos);
    const here = s.findings.filter((f) => f.offset[0] <= offset && offset <= f.offset[1] && f.offset[1] > f.offset[0] && !s.held.includes(f));
    if (!here.length) return undefined;
    const parts = here.slice(0, 3).map(hoverMarkdown);
    const f = here[0];
    return new vscode.Hover(parts, new vscode.Range(doc.positionAt(f.offset[0]), doc.positionAt(f.offset[1])));
  }
}
