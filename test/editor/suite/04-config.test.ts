/** Settings and the house file (.copydesk.json): layering, reloading, and a broken file. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAll, copydeskDiagnostics, diag, fixture, fsPath, openDraft, openFile, reviewed, ruleOf, setSetting, waitDiag, waitFor, wsUri } from './helpers';

const COUNCIL = () => fixture('drafts/council.md');
const HOUSE = () => fsPath('.copydesk.json');
/** Waits for Copydesk's diagnostics on the house file, and gives them. */
const houseDiagnostics = (house: vscode.Uri) =>
  waitFor(() => {
    const ds = copydeskDiagnostics(house);
    return ds.length ? ds : undefined;
  }, 'the house-file diagnostic');

function writeHouse(text: string): void {
  fs.writeFileSync(HOUSE(), text);
}

describe('configuration', () => {
  afterEach(async () => {
    fs.rmSync(HOUSE(), { force: true });
    await closeAll();
  });

  it('the house file overrides the user’s settings, and is reloaded when it changes', async () => {
    const restore = await setSetting('copydesk.rules', { 'loaded/pejorative': 'error' }, vscode.ConfigurationTarget.Global);
    try {
      const { doc } = await openDraft(COUNCIL());
      await waitFor(() => diag(doc, copydeskDiagnostics(doc.uri), 'loaded/pejorative', 'thugs')?.severity === vscode.DiagnosticSeverity.Error, 'user setting: error');
      writeHouse('{\n  // the desk decides\n  "rules": { "loaded/pejorative": "hint" },\n  "categories": { "style": false },\n}\n');
      await waitFor(() => diag(doc, copydeskDiagnostics(doc.uri), 'loaded/pejorative', 'thugs')?.severity === vscode.DiagnosticSeverity.Hint, 'house file: hint');
      await waitFor(() => !copydeskDiagnostics(doc.uri).some((d) => ruleOf(d).startsWith('style/')), 'no style findings');
      // deleting the house file brings the user's settings back
      fs.rmSync(HOUSE());
      await waitFor(() => diag(doc, copydeskDiagnostics(doc.uri), 'loaded/pejorative', 'thugs')?.severity === vscode.DiagnosticSeverity.Error, 'user setting again');
      await waitDiag(doc, 'style/adverb', 'really');
    } finally {
      await restore();
    }
  });

  it('a malformed house file gets one clear diagnostic, and the review goes on', async () => {
    writeHouse('{\n  "allow": ["thugs"\n}\n');
    const { doc } = await openDraft(COUNCIL());
    const house = wsUri('.copydesk.json');
    const [d] = await houseDiagnostics(house);
    assert.strictEqual(copydeskDiagnostics(house).length, 1);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /not valid JSON/);
    assert.strictEqual(d.range.start.line, 2, 'at the place the parser stopped');
    // the drafts are still reviewed, with the defaults
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    // fixing the file clears the diagnostic and applies it
    writeHouse('{\n  "allow": ["thugs"]\n}\n');
    await waitFor(() => copydeskDiagnostics(house).length === 0, 'the diagnostic cleared');
    await waitDiag(doc, 'loaded/pejorative', 'thugs', false);
  });

  it('a wrong field is reported where it is; the rest of the file still applies', async () => {
    writeHouse('{\n  "dates": { "style": "loose" },\n  "allow": ["thugs"]\n}\n');
    const { doc } = await openDraft(COUNCIL());
    const house = wsUri('.copydesk.json');
    const [d] = await houseDiagnostics(house);
    assert.match(d.message, /dates\.style/);
    assert.strictEqual(d.range.start.line, 1);
    await reviewed(doc);
    await waitDiag(doc, 'loaded/pejorative', 'thugs', false);
    await waitDiag(doc, 'sourcing/vague-attribution', /^Critics/);
  });

  it('VS Code validates .copydesk.json against the schema (jsonValidation)', async () => {
    writeHouse('{\n  "allow": ["ok"],\n  "alow": ["typo"]\n}\n');
    const { doc } = await openFile('.copydesk.json');
    assert.strictEqual(doc.languageId, 'jsonc');
    const d = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source !== 'Copydesk' && /alow|not allowed/i.test(x.message + doc.getText(x.range))), 'a schema diagnostic from the JSON language service', 30000);
    assert.strictEqual(doc.getText(d.range), '"alow"');
  });

  it('settings: a category switched off, and copydesk.enable', async () => {
    const { doc } = await openDraft(COUNCIL());
    await waitDiag(doc, 'dates/relative-day', 'tomorrow');
    let restore = await setSetting('copydesk.categories.dates', false);
    try {
      await waitFor(() => !copydeskDiagnostics(doc.uri).some((d) => ruleOf(d).startsWith('dates/')), 'no date findings');
      assert.ok(copydeskDiagnostics(doc.uri).some((d) => ruleOf(d) === 'loaded/pejorative'));
    } finally {
      await restore();
    }
    await waitDiag(doc, 'dates/relative-day', 'tomorrow');
    restore = await setSetting('copydesk.enable', false);
    try {
      await waitFor(() => copydeskDiagnostics(doc.uri).length === 0, 'nothing while disabled');
    } finally {
      await restore();
    }
    await waitDiag(doc, 'dates/relative-day', 'tomorrow');
  });

  it('copydesk.extraTerms and copydesk.allow from the user settings apply', async () => {
    const r1 = await setSetting('copydesk.extraTerms', [{ term: 'riverfront', reason: 'House style avoids it.', alternatives: ['river walk'] }]);
    const r2 = await setSetting('copydesk.allow', ['thugs']);
    try {
      const { doc } = await openDraft(COUNCIL());
      const d = await waitFor(() => copydeskDiagnostics(doc.uri).find((x) => doc.getText(x.range) === 'riverfront'), 'the house term');
      assert.match(ruleOf(d), /^loaded\//);
      await waitDiag(doc, 'loaded/pejorative', 'thugs', false);
    } finally {
      await r1();
      await r2();
    }
  });
});
