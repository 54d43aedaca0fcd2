/** Finding and reading `.copydesk.json` for the command line. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText, type CopydeskConfig } from '../core';
import { describeFsError, displayPath } from './inputs';

export const CONFIG_NAME = '.copydesk.json';

export interface ConfigReport {
  /** One line, naming the file. */
  message: string;
  /** An error makes the exit status 2; a warning (an unknown setting) does not. */
  error: boolean;
}

export class ConfigFinder {
  private byDir = new Map<string, CopydeskConfig>();
  private byFile = new Map<string, CopydeskConfig>();
  private explicit: CopydeskConfig | null = null;

  constructor(
    private cwd: string,
    explicitPath: string | undefined,
    private report: (r: ConfigReport) => void,
  ) {
    if (explicitPath) this.explicit = this.load(path.resolve(cwd, explicitPath), true);
  }

  /** The configuration for a draft: the --config file, else the nearest .copydesk.json above it. */
  forFile(file: string | null): CopydeskConfig {
    if (this.explicit) return this.explicit;
    const start = file ? path.dirname(file) : this.cwd;
    const chain: string[] = [];
    let dir = start;
    let found: CopydeskConfig | undefined;
    for (;;) {
      const cached = this.byDir.get(dir);
      if (cached) {
        found = cached;
        break;
      }
      chain.push(dir);
      const candidate = path.join(dir, CONFIG_NAME);
      if (isFile(candidate)) {
        found = this.load(candidate, false);
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    const cfg = found ?? {};
    for (const d of chain) this.byDir.set(d, cfg);
    return cfg;
  }

  private load(file: string, explicit: boolean): CopydeskConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const shown = displayPath(file, this.cwd);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      this.report({ message: `${shown}: ${explicit ? 'the configuration file ' : ''}${describeFsError(e)}; using the defaults`, error: true });
      this.byFile.set(file, {});
      return {};
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const { config, problems } = parseConfigText(text);
    for (const p of problems) {
      const { line, col } = lineCol(text, p.offset);
      const unknownKey = /is not a Copydesk setting/.test(p.message);
      this.report({ message: `${unknownKey ? 'warning: ' : ''}${shown}:${line}:${col}: ${p.message}`, error: !unknownKey });
    }
    this.byFile.set(file, config);
    return config;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let ls = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    ls = i + 1;
  }
  return { line, col: offset - ls + 1 };
}
