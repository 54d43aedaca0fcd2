import * as assert from 'node:assert/strict';
import { parseBlock, parseDraft, splitBlocks, type BlockKind, type Carry, type ParsedBlock } from '../../src/core/parse';
import * as ref from './parse-reference';
import { randomText, seededRandom } from './random';

/**
 * The parser against the parser as it was (parse-reference.ts, kept whole): everything a block
 * gives the rules — prose, sentences, quotations with their speakers, links, directives, cues, the
 * carry — on random drafts made of the hard cases, for every kind of block and every carry in.
 */

const rnd = seededRandom(4242);

const VOCAB = [
  'said', 'Said', 'told', 'according', 'to', 'the', 'The', 'mayor', 'Smith', 'she', 'wrote:', 'We', 'owe', 'it.', 'end.', 'end?', 'end!', 'end…',
  'Mr.', 'MRS.', "'Dr.", '’Sept.', 'Gov.', 'st.', 'Co.', 'jR.', 'Mrz.', 'U.S.', 'Inc.', 'J.', 'é.', '3.', '1961.', '5', '12', "'60.", '1,000.', '2a.', 'a.m.', 'etc.', '...', '?!', '."', '.”', '.’', '.)', '.]', ':', '://', 'www.', 'www', 'w.', 'ww.',
  '“', '”', '„', '"', '‘', '’', "'", "'90s", '‘90s', 'don’t', "can't", 'it’s', '“Yes,”', '"no."', '—', '–', '(', ')', '[', ']', '`', '``',
  '<', '>', '<b>', '</b>', '<!--', '-->', '<!-- copydesk-disable loaded -->', '<!-- copydesk-enable -->', '[a link](http://x.org/a)', '[ref]: http://y.org',
  '[^1]', '![img](a.png)', 'http://example.com/a.', 'https://x.y/z', 'www.example.com', '`code.`', 'é', 'Élan', 'said_', 'x', 'in', 'a', 'statement',
];
const SEPS = [' ', ' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\u00a0', '', '\t', ', '];
const LINE_STARTS = ['', '', '', '# ', '> ', '- ', '1. ', '```\n', '---\n', 'slug: x\n', 'date 2024-03-05\n', '<!-- ', '    '];

const same = (a: ParsedBlock, b: ParsedBlock, what: string) => {
  // quotations first: reading them finds their speakers (and may read the cues)
  assert.equal(JSON.stringify(a.quotes), JSON.stringify(b.quotes), what + ' quotes');
  assert.equal(a.kind, b.kind, what);
  assert.equal(a.text, b.text, what);
  assert.equal(a.prose, b.prose, what + ' prose');
  assert.equal(JSON.stringify(a.sentences), JSON.stringify(b.sentences), what + ' sentences');
  assert.equal(JSON.stringify(a.links), JSON.stringify(b.links), what + ' links');
  assert.equal(JSON.stringify(a.directives), JSON.stringify(b.directives), what + ' directives');
  assert.equal(JSON.stringify(a.carryOut), JSON.stringify(b.carryOut), what + ' carry');
  assert.equal(JSON.stringify(a.cues), JSON.stringify(b.cues), what + ' cues');
  for (let o = -1; o <= a.prose.length; o++) {
    assert.equal(a.inQuote(o), b.inQuote(o), what + ' inQuote ' + o);
    assert.equal(a.sentenceAt(o), b.sentenceAt(o), what + ' sentenceAt ' + o);
  }
};

describe('parse: the same as the reference parser', () => {
  it('parses random drafts as the reference did', () => {
    for (let t = 0; t < 4000; t++) {
      let text = '';
      for (let p = 1 + rnd(4); p > 0; p--) text += LINE_STARTS[rnd(LINE_STARTS.length)] + randomText(rnd, VOCAB, SEPS, 1 + rnd(14)) + (rnd(3) ? '\n\n' : '\n');
      const what = JSON.stringify(text);
      assert.deepEqual(splitBlocks(text), ref.splitBlocks(text), what);
      const a = parseDraft(text);
      const b = ref.parseDraft(text);
      assert.deepEqual(a.spans, b.spans, what);
      assert.equal(a.blocks.length, b.blocks.length, what);
      for (let i = 0; i < a.blocks.length; i++) same(a.blocks[i], b.blocks[i], what + ' block ' + i);
    }
  });

  it('parses every kind of block, with every carry in, as the reference did', () => {
    const kinds: BlockKind[] = ['paragraph', 'heading', 'blockquote', 'list', 'code', 'comment', 'front-matter', 'header', 'rule'];
    const carries: Carry[] = [];
    for (let i = 0; i < 8; i++) carries.push({ quoteOpen: !!(i & 1), quoteSpeaker: !!(i & 2), colon: !!(i & 4) });
    for (let t = 0; t < 6000; t++) {
      const text = randomText(rnd, VOCAB, SEPS, 1 + rnd(16));
      const kind = kinds[rnd(kinds.length)];
      const carry = carries[rnd(carries.length)];
      // cues asked for before the quotations on one of them
      const a = parseBlock(kind, text, carry);
      if (t & 1) void a.cues;
      same(a, ref.parseBlock(kind, text, carry), JSON.stringify([kind, carry, text]));
    }
  });
});
