/** Turning the core's offset-based edits into VS Code edits, and the "disable rule" edit. */
import * as vscode from 'vscode';
import type { Finding, Suggestion, TextEdit } from '../core';

/** Non-overlapping edits, in document order; the first of overlapping ones wins. */
export function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset[0] - b.offset[0] || a.offset[1] - b.offset[1]);
  const out: TextEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.offset[0] < end) continue;
    out.push(e);
    end = Math.max(end, e.offset[1]);
  }
  return out;
}

export function workspaceEdit(doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of nonOverlapping(edits)) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset[0]), doc.positionAt(e.offset[1])), e.newText);
  return we;
}

/** The first safe suggestion of each finding, grouped so that no two overlap. */
export function safeEdits(findings: readonly Finding[], filter?: (f: Finding) => boolean): { edits: TextEdit[]; count: number } {
  const chosen: TextEdit[][] = [];
  let end = -1;
  const sorted = [...findings].filter((f) => !filter || filter(f)).sort((a, b) => a.offset[0] - b.offset[0]);
  for (const f of sorted) {
    const s: Suggestion | undefined = f.suggestions.find((x) => x.safe);
    if (!s || !s.edits.length) continue;
    const lo = Math.min(...s.edits.map((e) => e.offset[0]));
    const hi = Math.max(...s.edits.map((e) => e.offset[1]));
    if (lo < end) continue;
    chosen.push(s.edits);
    end = Math.max(end, hi);
  }
  return { edits: chosen.flat(), count: chosen.length };
}

const DISABLE_RE = /^<!--\s*copydesk-disable\s+([^>]*?)\s*-->/;

/**
 * `<!-- copydesk-disable RULE -->` at the top of the draft, after front matter; a directive
 * already there gets the rule added to it.
 */
export function disableRuleEdit(text: string, frontMatterEnd: number | undefined, rule: string): TextEdit {
  let at = 0;
  if (frontMatterEnd !== undefined) {
    at = frontMatterEnd;
    if (text.charAt(at) === '\r') at++;
    if (text.charAt(at) === '\n') at++;
  }
  const existing = DISABLE_RE.exec(text.slice(at, at + 500));
  if (existing) {
    const rules = existing[1].split(/[\s,]+/).filter(Boolean);
    if (rules.includes(rule)) return { offset: [at, at], newText: '' };
    const insertAt = at + existing[0].indexOf(existing[1], 4) + existing[1].length;
    return { offset: [insertAt, insertAt], newText: ' ' + rule };
  }
  if (frontMatterEnd !== undefined && at === frontMatterEnd) {
    // front matter at the very end of the file, with no line break after it
    return { offset: [at, at], newText: `\n<!-- copydesk-disable ${rule} -->\n` };
  }
  return { offset: [at, at], newText: `<!-- copydesk-disable ${rule} -->\n` };
}
