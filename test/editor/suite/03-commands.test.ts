/** The commands, run as a user would through the command system (prompts answered by arguments). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, closeAll, copydeskDiagnostics, fixture, fsPath, openDraft, openFile, reviewed, ruleOf, setSetting, stats, waitDiag, waitFor, wsUri } from './helpers';

const COUNCIL = () => fixture('drafts/council.md');

describe('commands', () => {
  afterEach(closeAll);

  it('every command is registered, and the palette shows them only for drafts', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const c of ['reviewCurrent', 'reviewWorkspace', 'fixAllSafe', 'insertDateline', 'setReferenceDate', 'showReport', 'exportReport', 'toggle']) {
      assert.ok(all.includes(`copydesk.${c}`), c);
    }
    const pkg = vscode.extensions.getExtension('copydesk.copydesk')!.packageJSON;
    const palette = pkg.contributes.menus.commandPalette as { command: string; when: string }[];
    for (const c of pkg.contributes.commands as { command: string; category: string }[]) {
      assert.strictEqual(c.category, 'Copydesk', c.command);
      if (c.command === 'copydesk.openSample' || c.command === 'copydesk.openSettings') continue; // useful anywhere
      assert.ok(palette.some((p) => p.command === c.command && p.when), `${c.command} has a when clause`);
    }
  });

  it('Review Current Draft reviews at once and returns the counts', async () => {
    const { doc } = await openDraft(COUNCIL());
    const r = await vscode.commands.executeCommand<{ findings: number; counts: Record<string, number>; referenceDate: string }>('copydesk.reviewCurrent');
    assert.ok(r.findings >= 6, JSON.stringify(r));
    assert.strictEqual(r.counts.loaded, 1);
    assert.strictEqual(r.referenceDate, '2024-03-05');
    assert.strictEqual((await reviewed(doc)).version, doc.version);
  });

  it('Fix All Safe Issues applies the safe fixes', async () => {
    const text = COUNCIL();
    const { doc } = await openDraft(text);
    await waitDiag(doc, 'dates/relative-day', 'tomorrow');
    const n = await vscode.commands.executeCommand<number>('copydesk.fixAllSafe');
    assert.ok(n >= 3, `fixed ${n}`);
    const out = doc.getText();
    assert.ok(out.includes('Work starts Wednesday, March 6, and the first phase ends Friday, March 8.'), out);
    assert.ok(out.includes('thugs'), 'no unsafe fix');
  });

  describe('Insert Dateline', () => {
    it('replaces the date in the front matter, written YYYY-MM-DD for YAML', async () => {
      const text = COUNCIL();
      const { doc } = await openDraft(text);
      await reviewed(doc);
      const shown = await vscode.commands.executeCommand<string>('copydesk.insertDateline', '2024-03-06');
      assert.strictEqual(shown, 'March 6, 2024');
      assert.strictEqual(doc.getText(), text.replace('date: 2024-03-05', 'date: 2024-03-06'));
      // the draft's date moved: "tomorrow" now means March 7
      await waitFor(async () => (await stats(doc.uri))?.referenceDate === '2024-03-06', 'the new reference date');
    });

    it('adds a date to front matter that has none', async () => {
      const { doc } = await openDraft('---\ntitle: A storm\n---\n\n# A storm\n\nIt rained.\n');
      await reviewed(doc);
      await vscode.commands.executeCommand('copydesk.insertDateline', 'Sept. 3, 2024');
      assert.strictEqual(doc.getText(), '---\ntitle: A storm\ndate: 2024-09-03\n---\n\n# A storm\n\nIt rained.\n');
    });

    it('adds a Date: line below the headline when there is no front matter', async () => {
      const { doc } = await openDraft('# A storm\n\nIt rained on the town.\n');
      await reviewed(doc);
      await vscode.commands.executeCommand('copydesk.insertDateline', '2024-03-06');
      assert.strictEqual(doc.getText(), '# A storm\n\nDate: March 6, 2024\n\nIt rained on the town.\n');
      const s = await waitFor(async () => {
        const st = await stats(doc.uri);
        return st && st.version === doc.version ? st : undefined;
      }, 'the review after the dateline');
      assert.strictEqual(s.referenceDate, '2024-03-06');
    });

    it('adds a date field to a news-draft header, in the format the settings ask for', async () => {
      const restore = await setSetting('copydesk.dates.format', 'iso');
      try {
        const { doc } = await openDraft('slug: storm\nhed: A storm\n\nIt rained on the town.\n', 'story');
        assert.strictEqual(doc.languageId, 'newsdraft');
        await reviewed(doc);
        await vscode.commands.executeCommand('copydesk.insertDateline', 'March 6, 2024');
        assert.strictEqual(doc.getText(), 'slug: storm\nhed: A storm\ndate: 2024-03-06\n\nIt rained on the town.\n');
      } finally {
        await restore();
      }
    });
  });

  it('Set Reference Date for This Draft overrides the draft’s own date, and clears', async () => {
    const { doc } = await openDraft(COUNCIL());
    await waitDiag(doc, 'dates/relative-day', 'tomorrow');
    const ref = await vscode.commands.executeCommand<string>('copydesk.setReferenceDate', '2024-03-10');
    assert.strictEqual(ref, '2024-03-10');
    const msg = () => copydeskDiagnostics(doc.uri).find((d) => doc.getText(d.range) === 'tomorrow')?.message ?? '';
    await waitFor(() => /March 11/.test(msg()), 'tomorrow = March 11');
    const a = await api();
    assert.strictEqual(a.reviewer.referenceDateFor(doc.uri), '2024-03-10', 'stored for this draft');
    assert.strictEqual(await vscode.commands.executeCommand('copydesk.setReferenceDate', ''), '2024-03-05');
    await waitFor(() => /March 6/.test(msg()), 'back to the draft’s own date');
  });

  it('Show Editorial Report: counts, attribution, quotations and speakers, dates, TKs; a click reveals the place', async () => {
    const text = COUNCIL();
    const { doc } = await openDraft(text);
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    const r = await vscode.commands.executeCommand<any>('copydesk.showReport');
    assert.ok(r, 'the report');
    const a = await api();
    assert.ok(a.report.visible, 'the webview is open');
    assert.strictEqual(r.title, 'Council approves riverfront plan');
    assert.strictEqual(r.counts.loaded, 1);
    assert.strictEqual(r.referenceDate, '2024-03-05');
    // quotations with their speakers
    const rebuild = r.quotes.find((q: any) => /rebuild/.test(q.text));
    assert.ok(rebuild && /the mayor said/.test(rebuild.speaker), JSON.stringify(r.quotes));
    const never = r.quotes.find((q: any) => /never work/.test(q.text));
    assert.ok(never && never.speaker === null, JSON.stringify(never));
    // relative dates, resolved
    const tomorrow = r.relativeDates.find((d: any) => d.text === 'tomorrow');
    assert.strictEqual(tomorrow?.resolved, '2024-03-06');
    // TKs and unattributed sentences
    assert.strictEqual(r.tks.length, 1);
    assert.ok(r.sentences.unattributed.some((s: any) => /thugs blocked/.test(s.text)), JSON.stringify(r.sentences.unattributed));
    assert.ok(r.sentences.attributed.some((s: any) => /mayor said/.test(s.text)));
    assert.ok(!r.sentences.attributed.some((s: any) => /Critics say/.test(s.text)), 'a vague attribution does not count');
    // what a click in the page asks for: reveal the place in the draft
    const place = r.findings.find((f: any) => f.rule === 'loaded/pejorative');
    const editor = await a.report.handleMessage({ type: 'reveal', start: place.offset[0], end: place.offset[1] });
    assert.strictEqual(editor.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), 'thugs');
  });

  it('Export Report: Markdown, JSON (the CLI’s shape) and SARIF', async () => {
    const { doc } = await openDraft(COUNCIL(), 'md', 'export-me');
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    const md = await vscode.commands.executeCommand<string>('copydesk.exportReport', 'markdown', wsUri('scratch/out.report.md').toString());
    assert.match(md, /^# Copydesk report: Council approves riverfront plan/);
    assert.match(md, /## Quotations[\s\S]*never work.*\*\*no speaker\*\*/);
    assert.match(md, /tomorrow → Wednesday, March 6, 2024 \(2024-03-06\)/);
    assert.strictEqual(fs.readFileSync(fsPath('scratch/out.report.md'), 'utf8'), md);
    const json = JSON.parse(await vscode.commands.executeCommand<string>('copydesk.exportReport', 'json', wsUri('scratch/out.findings.json').toString()));
    assert.strictEqual(json.version, 1);
    assert.strictEqual(json.files[0].path, 'scratch/export-me.md');
    assert.strictEqual(json.files[0].referenceDate, '2024-03-05');
    const f = json.files[0].findings.find((x: any) => x.rule === 'loaded/pejorative');
    assert.deepStrictEqual(Object.keys(f), ['rule', 'category', 'severity', 'offset', 'range', 'text', 'message', 'inQuote', 'suggestions', 'docs']);
    const sarif = JSON.parse(await vscode.commands.executeCommand<string>('copydesk.exportReport', 'sarif', wsUri('scratch/out.sarif').toString()));
    assert.strictEqual(sarif.version, '2.1.0');
    const res = sarif.runs[0].results.find((x: any) => x.ruleId === 'loaded/pejorative');
    assert.ok(res && res.locations[0].physicalLocation.region.startLine === 10, JSON.stringify(res?.locations));
  });

  it('Toggle Copydesk for This Draft turns it off and on', async () => {
    const { doc } = await openDraft(COUNCIL());
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    assert.strictEqual(await vscode.commands.executeCommand('copydesk.toggle'), false);
    await waitFor(() => copydeskDiagnostics(doc.uri).length === 0, 'no diagnostics');
    const off = await stats(doc.uri);
    assert.ok(off?.disabled);
    assert.match(off!.status, /Copydesk: off/);
    // edits while off are not reviewed
    await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), 'Critics say so.\n'));
    assert.strictEqual(copydeskDiagnostics(doc.uri).length, 0);
    assert.strictEqual(await vscode.commands.executeCommand('copydesk.toggle'), true);
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
  });

  it('Review All Drafts in Workspace: unopened drafts reach Problems; files.exclude and copydesk.include are respected', async () => {
    await closeAll();
    const r = await vscode.commands.executeCommand<{ files: number; reviewed: number; findings: number; cancelled: boolean }>('copydesk.reviewWorkspace');
    assert.ok(r && r.reviewed >= 4 && !r.cancelled, JSON.stringify(r));
    const notes = wsUri('drafts/notes.txt');
    await waitFor(() => vscode.languages.getDiagnostics(notes).some((d) => ruleOf(d) === 'loaded/pejorative'), 'notes.txt in Problems');
    assert.strictEqual(vscode.languages.getDiagnostics(wsUri('drafts/excluded/hidden.md')).length, 0, 'files.exclude respected');
    assert.ok(vscode.languages.getDiagnostics(wsUri('drafts/brief.story')).length > 0);
    // opening a draft hands it to the live review (no double entries)
    const { doc } = await openFile('drafts/notes.txt');
    await reviewed(doc);
    await waitFor(() => vscode.languages.getDiagnostics(notes).filter((d) => ruleOf(d) === 'loaded/pejorative').length === 1, 'one entry per finding');
    await closeAll();
    // only .story files
    const restore = await setSetting('copydesk.include', '**/*.story');
    try {
      const r2 = await vscode.commands.executeCommand<{ files: number }>('copydesk.reviewWorkspace');
      assert.strictEqual(r2.files, 1, JSON.stringify(r2));
    } finally {
      await restore();
    }
  });
});
