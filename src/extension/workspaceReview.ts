/**
 * "Review All Drafts in Workspace": every file matching `copydesk.include` (minus `files.exclude`),
 * reviewed with its folder's configuration; results in the Problems panel. Cancellable.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { Engine } from '../core';
import type { HouseConfigs } from './house';
import { ignoreKey, type IgnoreStore } from './ignores';
import { skipReason, toDiagnostic, type Reviewer } from './reviewer';
import { includeGlob } from './settings';

export interface WorkspaceReviewResult {
  files: number;
  reviewed: number;
  skipped: number;
  findings: number;
  cancelled: boolean;
}

/** `files.exclude` (the patterns switched on) and the usual dependency folders, as one glob. */
export function excludeGlob(scope?: vscode.ConfigurationScope): string {
  const fe = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {};
  const pats = Object.entries(fe)
    .filter(([, v]) => v === true)
    .map(([k]) => k);
  pats.push('**/node_modules/**', '**/.copydesk/**');
  return `{${[...new Set(pats)].join(',')}}`;
}

export class WorkspaceReview implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

  constructor(
    private readonly reviewer: Reviewer,
    private readonly house: HouseConfigs,
    private readonly ignores: IgnoreStore,
  ) {
    // an open draft is reviewed live: its workspace-review results step aside
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (this.reviewer.get(d.uri)) this.diagnostics.delete(d.uri);
      }),
    );
  }

  async run(token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<WorkspaceReviewResult> {
    const result: WorkspaceReviewResult = { files: 0, reviewed: 0, skipped: 0, findings: 0, cancelled: false };
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris: vscode.Uri[] = [];
    for (const folder of folders) {
      await this.house.get(folder);
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, includeGlob(folder.uri)), excludeGlob(folder.uri), 10000, token);
      uris.push(...found);
    }
    uris.sort((a, b) => a.toString().localeCompare(b.toString()));
    result.files = uris.length;
    this.diagnostics.clear();
    const step = uris.length ? 100 / uris.length : 100;
    for (const uri of uris) {
      if (token?.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      progress?.report({ message: vscode.workspace.asRelativePath(uri, false), increment: step });
      const open = this.reviewer.findDocument(uri);
      const live = open ? this.reviewer.ensureFresh(open) : undefined;
      if (live) {
        if (live.skipped) result.skipped++;
        else {
          result.reviewed++;
          result.findings += live.findings.length;
        }
        continue;
      }
      let text: string;
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.length > 4 * 1024 * 1024) {
          result.skipped++;
          continue;
        }
        text = new TextDecoder('utf-8').decode(bytes);
      } catch {
        result.skipped++;
        continue;
      }
      if (skipReason(text)) {
        result.skipped++;
        continue;
      }
      const config = this.house.configFor(uri);
      const r = new Engine({ config, referenceDate: this.reviewer.referenceDateFor(uri) ?? config.referenceDate }).review(text);
      let findings: Finding[] = r.findings;
      if (this.ignores.any(uri)) findings = findings.filter((f) => !this.ignores.isIgnored(uri, ignoreKey(text, f).key));
      this.diagnostics.set(uri, findings.map(toDiagnostic));
      result.reviewed++;
      result.findings += findings.length;
      // let the UI breathe between files
      await new Promise((r2) => setTimeout(r2, 0));
    }
    return result;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
