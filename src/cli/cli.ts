/**
 * `copydesk [options] <files, folders or globs | ->`: review drafts from the command line.
 *
 * Output goes to stdout (text, JSON or SARIF); errors, the summary and progress go to stderr, so
 * that `--format json > out.json` holds nothing but the report. Files are reviewed in the order
 * given (folders sorted), in one thread or in `--jobs` worker threads, and printed in the same
 * order either way.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { resolveConfig, SEVERITY_RANK, type CopydeskConfig, type ResolvedConfig, type Severity } from '../core';
import { STYLE_DEFAULT_OFF } from '../core/rules/style';
import pkg from '../../package.json';
import { HELP, parseArgs, UsageError, type CliOptions } from './args';
import { ConfigFinder } from './config';
import { expandInputs, readDraft, STDIN, type Input } from './inputs';
import { jsonReport, sarifReport, textLine, type FileReport } from './format';
import { runJob, type Job, type JobResult } from './job';
import type { WorkerRequest, WorkerResponse } from './worker';

/** From this many files on, --jobs defaults to the number of CPUs. */
const MANY_FILES = 16;

class Progress {
  private shown = false;
  private lastStep = -1;
  private drawnAt = 0;
  private readonly live: boolean;
  private readonly enabled: boolean;
  constructor(private total: number, quiet: boolean) {
    this.live = !!process.stderr.isTTY;
    this.enabled = !quiet && (this.live ? total >= 10 : total >= 100);
  }
  update(done: number): void {
    if (!this.enabled) return;
    if (this.live) {
      const now = Date.now();
      if (now - this.drawnAt < 50 && done < this.total) return; // at most 20 redraws a second
      this.drawnAt = now;
      process.stderr.write(`\r\x1b[Kcopydesk: ${done}/${this.total} files`);
      this.shown = true;
    } else {
      const step = Math.floor((done * 10) / this.total);
      if (step > 0 && step !== this.lastStep && done < this.total) {
        this.lastStep = step;
        process.stderr.write(`copydesk: ${done}/${this.total} files reviewed\n`);
      }
    }
  }
  /** Clear the live line before anything else is written to the terminal. */
  clear(): void {
    if (this.shown) {
      process.stderr.write('\r\x1b[K');
      this.shown = false;
    }
  }
}

type Outcome = { ok: true; result: JobResult; text?: string } | { ok: false };

