/** Turning the command line's files, folders and globs into drafts, and reading them safely. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/** Extensions of drafts, looked for when walking a folder. */
export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.draft', '.story'];
export const STDIN = '-';

export interface Input {
  /** Absolute path, or "-" for standard input. */
  file: string;
  /** As printed: relative to the working directory, "<stdin>" for standard input. */
  display: string;
}

export interface Expansion {
  inputs: Input[];
  /** One-line problems ("notes/: no drafts here …"). */
  errors: string[];
}

export function displayPath(file: string, cwd: string): string {
  if (file === STDIN) return '<stdin>';
  const rel = path.relative(cwd, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

const skipDir = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

/** Every file under `dir` (sorted, skipping node_modules and dot-folders), up to `depth` levels. */
function walk(dir: string, depth: number, keep: (file: string) => boolean, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symbolic link back up the tree
  seen.add(real);
  const entries = sortedEntries(dir);
  if (!entries) return;
  for (const e of entries) {
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (!skipDir(e.name) && depth > 1) walk(p, depth - 1, keep, out, seen);
    } else if (isFile && keep(p)) out.push(p);
  }
}

const isDraft = (file: string): boolean => DRAFT_EXTENSIONS.includes(path.extname(file).toLowerCase());

/** Expand the command line's inputs, in the order given, each file once. */
export function expandInputs(args: string[], cwd: string): Expansion {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.push({ file, display: displayPath(file, cwd) });
  };
  for (const arg of args) {
    if (arg === STDIN) {
      add(STDIN);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(abs);
    } catch {
      st = null;
    }
    if (st && st.isDirectory()) {
      const found: string[] = [];
      walk(abs, Infinity, isDraft, found, new Set());
      if (!found.length) errors.push(`${displayPath(abs, cwd)}/: no drafts in this folder (looked for ${DRAFT_EXTENSIONS.join(', ')})`);
      found.forEach(add);
      continue;
    }
    if (st) {
      add(abs);
      continue;
    }
    const scan = picomatch.scan(arg);
    if (!scan.isGlob) {
      errors.push(`${arg}: no such file or folder`);
      continue;
    }
    // A glob: walk its fixed base folder and match the paths as the user wrote them
    const posix = arg.split(path.sep).join('/');
    const absolute = path.isAbsolute(arg);
    const wantsHidden = /(^|\/)(\.|node_modules(\/|$))/.test(posix);
    const isMatch = picomatch(posix, { dot: wantsHidden });
    const base = path.resolve(cwd, scan.base || '.');
    const depth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
    const found: string[] = [];
    const keep = (file: string) => isMatch(absolute ? file.split(path.sep).join('/') : path.relative(cwd, file).split(path.sep).join('/'));
    if (wantsHidden) walkAll(base, depth, keep, found);
    else walk(base, depth, keep, found, new Set());
    if (!found.length) errors.push(`${arg}: no file matches this pattern`);
    found.forEach(add);
  }
  return { inputs, errors };
}

/** A folder's entries in name order (so output order never depends on the file system), or null. */
function sortedEntries(dir: string): fs.Dirent[] | null {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return null;
  }
}

/** Like walk, but into dot-folders and node_modules too (the pattern asked for them). */
function walkAll(dir: string, depth: number, keep: (file: string) => boolean, out: string[]): void {
  const entries = sortedEntries(dir);
  if (!entries) return;
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (depth > 1) walkAll(p, depth - 1, keep, out);
    } else if (e.isFile() && keep(p)) out.push(p);
  }
}

// ------------------------------------------------------------------------------ reading

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Check and decode a draft's bytes. A UTF-8 byte order mark is dropped (offsets are counted without it). */
export function decodeDraft(buf: Uint8Array, maxSize: number): ReadResult {
  if (buf.length > maxSize) {
    return { ok: false, error: `skipped, the file is ${mb(buf.length)}, over the ${mb(maxSize)} limit (see --max-size)` };
  }
  if (buf.indexOf(0) !== -1) return { ok: false, error: 'skipped, this is a binary file, not a draft' };
  try {
    return { ok: true, text: decoder.decode(buf) };
  } catch {
    return { ok: false, error: `skipped, this is not UTF-8 text (the first bad byte is at offset ${firstBadByte(buf)}); save it as UTF-8` };
  }
}

function mb(bytes: number): string {
  const round = (v: number) => (v >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${round(bytes / 1024)} KB`;
  return `${round(bytes / (1024 * 1024))} MB`;
}

function firstBadByte(buf: Uint8Array): number {
  // find the smallest prefix that fails to decode
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      // streaming: a sequence cut off at the end of the prefix is not an error
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // lo is where decoding failed; the bad sequence may have begun a few bytes earlier, at its lead byte
  for (let j = lo - 1; j >= 0 && j >= lo - 3; j--) {
    const b = buf[j];
    if (b >= 0x80 && b < 0xc0) continue; // a continuation byte
    if (b >= 0xc0 && (buf[lo] < 0x80 || buf[lo] >= 0xc0)) return j;
    break;
  }
  return lo;
}

export function readDraft(input: Input, maxSize: number, readStdin: () => Buffer): ReadResult {
  if (input.file === STDIN) {
    let buf: Buffer;
    try {
      buf = readStdin();
    } catch (e) {
      return { ok: false, error: `standard input cannot be read (${(e as Error).message})` };
    }
    return decodeDraft(buf, maxSize);
  }
  try {
    const st = fs.statSync(input.file);
    if (!st.isFile()) return { ok: false, error: 'skipped, this is not a file' };
    if (st.size > maxSize) return { ok: false, error: `skipped, the file is ${mb(st.size)}, over the ${mb(maxSize)} limit (see --max-size)` };
    return decodeDraft(fs.readFileSync(input.file), maxSize);
  } catch (e) {
    return { ok: false, error: describeFsError(e) };
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${(e as Error).message})`;
}
