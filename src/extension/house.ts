/**
 * The house file: a `.copydesk.json` at the root of a workspace folder, which a newsroom commits.
 * It overrides the user's settings (`resolveConfig(userSettings, houseFile)`), is reloaded when it
 * changes on disk, and when it is malformed gets one clear diagnostic on itself while the review
 * goes on with whatever part of it is usable.
 */
import * as vscode from 'vscode';
import { applyEdits, modify } from 'jsonc-parser';
import type { ConfigProblem, CopydeskConfig, ResolvedConfig } from '../core';
import { parseConfigText, resolveConfig } from '../core';
import { lineOf, lineStarts } from '../core/text';
import { userConfig } from './settings';

export const HOUSE_FILE = '.copydesk.json';

interface HouseEntry {
  uri: vscode.Uri;
  config: CopydeskConfig;
  problems: ConfigProblem[];
  exists: boolean;
}

export class HouseConfigs implements vscode.Disposable {
  private entries = new Map<string, HouseEntry>();
  private loading = new Map<string, Promise<HouseEntry>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk-config');
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.emitter];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/' + HOUSE_FILE);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && isHouseFileOf(uri, folder)) void this.reload(folder);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      // virtual file systems may not report changes: a save in the editor always counts
      vscode.workspace.onDidSaveTextDocument((d) => reload(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(async (e) => {
        for (const f of e.removed) {
          const entry = this.entries.get(f.uri.toString());
          if (entry) this.diagnostics.delete(entry.uri);
          this.entries.delete(f.uri.toString());
        }
        await Promise.all(e.added.map((f) => this.get(f)));
        this.emitter.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.emitter.fire()),
    );
  }

  /** Load every workspace folder's house file (at start-up). */
  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.get(f)));
  }

  /** The house file of a folder, read once and cached until it changes. */
  get(folder: vscode.WorkspaceFolder): Promise<HouseEntry> {
    const key = folder.uri.toString();
    const e = this.entries.get(key);
    if (e) return Promise.resolve(e);
    let p = this.loading.get(key);
    if (!p) {
      p = this.read(folder).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  /** What is known now, without waiting (undefined until loaded). */
  peek(folder: vscode.WorkspaceFolder | undefined): HouseEntry | undefined {
    return folder ? this.entries.get(folder.uri.toString()) : undefined;
  }

  async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    this.entries.delete(folder.uri.toString());
    await this.get(folder);
    this.emitter.fire();
  }

  /** The layered configuration for a document: user settings, then the house file. */
  configFor(uri: vscode.Uri): ResolvedConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const house = this.peek(folder);
    return resolveConfig(userConfig(uri), house ? this.trusted(house.config) : undefined);
  }

  /** In an untrusted workspace the house file's own patterns (extra terms) are not applied. */
  private trusted(c: CopydeskConfig): CopydeskConfig {
    if (vscode.workspace.isTrusted) return c;
    const { extraTerms: _omit, ...rest } = c as CopydeskConfig & { customPatterns?: unknown };
    delete (rest as { customPatterns?: unknown }).customPatterns;
    return rest;
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<HouseEntry> {
    const uri = vscode.Uri.joinPath(folder.uri, HOUSE_FILE);
    let entry: HouseEntry;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const text = new TextDecoder('utf-8').decode(bytes);
      const { config, problems } = parseConfigText(text);
      entry = { uri, config, problems, exists: true };
      this.publish(uri, text, problems);
    } catch {
      entry = { uri, config: {}, problems: [], exists: false };
      this.diagnostics.delete(uri);
    }
    this.entries.set(folder.uri.toString(), entry);
    return entry;
  }

  private publish(uri: vscode.Uri, text: string, problems: ConfigProblem[]): void {
    if (!problems.length) {
      this.diagnostics.delete(uri);
      return;
    }
    const starts = lineStarts(text);
    const pos = (offset: number): vscode.Position => {
      const o = Math.max(0, Math.min(offset, text.length));
      const line = lineOf(starts, o);
      return new vscode.Position(line, o - starts[line]);
    };
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(pos(p.offset), pos(p.offset + p.length)), p.message, vscode.DiagnosticSeverity.Error);
        d.source = 'Copydesk';
        d.code = 'house-file';
        return d;
      }),
    );
  }

  /** Add a word or phrase to the folder's house allow-list, creating the file if need be. */
  async addToAllowList(folder: vscode.WorkspaceFolder, term: string): Promise<'added' | 'present'> {
    const uri = vscode.Uri.joinPath(folder.uri, HOUSE_FILE);
    const entry = await this.get(folder);
    const fmt = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
    if (!entry.exists) {
      const text = JSON.stringify({ allow: [term] }, null, 2) + '\n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    } else {
      const doc = await vscode.workspace.openTextDocument(uri);
      const text = doc.getText();
      const { config } = parseConfigText(text);
      if ((config.allow ?? []).some((a) => a.toLowerCase() === term.toLowerCase())) return 'present';
      const edits = Array.isArray(config.allow)
        ? modify(text, ['allow', -1], term, { ...fmt, isArrayInsertion: true })
        : modify(text, ['allow'], [term], fmt);
      const next = applyEdits(text, edits);
      if (!edits.length || next === text) throw new Error('The house file could not be changed; fix it first.');
      const we = new vscode.WorkspaceEdit();
      we.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(text.length)), next);
      if (!(await vscode.workspace.applyEdit(we))) throw new Error('The house file could not be changed.');
      await doc.save();
    }
    await this.reload(folder);
    return 'added';
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isHouseFileOf(uri: vscode.Uri, folder: vscode.WorkspaceFolder): boolean {
  return uri.toString() === vscode.Uri.joinPath(folder.uri, HOUSE_FILE).toString();
}
