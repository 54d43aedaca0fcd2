/**
 * Configuration: defaults, layering (user settings < workspace `.copydesk.json` < command line),
 * and reading a `.copydesk.json` with clear messages for what is wrong in it.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Category, CopydeskConfig, DateFormat, DateStyle, ExtraTerm, ResolvedConfig, Severity } from './types';
import { CATEGORIES, SEVERITIES } from './types';

export const DEFAULT_CONFIG: ResolvedConfig = {
  categories: { loaded: true, sourcing: true, dates: true, style: true },
  rules: {},
  allow: [],
  extraTerms: [],
  removedTerms: [],
  dates: { style: 'ap', format: 'ap' },
};

/** Layer configurations, later ones winning. Lists (allow, extra and removed terms) add up. */
export function resolveConfig(...layers: (CopydeskConfig | undefined | null)[]): ResolvedConfig {
  const out: ResolvedConfig = {
    categories: { ...DEFAULT_CONFIG.categories },
    rules: {},
    allow: [],
    extraTerms: [],
    removedTerms: [],
    dates: { ...DEFAULT_CONFIG.dates },
  };
  for (const c of layers) {
    if (!c) continue;
    if (c.categories) for (const k of CATEGORIES) if (typeof c.categories[k] === 'boolean') out.categories[k] = c.categories[k]!;
    if (c.rules) Object.assign(out.rules, c.rules);
    if (c.allow) out.allow.push(...c.allow.filter((s) => typeof s === 'string' && s.trim()));
    if (c.extraTerms) {
      for (const t of c.extraTerms) {
        const e: ExtraTerm | null = typeof t === 'string' ? { term: t } : t && typeof t.term === 'string' ? t : null;
        if (e && e.term.trim()) out.extraTerms.push(e);
      }
    }
    if (c.removedTerms) out.removedTerms.push(...c.removedTerms.filter((s) => typeof s === 'string' && s.trim()));
    if (c.dates?.style) out.dates.style = c.dates.style;
    if (c.dates?.format) out.dates.format = c.dates.format;
    if (c.referenceDate) out.referenceDate = c.referenceDate;
  }
  return out;
}

export interface ConfigProblem {
  message: string;
  /** Offset and length in the file, where known. */
  offset: number;
  length: number;
}

const DATE_STYLES: DateStyle[] = ['ap', 'strict', 'evergreen'];
const DATE_FORMATS: DateFormat[] = ['ap', 'iso', 'long'];
const KNOWN_KEYS = new Set(['$schema', 'categories', 'rules', 'allow', 'extraTerms', 'removedTerms', 'dates', 'referenceDate', 'include', 'exclude', 'customPatterns']);

/**
 * Read the text of a `.copydesk.json` (comments and trailing commas allowed). Returns the usable
 * part of the configuration and every problem found; a field that is wrong is left out, the rest
 * is kept.
 */
