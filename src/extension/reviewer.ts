/**
 * The live review: one `Engine` per open draft, fed VS Code's change events, debounced with a
 * trailing run (the last keystroke is always reviewed), publishing diagnostics.
 *
 * - Incremental: the change events between two runs are merged into one covering change, so the
 *   engine re-splits and re-checks only the blocks the edits touched.
 * - A finding on the word under the caret is held back while the writer is still typing it, and
 *   shown as soon as the caret leaves that word.
 * - Ignored occurrences (`.copydesk/ignores.json`) are not shown.
 * - Huge or binary-looking documents are skipped, and the writer is told once.
 */
import * as vscode from 'vscode';
import type { Finding, ReviewResult, TextChange } from '../core';
import { Engine } from '../core';
import type { HouseConfigs } from './house';
import { ignoreKey, type IgnoreStore } from './ignores';
import { debounceMs, isEnabled, languages } from './settings';

export const SOURCE = 'Copydesk';
/** Larger documents are not reviewed as you type. */
export const MAX_CHARS = 2 * 1024 * 1024;
const NOT_REVIEWED_SCHEMES = new Set(['output', 'debug', 'git', 'gitfs', 'vscode-scm', 'comment', 'vscode-chat-code-block', 'vscode-notebook-cell-output', 'vscode-settings', 'vscode-terminal']);

export type SkipReason = 'large' | 'binary';

export interface UpdateStats {
  blocks: number;
  reparsed: number;
  rechecked: number;
  full: boolean;
  /** Milliseconds the engine took. */
  ms: number;
  /** Document version reviewed. */
  version: number;
  /** Findings shown / held back / ignored. */
  shown: number;
  held: number;
  ignored: number;
  runs: number;
}

interface Pending {
  /** Dirty region: start, end in the engine's last text, end in the current text. */
  s: number;
  eOld: number;
  eNew: number;
}

export class DocState {
  readonly key: string;
  engine: Engine;
  /** The text and version last reviewed. */
  text = '';
  version = -1;
  result: ReviewResult | undefined;
  /** Findings after ignores (shown and held). */
  findings: Finding[] = [];
  held: Finding[] = [];
  ignored = 0;
  pending: Pending | null | undefined; // undefined: nothing pending; null: unknown region (diff)
  timer: ReturnType<typeof setTimeout> | undefined;
  firstPendingAt = 0;
  /** The region the last edit touched, in the current text (for the caret hold-back). */
  lastEdit: [number, number] | undefined;
  skipped: SkipReason | undefined;
  disabled = false;
  stats: UpdateStats | undefined;
  runs = 0;

  constructor(readonly uri: vscode.Uri, engine: Engine) {
    this.key = uri.toString();
    this.engine = engine;
  }
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = SOURCE;
  d.code = { value: f.rule, target: vscode.Uri.parse(f.docs) };
  if (f.deletion) d.tags = [vscode.DiagnosticTag.Unnecessary];
  return d;
}

/** Does the text look like something other than prose (NULs, many control characters)? */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (!n) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}

export function skipReason(text: string): SkipReason | undefined {
  if (text.length > MAX_CHARS) return 'large';
  if (looksBinary(text)) return 'binary';
  return undefined;
}

