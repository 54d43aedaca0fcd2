/**
 * Shared types of the review engine. Pure data: no `vscode`, no Node built-ins.
 *
 * Offsets are UTF-16 code units (JavaScript string indices), as VS Code and LSP use.
 */

export type Category = 'loaded' | 'sourcing' | 'dates' | 'style';
export const CATEGORIES: readonly Category[] = ['loaded', 'sourcing', 'dates', 'style'];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
/** Lower is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  /** [start, end) in the whole text. */
  offset: [number, number];
  newText: string;
}

export interface Suggestion {
  /** Reads like an editor's note: "Replace ‘henchmen’ with ‘aides’". */
  title: string;
  edits: TextEdit[];
  /**
   * Safe to apply without reading it (a resolved date, a neutral replacement the data marks safe).
   * Used by "Fix all safe issues" and `source.fixAll.copydesk`. Not part of the JSON output.
   */
  safe?: boolean;
}

/** What a rule reports, offsets relative to the block it checked. */
export interface RawFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity (e.g. `hint` inside a quotation). */
  severity?: Severity;
  suggestions?: Suggestion[];
  /** One or two sentences for the hover: why it matters. */
  explanation?: string;
  /** Neutral alternatives, for the hover. */
  alternatives?: string[];
  /** dates: the absolute date the expression resolves to (ISO 8601), when known. */
  resolved?: string;
  /** Set by the engine when the span is inside a direct quotation. */
  inQuote?: boolean;
  /** The edit is a deletion (the extension marks it `Unnecessary`). */
  deletion?: boolean;
}

/** A finding as front ends see it. The first ten fields are the stable JSON shape (see DESIGN.md). */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  offset: [number, number];
  range: Range;
  text: string;
  message: string;
  inQuote: boolean;
  suggestions: Suggestion[];
  docs: string;
  // --- not serialised to JSON ---
  explanation?: string;
  alternatives?: string[];
  resolved?: string;
  deletion?: boolean;
}

export interface RuleMeta {
  /** `category/name`, stable. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, plain words. */
  description: string;
  /** Anchor in README.md, e.g. `#loadedpejorative`. */
  anchor: string;
}

export type DateStyle = 'ap' | 'strict' | 'evergreen';
export type DateFormat = 'ap' | 'iso' | 'long';

/** A term a newsroom adds through configuration. */
export interface ExtraTerm {
  term: string;
  /** Rule id it reports under; default `loaded/house`. */
  rule?: string;
  reason?: string;
  alternatives?: string[];
}

/** Configuration as the user writes it (settings or `.copydesk.json`). Every field optional. */
export interface CopydeskConfig {
  /** Category on/off. */
  categories?: Partial<Record<Category, boolean>>;
  /** Rule id -> on/off, or a severity, or "off". */
  rules?: Record<string, boolean | Severity | 'off'>;
  /** Words or phrases never flagged (case-insensitive). */
  allow?: string[];
  /** House terms to flag as loaded (or under another rule). */
  extraTerms?: (string | ExtraTerm)[];
  /** Built-in terms to drop. */
  removedTerms?: string[];
  dates?: {
    style?: DateStyle;
    format?: DateFormat;
  };
  /** YYYY-MM-DD; overrides the draft's own date. */
  referenceDate?: string;
}

/** Configuration with every default filled in. */
export interface ResolvedConfig {
  categories: Record<Category, boolean>;
  rules: Record<string, boolean | Severity | 'off'>;
  allow: string[];
  extraTerms: ExtraTerm[];
  removedTerms: string[];
  dates: { style: DateStyle; format: DateFormat };
  referenceDate?: string;
}

/** A calendar day, no time zone: the draft's own date. */
export interface YMD {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export type ReferenceDateSource = 'option' | 'front-matter' | 'date-line' | 'dateline';
