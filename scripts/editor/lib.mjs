// Shared by the editor test runners and `npm run try`: set up the editor (cached), start
// code-server in its own process group, and stop it (the whole group) on exit.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const WORKBENCH = JSON.parse(readFileSync(new URL('./workbench.json', import.meta.url), 'utf8'));
/** Chromium flags that work headless in a container (from the proven recipe). */
export const CHROMIUM_ARGS = WORKBENCH.chromiumArgs;

/** User settings for a clean, quiet workbench (the shim's, and two more for the e2e workbench). */
export const QUIET_SETTINGS = { ...WORKBENCH.settings, 'workbench.enableExperiments': false, 'window.commandCenter': false };

/** Run scripts/editor/setup.sh (cached after the first run) and return its KEY=value lines. */
export function setupEditor({ quiet = false } = {}) {
  const r = spawnSync('bash', [join(ROOT, 'scripts/editor/setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(r.stderr || '');
    throw new Error(`editor setup failed (exit ${r.status})`);
  }
  const env = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  for (const k of ['CODE_SERVER_NODE', 'CODE_SERVER_ENTRY', 'CHROMIUM']) if (!env[k]) throw new Error(`editor setup did not report ${k}`);
  return env;
}

export function writeUserSettings(userDataDir, extra = {}) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

/** Keep code-server, VS Code and chromium out of $HOME: scratch XDG folders under `dir`. */
export function scratchEnv(dir) {
  const env = { ...process.env };
  for (const [k, d] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache']]) {
    env[k] = join(dir, 'xdg', d);
    mkdirSync(env[k], { recursive: true });
  }
  return env;
}

export function codeServerArgs({ userDataDir, extensionsDir }) {
  return ['--config', '/dev/null', '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** Run a code-server CLI command (e.g. --install-extension) to completion. */
export function codeServerCli(ed, opts, args, env) {
  const r = spawnSync(ed.CODE_SERVER_NODE, [ed.CODE_SERVER_ENTRY, ...codeServerArgs(opts), ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Start code-server on 127.0.0.1 (a free port) in its own process group. Resolves with
 * { url, stop, log } once it listens. `stop()` kills the whole group (it leaves fileWatcher
 * children otherwise); it is also called on process exit.
 */
export function startCodeServer(ed, { userDataDir, extensionsDir, folder, env, extraArgs = [], port = 0, host = '127.0.0.1' }) {
  return new Promise((resolve, reject) => {
    const args = [ed.CODE_SERVER_ENTRY, ...codeServerArgs({ userDataDir, extensionsDir }), '--bind-addr', `${host}:${port}`, '--reconnection-grace-time', '5', ...extraArgs];
    if (folder) args.push(folder);
    const child = spawn(ed.CODE_SERVER_NODE, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    let log = '';
    let done = false;
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
      }
    };
    process.on('exit', stop);
    const onData = (d) => {
      log += d;
      const m = /HTTP server listening on (http:\/\/[^\s]+)/.exec(log);
      if (m && !done) {
        done = true;
        resolve({ url: m[1].replace(/\/$/, ''), stop, log: () => log, child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (c) => {
      if (!done) {
        done = true;
        reject(new Error(`code-server exited early (${c}):\n${log}`));
      }
    });
    setTimeout(() => {
      if (!done) {
        done = true;
        stop();
        reject(new Error(`code-server did not start in 60 s:\n${log}`));
      }
    }, 60000).unref();
  });
}

export function ensureDir(p) {
  if (!existsSync(p)) mkdirSync(p, { recursive: true });
  return p;
}
