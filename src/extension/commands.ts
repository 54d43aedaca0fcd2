/** The commands (category "Copydesk"). Each accepts arguments so that tests and keybindings can skip its prompts. */
import * as vscode from 'vscode';
import type { YMD } from '../core';
import { DEFAULT_CONFIG, formatDate, isoDate, parseISODate, parseWrittenDate, today } from '../core';
import { buildReport, reportToMarkdown } from '../core/report';
import { STYLE_DEFAULT_OFF } from '../core/rules/style';
import { jsonReport, sarifReport, type FileReport } from '../cli/format';
import { toJsonFinding } from '../cli/job';
import { CMD_ALLOW, CMD_IGNORE, type IgnoreArgs } from './actions';
import { datelineEdit } from './dateline';
import { safeEdits, workspaceEdit } from './edits';
import { HOUSE_FILE, type HouseConfigs } from './house';
import type { IgnoreStore } from './ignores';
import { reportFor, type ReportPanel } from './reportView';
import type { Reviewer } from './reviewer';
import { SECTION } from './settings';
import type { StatusItem } from './status';
import type { WorkspaceReview } from './workspaceReview';

export interface Platform {
  /** Which extension host this is: Node (desktop, remote, code-server) or a browser's web worker. */
  host: 'node' | 'web';
  /** Who records an ignore (the OS user, where there is one). */
  userName(): string | undefined;
}

export interface Parts {
  context: vscode.ExtensionContext;
  reviewer: Reviewer;
  house: HouseConfigs;
  ignores: IgnoreStore;
  report: ReportPanel;
  status: StatusItem;
  workspaceReview: WorkspaceReview;
  platform: Platform;
  /** The reviewed draft the writer was last in (the report webview takes the focus away). */
  lastDraft(): vscode.TextDocument | undefined;
}

export type ExportFormat = 'markdown' | 'json' | 'sarif';

function parseDate(s: string): YMD | null {
  const t = s.trim();
  if (!t || /^today$/i.test(t)) return today();
  return parseISODate(t) ?? parseWrittenDate(t);
}

const DATE_HINT = 'YYYY-MM-DD, or written out: March 5, 2024';

