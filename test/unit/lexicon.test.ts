import * as assert from 'node:assert/strict';
import { Lexicon, tokenize } from '../../src/core/lexicon';

describe('lexicon: reading from inside a text', () => {
  const texts = [
    'The THUG\'s “so-called” café’s U.S. co-op, naïve—Don’t 3.5 a--b x\u00a0y. Then  they\tleft.\nA new line: “quoted” (words) end',
    'Of course the plan, in the end, was — as ever — a “deal” worth $3.5m to U.K. firms’ owners.',
    '«Oui» „ja“ … ‘no’–yes ’tis rock’n’roll‘s ‘end’… “—”',
  ];
  it('reads curly quotes and dashes as the general reader does', () => {
    assert.deepEqual(
      tokenize(texts[2]).map((t) => [t.text, t.key, t.word]),
      [['«', '"', false], ['Oui', 'oui', true], ['»', '"', false], ['„', '"', false], ['ja', 'ja', true], ['“', '"', false], ['…', '…', false],
        ['‘', "'", false], ['no', 'no', true], ['’', "'", false], ['–', '—', false], ['yes', 'yes', true], ['’', "'", false], ['tis', 'tis', true],
        ['rock’n’roll', "rock'n'roll", true], ['‘', "'", false], ['s', 's', true], ['‘', "'", false], ['end', 'end', true], ['’', "'", false],
        ['…', '…', false], ['“', '"', false], ['—', '—', false], ['”', '"', false]],
    );
  });
  it('gives, from any place after a space, the tokens of the whole text from there on', () => {
    for (const text of texts) {
      const all = tokenize(text);
      for (let p = 1; p < text.length; p++) {
        const c = text.charCodeAt(p - 1);
        if (!(c === 32 || (c >= 9 && c <= 13))) continue;
        assert.deepEqual(tokenize(text, p), all.filter((t) => t.start >= p), `${text} @${p}`);
      }
    }
  });
  it('keeps each word’s key hash, so that scan finds the same entries as a lookup of every word', () => {
    const lex = new Lexicon([
      { phrase: 'so-called', value: 'doubt' },
      { phrase: 'of course', value: 'ed' },
      { phrase: 'in the end', value: 'end' },
      { phrase: 'thug', value: 'thug' },
      { phrase: 'café', value: 'cafe' },
    ]);
    const found = lex.scan(tokenize(texts[0] + ' ' + texts[1])).map((m) => m.value);
    assert.deepEqual(found, ['thug', 'doubt', 'cafe', 'ed', 'end']);
  });
  it('finds the first candidate in one pass over the characters as the general reader does', () => {
    const lex = new Lexicon([
      { phrase: 'so-called', value: 1 },
      { phrase: 'of course', value: 2 },
      { phrase: 'in the end', value: 3 },
      { phrase: 'thug', value: 4 },
      { phrase: 'throw * under the bus', value: 5 },
      { phrase: 'don\'t', value: 6 },
    ]);
    const pieces = ['of', 'course', 'Of', 'COURSE', 'in', 'the', 'end', 'thug', "thug's", 'Thug’s', "thugs'", 'so-called', 'so‐called', 'so-', 'throw',
      'under', 'bus', "don't", 'don’t', 'U.S.', '“', '”', '‘', '’', '—', '–', '-', '.', ',', '"', "'", '(', '…', '«', '»', 'café', 'é', '\n', '\t', '\u00a0', '5', 'x'];
    const l = lex as unknown as { firstCandidateFast(t: string): number; firstCandidateGeneral(t: string): number };
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let fast = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let j = 1 + Math.floor(rnd() * 10); j > 0; j--) text += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.6 ? ' ' : '');
      const a = l.firstCandidateFast(text);
      if (a === -2) continue; // a character the fast reader leaves to the general one
      fast++;
      assert.equal(a, l.firstCandidateGeneral(text), JSON.stringify(text));
    }
    assert.ok(fast > 10000);
  });
});
