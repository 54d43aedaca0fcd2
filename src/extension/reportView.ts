/** The editorial report webview: follows the active draft, updates as the draft changes. */
import * as vscode from 'vscode';
import { buildReport, type EditorialReport } from '../core/report';
import { reportHtml } from './reportHtml';
import type { DocState, Reviewer } from './reviewer';

export function reportFor(reviewer: Reviewer, doc: vscode.TextDocument): EditorialReport | undefined {
  const s = reviewer.ensureFresh(doc);
  if (!s || !s.result) return undefined;
  return buildReport({
    text: s.text,
    blocks: s.engine.parsedBlocks,
    findings: s.findings,
    referenceDate: s.result.referenceDate,
    referenceSource: s.result.referenceSource,
    path: vscode.workspace.asRelativePath(doc.uri, false),
  });
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  const bytes = new Uint8Array(32);
  globalThis.crypto?.getRandomValues?.(bytes);
  for (let i = 0; i < 32; i++) s += chars[(bytes[i] || Math.floor(Math.random() * 256)) % chars.length];
  return s;
}

export class ReportPanel implements vscode.Disposable {
  static readonly viewType = 'copydesk.report';
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last report shown, and how many times a page has loaded (for tests). */
  last: EditorialReport | undefined;
  readyCount = 0;

  constructor(
    private readonly reviewer: Reviewer,
    private readonly iconPath?: vscode.Uri,
  ) {
    this.disposables.push(
      reviewer.onDidReview((s) => this.onReview(s)),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (this.panel && ed && reviewer.get(ed.document.uri) && ed.document.uri.toString() !== this.uri?.toString()) {
          this.uri = ed.document.uri;
          this.render();
        }
      }),
    );
  }

  get visible(): boolean {
    return !!this.panel;
  }

  show(doc: vscode.TextDocument): EditorialReport | undefined {
    this.uri = doc.uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(ReportPanel.viewType, 'Copydesk report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableFindWidget: true,
        retainContextWhenHidden: false,
        localResourceRoots: [],
      });
      if (this.iconPath) this.panel.iconPath = this.iconPath;
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.onDidReceiveMessage((m) => void this.handleMessage(m));
    } else this.panel.reveal(undefined, true);
    return this.render();
  }

  private onReview(s: DocState): void {
    if (!this.panel || s.key !== this.uri?.toString()) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, 300);
  }

  private render(): EditorialReport | undefined {
    if (!this.panel || !this.uri) return undefined;
    const doc = this.reviewer.findDocument(this.uri);
    if (!doc) return undefined;
    const r = reportFor(this.reviewer, doc);
    if (!r) return undefined;
    this.last = r;
    const name = doc.uri.path.split('/').pop() || 'draft';
    this.panel.title = `Copydesk report: ${name}`;
    this.panel.webview.html = reportHtml(r, { nonce: nonce(), cspSource: this.panel.webview.cspSource, fileName: name });
    return r;
  }

  /** A message from the page: reveal a place in the draft. */
  async handleMessage(m: unknown): Promise<vscode.TextEditor | undefined> {
    if (m && typeof m === 'object' && (m as { type?: unknown }).type === 'ready') {
      this.readyCount++;
      return undefined;
    }
    if (!m || typeof m !== 'object' || (m as { type?: unknown }).type !== 'reveal' || !this.uri) return undefined;
    const { start, end } = m as { start: unknown; end: unknown };
    if (typeof start !== 'number' || typeof end !== 'number') return undefined;
    const doc = this.reviewer.findDocument(this.uri) ?? (await vscode.workspace.openTextDocument(this.uri));
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri!.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
