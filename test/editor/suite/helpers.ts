/** Helpers for the in-host tests: polling with deadlines (never fixed sleeps), fixtures, the API. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { UpdateStats } from '../../../src/extension/reviewer';

export const EXT_ID = 'copydesk.copydesk';
/** Numbers to report (not to assert on). */
/** (on globalThis: each test file is bundled with its own copy of this module) */
export const measurements: Record<string, unknown> = ((globalThis as { __copydeskMeasurements?: Record<string, unknown> }).__copydeskMeasurements ??= {});

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value, or fail after `ms`. */
export async function waitFor<T>(fn: () => T | Promise<T>, what: string, ms = 20000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(50);
  }
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f;
}

export function wsUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(folder().uri, ...rel.split('/'));
}

export function fsPath(rel: string): string {
  return path.join(folder().uri.fsPath, ...rel.split('/'));
}

/** Write a fresh file in the workspace (unique name per test) and open it in an editor. */
let n = 0;
export async function openDraft(text: string, ext = 'md', name?: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; uri: vscode.Uri }> {
  const rel = `scratch/${name ?? `t${Date.now()}-${n++}`}.${ext}`;
  const uri = wsUri(rel);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor, uri };
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** What the test hook `copydesk._lastUpdateStats` returns: the reviewer's update stats and the draft's state. */
export interface Stats extends UpdateStats {
  pending: boolean;
  skipped: string | null;
  disabled: boolean;
  status: string;
  heldRules: string[];
  referenceDate: string | null;
}

export async function stats(uri: vscode.Uri): Promise<Stats | undefined> {
  return vscode.commands.executeCommand<Stats>('copydesk._lastUpdateStats', uri.toString());
}

/** Wait until the review of the document's current version has been published. */
export async function reviewed(doc: vscode.TextDocument, ms = 20000): Promise<Stats> {
  return waitFor(async () => {
    const s = await stats(doc.uri);
    return s && !s.pending && s.version === doc.version ? s : undefined;
  }, `the review of ${path.basename(doc.uri.path)} v${doc.version}`, ms);
}

/** Diagnostics once the current version is reviewed and VS Code has them. */
export async function diagnosticsOf(doc: vscode.TextDocument, predicate: (ds: vscode.Diagnostic[]) => boolean = () => true, what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  await reviewed(doc);
  return waitFor(() => {
    const ds = copydeskDiagnostics(doc.uri);
    return predicate(ds) ? ds : undefined;
  }, what);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/** Code actions for a diagnostic (diagnostics reach the marker service asynchronously: poll). */
export async function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic, pick: (a: vscode.CodeAction) => boolean, what: string): Promise<vscode.CodeAction> {
  return waitFor(async () => (await codeActions(uri, d.range)).find(pick), what);
}

export async function apply(a: vscode.CodeAction): Promise<void> {
  if (a.edit) assert.ok(await vscode.workspace.applyEdit(a.edit), `applied ${a.title}`);
  if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
}

/** Close every editor without a save prompt: changed drafts are reverted first. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.isDirty);
    if (!tab) break;
    const input = tab.input as { uri?: vscode.Uri };
    if (!input || !input.uri) break;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === input.uri!.toString());
    if (!doc) break;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function api(): Promise<any> {
  const ext = vscode.extensions.getExtension(EXT_ID);
  assert.ok(ext, 'the extension is installed');
  return ext.isActive ? ext.exports : await ext.activate();
}

/** Ask the shim for a screenshot of the workbench, and wait until it is written. */
export async function screenshot(name: string): Promise<string | undefined> {
  const dir = process.env.COPYDESK_TEST_SHOTS;
  if (!dir) return undefined;
  const file = path.join(dir, name + '.png');
  try {
    fs.rmSync(file, { force: true });
  } catch {
    /* fine */
  }
  console.log(`copydesk:screenshot ${name}`);
  try {
    await waitFor(() => fs.existsSync(file) && fs.statSync(file).size > 0, `screenshot ${name}`, 15000);
    return file;
  } catch {
    return undefined;
  }
}

/** The diagnostic of `rule` whose text (in the document) matches. */
export function diag(doc: vscode.TextDocument, ds: vscode.Diagnostic[], rule: string, text: string | RegExp): vscode.Diagnostic | undefined {
  return ds.find((d) => ruleOf(d) === rule && (typeof text === 'string' ? doc.getText(d.range) === text : text.test(doc.getText(d.range))));
}

/** Wait until a diagnostic of `rule` on `text` is (or is not) shown. */
export async function waitDiag(doc: vscode.TextDocument, rule: string, text: string | RegExp, present = true): Promise<vscode.Diagnostic | undefined> {
  await reviewed(doc);
  if (present) return waitFor(() => diag(doc, copydeskDiagnostics(doc.uri), rule, text), `${rule} on ${text}`);
  await waitFor(() => !diag(doc, copydeskDiagnostics(doc.uri), rule, text), `no ${rule} on ${text}`);
  return undefined;
}

/** Read the fixture file (as shipped in test/editor/fixtures/workspace). */
export function fixture(rel: string): string {
  return fs.readFileSync(fsPath(rel), 'utf8');
}

/** Open a workspace file (not a scratch copy). */
export async function openFile(rel: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; uri: vscode.Uri }> {
  const uri = wsUri(rel);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor, uri };
}

/** Set a copydesk setting in the workspace (and wait for it to be seen); returns a restore function. */
export async function setSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<() => Promise<void>> {
  const conf = vscode.workspace.getConfiguration();
  const before = conf.inspect(key);
  const old = target === vscode.ConfigurationTarget.Global ? before?.globalValue : before?.workspaceValue;
  await conf.update(key, value, target);
  const now = () => {
    const i = vscode.workspace.getConfiguration().inspect(key);
    return target === vscode.ConfigurationTarget.Global ? i?.globalValue : i?.workspaceValue;
  };
  await waitFor(() => JSON.stringify(now()) === JSON.stringify(value), `setting ${key}`);
  return async () => {
    await vscode.workspace.getConfiguration().update(key, old, target);
  };
}
