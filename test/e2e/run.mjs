// Browser end-to-end: the PACKAGED extension (.vsix) installed into a fresh code-server, driven in
// headless Chromium by playwright-core as a writer would use it: open a draft, type a loaded word,
// see the squiggle and the Problems entry, open the quick-fix menu with Ctrl+., apply a fix, hover,
// run commands from the palette (Insert Dateline, Show Editorial Report), click in the report,
// save, and check the file on disk; then the same .vsix once more in the web worker extension host.
//
// Screenshots: artifacts/e2e-happy-path.png (kept), e2e-quickfix.png, e2e-hover.png,
// e2e-report.png, and e2e-failure.png when a step fails. Prints `e2e: N passed, N failed`.
// env: COPYDESK_E2E_NO_PACKAGE=1 reuses the .vsix already built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, codeServerCli, scratchEnv, setupEditor, startCodeServer, writeUserSettings } from '../../scripts/editor/lib.mjs';

const t0 = Date.now();
const log = (m) => console.error(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const ART = join(ROOT, 'artifacts');
mkdirSync(ART, { recursive: true });
rmSync(join(ART, 'e2e-failure.png'), { force: true });
const scratch = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
let server;
let ctx;
const results = [];
const cleanup = () => {
  server?.stop();
  rmSync(scratch, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const DRAFT = `---
title: Storm reaches the coast
date: 2024-03-05
---

# Storm reaches the coast

The storm reached the coast at noon, the weather service said.
`;

async function main() {
  const ed = setupEditor();
  log('editor ready');
  if (process.env.COPYDESK_E2E_NO_PACKAGE !== '1' || !readdirSync(ROOT).some((f) => f.endsWith('.vsix'))) {
    const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`no ${vsix}`);
  log(`packaged ${vsix}`);

  const dirs = { userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions') };
  writeUserSettings(dirs.userDataDir, { 'files.autoSave': 'off', 'editor.hover.delay': 150, 'workbench.editor.enablePreview': false });
  const env = scratchEnv(scratch);
  codeServerCli(ed, dirs, ['--install-extension', vsix], env);
  const list = codeServerCli(ed, dirs, ['--list-extensions'], env);
  if (!list.split('\n').includes(`${pkg.publisher}.${pkg.name}`)) throw new Error(`the .vsix did not install: ${list}`);
  log('installed the .vsix into fresh user-data and extensions folders');

  const ws = join(scratch, 'newsroom');
  mkdirSync(ws, { recursive: true });
  const file = join(ws, 'story.md');
  writeFileSync(file, DRAFT);
  server = await startCodeServer(ed, { ...dirs, env, folder: ws });
  log(`code-server at ${server.url}`);

  const profile = join(scratch, 'chromium');
  ctx = await chromium.launchPersistentContext(profile, { executablePath: ed.CHROMIUM, headless: true, viewport: { width: 1440, height: 900 }, args: CHROMIUM_ARGS });
  const page = ctx.pages()[0] || (await ctx.newPage());
  const editorText = async () => (await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  const palette = async (title) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>' + title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20000 });
    await page.keyboard.press('Enter');
  };

  const step = async (name, fn, shotPage = page) => {
    const s = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - s });
      log(`ok   ${name}`);
    } catch (e) {
      results.push({ name, ok: false, ms: Date.now() - s, error: e });
      log(`FAIL ${name}: ${e.message}`);
      await shotPage.screenshot({ path: join(ART, 'e2e-failure.png') }).catch(() => {});
      throw e;
    }
  };

  await step('the workbench loads the folder', async () => {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90000 });
  });

  await step('a draft opens and Copydesk shows in the status bar', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('story.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'story.md' }).first().waitFor({ timeout: 20000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'story.md' }).first().waitFor({ timeout: 20000 });
    await page.locator('.statusbar-item', { hasText: 'Copydesk' }).first().waitFor({ timeout: 30000 });
    const n = await page.locator('.editor-instance .squiggly-warning').count();
    if (n !== 0) throw new Error(`the clean draft already has ${n} warning squiggles`);
  });

  await step('typing a loaded word draws a warning squiggle', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nThe thugs fled. Critics say the storm was the worst ever.', { delay: 15 });
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 20000 });
    await page.locator('.statusbar-item', { hasText: /Copydesk: .*1 loaded/ }).first().waitFor({ timeout: 20000 });
  });

  await step('the Problems panel lists it (Ctrl+Shift+M)', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'thugs' }).first();
    await row.waitFor({ timeout: 20000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    if (!/pejorative/.test(text) || !/Copydesk/.test(text)) throw new Error(`unexpected Problems entry: ${text}`);
  });

  await step('the hover explains why and offers alternatives', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    const squiggle = page.locator('.editor-instance .squiggly-warning').first();
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('no squiggle box');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const hover = page.locator('.monaco-hover', { hasText: 'Copydesk' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20000 });
    const t = await hover.innerText();
    if (!/About/.test(t)) throw new Error(`hover without the docs link: ${t}`);
    await page.screenshot({ path: join(ART, 'e2e-hover.png') });
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
  });

  await step('Ctrl+. opens the quick fixes and the preferred one fixes the word', async () => {
    // the caret into "thugs": the last line starts with "The thugs fled."
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'attackers' }).first().waitFor({ timeout: 20000 });
    for (const t of ['Ignore this occurrence', 'allow-list', 'Disable rule loaded/pejorative']) {
      await page.locator('.action-widget .monaco-list-row', { hasText: t }).first().waitFor({ timeout: 5000 });
    }
    await page.screenshot({ path: join(ART, 'e2e-quickfix.png') });
    await page.keyboard.press('Enter');
    const end = Date.now() + 20000;
    let text = '';
    while (Date.now() < end && !/The attackers fled/.test((text = await editorText()))) await page.waitForTimeout(100);
    if (!/The attackers fled/.test(text)) throw new Error(`not fixed: ${text}`);
    await page.locator('.statusbar-item', { hasText: /Copydesk: (?!.*loaded)/ }).first().waitFor({ timeout: 20000 });
  });

  await step('F1 → Copydesk: Insert Dateline writes the date into the front matter', async () => {
    await palette('Copydesk: Insert Dateline');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: 'Enter for today' }).first().waitFor({ timeout: 20000 });
    await input.fill('2024-03-06');
    await page.keyboard.press('Enter');
    const end = Date.now() + 20000;
    while (Date.now() < end && !/date: 2024-03-06/.test(await editorText())) await page.waitForTimeout(100);
    if (!/date: 2024-03-06/.test(await editorText())) throw new Error('no dateline in the front matter');
  });

  await step('F1 → Copydesk: Show Editorial Report opens the report; a click reveals the place', async () => {
    await palette('Copydesk: Show Editorial Report');
    await page.locator('.tabs-container .tab', { hasText: 'Copydesk report' }).first().waitFor({ timeout: 20000 });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('.cards .card').first().waitFor({ timeout: 30000 });
    const cards = await frame.locator('.cards').innerText();
    if (!/Sourcing/.test(cards)) throw new Error(`report cards: ${cards}`);
    await frame.locator('#quotes, #attribution').first().waitFor();
    await page.screenshot({ path: join(ART, 'e2e-report.png') });
    // click the vague attribution in "All issues": the editor selects it
    await frame.locator('#issues .item', { hasText: 'Critics' }).first().click();
    await page.locator('.statusbar-item', { hasText: /Ln 10, Col \d+ \(\d+ selected\)/ }).first().waitFor({ timeout: 20000 });
  });

  await step('save: the file on disk has the fix and the dateline', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+S');
    const end = Date.now() + 20000;
    let text = '';
    while (Date.now() < end && !(text = readFileSync(file, 'utf8')).includes('attackers')) await page.waitForTimeout(100);
    if (!text.includes('The attackers fled.') || text.includes('thugs')) throw new Error(`file not fixed: ${JSON.stringify(text)}`);
    if (!text.includes('date: 2024-03-06')) throw new Error(`no dateline on disk: ${JSON.stringify(text)}`);
    await page.screenshot({ path: join(ART, 'e2e-happy-path.png') });
  });

  // the same .vsix, its browser build (dist/web/extension.js) in the web worker extension host, as on
  // vscode.dev: code-server again, with the extension's kind set to "web"
  await page.close();
  server.stop();
  await new Promise((r) => server.child.once('exit', r));
  writeUserSettings(dirs.userDataDir, { 'files.autoSave': 'off', 'workbench.editor.enablePreview': false, 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } });
  server = await startCodeServer(ed, { ...dirs, env, folder: ws });
  const web = await ctx.newPage();
  await step('the browser build reviews the draft in the web worker extension host', async () => {
    await web.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await web.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90000 });
    await web.keyboard.press('Control+P');
    await web.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await web.keyboard.type('story.md');
    await web.locator('.quick-input-list .monaco-list-row', { hasText: 'story.md' }).first().waitFor({ timeout: 20000 });
    await web.keyboard.press('Enter');
    await web.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30000 });
    await web.keyboard.press('F1');
    await web.locator('.quick-input-widget input').fill('>Output: Show Output Channels');
    await web.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Output Channels' }).first().waitFor({ timeout: 20000 });
    await web.keyboard.press('Enter');
    await web.locator('.quick-input-list .monaco-list-row', { hasText: 'Copydesk' }).first().click();
    await web.locator('.panel', { hasText: 'activated in the web worker extension host' }).first().waitFor({ timeout: 20000 });
  }, web);
}

let fatal;
try {
  await main();
} catch (e) {
  fatal = e;
}
await ctx?.close().catch(() => {});
server?.stop();
const passed = results.filter((r) => r.ok).length;
let failed = results.filter((r) => !r.ok).length;
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.ms} ms)${r.ok ? '' : '\n       ' + String(r.error?.stack || r.error).split('\n').slice(0, 4).join('\n       ')}`);
if (fatal && !results.some((r) => !r.ok)) {
  failed++;
  console.log(`  FAIL ${fatal.message}`);
}
if (!failed) console.log(`  screenshots: ${['e2e-happy-path', 'e2e-quickfix', 'e2e-hover', 'e2e-report'].map((n) => `artifacts/${n}.png`).join(', ')}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
