/** `dates`: relative time with no absolute date, and drafts with no reference date. (Being built.) */
import type { BlockChecker, DocumentChecker } from '../checker';

export const datesChecker: BlockChecker = {
  name: 'dates',
  category: 'dates',
  rules: [{ id: 'dates/relative-day', category: 'dates', defaultSeverity: 'warning', description: 'A relative day (“Saturday”, “yesterday”) with no absolute date.', anchor: 'datesrelative-day' }],
  contextKey: () => '',
  check() {},
};

export const referenceDateChecker: DocumentChecker = {
  name: 'dates-reference',
  category: 'dates',
  rules: [{ id: 'dates/no-reference-date', category: 'dates', defaultSeverity: 'warning', description: 'The draft has no date of its own.', anchor: 'datesno-reference-date' }],
  check() {},
};
