/** The contract between the engine and a rule module. */
import type { DocInfo } from './docinfo';
import type { ParsedBlock } from './parse';
import type { Category, RawFinding, ResolvedConfig, RuleMeta, YMD } from './types';

/** What a rule may know beside the block itself. */
export interface CheckContext {
  config: ResolvedConfig;
  /** The draft's own date (or the one the writer set), when known. */
  referenceDate: YMD | null;
  /** The day the review runs (for "Insert Dateline"-style fixes), from the front end. */
  today: YMD;
  info: DocInfo;
}

/**
 * A rule module checks one block at a time. It must depend only on the block, the context parts
 * named by `contextKey`, and nothing else: the engine caches its results per block and calls it
 * again only when the block's text, its carry-in or the context key changes.
 *
 * `check` runs to the end for one block before it is called for the next (no call is nested in
 * another, none is left half done), and keeps nothing of a block once it returns: a module may
 * reuse its own scratch storage (typed arrays, token objects, a context) from one call to the next.
 * Every finding it reports must be an object of its own.
 */
export interface BlockChecker {
  /** The module's name, e.g. `loaded`. */
  name: string;
  category: Category;
  rules: RuleMeta[];
  /** A string of every context value the results depend on (config parts, reference date). */
  contextKey(ctx: CheckContext): string;
  /** Report findings with offsets relative to the block. */
  check(block: ParsedBlock, ctx: CheckContext, out: RawFinding[]): void;
}

/** A rule over document-level facts (no reference date): cheap, run on every update. */
export interface DocumentChecker {
  name: string;
  category: Category;
  rules: RuleMeta[];
  /** Report findings with offsets in the whole text. */
  check(text: string, ctx: CheckContext, out: RawFinding[]): void;
}
