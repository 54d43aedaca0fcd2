import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, copydeskDiagnostics, EXT_ID, openDraft, ruleOf, diagnosticsOf, closeAll } from './helpers';

describe('smoke', () => {
  it('activates on a Markdown draft and reviews it', async () => {
    const { doc, uri } = await openDraft('# Budget\n\nCritics say the plan is a disaster.\n');
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext);
    assert.strictEqual((await api()).host, 'node', 'code-server runs the Node entry (dist/extension.js)');
    const ds = await diagnosticsOf(doc, (d) => d.length > 0, 'a finding');
    assert.ok(ds.some((d) => ruleOf(d) === 'sourcing/vague-attribution'), JSON.stringify(copydeskDiagnostics(uri).map(ruleOf)));
    await closeAll();
  });
});