export async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`copydesk: ${e.message}\nRun "copydesk --help" for the options.\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (opts.version) {
    process.stdout.write(`copydesk ${pkg.version}\n`);
    return 0;
  }
  if (!opts.inputs.length) {
    process.stderr.write('copydesk: no drafts given: name files, folders or globs, or "-" for standard input.\nRun "copydesk --help" for the options.\n');
    return 2;
  }

  const cwd = process.cwd();
  let failed = false; // an input or configuration error: exit 2
  let prog = new Progress(0, true); // replaced once the inputs are known
  const error = (line: string) => {
    prog.clear();
    process.stderr.write(`copydesk: ${line}\n`);
  };

  const { inputs, errors } = expandInputs(opts.inputs, cwd);
  for (const e of errors) error(e);
  if (errors.length) failed = true;

  const finder = new ConfigFinder(cwd, opts.config, (r) => {
    error(r.message);
    if (r.error) failed = true;
  });
  const cliLayer: CopydeskConfig = {};
  if (opts.datesStyle || opts.dateFormat) cliLayer.dates = { style: opts.datesStyle, format: opts.dateFormat };
  const resolved = new Map<CopydeskConfig, ResolvedConfig>();
  const configFor = (input: Input): ResolvedConfig => {
    const fileCfg = finder.forFile(input.file === STDIN ? null : input.file);
    let r = resolved.get(fileCfg);
    if (!r) {
      // --rule names a rule: turn it on when the configuration does not say otherwise
      const enable: Record<string, true> = {};
      for (const id of opts.rules) if (id.includes('/') && fileCfg.rules?.[id] === undefined) enable[id] = true;
      r = resolveConfig(fileCfg, cliLayer, { rules: enable });
      resolved.set(fileCfg, r);
    }
    return r;
  };

  let stdinUsed = false;
  const readStdin = (): Buffer => {
    if (stdinUsed) return Buffer.alloc(0);
    stdinUsed = true;
    return fs.readFileSync(0);
  };
  /** Read and check one draft; print why when it cannot be reviewed. */
  const prepare = (input: Input): Job | null => {
    const r = readDraft(input, opts.maxSize, readStdin);
    if (!r.ok) {
      error(`${input.display}: ${r.error}`);
      failed = true;
      return null;
    }
    return { text: r.text, config: configFor(input), referenceDate: opts.referenceDate, categories: opts.categories, rules: opts.rules };
  };

  prog = new Progress(inputs.length, opts.quiet);
  const reports: FileReport[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let reviewed = 0;
  let failing = false;
  const failRank = opts.failOn === 'never' ? -1 : SEVERITY_RANK[opts.failOn];

  /** Results arrive in any order; they are printed in input order. */
  const outcomes: (Outcome | undefined)[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const deliver = (i: number, outcome: Outcome) => {
    outcomes[i] = outcome;
    done++;
    prog.update(done);
    while (next < inputs.length && outcomes[next]) {
      const o = outcomes[next]!;
      outcomes[next] = undefined;
      const input = inputs[next];
      next++;
      if (!o.ok) continue;
      reviewed++;
      for (const f of o.result.findings) {
        counts[f.severity]++;
        if (SEVERITY_RANK[f.severity] <= failRank) failing = true;
      }
      if (opts.format === 'text') {
        if (o.result.findings.length) {
          prog.clear();
          process.stdout.write(o.result.findings.map((f) => textLine(input.display, f)).join('\n') + '\n');
        }
      } else {
        reports.push({ path: input.display, referenceDate: o.result.referenceDate, findings: o.result.findings, text: opts.format === 'sarif' ? o.text : undefined });
      }
    }
  };
  const internalError = (input: Input, message: string) => {
    error(`${input.display}: internal error while reviewing this draft (please report it): ${message.split('\n')[0]}`);
    failed = true;
  };

  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = Math.min(opts.jobs ?? (inputs.length >= MANY_FILES ? cpus : 1), inputs.length);
  const workerFile = path.join(__dirname, 'worker.js');
  if (jobs > 1 && fs.existsSync(workerFile)) {
    await runParallel(jobs, workerFile, inputs, prepare, deliver, internalError);
  } else {
    for (let i = 0; i < inputs.length; i++) {
      const job = prepare(inputs[i]);
      if (!job) {
        deliver(i, { ok: false });
        continue;
      }
      try {
        deliver(i, { ok: true, result: runJob(job), text: job.text });
      } catch (e) {
        internalError(inputs[i], (e as Error)?.stack || String(e));
        deliver(i, { ok: false });
      }
    }
  }
  prog.clear();

  if (opts.format === 'json') process.stdout.write(jsonReport(reports) + '\n');
  else if (opts.format === 'sarif') process.stdout.write(sarifReport(reports, pkg.version, STYLE_DEFAULT_OFF) + '\n');

  if (!opts.quiet) process.stderr.write(summary(reviewed, inputs.length - reviewed, counts) + '\n');
  return failed ? 2 : failing ? 1 : 0;
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(reviewed: number, skipped: number, counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = [
    counts.error && plural(counts.error, 'error'),
    counts.warning && plural(counts.warning, 'warning'),
    counts.information && `${counts.information} information`,
    counts.hint && plural(counts.hint, 'hint'),
  ].filter(Boolean);
  let s = `copydesk: ${plural(reviewed, 'draft')} reviewed, ${total ? `${plural(total, 'finding')} (${parts.join(', ')})` : 'no findings'}`;
  if (skipped) s += `; ${plural(skipped, 'file')} skipped`;
  return s;
}

/** Review in worker threads, reading each draft just before it is handed out. */
function runParallel(
  n: number,
  workerFile: string,
  inputs: Input[],
  prepare: (input: Input) => Job | null,
  deliver: (i: number, o: Outcome) => void,
  internalError: (input: Input, message: string) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let nextInput = 0;
    let running = 0;
    const texts = new Map<number, string>();
    const workers: Worker[] = [];
    const finish = () => {
      if (nextInput >= inputs.length && running === 0) {
        for (const w of workers) void w.terminate();
        resolve();
      }
    };
    const feed = (w: Worker, busy: { id: number | null }) => {
      while (nextInput < inputs.length) {
        const i = nextInput++;
        const job = prepare(inputs[i]);
        if (!job) {
          deliver(i, { ok: false });
          continue;
        }
        texts.set(i, job.text);
        busy.id = i;
        running++;
        w.postMessage({ id: i, job } satisfies WorkerRequest);
        return;
      }
      busy.id = null;
      finish();
    };
    const spawn = (): void => {
      const w = new Worker(workerFile);
      const busy: { id: number | null } = { id: null };
      workers.push(w);
      w.on('message', (res: WorkerResponse) => {
        running--;
        busy.id = null;
        const text = texts.get(res.id);
        texts.delete(res.id);
        if (res.ok) deliver(res.id, { ok: true, result: res.result, text });
        else {
          internalError(inputs[res.id], res.error);
          deliver(res.id, { ok: false });
        }
        feed(w, busy);
      });
      w.on('error', (e) => {
        // the worker died: its draft fails, a new worker takes over the queue
        workers.splice(workers.indexOf(w), 1);
        if (busy.id !== null) {
          running--;
          internalError(inputs[busy.id], e.message);
          deliver(busy.id, { ok: false });
          busy.id = null;
        }
        if (nextInput < inputs.length) spawn();
        else finish();
      });
      feed(w, busy);
    };
    for (let k = 0; k < n && nextInput < inputs.length; k++) spawn();
    finish();
  });
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`copydesk: internal error (please report it): ${(e as Error)?.stack || e}\n`);
      process.exitCode = 2;
    },
  );
}
