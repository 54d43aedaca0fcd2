/** What the benchmark scripts share: their options, the fixed day, the own rules, and timing. */
import type { Category } from '../src/core/types';

const args = process.argv.slice(2);
/** Is `--name` on the command line? */
export const flag = (f: string): boolean => args.includes(f);
/** The value after `--name`, if given. */
export const opt = (f: string): string | undefined => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The day every benchmark review takes as today. */
export const TODAY = { year: 2024, month: 6, day: 1 };
/** Copydesk's own rules, measured against write-good. */
export const OWN: Category[] = ['loaded', 'sourcing', 'dates'];

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** CPU time of this process so far (user + system), in ms. */
export const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
