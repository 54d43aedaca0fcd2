/**
 * Copydesk in VS Code: wiring shared by the Node entry (`extension.ts`) and the browser entry
 * (`web.ts`). Nothing here touches Node's built-ins: it all runs on vscode.dev too.
 */
import * as vscode from 'vscode';
import { CopydeskActions } from './actions';
import { registerCommands, type Parts, type Platform } from './commands';
import { HouseConfigs } from './house';
import { CopydeskHover } from './hover';
import { IgnoreStore } from './ignores';
import { ReportPanel } from './reportView';
import { Reviewer } from './reviewer';
import { languages } from './settings';
import { StatusItem } from './status';
import { WorkspaceReview } from './workspaceReview';

/** What `activate` returns (tests reach the parts through it): the command layer's parts and the host. */
export type CopydeskApi = Pick<Parts, 'reviewer' | 'house' | 'ignores' | 'report' | 'status' | 'workspaceReview'> & { host: 'node' | 'web' };

export async function activateCopydesk(context: vscode.ExtensionContext, platform: Platform): Promise<CopydeskApi> {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  context.subscriptions.push(log);
  const version = String(context.extension.packageJSON.version ?? '');
  log.info(`Copydesk ${version} activated in the ${platform.host === 'web' ? 'web worker' : 'Node'} extension host (VS Code ${vscode.version}).`);
  const house = new HouseConfigs();
  const ignores = new IgnoreStore(context.workspaceState);
  // the house file and the ignores apply from the very first review
  await Promise.all([house.loadAll(), ignores.loadAll()]);
  const reviewer = new Reviewer(house, ignores, context.workspaceState);
  const status = new StatusItem(reviewer);
  const report = new ReportPanel(reviewer, vscode.Uri.joinPath(context.extensionUri, 'media', 'report-icon.svg'));
  const workspaceReview = new WorkspaceReview(reviewer, house, ignores);
  context.subscriptions.push(house, ignores, reviewer, status, report, workspaceReview);

  let lastDraft: vscode.Uri | undefined;
  const noteActive = (ed: vscode.TextEditor | undefined) => {
    if (ed && reviewer.get(ed.document.uri)) lastDraft = ed.document.uri;
    const s = ed ? reviewer.get(ed.document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', 'copydesk.active', !!s && !s.disabled);
    void vscode.commands.executeCommand('setContext', 'copydesk.draftDisabled', !!s && s.disabled);
  };

  // code actions and hovers for the reviewed languages (re-registered when the list changes)
  let features: vscode.Disposable[] = [];
  const registerFeatures = () => {
    features.forEach((d) => d.dispose());
    const langs = languages();
    void vscode.commands.executeCommand('setContext', 'copydesk.languages', langs);
    const selector = langs.map((language) => ({ language }));
    features = [
      vscode.languages.registerCodeActionsProvider(selector, new CopydeskActions(reviewer), CopydeskActions.metadata),
      vscode.languages.registerHoverProvider(selector, new CopydeskHover(reviewer)),
    ];
  };
  registerFeatures();
  context.subscriptions.push(
    { dispose: () => features.forEach((d) => d.dispose()) },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copydesk.languages')) registerFeatures();
    }),
    vscode.window.onDidChangeActiveTextEditor(noteActive),
    reviewer.onDidReview((s) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === s.key) noteActive(vscode.window.activeTextEditor);
    }),
    ...registerCommands({
      context,
      reviewer,
      house,
      ignores,
      report,
      status,
      workspaceReview,
      platform,
      lastDraft: () => {
        const ed = vscode.window.activeTextEditor;
        if (ed && reviewer.isReviewable(ed.document)) return ed.document;
        if (ed) return ed.document.uri.scheme === 'output' ? (lastDraft && reviewer.findDocument(lastDraft)) : ed.document;
        return lastDraft ? reviewer.findDocument(lastDraft) : undefined;
      },
    }),
  );

  reviewer.start();
  noteActive(vscode.window.activeTextEditor);
  status.update();
  context.subscriptions.push(house.onDidChange(() => log.info('Configuration changed: re-reviewing open drafts.')));
  return { host: platform.host, reviewer, house, ignores, report, status, workspaceReview };
}
