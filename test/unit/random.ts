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

/**
 * Up to `most` steps, each either one word of a random kind or one word of every kind in a row
 * (the order in which a pattern takes them), each followed by one of `seps`.
 */
export function randomKindsText(rnd: (n: number) => number, kinds: readonly (readonly string[])[], seps: readonly string[], most: number): string {
  let text = '';
  for (let k = 1 + rnd(most); k > 0; k--) {
    if (rnd(2)) {
      const kind = kinds[rnd(kinds.length)];
      text += kind[rnd(kind.length)] + seps[rnd(seps.length)];
    } else for (const kind of kinds) text += kind[rnd(kind.length)] + seps[rnd(seps.length)];
  }
  return text;
}