export function parseConfigText(text: string): { config: CopydeskConfig; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    message: `The file is not valid JSON (${describeJsonError(printParseErrorCode(e.error))}); Copydesk is using its defaults and your other settings until it is fixed.`,
    offset: e.offset,
    length: Math.max(1, e.length),
  }));
  if (errors.length) return { config: {}, problems: problems.slice(0, 1) };
  if (raw === undefined && text.trim() === '') return { config: {}, problems: [] };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, problems: [{ message: 'The file must hold one JSON object, like { "allow": ["iconic"] }.', offset: 0, length: Math.max(1, text.length) }] };
  }
  const at = (key: string): { offset: number; length: number } => {
    const i = text.indexOf(`"${key}"`);
    return i === -1 ? { offset: 0, length: 1 } : { offset: i, length: key.length + 2 };
  };
  const config: CopydeskConfig = {};
  const bad = (key: string, message: string) => problems.push({ message, ...at(key) });
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) bad(key, `"${key}" is not a Copydesk setting; it is ignored.`);
  }
  const r = raw as Record<string, unknown>;
  if (r.categories !== undefined) {
    if (isObject(r.categories)) {
      const cats: Partial<Record<Category, boolean>> = {};
      for (const [k, v] of Object.entries(r.categories)) {
        if (!(CATEGORIES as readonly string[]).includes(k)) bad(k, `"${k}" is not a category; use loaded, sourcing, dates or style.`);
        else if (typeof v !== 'boolean') bad(k, `"categories.${k}" must be true or false.`);
        else cats[k as Category] = v;
      }
      config.categories = cats;
    } else bad('categories', '"categories" must be an object like { "style": false }.');
  }
  if (r.rules !== undefined) {
    if (isObject(r.rules)) {
      const rules: Record<string, boolean | Severity | 'off'> = {};
      for (const [k, v] of Object.entries(r.rules)) {
        if (typeof v === 'boolean' || v === 'off' || (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v))) rules[k] = v as boolean | Severity | 'off';
        else bad(k, `"rules.${k}" must be true, false, "off", "error", "warning", "information" or "hint".`);
      }
      config.rules = rules;
    } else bad('rules', '"rules" must be an object like { "loaded/puffery": "hint" }.');
  }
  for (const key of ['allow', 'removedTerms'] as const) {
    if (r[key] === undefined) continue;
    if (Array.isArray(r[key]) && (r[key] as unknown[]).every((s) => typeof s === 'string')) config[key] = r[key] as string[];
    else bad(key, `"${key}" must be a list of words or phrases, like ["iconic", "world-class"].`);
  }
  if (r.extraTerms !== undefined) {
    if (Array.isArray(r.extraTerms)) {
      const terms: (string | ExtraTerm)[] = [];
      for (const t of r.extraTerms) {
        if (typeof t === 'string') terms.push(t);
        else if (isObject(t) && typeof t.term === 'string') {
          terms.push({
            term: t.term,
            rule: typeof t.rule === 'string' ? t.rule : undefined,
            reason: typeof t.reason === 'string' ? t.reason : undefined,
            alternatives: Array.isArray(t.alternatives) ? t.alternatives.filter((a): a is string => typeof a === 'string') : undefined,
          });
        } else bad('extraTerms', '"extraTerms" entries must be words, or objects like { "term": "slumlord", "alternatives": ["landlord"] }.');
      }
      config.extraTerms = terms;
    } else bad('extraTerms', '"extraTerms" must be a list.');
  }
  if (r.dates !== undefined) {
    if (isObject(r.dates)) {
      const d: CopydeskConfig['dates'] = {};
      if (r.dates.style !== undefined) {
        if (DATE_STYLES.includes(r.dates.style as DateStyle)) d.style = r.dates.style as DateStyle;
        else bad('style', '"dates.style" must be "ap", "strict" or "evergreen".');
      }
      if (r.dates.format !== undefined) {
        if (DATE_FORMATS.includes(r.dates.format as DateFormat)) d.format = r.dates.format as DateFormat;
        else bad('format', '"dates.format" must be "ap", "iso" or "long".');
      }
      config.dates = d;
    } else bad('dates', '"dates" must be an object like { "style": "ap", "format": "ap" }.');
  }
  if (r.referenceDate !== undefined) {
    if (typeof r.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.referenceDate)) config.referenceDate = r.referenceDate;
    else bad('referenceDate', '"referenceDate" must be a date written YYYY-MM-DD.');
  }
  return { config, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function describeJsonError(code: string): string {
  const map: Record<string, string> = {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a number written wrongly',
    PropertyNameExpected: 'a setting name is missing',
    ValueExpected: 'a value is missing',
    ColonExpected: 'a colon is missing',
    CommaExpected: 'a comma is missing',
    CloseBraceExpected: 'a closing } is missing',
    CloseBracketExpected: 'a closing ] is missing',
    EndOfFileExpected: 'there is text after the end',
    UnexpectedEndOfString: 'a quotation mark is missing',
    UnexpectedEndOfComment: 'a comment is not closed',
  };
  return map[code] ?? code;
}

/** Is the rule on, and at which severity? `undefined` severity = the rule's default. */
export function ruleSetting(config: ResolvedConfig, ruleId: string, category: Category): { on: boolean; severity?: Severity } {
  if (!config.categories[category]) return { on: false };
  const v = config.rules[ruleId] ?? config.rules[ruleId.split('/')[0]];
  if (v === false || v === 'off') return { on: false };
  if (typeof v === 'string') return { on: true, severity: v };
  return { on: true };
}
