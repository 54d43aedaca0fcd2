/** `loaded`: words in the writer's own voice that judge instead of report. (Being built.) */
import type { BlockChecker } from '../checker';

export const loadedChecker: BlockChecker = {
  name: 'loaded',
  category: 'loaded',
  rules: [{ id: 'loaded/pejorative', category: 'loaded', defaultSeverity: 'warning', description: 'Pejorative labels for people or groups.', anchor: 'loadedpejorative' }],
  contextKey: () => '',
  check() {},
};
