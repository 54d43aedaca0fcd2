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
  it('reads into a reused array as into a new one, whatever it held before', () => {
    const pool = tokenize(texts[0] + ' ' + texts[1]);
    for (const text of [texts[2], texts[0], texts[1], '', texts[1]]) {
      const got = tokenize(text, 0, pool);
      assert.equal(got, pool);
      assert.deepEqual(got.map((t) => ({ ...t })), tokenize(text));
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
});
