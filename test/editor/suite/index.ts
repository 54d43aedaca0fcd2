/**
 * extensionTestsPath: loaded INSIDE the extension host by VS Code (here code-server), exports
 * run(). Runs every *.test.js beside it with mocha and writes the results to the file named by
 * COPYDESK_TEST_RESULTS, which test/editor/run.mjs prints.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { measurements } from './helpers';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'dot' });
  if (process.env.COPYDESK_EDITOR_GREP) mocha.grep(process.env.COPYDESK_EDITOR_GREP);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const passed: { title: string; ms: number }[] = [];
  const failed: { title: string; error: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = {
        passed,
        failed,
        measurements,
        vscode: `VS Code ${vscode.version}`,
        uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web workbench' : 'desktop',
        node: process.version,
      };
      console.log(`copydesk in-host: ${passed.length} passed, ${failed.length} failed`);
      if (process.env.COPYDESK_TEST_RESULTS) fs.writeFileSync(process.env.COPYDESK_TEST_RESULTS, JSON.stringify(out, null, 2));
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => passed.push({ title: t.fullTitle(), ms: t.duration ?? 0 }));
    runner.on('fail', (t, err) => {
      failed.push({ title: t.fullTitle(), error: (err && (err.stack || err.message)) || String(err) });
      console.error(`FAIL ${t.fullTitle()}: ${err && err.message}`);
    });
  });
}
