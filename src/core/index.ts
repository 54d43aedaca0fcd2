/**
 * Copydesk's review engine: text in, findings out. Runs in the extension host, in the browser
 * (vscode.dev) and in the CLI: no `vscode`, no Node built-ins.
 */
export * from './types';
export { Engine, review, type ReviewOptions, type ReviewResult, type TextChange } from './engine';
export { resolveConfig, parseConfigText, ruleSetting, DEFAULT_CONFIG, type ConfigProblem } from './config';
export { RULES, RULE_INDEX } from './rules';
export { parseDraft, parseBlock, splitBlocks, type Draft, type ParsedBlock, type Quote, type Span, type BlockKind } from './parse';
export { documentInfo, type DocInfo } from './docinfo';
export { formatDate, parseWrittenDate, parseISODate, isoDate, today, addDays, weekday, WEEKDAYS, describeResolved } from './ymd';
export { countWords } from './text';
