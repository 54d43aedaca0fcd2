/**
 * "Ignore this occurrence": the writer's reason, kept in `.copydesk/ignores.json` in the workspace
 * folder (committed with the drafts, so the desk sees who waved what through and why).
 *
 * An ignore is keyed by a hash of the rule, the flagged words and the words around them, not by
 * position: it survives edits elsewhere in the draft, and lapses when the sentence itself is
 * rewritten around the flagged words.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core';

export const IGNORE_FILE = '.copydesk/ignores.json';
const WORDS_AROUND = 4;

export interface IgnoreRecord {
  key: string;
  rule: string;
  /** The flagged words. */
  text: string;
  /** The words around them, as hashed (for a person reading the file). */
  context: string;
  reason: string;
  by: string;
  /** ISO 8601 time. */
  at: string;
  /** The draft, relative to the folder, when it was recorded. */
  file?: string;
}

interface IgnoreFile {
  version: 1;
  ignores: IgnoreRecord[];
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function words(s: string): string[] {
  return (s.match(WORD_RE) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

/** The words around a finding: up to four either side, within its paragraph. */
export function ignoreContext(text: string, f: Pick<Finding, 'offset'>): { before: string[]; flagged: string[]; after: string[] } {
  const [s, e] = f.offset;
  let from = Math.max(0, s - 200);
  const para0 = text.lastIndexOf('\n\n', s);
  if (para0 >= from) from = para0 + 2;
  let to = Math.min(text.length, e + 200);
  const para1 = text.indexOf('\n\n', e);
  if (para1 !== -1 && para1 < to) to = para1;
  return {
    before: words(text.slice(from, s)).slice(-WORDS_AROUND),
    flagged: words(text.slice(s, e)),
    after: words(text.slice(e, to)).slice(0, WORDS_AROUND),
  };
}

/** cyrb53: a fast, well-spread 53-bit string hash (pure JS: runs in the browser too). */
export function hash53(str: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function ignoreKey(text: string, f: Pick<Finding, 'offset' | 'rule'>): { key: string; context: string } {
  const c = ignoreContext(text, f);
  const context = [...c.before, '[' + c.flagged.join(' ') + ']', ...c.after].join(' ');
  return { key: hash53(f.rule + '\u0000' + c.before.join(' ') + '\u0000' + c.flagged.join(' ') + '\u0000' + c.after.join(' ')), context };
}

/** Ignores per workspace folder (or, with no folder, in the workspace state). */
export class IgnoreStore implements vscode.Disposable {
  private byFolder = new Map<string, { records: IgnoreRecord[]; keys: Set<string> }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private static readonly STATE_KEY = 'copydesk.ignores';

  constructor(private readonly state: vscode.Memento) {
    // the file, or the whole .copydesk folder (deleting the folder reports only the folder)
    const watcher = vscode.workspace.createFileSystemWatcher('**/.copydesk{,/ignores.json}');
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.load(folder).then(() => this.emitter.fire());
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(async (e) => {
        for (const f of e.removed) this.byFolder.delete(f.uri.toString());
        await Promise.all(e.added.map((f) => this.load(f)));
        this.emitter.fire();
      }),
    );
  }

  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
  }

  private fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
  }

  async load(folder: vscode.WorkspaceFolder): Promise<void> {
    let records: IgnoreRecord[] = [];
    try {
      const raw = JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(this.fileOf(folder)))) as Partial<IgnoreFile>;
      if (raw && Array.isArray(raw.ignores)) records = raw.ignores.filter((r): r is IgnoreRecord => !!r && typeof r.key === 'string');
    } catch {
      // no file yet, or not JSON: nothing ignored
    }
    this.byFolder.set(folder.uri.toString(), { records, keys: new Set(records.map((r) => r.key)) });
  }

  private entry(uri: vscode.Uri): { records: IgnoreRecord[]; keys: Set<string> } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) return this.byFolder.get(folder.uri.toString());
    const records = this.state.get<IgnoreRecord[]>(IgnoreStore.STATE_KEY, []);
    return records.length ? { records, keys: new Set(records.map((r) => r.key)) } : undefined;
  }

  /** Does this document have any ignores at all? (Skips hashing when not.) */
  any(uri: vscode.Uri): boolean {
    const e = this.entry(uri);
    return !!e && e.keys.size > 0;
  }

  isIgnored(uri: vscode.Uri, key: string): boolean {
    const e = this.entry(uri);
    return !!e && e.keys.has(key);
  }

  async add(uri: vscode.Uri, rec: IgnoreRecord): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      const records = this.state.get<IgnoreRecord[]>(IgnoreStore.STATE_KEY, []).filter((r) => r.key !== rec.key);
      records.push(rec);
      await this.state.update(IgnoreStore.STATE_KEY, records);
      this.emitter.fire();
      return undefined;
    }
    await this.load(folder); // pick up what others recorded meanwhile
    const e = this.byFolder.get(folder.uri.toString())!;
    const records = e.records.filter((r) => r.key !== rec.key);
    records.push({ ...rec, file: vscode.workspace.asRelativePath(uri, false) });
    const file = this.fileOf(folder);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.copydesk'));
    const body: IgnoreFile = { version: 1, ignores: records };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(body, null, 2) + '\n'));
    this.byFolder.set(folder.uri.toString(), { records, keys: new Set(records.map((r) => r.key)) });
    this.emitter.fire();
    return file;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
