/** `style`: write-good's prose checks. (Being built.) */
import type { BlockChecker } from '../checker';

export const styleChecker: BlockChecker = {
  name: 'style',
  category: 'style',
  rules: [{ id: 'style/passive', category: 'style', defaultSeverity: 'hint', description: 'Passive voice.', anchor: 'stylepassive' }],
  contextKey: () => '',
  check() {},
};
