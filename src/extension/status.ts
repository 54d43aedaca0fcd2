/** The status bar item: the current draft's counts by category; a click opens the report. */
import * as vscode from 'vscode';
import type { Category } from '../core';
import { CATEGORIES } from '../core';
import { MAX_CHARS, type DocState, type Reviewer } from './reviewer';

export function statusText(s: DocState | undefined): { text: string; tooltip: string } {
  if (!s) return { text: '', tooltip: '' };
  if (s.disabled) return { text: '$(circle-slash) Copydesk: off', tooltip: 'Copydesk is off for this draft. Run “Copydesk: Toggle Copydesk for This Draft” to turn it back on.' };
  if (s.skipped === 'large') return { text: '$(warning) Copydesk: skipped', tooltip: `This document is larger than ${MAX_CHARS / 1024 / 1024} MB; Copydesk does not review it as you type.` };
  if (s.skipped === 'binary') return { text: '$(warning) Copydesk: skipped', tooltip: 'This document does not look like text; Copydesk does not review it.' };
  const counts: Record<Category, number> = { loaded: 0, sourcing: 0, dates: 0, style: 0 };
  for (const f of s.findings) counts[f.category]++;
  const parts = CATEGORIES.filter((c) => counts[c]).map((c) => `${counts[c]} ${c}`);
  const text = '$(book) Copydesk: ' + (parts.length ? parts.join(' · ') : 'no issues');
  const ref = s.result?.referenceDate;
  const tooltip =
    (parts.length ? `Copydesk found ${s.findings.length} issue${s.findings.length === 1 ? '' : 's'} in this draft` : 'Copydesk found nothing to flag in this draft') +
    (ref ? ` (reference date ${ref})` : '') +
    (s.ignored ? `; ${s.ignored} ignored` : '') +
    '. Click for the editorial report.';
  return { text, tooltip };
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly reviewer: Reviewer) {
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.showReport';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      reviewer.onDidReview((s) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === s.key) this.update();
      }),
      reviewer.onDidForget(() => this.update()),
    );
    this.update();
  }

  /** The text shown now (for tests). */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const ed = vscode.window.activeTextEditor;
    const s = ed ? this.reviewer.get(ed.document.uri) : undefined;
    if (!s) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusText(s);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = s.disabled ? 'copydesk.toggle' : 'copydesk.showReport';
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