export function registerCommands(p: Parts): vscode.Disposable[] {
  const { reviewer, house, ignores } = p;

  const currentDraft = (quiet = false): vscode.TextDocument | undefined => {
    const doc = p.lastDraft();
    if (!doc && !quiet) void vscode.window.showInformationMessage('Open a draft (Markdown, plain text or a news draft) first: Copydesk reviews the draft in the active editor.');
    return doc;
  };

  const cmd = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, fn);

  return [
    cmd('copydesk.reviewCurrent', () => {
      const doc = currentDraft();
      if (!doc) return undefined;
      const s = reviewer.ensureFresh(doc);
      if (!s) {
        void vscode.window.showInformationMessage(`Copydesk does not review ${doc.languageId} documents (see the setting copydesk.languages), or it is switched off (copydesk.enable).`);
        return undefined;
      }
      if (s.disabled) {
        void vscode.window.showInformationMessage('Copydesk is off for this draft. Run “Copydesk: Toggle Copydesk for This Draft” to turn it on.');
        return { findings: 0, disabled: true };
      }
      if (s.findings.length) void vscode.commands.executeCommand('workbench.actions.view.problems');
      else void vscode.window.setStatusBarMessage('$(check) Copydesk: nothing to flag in this draft', 4000);
      return { findings: s.findings.length, counts: s.result?.counts, referenceDate: s.result?.referenceDate ?? null };
    }),

    cmd('copydesk.reviewWorkspace', async () => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage('Open a folder first: Copydesk reviews the drafts in the workspace.');
        return undefined;
      }
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Copydesk: reviewing drafts', cancellable: true },
        (progress, token) => p.workspaceReview.run(token, progress),
      );
      const msg = `Copydesk reviewed ${r.reviewed} draft${r.reviewed === 1 ? '' : 's'}${r.skipped ? ` (${r.skipped} skipped)` : ''}${r.cancelled ? ' before you stopped it' : ''}: ${r.findings} issue${r.findings === 1 ? '' : 's'}.`;
      if (r.findings) {
        void vscode.window.showInformationMessage(msg, 'Show Problems').then((c) => {
          if (c) void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
      } else void vscode.window.showInformationMessage(msg);
      return r;
    }),

    cmd('copydesk.fixAllSafe', async () => {
      const doc = currentDraft();
      if (!doc) return 0;
      const s = reviewer.ensureFresh(doc);
      if (!s || !s.result) return 0;
      const { edits, count } = safeEdits(s.findings);
      if (!count) {
        void vscode.window.setStatusBarMessage('Copydesk: no safe fixes to apply', 4000);
        return 0;
      }
      const ok = await vscode.workspace.applyEdit(workspaceEdit(doc, edits));
      if (ok) void vscode.window.setStatusBarMessage(`$(check) Copydesk fixed ${count} issue${count === 1 ? '' : 's'}`, 4000);
      return ok ? count : 0;
    }),

    cmd('copydesk.insertDateline', async (arg?: unknown) => {
      const doc = currentDraft();
      if (!doc) return undefined;
      const s = reviewer.ensureFresh(doc);
      if (!s || !s.result) return undefined;
      let date: YMD | null;
      if (typeof arg === 'string') date = parseDate(arg);
      else {
        const input = await vscode.window.showInputBox({
          title: 'Copydesk: Insert Dateline',
          prompt: `The draft’s date (${DATE_HINT}). Press Enter for today.`,
          value: isoDate(today()),
          validateInput: (v) => (parseDate(v) ? undefined : `Not a date Copydesk can read. Try ${DATE_HINT}.`),
        });
        if (input === undefined) return undefined;
        date = parseDate(input);
      }
      if (!date) {
        void vscode.window.showErrorMessage(`Copydesk could not read that date. Try ${DATE_HINT}.`);
        return undefined;
      }
      const config = house.configFor(doc.uri);
      const blocks = s.engine.parsedBlocks;
      const first = blocks.find((b) => b.kind !== 'front-matter' && b.kind !== 'comment');
      const header = first && first.kind === 'header' ? { start: first.start, end: first.start + first.parsed.text.length } : undefined;
      const edit = datelineEdit(s.text, s.result.info, date, config.dates.format, header);
      const ok = await vscode.workspace.applyEdit(workspaceEdit(doc, [edit]));
      return ok ? formatDate(date, config.dates.format) : undefined;
    }),

    cmd('copydesk.setReferenceDate', async (arg?: unknown) => {
      const doc = currentDraft();
      if (!doc) return undefined;
      let value: string | undefined;
      if (typeof arg === 'string') value = arg;
      else {
        value = await vscode.window.showInputBox({
          title: 'Copydesk: Set Reference Date for This Draft',
          prompt: `The day “today”, “Saturday” and “last week” count from (${DATE_HINT}). Leave empty to use the draft’s own date again.`,
          value: reviewer.referenceDateFor(doc.uri) ?? '',
          validateInput: (v) => (!v.trim() || (parseISODate(v.trim()) ?? parseWrittenDate(v.trim())) ? undefined : `Not a date Copydesk can read. Try ${DATE_HINT}.`),
        });
        if (value === undefined) return undefined;
      }
      const t = value.trim();
      const d = t ? parseISODate(t) ?? parseWrittenDate(t) : null;
      if (t && !d) {
        void vscode.window.showErrorMessage(`Copydesk could not read “${t}” as a date. Try ${DATE_HINT}.`);
        return undefined;
      }
      await reviewer.setReferenceDate(doc.uri, d ? isoDate(d) : undefined);
      const s = reviewer.get(doc.uri);
      void vscode.window.setStatusBarMessage(d ? `Copydesk: dates in this draft count from ${isoDate(d)}` : 'Copydesk: using the draft’s own date', 4000);
      return s?.result?.referenceDate ?? null;
    }),

    cmd('copydesk.showReport', () => {
      const doc = currentDraft();
      if (!doc) return undefined;
      if (!reviewer.ensureFresh(doc)) return undefined;
      return p.report.show(doc);
    }),

    cmd('copydesk.exportReport', async (fmtArg?: unknown, targetArg?: unknown) => {
      const doc = currentDraft();
      if (!doc) return undefined;
      const s = reviewer.ensureFresh(doc);
      if (!s || !s.result) return undefined;
      let format = fmtArg as ExportFormat | undefined;
      if (format !== 'markdown' && format !== 'json' && format !== 'sarif') {
        const pick = await vscode.window.showQuickPick(
          [
            { label: 'Markdown', description: 'the editorial report, for the desk', format: 'markdown' as const },
            { label: 'JSON', description: 'the findings, in the shape the CLI prints', format: 'json' as const },
            { label: 'SARIF', description: 'for code-scanning tools', format: 'sarif' as const },
          ],
          { title: 'Copydesk: Export Report', placeHolder: 'Export the report as…' },
        );
        if (!pick) return undefined;
        format = pick.format;
      }
      const rel = vscode.workspace.asRelativePath(doc.uri, false);
      let content: string;
      if (format === 'markdown') content = reportToMarkdown(reportFor(reviewer, doc) ?? buildReport({ text: s.text, blocks: s.engine.parsedBlocks, findings: s.findings }));
      else {
        // the same JSON and SARIF as the command line prints (src/cli/format.ts)
        const file: FileReport = { path: rel, referenceDate: s.result.referenceDate, findings: s.findings.map(toJsonFinding).sort((a, b) => a.offset[0] - b.offset[0]), text: s.text };
        content = format === 'json' ? jsonReport([file]) + '\n' : sarifReport([file], String(p.context.extension.packageJSON.version ?? '0.1.0'), STYLE_DEFAULT_OFF) + '\n';
      }
      const ext = format === 'markdown' ? 'report.md' : format === 'json' ? 'findings.json' : 'sarif';
      let target: vscode.Uri | undefined;
      if (typeof targetArg === 'string') target = vscode.Uri.parse(targetArg);
      else if (targetArg instanceof vscode.Uri) target = targetArg;
      else {
        const base = doc.uri.path.split('/').pop()!.replace(/\.[^.]+$/, '') || 'draft';
        const dir = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
        target = await vscode.window.showSaveDialog({
          title: 'Copydesk: Export Report',
          defaultUri: dir ? vscode.Uri.joinPath(dir, `${base}.${ext}`) : undefined,
          filters: format === 'markdown' ? { Markdown: ['md'] } : format === 'json' ? { JSON: ['json'] } : { SARIF: ['sarif', 'json'] },
        });
        if (!target) return undefined;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      if (typeof targetArg !== 'string' && !(targetArg instanceof vscode.Uri)) {
        void vscode.window.showInformationMessage(`Copydesk exported the report to ${vscode.workspace.asRelativePath(target, false)}.`, 'Open').then((c) => {
          if (c) void vscode.window.showTextDocument(target!);
        });
      }
      return content;
    }),

    cmd('copydesk.toggle', async () => {
      const doc = currentDraft();
      if (!doc) return undefined;
      if (!reviewer.get(doc.uri) && !reviewer.open(doc)) {
        void vscode.window.showInformationMessage(`Copydesk does not review ${doc.languageId} documents (see the setting copydesk.languages).`);
        return undefined;
      }
      const off = !reviewer.isDisabledForDraft(doc.uri);
      await reviewer.setDisabledForDraft(doc.uri, off);
      void vscode.commands.executeCommand('setContext', 'copydesk.draftDisabled', off);
      void vscode.window.setStatusBarMessage(off ? 'Copydesk is off for this draft' : 'Copydesk is on for this draft', 4000);
      return !off;
    }),

    cmd(CMD_IGNORE, async (args?: IgnoreArgs, reasonArg?: unknown) => {
      if (!args || typeof args.key !== 'string') return undefined;
      let reason = typeof reasonArg === 'string' ? reasonArg : undefined;
      if (reason === undefined) {
        reason = await vscode.window.showInputBox({
          title: `Ignore “${args.text}” here`,
          prompt: `Why is ${args.rule} wrong here? The reason is kept with the draft in ${vscode.workspace.workspaceFolders?.length ? '.copydesk/ignores.json' : 'this workspace'} for the desk to see.`,
          placeHolder: 'e.g. the word is part of an official name',
          validateInput: (v) => (v.trim().length < 3 ? 'Give the desk a reason (a few words).' : undefined),
        });
      }
      if (reason === undefined || !reason.trim()) return undefined;
      const uri = vscode.Uri.parse(args.uri);
      const file = await ignores.add(uri, {
        key: args.key,
        rule: args.rule,
        text: args.text,
        context: args.context,
        reason: reason.trim(),
        by: p.platform.userName() || 'unknown',
        at: new Date().toISOString(),
      });
      return file ? file.toString() : 'workspaceState';
    }),

    cmd(CMD_ALLOW, async (uriArg?: unknown, termArg?: unknown) => {
      if (typeof uriArg !== 'string' || typeof termArg !== 'string' || !termArg.trim()) return undefined;
      const uri = vscode.Uri.parse(uriArg);
      const term = termArg.trim();
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) {
        try {
          const r = await house.addToAllowList(folder, term);
          void vscode.window.setStatusBarMessage(r === 'added' ? `Copydesk: ‘${term}’ added to ${HOUSE_FILE}` : `Copydesk: ‘${term}’ is already allowed`, 4000);
          return r;
        } catch (e) {
          void vscode.window.showErrorMessage(`Copydesk could not change ${HOUSE_FILE}: ${(e as Error).message}`);
          return undefined;
        }
      }
      const conf = vscode.workspace.getConfiguration(SECTION);
      const list = (conf.inspect<string[]>('allow')?.globalValue ?? []).filter((x) => typeof x === 'string');
      if (list.some((x) => x.toLowerCase() === term.toLowerCase())) return 'present';
      await conf.update('allow', [...list, term], vscode.ConfigurationTarget.Global);
      void vscode.window.setStatusBarMessage(`Copydesk: ‘${term}’ added to your allow-list (setting copydesk.allow)`, 4000);
      return 'added';
    }),

    cmd('copydesk.openSample', async () => {
      const uri = vscode.Uri.joinPath(p.context.extensionUri, 'media', 'walkthrough', 'sample-draft.md');
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc.uri.toString();
    }),

    cmd('copydesk.createHouseFile', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showInformationMessage('Open a folder first: the house file lives at the root of the workspace. Without one, use the copydesk.* settings.');
        await vscode.commands.executeCommand('workbench.action.openSettings', '@ext:copydesk.copydesk');
        return undefined;
      }
      const uri = vscode.Uri.joinPath(folder.uri, HOUSE_FILE);
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        // a starter house file: the defaults, spelled out for the desk to edit
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(DEFAULT_CONFIG, null, 2) + '\n'));
      }
      await vscode.window.showTextDocument(uri);
      return uri.toString();
    }),

    cmd('copydesk.openSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:copydesk.copydesk')),

    // test hook: the engine's statistics of the last update of a draft
    cmd('copydesk._lastUpdateStats', (uriArg?: unknown) => {
      const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg instanceof vscode.Uri ? uriArg : p.lastDraft()?.uri;
      const s = uri ? reviewer.get(uri) : undefined;
      if (!s) return undefined;
      return { ...s.stats, pending: !!s.timer, skipped: s.skipped ?? null, disabled: s.disabled, status: p.status.text, heldRules: s.held.map((f) => f.rule), referenceDate: s.result?.referenceDate ?? null };
    }),
  ];
}
