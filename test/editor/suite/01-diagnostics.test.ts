/** Diagnostics, hovers and the status bar on real drafts, in the real editor. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, copydeskDiagnostics, diag, diagnosticsOf, fixture, openDraft, openFile, reviewed, ruleOf, stats, waitDiag, waitFor } from './helpers';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('a sample draft gets the expected diagnostics: rule, range, severity, source, docs link', async () => {
    const text = fixture('drafts/council.md');
    const { doc } = await openDraft(text);
    const ds = await diagnosticsOf(doc, (d) => d.length >= 6, 'the findings of council.md');
    const expect: [string, string | RegExp, vscode.DiagnosticSeverity][] = [
      ['loaded/pejorative', 'thugs', vscode.DiagnosticSeverity.Warning],
      ['sourcing/vague-attribution', /^Critics/, vscode.DiagnosticSeverity.Warning],
      ['dates/relative-day', 'tomorrow', vscode.DiagnosticSeverity.Warning],
      ['sourcing/tk', 'TK', vscode.DiagnosticSeverity.Warning],
      ['style/adverb', 'really', vscode.DiagnosticSeverity.Hint],
    ];
    for (const [rule, t, sev] of expect) {
      const d = diag(doc, ds, rule, t);
      assert.ok(d, `${rule} on ${t}: got ${ds.map((x) => `${ruleOf(x)}:${doc.getText(x.range)}`).join(', ')}`);
      assert.strictEqual(d.severity, sev, `${rule} severity`);
      assert.strictEqual(d.source, 'Copydesk');
      assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code carries the docs link');
      assert.match(String((d.code as { target: vscode.Uri }).target), /^https:\/\/github\.com\/copydesk\/copydesk#/);
      assert.ok(d.message.length > 10 && !/undefined/.test(d.message), d.message);
    }
    // the exact range of "thugs" (line/character in UTF-16, as VS Code counts)
    const thugs = diag(doc, ds, 'loaded/pejorative', 'thugs')!;
    const at = text.indexOf('thugs');
    assert.deepStrictEqual([thugs.range.start, thugs.range.end].map((p) => doc.offsetAt(p)), [at, at + 5]);
    // a deletion fix is marked Unnecessary (faded), others are not
    assert.deepStrictEqual(diag(doc, ds, 'style/adverb', 'really')!.tags, [vscode.DiagnosticTag.Unnecessary]);
    assert.ok(!thugs.tags || !thugs.tags.includes(vscode.DiagnosticTag.Unnecessary));
  });

  it('ranges stay right after astral characters (UTF-16 offsets)', async () => {
    const { doc } = await openDraft('---\ndate: 2024-03-05\n---\n\n# 🌊 Flood\n\nThe 🌊🌊 rose and thugs looted 🏚️ homes.\n');
    const d = await waitDiag(doc, 'loaded/pejorative', 'thugs');
    assert.ok(d);
    assert.strictEqual(doc.getText(d.range), 'thugs');
  });

  it('plain text and news drafts (.story → newsdraft) are reviewed too', async () => {
    const txt = await openFile('drafts/notes.txt');
    assert.strictEqual(txt.doc.languageId, 'plaintext');
    await waitDiag(txt.doc, 'loaded/pejorative', 'thugs');
    const story = await openFile('drafts/brief.story');
    assert.strictEqual(story.doc.languageId, 'newsdraft');
    await waitDiag(story.doc, 'dates/relative-day', 'yesterday');
  });

  it('other languages are left alone', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: '// Critics say the thugs fled.\n' });
    await vscode.window.showTextDocument(doc);
    const a = await api();
    assert.strictEqual(a.reviewer.get(doc.uri), undefined);
    assert.deepStrictEqual(copydeskDiagnostics(doc.uri), []);
  });

  it('closing a document clears its diagnostics', async () => {
    const { doc, uri } = await openDraft('# Note\n\nThe thugs fled.\n');
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    // VS Code closes a document (onDidCloseTextDocument) when its language changes, at once; after
    // its editor closes it may keep it a while. Either way its diagnostics must go.
    await vscode.languages.setTextDocumentLanguage(doc, 'javascript');
    await waitFor(() => copydeskDiagnostics(uri).length === 0, 'its diagnostics to be cleared');
    const a = await api();
    assert.strictEqual(a.reviewer.get(uri), undefined, 'no longer reviewed');
  });

  it('an empty document is fine: no findings, no errors', async () => {
    const { doc, uri } = await openDraft('');
    const s = await reviewed(doc);
    assert.strictEqual(s.shown, 0);
    assert.deepStrictEqual(copydeskDiagnostics(uri), []);
    assert.match(s.status, /Copydesk: no issues/);
    // typing into it works
    const ed = vscode.window.activeTextEditor!;
    await ed.edit((b) => b.insert(new vscode.Position(0, 0), 'Critics say it failed.\n'));
    await waitDiag(doc, 'sourcing/vague-attribution', /^Critics/);
  });

  it('the hover explains why, lists alternatives and links the rule', async () => {
    const text = fixture('drafts/council.md');
    const { doc } = await openDraft(text);
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    const pos = doc.positionAt(text.indexOf('thugs') + 2);
    const hovers = await waitFor(async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      return hs?.find((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes('Copydesk')));
    }, 'the Copydesk hover');
    const md = hovers.contents.map((c) => (c as vscode.MarkdownString).value).join('\n');
    assert.match(md, /Loaded language/);
    assert.match(md, /\*\*Alternatives:\*\*.*attacker/);
    assert.match(md, /\[About `loaded\/pejorative`\]\(https:\/\/github\.com\/copydesk\/copydesk#loadedpejorative\)/);
    // a date's hover tells the date it resolves to
    const tPos = doc.positionAt(text.indexOf('tomorrow') + 1);
    const dh = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, tPos);
    const dmd = dh.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n');
    assert.match(dmd, /Resolves to:\*\* Wednesday, March 6, 2024/);
  });

  it('the status bar counts the findings by category', async () => {
    const { doc } = await openDraft(fixture('drafts/council.md'));
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    const s = await waitFor(async () => {
      const st = await stats(doc.uri);
      return st && /loaded/.test(st.status) ? st : undefined;
    }, 'status text');
    assert.match(s.status, /^\$\(book\) Copydesk: 1 loaded · \d+ sourcing · \d+ dates · \d+ style$/);
    const a = await api();
    assert.strictEqual(a.status.text, s.status);
  });
});
