import * as assert from 'node:assert/strict';
import { keyFirst, Lexicon, tokenize, tokenizeTable, tokenizeTableTo, tokenizeTo, type LexMatch, type Token } from '../../src/core/lexicon';
import { compileLexicon } from '../../src/core/rules/loaded';
import { wordTable } from '../../src/core/words';
import { randomText, seededRandom } from './random';

/** A token's fields as a plain object (a token's text and key may be made only when asked for). */
const plain = (t: Token) => ({ start: t.start, end: t.end, text: t.text, key: t.key, base: t.base, word: t.word, h: t.h });

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
        assert.deepEqual(tokenize(text, p).map(plain), all.filter((t) => t.start >= p).map(plain), `${text} @${p}`);
      }
    }
  });
  it('reads into a reused array as into a new one, whatever it held before', () => {
    const pool = tokenize(texts[0] + ' ' + texts[1]);
    for (const text of [texts[2], texts[0], texts[1], '', texts[1]]) {
      const got = tokenize(text, 0, pool);
      assert.equal(got, pool);
      assert.deepEqual(got.map(plain), tokenize(text).map(plain));
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

describe('lexicon: the first candidate and the tokens read from the word table', () => {
  const small = new Lexicon([
    { phrase: 'so-called', value: 1 },
    { phrase: "don't", value: 2 },
    { phrase: 'u.s', value: 3 },
    { phrase: 'of course', value: 4 },
    { phrase: 'in the end', value: 5 },
    { phrase: 'thug', value: 6 },
    { phrase: 'throw * under the bus', value: 7 },
    { phrase: 'rock-n-roll', value: 8 },
    { phrase: 'mr.big', value: 9 },
    { phrase: 'x', value: 10 },
  ]);
  const { lexicon: loaded } = compileLexicon();
  const lexicons: Lexicon<unknown>[] = [small, loaded as Lexicon<unknown>];
  /** Plain prose: the table's reading must give what the character reading gives. */
  function same(text: string): void {
    assert.ok(wordTable(text).plain, JSON.stringify(text));
    for (const lex of lexicons) {
      const want = lex.firstCandidateOfChars(text);
      assert.equal(lex.firstCandidate(text), want, JSON.stringify(text));
      assert.equal(lex.firstCandidateOfTable(wordTable(text)), want, JSON.stringify(text));
    }
  }
  it('agrees with the character reading on hard cases', () => {
    for (const text of [
      '', ' ', 'thug', 'Thug’s car', "THUG's", "thugs' den", "a thug's", 'The thug’S', "x's", "xy's", "xyz's", 'so-called', 'so‐called', 'so--called',
      'so-called-', '-so-called', "don't", 'don’t', 'don’’t', 'U.S.', 'U.S', '“U.S”', 'of course', 'of, course', 'of “course', 'of\u00a0course',
      'of\u2028course', 'of\u0085course', 'in the end', 'in the, end', 'in—the end', 'in the\tend', 'throw him under the bus', 'rock-n-roll',
      'rock’n’roll', 'Mr.Big', 'mr. big', 'a.b.c thug', '“Of course,” she said.', '... thug', '«thug»', 'x', 'x.', '.x', "'x'", '\ufeffthug',
      'it was, in the end, fine', 'THE THUG’S CAR', 'In the meantime the course was set.', '12.5-x thug',
      '«Oui» „ja“ … ‘no’–yes ’tis rock’n’roll‘s ‘end’… “—”', 'Of course the plan, in the end, was — as ever — a “deal” worth $3.5m to U.K. firms’ owners.',
      'The THUG\'s “so-called” co-op—Don’t 3.5 a--b x\u00a0y. Then  they\tleft.\nA new line: “quoted” (words) end', 'x\u0085y\u2028z\u3000w',
      // gaps whose first character is a space and a later one a mark (read past the first), or all spaces
      'of  course', 'of ( course', 'of \u201ccourse', 'of \u00a0 course', 'in the  end', 'in the \n(end', 'in  the end', 'of \t\n course', 'thug. x', "it's thug",
    ]) {
      same(text);
      assert.deepEqual(tokenizeTable(wordTable(text)).map(plain), tokenize(text).map(plain), JSON.stringify(text));
    }
  });
  it('agrees with the character reading on random plain texts, and so do its tokens', () => {
    const rnd = seededRandom(7);
    const vocab = [
      'the', 'of', 'in', 'end', 'course', 'so', 'called', 'don', 't', 'u', 's', 'S', 'thug', 'Thug', 'THUGS', 'x', 'X', 'throw', 'under', 'bus', 'rock',
      'n', 'roll', 'mr', 'big', 'said', 'claimed', 'slammed', 'regime', 'iconic', 'obviously', 'sadly', 'brutal', 'a', 'slap', 'face', 'cronies',
      'terrorist', 'terrorists', 'so-called', 'allegedly', 'blast', 'furnace', '12', '3', 'officials', 'people', 'whose', 'it', 'was', 'fine',
    ];
    const seps = [' ', ' ', ' ', ' ', ', ', '. ', "'", '’', '-', '‐', '.', '', '“', '” ', ' — ', '—', '\u00a0', '\n', '\t', "'s ", '’s ', "s' ", '--', '..', ' ( ', ') ', '… ', '?', '!'];
    for (let r = 0; r < 4000; r++) same(randomText(rnd, vocab, seps, 1 + rnd(14)));
    // and the tokens, from the start and from after each space, into a reused array
    const pool = tokenize('a b c');
    for (let r = 0; r < 1500; r++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(20));
      const all = tokenize(text);
      for (let p = 0; p < text.length; p++) {
        const c = text.charCodeAt(p - 1);
        if (p > 0 && !(c === 32 || (c >= 9 && c <= 13))) continue;
        const want = p === 0 ? all : tokenize(text, p);
        const got = tokenizeTable(wordTable(text), p, pool);
        // (asked before the key is made)
        const firsts = got.map((t) => (t.word ? keyFirst(t) : -1));
        assert.deepEqual(got.map(plain), want.map(plain), `${JSON.stringify(text)} @${p}`);
        assert.deepEqual(firsts, want.map((t) => (t.word ? t.key.charCodeAt(0) : -1)));
      }
    }
  });
  it('writes the same tokens into one array never cut shorter (tokenizeTo, tokenizeTableTo), whatever it held before', () => {
    const rnd = seededRandom(11);
    const vocab = ['the', 'of', 'course', 'so-called', 'Thug', 'THUGS', 'x', 'café', 'naïve', 'don’t', "it's", 'U.S.', '12', 'claimed', 'a'];
    const seps = [' ', ' ', ', ', '. ', '“', '” ', ' — ', '\u00a0', '\n', "'s ", '’s ', ' ( ', '… '];
    const pool: Token[] = [];
    const poolT: Token[] = [];
    for (let r = 0; r < 3000; r++) {
      // lengths that rise and fall by far (the pool keeps what the longest left)
      const text = randomText(rnd, vocab, seps, r % 7 === 0 ? 40 + rnd(80) : 1 + rnd(12));
      const want = tokenize(text);
      const k = tokenizeTo(text, 0, pool);
      assert.equal(k, want.length, JSON.stringify(text));
      assert.ok(pool.length >= k);
      assert.deepEqual(pool.slice(0, k).map(plain), want.map(plain), JSON.stringify(text));
      const t = wordTable(text);
      if (!t.plain) continue;
      const kt = tokenizeTableTo(t, 0, poolT);
      assert.equal(kt, want.length, JSON.stringify(text));
      assert.deepEqual(poolT.slice(0, kt).map(plain), want.map(plain), JSON.stringify(text));
    }
  });
  it('scanInto into one array kept across texts finds what scan finds, and leaves scan\'s matches as they were', () => {
    const rnd = seededRandom(13);
    const lex = new Lexicon<string>([
      { phrase: 'thug', value: 'thug' }, { phrase: 'of course', value: 'oc' }, { phrase: 'in the end', value: 'ite' }, { phrase: 'throw * under the bus', value: 'bus' },
      { phrase: 'so-called', value: 'sc' }, { phrase: 'slap in the face', value: 'slap' }, { phrase: 'in the *', value: 'in*' }, { phrase: 'course', value: 'c' },
    ]);
    const vocab = ['thug', 'thugs', "thug's", 'of', 'course', 'in', 'the', 'end', 'throw', 'him', 'her', 'under', 'bus', 'so-called', 'a', 'slap', 'face', 'x'];
    const shape = (m: { first: number; last: number; value: string; gaps: [number, number][] }) => [m.first, m.last, m.value, JSON.stringify(m.gaps)];
    const into: LexMatch<string>[] = [];
    const kept: { got: LexMatch<string>[]; want: unknown[] }[] = [];
    for (let r = 0; r < 3000; r++) {
      const toks = tokenize(randomText(rnd, vocab, [' ', ' ', ', ', '. '], r % 5 === 0 ? 30 + rnd(30) : 1 + rnd(10)));
      // refusing some matches (the next at the same place is tried)
      const accept = (m: LexMatch<string>) => (m.first + m.last + m.value.length) % 3 !== 0;
      const want = lex.scan(toks, accept);
      const n = lex.scanInto(toks, accept, 0, into);
      assert.deepEqual(into.slice(0, n).map(shape), want.map(shape));
      if (r % 100 === 0) kept.push({ got: want, want: want.map(shape) });
    }
    for (const k of kept) assert.deepEqual(k.got.map(shape), k.want);
  });
  it('knows no word registered after it was made, and finds those of a lexicon made later', () => {
    const before = new Lexicon([{ phrase: 'of course', value: 1 }]);
    const later = new Lexicon([{ phrase: 'zqxjvw', value: 2 }, { phrase: 'course zqxjvw', value: 3 }]);
    for (const text of ['zqxjvw', 'of course zqxjvw', 'a zqxjvw of course', 'of zqxjvw']) {
      for (const lex of [before, later] as Lexicon<unknown>[]) {
        assert.equal(lex.firstCandidateOfTable(wordTable(text)), lex.firstCandidateOfChars(text), text);
      }
    }
  });
  it('reads prose that is not plain by characters', () => {
    for (const lex of lexicons) for (const text of ['The café thug', 'naïve thug', 'of course a_b', 'ok 🔥 thug'])
      assert.equal(lex.firstCandidate(text), lex.firstCandidateOfChars(text), text);
  });
});
