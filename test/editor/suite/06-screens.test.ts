/** Screenshots of the real workbench for people to look at (artifacts/editor-*.png); no pixel assertions. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, fixture, openDraft, screenshot, waitDiag, waitFor } from './helpers';

describe('screenshots', () => {
  afterEach(closeAll);

  it('the report beside a draft, the hover, and the getting-started walkthrough', async function () {
    if (!process.env.COPYDESK_TEST_SHOTS) this.skip();
    const text = fixture('drafts/council.md');
    const { doc, editor } = await openDraft(text, 'md', 'council');
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    const a = await api();
    const before = a.report.readyCount;
    await vscode.commands.executeCommand('copydesk.showReport');
    await waitFor(() => a.report.readyCount > before, 'the report page to load');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    assert.ok(await screenshot('editor-report'));
    const p = doc.positionAt(text.indexOf('thugs') + 2);
    editor.selection = new vscode.Selection(p, p);
    await vscode.commands.executeCommand('editor.action.showHover');
    assert.ok(await screenshot('editor-hover'));
    await vscode.commands.executeCommand('editor.action.quickFix');
    assert.ok(await screenshot('editor-quickfix'));
    await closeAll();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'copydesk.copydesk#copydesk.gettingStarted', false);
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label.match(/Walkthrough|Welcome|Get started/i), 'the walkthrough tab', 10000).catch(() => undefined);
    assert.ok(await screenshot('editor-walkthrough'));
  });
});
