/** The live review while typing: debounce with a trailing run, caret hold-back, incremental updates, big and binary input, speed. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, copydeskDiagnostics, measurements, openDraft, reviewed, setSetting, stats, waitDiag, waitFor } from './helpers';

const DATED = '---\ndate: 2024-03-05\n---\n\n# Storm\n\n';

/** A draft of about `words` words in distinct paragraphs of ~20 words (no findings of its own). */
function longDraft(paragraphs: number): string {
  const out: string[] = [DATED.trimEnd(), ''];
  for (let i = 0; i < paragraphs; i++) {
    out.push(`Paragraph ${i + 1} tells how the crew of boat number ${i + 7} checked the harbor walls and logged ${i + 3} loose stones for the city engineer.`, '');
  }
  return out.join('\n');
}

async function moveCaretTo(editor: vscode.TextEditor, offset: number): Promise<void> {
  const p = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(p, p);
}

describe('live review', () => {
  afterEach(closeAll);

  it('debounced with a trailing run: the last keystroke is always reviewed', async () => {
    const restore = await setSetting('copydesk.debounceMs', 300);
    try {
      const { doc, editor } = await openDraft(DATED + 'The storm passed.\n');
      const before = await reviewed(doc);
      await moveCaretTo(editor, doc.getText().length);
      for (const ch of 'Critics say the storm was bad.') await vscode.commands.executeCommand('type', { text: ch });
      const s = await reviewed(doc);
      assert.strictEqual(s.version, doc.version, 'the last version is reviewed');
      assert.ok(s.runs - before.runs < 10, `debounced: ${s.runs - before.runs} runs for 30 keystrokes`);
      await waitDiag(doc, 'sourcing/vague-attribution', /^Critics/);
    } finally {
      await restore();
    }
  });

  it('a finding on the word under the caret is held back until the writer moves on', async () => {
    const { doc, editor } = await openDraft(DATED + 'The storm passed.\n');
    await reviewed(doc);
    await moveCaretTo(editor, doc.getText().length - 1);
    for (const ch of ' The thugs') await vscode.commands.executeCommand('type', { text: ch });
    const s = await reviewed(doc);
    assert.deepStrictEqual(s.heldRules, ['loaded/pejorative'], 'held while typing the word');
    assert.ok(!copydeskDiagnostics(doc.uri).some((d) => doc.getText(d.range) === 'thugs'), 'not shown yet');
    // the next keystroke leaves the word: shown at once
    await vscode.commands.executeCommand('type', { text: ' ' });
    await waitDiag(doc, 'loaded/pejorative', 'thugs');
    // moving the caret away does it too
    for (const ch of 'goons') await vscode.commands.executeCommand('type', { text: ch });
    await reviewed(doc);
    assert.ok(!copydeskDiagnostics(doc.uri).some((d) => doc.getText(d.range) === 'goons'));
    await moveCaretTo(editor, 0);
    await waitDiag(doc, 'loaded/pejorative', 'goons');
  });

  it('typing into a large draft re-reviews only the paragraph it touched', async () => {
    const text = longDraft(300);
    const { doc, editor } = await openDraft(text);
    const first = await reviewed(doc, 60000);
    assert.ok(first.full && first.blocks >= 300, JSON.stringify(first));
    const at = text.indexOf('Paragraph 200 ') + 'Paragraph 200'.length;
    await editor.edit((b) => b.insert(doc.positionAt(at), ', the thugs said,'));
    const s = await reviewed(doc);
    assert.strictEqual(s.full, false, 'an incremental update');
    assert.strictEqual(s.blocks, first.blocks);
    assert.ok(s.reparsed >= 1 && s.reparsed <= 2, `re-parsed ${s.reparsed} block(s)`);
    assert.ok(s.rechecked <= 8, `re-checked ${s.rechecked} block × rule module(s)`);
    const d = await waitDiag(doc, 'loaded/pejorative', 'thugs');
    assert.strictEqual(d!.range.start.line, doc.positionAt(at).line, 'on the right line');
    measurements['incremental edit in a 300-paragraph draft: blocks re-parsed'] = s.reparsed;
    measurements['incremental edit in a 300-paragraph draft: engine ms'] = s.ms;
  });

  it('keystroke to updated diagnostics on a 10,000-word draft (measured, not asserted)', async () => {
    const paragraphs = Math.ceil(10000 / 23); // ~23 words each
    const text = longDraft(paragraphs);
    const { doc, editor } = await openDraft(text);
    const full = await reviewed(doc, 60000);
    measurements['10k words: paragraphs'] = paragraphs;
    measurements['10k words: words'] = text.split(/\s+/).filter(Boolean).length;
    measurements['10k words: first full review, engine ms'] = full.ms;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const words = ['goons', 'thugs', 'henchmen', 'goons', 'thugs'];
    const run = async (label: string, base: number) => {
      const times: number[] = [];
      const engine: number[] = [];
      for (let i = 0; i < 5; i++) {
        const word = words[i];
        const para = `Paragraph ${base + i * 50} `;
        const at = doc.getText().indexOf(para) + para.length - 1;
        const p = doc.positionAt(at);
        await moveCaretTo(editor, at);
        await reviewed(doc);
        const seen = new Promise<number>((resolve) => {
          const sub = vscode.languages.onDidChangeDiagnostics((e) => {
            if (!e.uris.some((u) => u.toString() === doc.uri.toString())) return;
            if (copydeskDiagnostics(doc.uri).some((d) => d.range.start.line === p.line && doc.getText(d.range) === word)) {
              sub.dispose();
              resolve(performance.now());
            }
          });
        });
        const t0 = performance.now();
        await editor.edit((b) => b.insert(p, ` ${word} said`));
        const t1 = await Promise.race([seen, new Promise<number>((_, rej) => setTimeout(() => rej(new Error('no diagnostics in 20 s')), 20000))]);
        times.push(t1 - t0);
        engine.push((await stats(doc.uri))!.ms);
      }
      measurements[`10k words: keystroke → diagnostics, ms, median of 5 (${label})`] = median(times);
      measurements[`10k words: keystroke → diagnostics, ms, all 5 (${label})`] = times.map((t) => Math.round(t));
      measurements[`10k words: engine update, ms, median of 5 (${label})`] = median(engine);
    };
    await run('default debounce 250 ms', 100);
    const restore = await setSetting('copydesk.debounceMs', 0);
    try {
      await run('debounce 0', 101);
    } finally {
      await restore();
    }
  });

  it('a huge document is skipped with a message; a binary-looking one too', async () => {
    const big = 'The storm passed over the town. '.repeat(70000); // ~2.2 MB
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Big\n\n' + big + '\nThe thugs fled.\n' });
    await vscode.window.showTextDocument(doc);
    const s = await waitFor(async () => (await stats(doc.uri))?.skipped, 'skipped');
    assert.strictEqual(s, 'large');
    assert.deepStrictEqual(copydeskDiagnostics(doc.uri), []);
    assert.match((await stats(doc.uri))!.status, /skipped/);
    const bin = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'PK\u0003\u0004\u0000\u0000\u0008\u0000 The thugs fled.\n' });
    await vscode.window.showTextDocument(bin);
    assert.strictEqual(await waitFor(async () => (await stats(bin.uri))?.skipped, 'skipped'), 'binary');
    assert.deepStrictEqual(copydeskDiagnostics(bin.uri), []);
    // nothing was changed in either text
    assert.ok(!doc.isDirty || doc.getText().endsWith('The thugs fled.\n'));
  });
});
