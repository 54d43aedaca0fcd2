/** Command-line options of `copydesk`: parsing, checking, and the help text. */
import { CATEGORIES, RULE_INDEX, SEVERITIES, type Category, type DateFormat, type DateStyle, type Severity } from '../core';
import { parseISODate } from '../core/ymd';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'never';

export interface CliOptions {
  inputs: string[];
  format: OutputFormat;
  referenceDate?: string;
  config?: string;
  failOn: FailOn;
  categories?: Category[];
  /** Rule ids (or category names) to report; empty = all. */
  rules: string[];
  datesStyle?: DateStyle;
  dateFormat?: DateFormat;
  quiet: boolean;
  /** undefined = automatic (the number of CPUs when there are many files). */
  jobs?: number;
  /** Bytes. */
  maxSize: number;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const DEFAULT_MAX_SIZE_MB = 5;

export const HELP = `Usage: copydesk [options] <files, folders or globs | ->

Reviews news drafts for loaded language, unsourced claims, missing or relative dates, and prose style.
Folders are searched for .md, .markdown, .txt, .draft and .story files (node_modules and dot-folders
are skipped). "-" reads a draft from standard input.

Options:
  --format text|json|sarif     output format (default: text)
  --reference-date YYYY-MM-DD  the day the story is about; overrides the draft's own date
  --config <file>              use this configuration file instead of the .copydesk.json found
                               in the draft's folder or above it
  --fail-on <level>            exit 1 when a finding is at least this severe:
                               error, warning, information, hint or never (default: warning)
  --category <c>               only these categories: loaded, sourcing, dates, style
                               (repeat it, or separate with commas)
  --rule <id>                  only these rules, e.g. sourcing/vague-attribution (repeat it, or
                               separate with commas); a rule that is off by default is turned on
  --dates-style ap|strict|evergreen
                               how strictly relative dates are judged (default: ap)
  --date-format ap|iso|long    how suggested dates are written (default: ap)
  --max-size <MB>              skip files larger than this (default: ${DEFAULT_MAX_SIZE_MB})
  --jobs <n>                   review in n parallel workers (default: one per CPU when there are
                               many files)
  --quiet                      print only findings and errors (no summary, no progress)
  --help                       show this help
  --version                    show the version

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a usage or input error
(a missing, binary, non-UTF-8 or oversized file, a broken configuration); the other files are
still reviewed.

Examples:
  copydesk story.md
  copydesk drafts/ --format json > findings.json
  copydesk "drafts/**/*.md" --fail-on error --format sarif > copydesk.sarif
  cat story.txt | copydesk - --reference-date 2024-03-05`;

const FORMATS: OutputFormat[] = ['text', 'json', 'sarif'];
const DATE_STYLES: DateStyle[] = ['ap', 'strict', 'evergreen'];
const DATE_FORMATS: DateFormat[] = ['ap', 'iso', 'long'];

/** Options that take a value. */
const VALUED = new Set(['format', 'reference-date', 'config', 'fail-on', 'category', 'rule', 'dates-style', 'date-format', 'jobs', 'max-size']);
const FLAGS = new Set(['quiet', 'help', 'version']);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (not "${value}")`);
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { inputs: [], format: 'text', failOn: 'warning', rules: [], quiet: false, maxSize: DEFAULT_MAX_SIZE_MB * 1024 * 1024, help: false, version: false };
  const categories: Category[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      o.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h') {
      o.help = true;
      continue;
    }
    if (arg === '-v' || arg === '-V') {
      o.version = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new UsageError(`unknown option "${arg}"`);
    const name = m[1];
    if (FLAGS.has(name)) {
      if (m[2] !== undefined) throw new UsageError(`--${name} takes no value`);
      if (name === 'quiet') o.quiet = true;
      else if (name === 'help') o.help = true;
      else o.version = true;
      continue;
    }
    if (!VALUED.has(name)) throw new UsageError(`unknown option "--${name}"`);
    let value = m[2];
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    switch (name) {
      case 'format':
        o.format = oneOf(name, value, FORMATS);
        break;
      case 'reference-date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseISODate(value)) throw new UsageError(`--reference-date must be a real date written YYYY-MM-DD (not "${value}")`);
        o.referenceDate = value;
        break;
      case 'config':
        o.config = value;
        break;
      case 'fail-on':
        o.failOn = oneOf<FailOn>(name, value, [...SEVERITIES, 'never']);
        break;
      case 'category':
        for (const c of list(value)) categories.push(oneOf(name, c, CATEGORIES));
        break;
      case 'rule':
        for (const r of list(value)) {
          if (!RULE_INDEX.has(r) && !(CATEGORIES as readonly string[]).includes(r)) {
            throw new UsageError(`--rule: there is no rule "${r}" (rules are named like sourcing/vague-attribution; see the README)`);
          }
          o.rules.push(r);
        }
        break;
      case 'dates-style':
        o.datesStyle = oneOf(name, value, DATE_STYLES);
        break;
      case 'date-format':
        o.dateFormat = oneOf(name, value, DATE_FORMATS);
        break;
      case 'jobs': {
        if (!/^\d+$/.test(value) || +value < 1 || +value > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (not "${value}")`);
        o.jobs = +value;
        break;
      }
      case 'max-size': {
        const mb = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !(mb > 0)) throw new UsageError(`--max-size must be a size in megabytes, like 5 or 0.5 (not "${value}")`);
        o.maxSize = Math.round(mb * 1024 * 1024);
        break;
      }
    }
  }
  if (categories.length) o.categories = [...new Set(categories)];
  o.rules = [...new Set(o.rules)];
  return o;
}
