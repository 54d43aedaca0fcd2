#!/usr/bin/env node
'use strict';
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
//
// It takes the arguments test-electron passes (--extensionDevelopmentPath=, --extensionTestsPath=,
// --user-data-dir=, --extensions-dir=, [folder]), starts code-server (VS Code's own server and
// workbench) on 127.0.0.1 with --vscode-option enable-smoke-test-driver (without it a built
// workbench ignores the test payload; code-server itself rejects --extensionDevelopmentPath),
// opens the workbench in headless Chromium with the extensionDevelopmentPath/extensionTestsPath
// payload, waits for window.codeAutomationExit (called when the in-host test runner finishes),
// and exits with that code. On a machine with desktop VS Code the same suite runs unchanged
// without this shim.
//
// env: CODE_SERVER_NODE (Node 24), CODE_SERVER_ENTRY (.../code-server/out/node/entry.js),
//      CHROMIUM (default /usr/bin/chromium), CODE_SHIM_TIMEOUT_MS (default 600000),
//      CODE_SHIM_SCREENSHOT_DIR (screenshots the tests ask for through codeAutomationLog).
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { chromium } = require('playwright-core');

// Chromium flags and quiet workbench settings, shared with lib.mjs
const { chromiumArgs: CHROMIUM_ARGS, settings: SETTINGS } = require('./workbench.json');
// noise from the workbench that says nothing about the tests
const NOISE = /open-vsx|connection token|Creating a socket|grace-time|AccountPolicyGate|AgentHost|Service Worker|additional builtin|marketplace|gallery|Failed to fetch|ERR_|\[LocalProcessExtensionHost\]|NO_PROXY|Extension host agent|ExtensionService#|Started initializing|Ignoring the error|telemetry/i;

const opt = { dev: [], tests: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
for (const a of process.argv.slice(2)) {
  const i = a.indexOf('=');
  const k = i < 0 ? a : a.slice(0, i);
  const v = a.slice(i + 1);
  if (k === '--extensionDevelopmentPath') opt.dev.push(path.resolve(v));
  else if (k === '--extensionTestsPath') opt.tests = path.resolve(v);
  else if (k === '--user-data-dir') opt.userDataDir = path.resolve(v);
  else if (k === '--extensions-dir') opt.extensionsDir = path.resolve(v);
  else if (!a.startsWith('-')) opt.folder = path.resolve(a);
}
if (!opt.tests || !opt.dev.length) {
  console.error('code-shim: need --extensionDevelopmentPath and --extensionTestsPath');
  process.exit(2);
}
for (const k of ['CODE_SERVER_NODE', 'CODE_SERVER_ENTRY']) {
  if (!process.env[k]) {
    console.error(`code-shim: ${k} is not set (run scripts/editor/setup.sh)`);
    process.exit(2);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-shim-'));
for (const [k, d] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache']]) {
  if (!process.env[k]) {
    process.env[k] = path.join(tmp, d);
    fs.mkdirSync(process.env[k], { recursive: true });
  }
}
opt.userDataDir = opt.userDataDir || path.join(tmp, 'user');
opt.extensionsDir = opt.extensionsDir || path.join(tmp, 'ext');
fs.mkdirSync(path.join(opt.userDataDir, 'User'), { recursive: true });
const settings = path.join(opt.userDataDir, 'User', 'settings.json');
if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(SETTINGS, null, 2));

let server;
const stop = () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function startServer() {
  return new Promise((resolve, reject) => {
    server = cp.spawn(
      process.env.CODE_SERVER_NODE,
      [process.env.CODE_SERVER_ENTRY, '--config', '/dev/null', '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5', '--user-data-dir', opt.userDataDir, '--extensions-dir', opt.extensionsDir, '--vscode-option', 'enable-smoke-test-driver'],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let buf = '';
    const onData = (d) => {
      buf += d;
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buf);
      if (m) resolve(m[1]);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error('code-server exited early (' + c + '):\n' + buf)));
    setTimeout(() => reject(new Error('code-server did not start in 60 s:\n' + buf)), 60000).unref();
  });
}

(async () => {
  let code = 1;
  const url = await startServer();
  const ctx = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
  });
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    let done;
    const exited = new Promise((r) => (done = r));
    const shots = process.env.CODE_SHIM_SCREENSHOT_DIR;
    await page.exposeFunction('codeAutomationLog', async (type, args) => {
      const s = util.format(...(args || []));
      // a test may ask for a screenshot of the workbench: console.log('copydesk:screenshot <name>')
      const shot = /copydesk:screenshot ([\w.-]+)/.exec(s);
      if (shot && shots) {
        fs.mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: path.join(shots, shot[1] + '.png') }).catch((e) => console.error('code-shim: screenshot failed: ' + e.message));
        return;
      }
      if (!NOISE.test(s)) (type === 'error' ? console.error : console.log)(s);
    });
    await page.exposeFunction('codeAutomationExit', (c) => done(c));
    const remote = (p) => 'vscode-remote://' + new URL(url).host + p;
    const payload = [...opt.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['extensionTestsPath', remote(opt.tests)], ['skipWelcome', 'true']];
    const where = opt.folder ? 'folder=' + encodeURIComponent(opt.folder) : 'ew=true';
    await page.goto(url + '/?' + where + '&payload=' + encodeURIComponent(JSON.stringify(payload)));
    const ms = Number(process.env.CODE_SHIM_TIMEOUT_MS || 600000);
    code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), ms))]);
    if (code === 'timeout') {
      console.error('code-shim: tests did not finish in ' + ms + ' ms');
      if (shots) await page.screenshot({ path: path.join(shots, 'editor-timeout.png') }).catch(() => {});
      code = 1;
    }
  } finally {
    await ctx.close().catch(() => {});
    stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(code);
})().catch((e) => {
  console.error('code-shim:', (e && e.stack) || e);
  process.exit(1);
});
