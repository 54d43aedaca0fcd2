import * as assert from 'node:assert/strict';
import { CUE_SOURCE, MAY_END, NEVER_END, NO_CARRY, OPENERS, parseBlock, splitBlocks, type Carry, type Span } from '../../src/core/parse';
import { isSpaceCode } from '../../src/core/text';
import { wordTable } from '../../src/core/words';
import { randomText, seededRandom } from './random';

/**
 * The parser's character-code scanners against the regular expressions they replaced (copied here
 * as the reference): sentence ends, attribution cues, and the block splitter's blank and fence
 * lines. Random texts from a vocabulary of the hard cases, a fixed seed.
 */

const rnd = seededRandom(9001);
const textOf = (vocab: string[], seps: string[], n: number) => randomText(rnd, vocab, seps, n);

// ---- reference: sentence ends as the parser found them with regular expressions (same word lists)
function referenceSentences(prose: string): Span[] {
  const out: Span[] = [];
  const n = prose.length;
  let start = 0;
  while (start < n && /\s/.test(prose[start])) start++;
  const re = /[.!?…]+["'”’)\]]*(?=\s)|[.!?]+["'”’)\]]*$/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1) {
      let k = m.index - 1;
      while (k >= 0 && /[\p{L}\p{N}.&'’-]/u.test(prose[k])) k--;
      const bare = prose.slice(k + 1, m.index).toLowerCase().replace(/^['’]+/, '');
      if (bare.length === 1 && /\p{L}/u.test(bare)) continue;
      if (NEVER_END.has(bare) || NEVER_END.has(bare + '.')) continue;
      if (/^\d+$/.test(bare) && /^\s+\d/.test(prose.slice(end, end + 3))) continue;
      if (MAY_END.has(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare)) {
        const next = /^\s+["“‘']?([\p{L}]+)/u.exec(prose.slice(end, end + 40));
        if (!next || !/^\p{Lu}/u.test(next[1]) || !OPENERS.has(next[1].toLowerCase())) continue;
      }
    }
    const after = /^\s+(\S)/.exec(prose.slice(end, end + 20));
    if (after && /[\p{Ll}]/u.test(after[1]) && m[0][0] !== '?' && m[0][0] !== '!') continue;
    if (end > start) out.push({ start, end });
    start = end;
    while (start < n && /\s/.test(prose[start])) start++;
  }
  if (start < n && prose.slice(start).trim()) {
    let e = n;
    while (e > start && /\s/.test(prose[e - 1])) e--;
    out.push({ start, end: e });
  }
  return out;
}

// ---- reference: attribution cues as one case-insensitive alternation
function referenceCues(prose: string): Span[] {
  const re = new RegExp(CUE_SOURCE, 'gi');
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose))) {
    if (/^\p{Lu}/u.test(m[0]) && /\p{L}\s+$/u.test(prose.slice(Math.max(0, m.index - 3), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SENTENCE_VOCAB = [
  'said', 'Mr.', 'Mrs.', 'U.S.', 'Inc.', 'Corp.', 'The', 'the', 'he', 'He', 'a.', 'J.', 'b', '3.', '1961.', '5', '12', 'etc.', 'Jan.', 'No.',
  'Gov.', 'e.g.', 'A.B.C.', 'ph.d.', 'end.', 'end?', 'end!', 'end…', '...', '?!', '."', '.”', '.’', '.)', '.]', 'x', 'é', 'Élan', 'ça', 'Ärger.',
  'don’t.', "'tis.", '’90s.', 'it’s', '—', '“Yes,”', '"no."', ':', '&', 'AT&T.', 'co-op.', 'well-known.', 'a.m.', 'p.m.',
];
const SENTENCE_SEPS = [' ', ' ', ' ', '  ', '\n', '\u00a0', '', '\t', '\u2003'];

const CUE_VOCAB = [
  'said', 'Said', 'SAID', 'sAiD', 'says', 'say', 'saying', 'told', 'reporters', 'in', 'a', 'an', 'statement', 'interview', 'according', 'to',
  'press', 'release', 'put', 'puts', 'it', 'x', 'said_', 'says2', '2said', 'the', 'United', 'States', 'In', 'A', 'Statement', 'Reads', 'read',
  'spokeswoman', 'Spokesperson', 'acknowledges', 'unsaid', 'é', 'sàid', 'found', 'shows',
];
const CUE_SEPS = [' ', '  ', '\n', '\u00a0', ', ', '-', '_', "'", '’', '.', '\t', ' \u2003'];

describe('parse: scanners written as character-code loops', () => {
  it('reads white space as \\s does, for every UTF-16 code unit (isSpaceCode, shared by the parser, dates and the lexicon)', () => {
    for (let c = 0; c < 65536; c++) assert.equal(isSpaceCode(c), /\s/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('ends sentences where the regular expressions did', () => {
    for (let t = 0; t < 20000; t++) {
      const text = textOf(SENTENCE_VOCAB, SENTENCE_SEPS, 1 + rnd(16));
      const got = parseBlock('paragraph', text).sentences.map((s) => [s.start, s.end]);
      assert.deepEqual(got, referenceSentences(text).map((s) => [s.start, s.end]), JSON.stringify(text));
    }
  });

  it('finds the attribution cues the case-insensitive alternation found', () => {
    for (let t = 0; t < 20000; t++) {
      const text = textOf(CUE_VOCAB, CUE_SEPS, 1 + rnd(12));
      const got = parseBlock('paragraph', text).cues.map((s) => [s.start, s.end]);
      assert.deepEqual(got, referenceCues(text).map((s) => [s.start, s.end]), JSON.stringify(text));
    }
  });

  it('finds the same cues in plain prose, where they are read from the shared word table', () => {
    const vocab = CUE_VOCAB.filter((w) => /^[A-Za-z0-9]+$/.test(w));
    const seps = CUE_SEPS.filter((s) => s !== '_');
    for (let t = 0; t < 5000; t++) {
      const text = textOf(vocab, seps, 1 + rnd(12));
      assert.equal(wordTable(text).plain, true);
      const got = parseBlock('paragraph', text).cues.map((s) => [s.start, s.end]);
      assert.deepEqual(got, referenceCues(text).map((s) => [s.start, s.end]), JSON.stringify(text));
    }
  });

  it('gives a quotation the same speaker whether or not the cues were asked for first', () => {
    const carries: Carry[] = [NO_CARRY, { quoteOpen: true, quoteSpeaker: true, colon: true }];
    const vocab = [...CUE_VOCAB, '“', '”', '"', '‘', '’', 'We', 'owe', 'it.', 'she', 'wrote:', 'Smith'];
    for (let t = 0; t < 5000; t++) {
      const text = textOf(vocab, CUE_SEPS, 1 + rnd(14));
      for (const carry of carries) {
        const a = parseBlock('paragraph', text, carry);
        const b = parseBlock('paragraph', text, carry);
        void b.cues; // read first on one of them
        assert.deepEqual(JSON.stringify([a.quotes, a.carryOut]), JSON.stringify([b.quotes, b.carryOut]));
        assert.deepEqual(a.cues, b.cues);
      }
    }
  });

  it('splits blocks on blank lines and fences as /^[ \t\r]*$/ and /^ {0,3}(`{3,}|~{3,})/ read them', () => {
    const parts = ['a', 'text', '\n', '\n\n', '  \n', '\t\r\n', '```', '~~~', '   ```', '    ```', '``', '<!--', '-->', '<!-- x -->', '---\n', '# h', '> q', '- l', ' ', '\r\n', 'word word'];
    const blank = (l: string) => /^[ \t\r]*$/.test(l);
    const fence = (l: string) => /^ {0,3}(`{3,}|~{3,})/.test(l);
    for (let t = 0; t < 20000; t++) {
      const text = textOf(parts, [''], 1 + rnd(16));
      const blocks = splitBlocks(text);
      // every block starts on a line that is not blank, and no ordinary block holds a blank line
      for (const b of blocks) {
        const lines = text.slice(b.start, b.end).split('\n');
        assert.ok(!blank(lines[0]) || b.kind === 'front-matter', JSON.stringify(text));
        if (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'list' || b.kind === 'blockquote') {
          for (const l of lines.slice(1)) assert.ok((!blank(l) && !fence(l)) || text.slice(b.start, b.end).includes('<!--'), JSON.stringify(text));
        }
      }
      // blocks are in order and do not overlap
      for (let i = 1; i < blocks.length; i++) assert.ok(blocks[i].start > blocks[i - 1].end, JSON.stringify(text));
    }
  });
});
