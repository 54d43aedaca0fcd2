/**
 * Code actions: every suggestion as its own quick fix (the first preferred), then "Fix all of
 * this kind", "Ignore this occurrence…", "Add ‘X’ to the house allow-list", "Disable rule R in
 * this file"; and `source.fixAll.copydesk` (the safe suggestions) for `editor.codeActionsOnSave`.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { disableRuleEdit, safeEdits, workspaceEdit } from './edits';
import { ignoreKey } from './ignores';
import { SOURCE, type Reviewer } from './reviewer';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

export const CMD_IGNORE = 'copydesk.ignoreOccurrence';
export const CMD_ALLOW = 'copydesk.addToAllowList';

/** What "Ignore this occurrence…" hands its command. */
export interface IgnoreArgs {
  uri: string;
  key: string;
  rule: string;
  text: string;
  context: string;
}

function sameRange(f: Finding, r: vscode.Range): boolean {
  return f.range.start.line === r.start.line && f.range.start.character === r.start.character && f.range.end.line === r.end.line && f.range.end.character === r.end.character;
}

function toRange(f: Finding): vscode.Range {
  return new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
}

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c && typeof c === 'object') return String(c.value);
  return c === undefined ? undefined : String(c);
}

/** Plain words for the allow-list: the flagged text without surrounding punctuation. */
export function allowTerm(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
}

export class CopydeskActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly reviewer: Reviewer) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.reviewer.ensureFresh(doc);
    if (!state || !state.result || state.disabled) return [];
    const only = context.only;
    const wantsFix = !only || vscode.CodeActionKind.QuickFix.intersects(only);
    const wantsFixAll = !!only && FIX_ALL_KIND.intersects(only);
    const out: vscode.CodeAction[] = [];
    if (wantsFix) {
      const seen = new Set<Finding>();
      for (const d of context.diagnostics) {
        if (d.source !== SOURCE) continue;
        const rule = ruleOf(d);
        let f = state.findings.find((x) => x.rule === rule && sameRange(x, d.range));
        if (!f) f = state.findings.find((x) => x.rule === rule && !!toRange(x).intersection(d.range));
        if (!f || seen.has(f)) continue;
        seen.add(f);
        out.push(...this.actionsFor(doc, f, d, state.findings, state.text));
      }
    }
    if (wantsFixAll) {
      const fixAll = this.fixAll(doc, state.findings);
      if (fixAll) out.push(fixAll);
    }
    void range;
    return out;
  }

  private actionsFor(doc: vscode.TextDocument, f: Finding, d: vscode.Diagnostic, all: Finding[], text: string): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    f.suggestions.forEach((s, i) => {
      const a = new vscode.CodeAction(s.title, vscode.CodeActionKind.QuickFix);
      a.edit = workspaceEdit(doc, s.edits);
      a.diagnostics = [d];
      if (i === 0) a.isPreferred = true;
      out.push(a);
    });
    // fix all of this kind: the safe suggestions of the same rule in the file
    const kind = safeEdits(all, (x) => x.rule === f.rule);
    if (kind.count >= 2) {
      const a = new vscode.CodeAction(`Fix all Copydesk issues of this kind (${kind.count} × ${f.rule})`, vscode.CodeActionKind.QuickFix);
      a.edit = workspaceEdit(doc, kind.edits);
      a.diagnostics = [d];
      out.push(a);
    }
    const { key, context } = ignoreKey(text, f);
    const ignore = new vscode.CodeAction('Ignore this occurrence…', vscode.CodeActionKind.QuickFix);
    const args: IgnoreArgs = { uri: doc.uri.toString(), key, rule: f.rule, text: f.text, context };
    ignore.command = { command: CMD_IGNORE, title: 'Ignore this occurrence…', arguments: [args] };
    ignore.diagnostics = [d];
    out.push(ignore);
    const term = allowTerm(f.text);
    if (term && term.length <= 60 && f.category !== 'dates' && f.rule !== 'sourcing/tk') {
      const allow = new vscode.CodeAction(`Add ‘${term}’ to the house allow-list`, vscode.CodeActionKind.QuickFix);
      allow.command = { command: CMD_ALLOW, title: allow.title, arguments: [doc.uri.toString(), term] };
      allow.diagnostics = [d];
      out.push(allow);
    }
    const blocks = this.reviewer.get(doc.uri)?.engine.parsedBlocks;
    const fm = blocks && blocks[0] && blocks[0].kind === 'front-matter' ? blocks[0].start + blocks[0].parsed.text.length : undefined;
    const edit = disableRuleEdit(text, fm, f.rule);
    if (edit.newText) {
      const disable = new vscode.CodeAction(`Disable rule ${f.rule} in this file`, vscode.CodeActionKind.QuickFix);
      disable.edit = workspaceEdit(doc, [edit]);
      disable.diagnostics = [d];
      out.push(disable);
    }
    return out;
  }

  private fixAll(doc: vscode.TextDocument, findings: Finding[]): vscode.CodeAction | undefined {
    const { edits, count } = safeEdits(findings);
    if (!count) return undefined;
    const a = new vscode.CodeAction(`Fix all safe Copydesk issues (${count})`, FIX_ALL_KIND);
    a.edit = workspaceEdit(doc, edits);
    return a;
  }
}
