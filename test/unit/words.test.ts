import { strict as assert } from 'node:assert';
import { CAPITAL, DIGIT, dictionarySize, hashOf, headOf, tailOf, wordId, wordOf, wordTable } from '../../src/core/words';
import { randomText, seededRandom } from './random';

/** The reference: the runs of ASCII letters and digits, and whether the text is plain. */
function reference(prose: string): { plain: boolean; runs: { start: number; end: number; word: string }[] } {
  const plain = !/[\p{L}\p{N}\p{M}_]/u.test(prose.replace(/[A-Za-z0-9]/g, '')) && !/[\uD800-\uDFFF]/.test(prose);
  const runs = [...prose.matchAll(/[A-Za-z0-9]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0] }));
  return { plain, runs };
}

function check(prose: string): void {
  const ref = reference(prose);
  const t = wordTable(prose);
  assert.equal(t.plain, ref.plain, `plain of ${JSON.stringify(prose)}`);
  if (!ref.plain) return assert.equal(t.n, 0);
  assert.equal(t.n, ref.runs.length);
  ref.runs.forEach((r, k) => {
    assert.equal(t.start[k], r.start);
    assert.equal(t.end[k], r.end);
    assert.equal(t.hash[k], hashOf(r.word));
    assert.equal(t.head[k], headOf(r.word));
    assert.equal(t.tail[k], tailOf(r.word));
    assert.equal(t.flags[k], (/[A-Z]/.test(r.word) ? CAPITAL : 0) | (/[0-9]/.test(r.word) ? DIGIT : 0));
    const id = t.id[k];
    if (id >= 0) assert.equal(wordOf(id), r.word.toLowerCase());
    else for (let d = 0; d < dictionarySize(); d++) assert.notEqual(wordOf(d), r.word.toLowerCase());
  });
}

describe('the shared word table', () => {
  it('numbers a word once, in any case, and nothing but ASCII letters and digits', () => {
    const a = wordId('Sources');
    assert.equal(wordId('sources'), a);
    assert.equal(wordOf(a), 'sources');
    assert.equal(wordId("don't"), -1);
    assert.equal(wordId('café'), -1);
  });

  it('reads runs, hashes, capitals, digits and dictionary numbers', () => {
    const said = wordId('said');
    const said2 = wordId('said2');
    const t = wordTable('Officials SAID 12 people “died” — said2.');
    assert.equal(t.plain, true);
    assert.equal(t.n, 6);
    assert.deepEqual([...t.start.slice(0, 6)], [0, 10, 15, 18, 26, 34]);
    assert.equal(t.id[1], said);
    assert.equal(t.flags[1], CAPITAL);
    assert.equal(t.flags[2], DIGIT);
    assert.equal(t.id[5], said2);
    assert.equal(t.head[0], ('o'.charCodeAt(0) << 14) | ('f'.charCodeAt(0) << 7) | 'f'.charCodeAt(0));
    assert.equal(t.head[2], ('1'.charCodeAt(0) << 14) | ('2'.charCodeAt(0) << 7));
    assert.equal(t.tail[1], ('i'.charCodeAt(0) << 7) | 'd'.charCodeAt(0));
    check('Officials SAID 12 people “died” — said2.');
  });

  it('says prose with letters beyond ASCII, surrogate pairs or underscores is not plain', () => {
    for (const s of ['The café opened.', 'Señor Ruiz', 'a_b', 'fire 🔥 spread', 'e\u0301', '12½ acres']) check(s);
    assert.equal(wordTable('The café opened.').plain, false);
    assert.equal(wordTable('12 acres — “so” … ’tis').plain, true);
  });

  it('gives the same table again for the same prose, and a fresh one after a word is added', () => {
    const prose = 'A zyxwv word.';
    const t1 = wordTable(prose);
    assert.equal(t1.id[1], -1);
    const z = wordId('zyxwv');
    assert.equal(wordTable(prose).id[1], z);
  });

  it('reads a very long prose, then a short one, the same as the reference (its storage shrinks back)', () => {
    check('ab '.repeat(400_000));
    check('Officials said 12 died.');
    check('x'.repeat(2_000) + ' said');
  });

  it('matches the reference on random texts (fixed seed)', () => {
    const rnd = seededRandom(7);
    for (const w of ['said', 'Many', 'officials', 'last', 'week', 'x1']) wordId(w);
    const vocab = ['said', 'SAID', 'Many', 'officials', 'last', 'week', 'x1', '42', 'O', 'a', 'b2b', 'saidx', 'offi', '', 'über', 'naïve', 'a_b', '😀'];
    const seps = [' ', '  ', ', ', '. ', '—', '“', '”', "'", '’', '-', '\n', '', '\u00a0'];
    for (let k = 0; k < 400; k++) check(randomText(rnd, vocab, seps, 1 + rnd(30)));
  });
});
