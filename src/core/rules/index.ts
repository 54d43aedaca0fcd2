/** The rule registry: every rule module, in the order their findings are reported. */
import type { BlockChecker, DocumentChecker } from '../checker';
import type { RuleMeta } from '../types';
import { loadedChecker } from './loaded';
import { sourcingChecker } from './sourcing';
import { datesChecker, referenceDateChecker } from './dates';
import { styleChecker } from './style';

/** Block rules. `style` comes last: it drops what the others already said of the same words. */
export const BLOCK_CHECKERS: BlockChecker[] = [loadedChecker, sourcingChecker, datesChecker, styleChecker];
export const DOCUMENT_CHECKERS: DocumentChecker[] = [referenceDateChecker];

export const RULES: RuleMeta[] = [...BLOCK_CHECKERS, ...DOCUMENT_CHECKERS].flatMap((c) => c.rules);
export const RULE_INDEX: Map<string, RuleMeta> = new Map(RULES.map((r) => [r.id, r]));