export class Reviewer implements vscode.Disposable {
  readonly states = new Map<string, DocState>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly emitter = new vscode.EventEmitter<DocState>();
  /** Fired after each review (or hold-back change) of a draft is published. */
  readonly onDidReview = this.emitter.event;
  private readonly closedEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidForget = this.closedEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.emitter, this.closedEmitter];
  private readonly notified = new Set<SkipReason>();
  private static readonly DISABLED_KEY = 'copydesk.disabledDrafts';
  private static readonly REFDATE_KEY = 'copydesk.referenceDates';

  constructor(
    private readonly house: HouseConfigs,
    private readonly ignores: IgnoreStore,
    private readonly state: vscode.Memento,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.open(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.change(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.selectionChanged(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor(() => this.releaseAllHolds()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk.enable') || e.affectsConfiguration('copydesk.languages')) this.resync();
        else if (e.affectsConfiguration('copydesk')) this.refreshConfig();
      }),
      house.onDidChange(() => this.refreshConfig()),
      ignores.onDidChange(() => {
        for (const s of this.states.values()) if (s.result) this.publish(s);
      }),
    );
  }

  /** Start reviewing every open document Copydesk should review. */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.open(d);
  }

  isReviewable(doc: vscode.TextDocument): boolean {
    if (NOT_REVIEWED_SCHEMES.has(doc.uri.scheme)) return false;
    if (!languages().includes(doc.languageId)) return false;
    return isEnabled(doc.uri);
  }

  get(uri: vscode.Uri): DocState | undefined {
    return this.states.get(uri.toString());
  }

  isDisabledForDraft(uri: vscode.Uri): boolean {
    return this.state.get<string[]>(Reviewer.DISABLED_KEY, []).includes(uri.toString());
  }

  referenceDateFor(uri: vscode.Uri): string | undefined {
    return this.state.get<Record<string, string>>(Reviewer.REFDATE_KEY, {})[uri.toString()];
  }

  async setReferenceDate(uri: vscode.Uri, iso: string | undefined): Promise<void> {
    const all = { ...this.state.get<Record<string, string>>(Reviewer.REFDATE_KEY, {}) };
    if (iso) all[uri.toString()] = iso;
    else delete all[uri.toString()];
    await this.state.update(Reviewer.REFDATE_KEY, all);
    const s = this.get(uri);
    if (s) {
      this.configure(s);
      this.runFor(s);
    }
  }

  async setDisabledForDraft(uri: vscode.Uri, disabled: boolean): Promise<void> {
    const list = this.state.get<string[]>(Reviewer.DISABLED_KEY, []).filter((u) => u !== uri.toString());
    if (disabled) list.push(uri.toString());
    await this.state.update(Reviewer.DISABLED_KEY, list);
    const s = this.get(uri);
    if (!s) return;
    s.disabled = disabled;
    if (disabled) {
      this.clearTimer(s);
      s.result = undefined;
      s.findings = [];
      s.held = [];
      this.diagnostics.delete(uri);
      this.emitter.fire(s);
    } else {
      s.engine = this.newEngine(uri);
      s.pending = undefined;
      this.runFor(s);
    }
  }

  private newEngine(uri: vscode.Uri): Engine {
    const config = this.house.configFor(uri);
    return new Engine({ config, referenceDate: this.referenceDateFor(uri) ?? config.referenceDate });
  }

  private configure(s: DocState): void {
    const config = this.house.configFor(s.uri);
    s.engine.setOptions({ config, referenceDate: this.referenceDateFor(s.uri) ?? config.referenceDate });
  }

  open(doc: vscode.TextDocument): DocState | undefined {
    if (!this.isReviewable(doc)) return undefined;
    let s = this.get(doc.uri);
    if (s) return s;
    s = new DocState(doc.uri, this.newEngine(doc.uri));
    s.disabled = this.isDisabledForDraft(doc.uri);
    this.states.set(s.key, s);
    this.run(s, doc);
    return s;
  }

  forget(uri: vscode.Uri): void {
    const s = this.get(uri);
    this.diagnostics.delete(uri);
    if (!s) return;
    this.clearTimer(s);
    this.states.delete(s.key);
    this.closedEmitter.fire(uri);
  }

  /** Languages or the enable switch changed: start or stop reviewing documents. */
  private resync(): void {
    for (const d of vscode.workspace.textDocuments) {
      if (this.isReviewable(d)) this.open(d);
      else if (this.get(d.uri)) this.forget(d.uri);
    }
  }

  /** Settings or a house file changed: every draft's engine gets the new configuration. */
  refreshConfig(): void {
    for (const s of this.states.values()) {
      this.configure(s);
      this.runFor(s);
    }
  }

  private change(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const s = this.get(e.document.uri);
    if (!s) return;
    if (s.disabled) return;
    // one covering change for this event (all its changes are against the same text)
    let a = Infinity;
    let b = -Infinity;
    let d = 0;
    for (const c of e.contentChanges) {
      a = Math.min(a, c.rangeOffset);
      b = Math.max(b, c.rangeOffset + c.rangeLength);
      d += c.text.length - c.rangeLength;
    }
    s.lastEdit = [a, b + d];
    if (s.result === undefined || s.pending === null) s.pending = s.result === undefined ? undefined : null;
    else if (s.pending === undefined) s.pending = { s: a, eOld: b, eNew: b + d };
    else {
      const p = s.pending;
      const start = Math.min(p.s, a);
      let eOld = p.eOld;
      let end = p.eNew;
      if (b > end) {
        eOld += b - end;
        end = b;
      }
      s.pending = { s: start, eOld, eNew: end + d };
    }
    this.schedule(s, e.document);
  }

  private schedule(s: DocState, doc: vscode.TextDocument): void {
    const ms = debounceMs(doc.uri);
    const now = Date.now();
    if (!s.timer) s.firstPendingAt = now;
    else clearTimeout(s.timer);
    // keep typing from starving the review: at most 4 debounce periods (at least 1 s) between runs
    const overdue = now - s.firstPendingAt >= Math.max(1000, ms * 4);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      const current = this.findDocument(s.uri);
      if (current && this.states.get(s.key) === s) this.run(s, current);
    }, overdue ? 0 : ms);
  }

  private clearTimer(s: DocState): void {
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
  }

  findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** Review now (if the document is open). */
  runFor(s: DocState): void {
    const doc = this.findDocument(s.uri);
    if (doc) this.run(s, doc);
  }

  /** Make sure the findings are those of the document's current text. */
  ensureFresh(doc: vscode.TextDocument): DocState | undefined {
    const s = this.get(doc.uri) ?? this.open(doc);
    if (s && !s.disabled && (s.version !== doc.version || s.timer)) this.run(s, doc);
    return s;
  }

  private run(s: DocState, doc: vscode.TextDocument): void {
    this.clearTimer(s);
    if (s.disabled) return;
    const text = doc.getText();
    const skip = skipReason(text);
    if (skip) {
      s.skipped = skip;
      s.result = undefined;
      s.pending = undefined;
      s.findings = [];
      s.held = [];
      s.text = '';
      s.version = doc.version;
      this.diagnostics.delete(s.uri);
      this.notifySkip(skip, doc);
      this.emitter.fire(s);
      return;
    }
    s.skipped = undefined;
    const t0 = now();
    let result: ReviewResult;
    if (!s.result) result = s.engine.review(text);
    else if (s.pending) {
      const change: TextChange = { rangeOffset: s.pending.s, rangeLength: s.pending.eOld - s.pending.s, text: text.slice(s.pending.s, s.pending.eNew) };
      result = s.engine.update(text, [change]);
    } else result = s.engine.update(text); // unknown region (or no change): the engine compares texts
    const ms = now() - t0;
    s.pending = undefined;
    s.text = text;
    s.version = doc.version;
    s.result = result;
    s.runs++;
    const lu = s.engine.lastUpdate;
    s.stats = { blocks: lu.blocks, reparsed: lu.reparsed, rechecked: lu.rechecked, full: lu.full, ms, version: doc.version, shown: 0, held: 0, ignored: 0, runs: s.runs };
    this.publish(s);
  }

  /** Apply ignores and the hold-back, and hand the diagnostics to VS Code. */
  publish(s: DocState): void {
    if (!s.result) return;
    let findings = s.result.findings;
    s.ignored = 0;
    if (this.ignores.any(s.uri)) {
      findings = findings.filter((f) => !this.ignores.isIgnored(s.uri, ignoreKey(s.text, f).key));
      s.ignored = s.result.findings.length - findings.length;
    }
    s.findings = findings;
    s.held = this.heldBack(s, findings);
    const shown = s.held.length ? findings.filter((f) => !s.held.includes(f)) : findings;
    this.diagnostics.set(s.uri, shown.map(toDiagnostic));
    if (s.stats) {
      s.stats.shown = shown.length;
      s.stats.held = s.held.length;
      s.stats.ignored = s.ignored;
    }
    this.emitter.fire(s);
  }

  /** Findings on the word the writer is typing right now. */
  private heldBack(s: DocState, findings: Finding[]): Finding[] {
    const edit = s.lastEdit;
    if (!edit) return [];
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.toString() !== s.key || !editor.selection.isEmpty) return [];
    if (editor.document.version !== s.version) return [];
    const caret = editor.document.offsetAt(editor.selection.active);
    if (caret < edit[0] || caret > edit[1]) return [];
    return findings.filter((f) => f.offset[0] <= caret && caret <= f.offset[1] && f.offset[0] <= edit[1] && edit[0] <= f.offset[1]);
  }

  private selectionChanged(editor: vscode.TextEditor): void {
    const s = this.get(editor.document.uri);
    if (!s || !s.lastEdit) return;
    // still typing the same word? keep holding
    const pos = editor.selection.active;
    const word = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(pos) : undefined;
    if (word) {
      const ws = editor.document.offsetAt(word.start);
      const we = editor.document.offsetAt(word.end);
      if (ws <= s.lastEdit[1] && s.lastEdit[0] <= we) return;
    }
    s.lastEdit = undefined;
    if (s.held.length) this.publish(s);
  }

  private releaseAllHolds(): void {
    for (const s of this.states.values()) {
      if (!s.lastEdit) continue;
      s.lastEdit = undefined;
      if (s.held.length) this.publish(s);
    }
  }

  private notifySkip(reason: SkipReason, doc: vscode.TextDocument): void {
    if (this.notified.has(reason)) return;
    this.notified.add(reason);
    const name = doc.uri.path.split('/').pop() || doc.uri.toString();
    const why = reason === 'large' ? `it is larger than ${MAX_CHARS / 1024 / 1024} MB` : 'it does not look like text';
    void vscode.window.showInformationMessage(`Copydesk is not reviewing “${name}”: ${why}.`);
  }

  dispose(): void {
    for (const s of this.states.values()) this.clearTimer(s);
    for (const d of this.disposables) d.dispose();
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
