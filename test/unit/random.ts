/** Seeded random texts for the tests that compare a scanner with the reference it replaced. */

/** A random whole number below `n`, from a linear congruential generator: the same run every time. */
export function seededRandom(seed: number): (n: number) => number {
  return (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
}

/** `count` words from `vocab`, each followed by one of `seps`. */
export function randomText(rnd: (n: number) => number, vocab: readonly string[], seps: readonly string[], count: number): string {
  let s = '';
  for (let k = 0; k < count; k++) s += vocab[rnd(vocab.length)] + seps[rnd(seps.length)];
  return s;
}
