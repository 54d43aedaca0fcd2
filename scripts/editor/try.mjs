// `npm run try`: Copydesk in a real VS Code in your browser, for someone without VS Code.
// Sets up code-server (cached after the first run), packages the extension, installs the .vsix
// into a scratch profile, opens a folder with sample drafts, and prints the URL to open.
//
//   npm run try                     # http://127.0.0.1:8080 (or the next free port)
//   npm run try -- --port 9000 --host 0.0.0.0 --folder ~/my-drafts
//
// Stop it with Ctrl+C (the whole code-server process group goes with it).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, codeServerCli, scratchEnv, setupEditor, startCodeServer, writeUserSettings } from './lib.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
};
const host = arg('host', '127.0.0.1');
let port = Number(arg('port', process.env.PORT || 8080));

const freePort = (p) =>
  new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(p, host, () => s.close(() => res(true)));
  });
for (let i = 0; i < 20 && !(await freePort(port)); i++) port++;

const ed = setupEditor();
console.error('try: packaging the extension…');
const pk = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, encoding: 'utf8' });
if (pk.status !== 0) {
  console.error(pk.stdout, pk.stderr);
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

const scratch = mkdtempSync(join(tmpdir(), 'copydesk-try-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const dirs = { userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions') };
writeUserSettings(dirs.userDataDir, { 'workbench.startupEditor': 'none' });
const env = scratchEnv(scratch);
codeServerCli(ed, dirs, ['--install-extension', vsix], env);

// the folder to open: the one given, or a copy of the samples
let folder = arg('folder');
if (folder) folder = resolve(folder);
else {
  folder = join(scratch, 'drafts');
  mkdirSync(folder, { recursive: true });
  cpSync(join(ROOT, 'media/walkthrough/sample-draft.md'), join(folder, 'sample-draft.md'));
  if (existsSync(join(ROOT, 'examples'))) {
    for (const f of readdirSync(join(ROOT, 'examples'))) if (/\.(md|txt|draft|story)$/.test(f)) cpSync(join(ROOT, 'examples', f), join(folder, f));
  }
}

const server = await startCodeServer(ed, { ...dirs, env, folder, host, port });
process.on('SIGINT', () => {
  server.stop();
  process.exit(0);
});
process.on('SIGTERM', () => {
  server.stop();
  process.exit(0);
});
const url = `${server.url.replace('0.0.0.0', '127.0.0.1')}/?folder=${encodeURIComponent(folder)}`;
console.log(`\nCopydesk is running in VS Code (code-server ${readFileSync(join(ed.CODE_SERVER_ENTRY, '../../../package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? ''}).`);
console.log(`Open this in your browser:\n\n  ${url}\n`);
console.log('Open sample-draft.md (or any .md, .txt, .draft, .story file), or run “Copydesk: Open a Sample Draft” from the Command Palette (F1).');
console.log('Press Ctrl+C to stop.');
server.child.on('exit', (c) => {
  console.error(`code-server exited (${c})`);
  process.exit(c ?? 0);
});
