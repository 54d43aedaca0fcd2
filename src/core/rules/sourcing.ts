/** `sourcing`: claims with no source. (Being built.) */
import type { BlockChecker } from '../checker';

export const sourcingChecker: BlockChecker = {
  name: 'sourcing',
  category: 'sourcing',
  rules: [{ id: 'sourcing/vague-attribution', category: 'sourcing', defaultSeverity: 'warning', description: 'Vague attribution: who exactly says so?', anchor: 'sourcingvague-attribution' }],
  contextKey: () => '',
  check() {},
};
