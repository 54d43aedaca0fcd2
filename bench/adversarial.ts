/**
 * Adversarial inputs: shapes of text that make naive regular expressions backtrack or naive loops
 * go quadratic. Shared by the benchmark (timed) and `test/unit/pathological.test.ts` (correctness).
 * Pure: no Node built-ins.
 */

export interface Adversarial {
  name: string;
  /** The input; `scale` < 1 makes a proportionally smaller one (the unit tests use 1/16). */
  make(scale?: number): string;
}

const MB = 1 << 20;

/** The characters of the one-character, 1 MB lines. */
export const REPEATED_CHARS = ['a', '.', '"', ' ', '-', '*', '`', '[', '<', '“', '’', "'", '(', '#', '>', '_', '~', '!', ':', '\t', '\n', '\r'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const n = (count: number, scale: number) => Math.max(1, Math.floor(count * scale));

function show(c: string): string {
  return c === ' ' ? 'space' : c === '\t' ? 'tab' : c === '\n' ? 'newline' : c === '\r' ? 'CR' : c;
}

export const ADVERSARIAL: Adversarial[] = [
  ...REPEATED_CHARS.map((c) => ({ name: `1 MB of ${show(c)}`, make: (k = 1) => c.repeat(n(MB, k)) })),
  { name: '1 MB of ` after a letter (no fence)', make: (k = 1) => 'x' + '`'.repeat(n(MB, k) - 1) },
  { name: '1 MB of "x`" (unclosed code spans)', make: (k = 1) => 'x`'.repeat(n(MB / 2, k)) },
  { name: '1 MB of "![a](" (unclosed images)', make: (k = 1) => '![a]('.repeat(n(MB / 5, k)) },
  { name: '1 MB of "[^" (footnote openers)', make: (k = 1) => '[^'.repeat(n(MB / 2, k)) },
  { name: '1 MB of "a " (one word, repeated)', make: (k = 1) => 'a '.repeat(n(MB / 2, k)) },
  { name: '1 MB of ". " (empty sentences)', make: (k = 1) => '. '.repeat(n(MB / 2, k)) },
  { name: '1 MB of "Mr. " (abbreviations)', make: (k = 1) => 'Mr. '.repeat(n(MB / 4, k)) },
  { name: '1 MB of "[a](" (unclosed links)', make: (k = 1) => '[a]('.repeat(n(MB / 4, k)) },
  { name: '1 MB of "<!--" (unclosed comments)', make: (k = 1) => '<!--'.repeat(n(MB / 4, k)) },
  { name: '1 MB of "http://" (URLs)', make: (k = 1) => 'http://'.repeat(n(MB / 7, k)) },
  { name: '1 MB of "said " (attribution cues)', make: (k = 1) => 'said '.repeat(n(MB / 5, k)) },
  {
    name: '100,000 quote marks, straight and curly',
    make: (k = 1) => {
      const r = rng(7);
      const marks = ['"', '“', '”', "'", '‘', '’'];
      let s = '';
      for (let i = 0; i < n(100_000, k); i++) {
        s += marks[Math.floor(r() * marks.length)];
        if (r() < 0.5) s += r() < 0.5 ? ' ' : 'word';
      }
      return s;
    },
  },
  {
    name: 'a paragraph of 50,000 words',
    make: (k = 1) => {
      const r = rng(11);
      const words = ['the', 'council', 'said', 'Saturday', 'that', 'officials', 'were', 'very', 'clearly', 'shocked', 'by', 'reports', 'of', 'a', 'regime', 'and', 'thugs', 'yesterday', 'experts', 'say', 'it', 'was', 'many', 'believe', 'so', 'there', 'is'];
      const out: string[] = [];
      for (let i = 0; i < n(50_000, k); i++) {
        let w = words[Math.floor(r() * words.length)];
        if (i % 17 === 0) w = w[0].toUpperCase() + w.slice(1);
        if (i % 23 === 22) w += '.';
        else if (i % 11 === 10) w += ',';
        if (i % 97 === 0) w = '“' + w;
        if (i % 97 === 40) w += '”';
        out.push(w);
      }
      return out.join(' ') + '.';
    },
  },
  {
    name: 'emoji and combining marks',
    make: (k = 1) => {
      const r = rng(3);
      const bits = ['👍', '👨‍👩‍👧‍👦', '🇺🇦', 'é', 'e\u0301', 'n\u0303', 'a\u0308\u0304', '\u200d', '\ufe0f', '🏳️‍🌈', 'Z\u0351\u036b\u0343\u036a', '𝒜', '\ud83d', ' ', ' ', '. ', '\n', '\n\n', 'said', 'Saturday', '“', '”'];
      let s = '';
      while (s.length < n(200_000, k)) s += bits[Math.floor(r() * bits.length)];
      return s;
    },
  },
];
