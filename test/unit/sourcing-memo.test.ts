import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { sourcingMemos, sourcingWordScans } from '../../src/core/rules/sourcing';
import { parseBlock } from '../../src/core/parse';

describe('sourcing: answers of the pre tests kept for the judges', () => {
  it('are the answers the judges would read afresh (quantNoun after a quantifier, judgeQuantity)', () => {
    const vocab = [
      ...'some many several numerous various certain countless most other others few a few Some Many Most Other'.split(' '),
      ...'some some many many most several'.split(' '),
      ...'people observers residents experts critics officials analysts countries species news buildings Americans DVDs Dallas business sports fans studies'.split(' '),
      ...'local legal small French of the for than and with in at by as said say believe think argue feel claimed have long also would may party them who'.split(' '),
      ...'time way things cases years homes are were is was to that which not how so too very whose 40 $5 hundreds dozen including such like'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', ' “', '” '];
    const rnd = seededRandom(7117);
    let taken = 0;
    for (let t = 0; t < 7000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(20));
      for (const x of sourcingMemos.compare(parseBlock('paragraph', text))) {
        taken++;
        assert.equal(x.kept, x.fresh, JSON.stringify(text));
      }
    }
    assert.ok(taken > 1200, `only ${taken} answers taken`);
  });
});

describe('sourcing: quantNoun reads its words without the expression in ASCII', () => {
  it('finds what the expression reading finds, with white space beyond ASCII, ’ and words cut at 80 characters', () => {
    const words = [
      ...'local residents experts critics officials cases buildings things homes countries Americans people men small French other the of a is are said believe argue have long also would'.split(' '),
      ...'x zebra quickly U.S. café naïve 12 it’s don’t well-known o’neills’ -dash critics’ ’s _x'.split(' '),
      'a'.repeat(30), 'b'.repeat(45), 'critics' + 'c'.repeat(20),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', ', ', '. ', '-', "'", '’', '', ' é', ' 𝐀 '];
    const rnd = seededRandom(9191);
    let nouns = 0;
    for (let t = 0; t < 2500; t++) {
      const text = randomText(rnd, words, seps, 1 + rnd(30));
      const { got, want } = sourcingWordScans.quantNouns(parseBlock('paragraph', text));
      assert.deepEqual(got, want, JSON.stringify(text));
      nouns += got.filter((x) => x !== null).length;
    }
    assert.ok(nouns > 1000, `only ${nouns} nouns`);
  });
});

describe('sourcing: the adjective and people-noun tests read by hand', () => {
  it('answer as ADJ_RE and PEOPLE_NOUN_RE on random words and hard cases', () => {
    const pieces = [
      ...'of the a an and or to in on at for with from by ago as than that who which were are was is have had has will would can could may might do did not no'.split(' '),
      ...'The Of A critic critics Critics expert experts people men officials economist econom scient ists ians ist ian ous us is ss s S x y'.split(' '),
      '-', '-', "'", '’', 'é', 'ß', '𝐀', '1', '_', ' ',
    ];
    const rnd = seededRandom(3131);
    const hard = ['', 'a', 's', 'S', '-', 'x-', '-x', 'ous', 'bous', 'is', 'his', 'us', 'bus', 'ss', 'kiss', 'theory', 'the-x', "the's", 'the’s', 'Theory', 'ago', 'agony', 'an-', 'scientists', 'Scientists', '-ists', 'xists', 'x-ians', "o'ians", 'Critics', 'cRitics', 'critics’', 'café', 'naïve', 'Élan', 'olé'];
    let n = 0;
    for (let t = 0; t < 40000; t++) {
      const word = t < hard.length ? hard[t] : Array.from({ length: 1 + rnd(4) }, () => pieces[rnd(pieces.length)]).join('');
      const r = sourcingMemos.wordTests(word);
      assert.equal(r.adj, r.adjRef, `adj ${JSON.stringify(word)}`);
      assert.equal(r.people, r.peopleRef, `people ${JSON.stringify(word)}`);
      if (r.adjRef) n++;
    }
    assert.ok(n > 5000, `only ${n} adjectives`);
  });
});

describe('sourcing: judgeQuantity reads its words without VQ_WORD in ASCII', () => {
  it('finds the word VQ_WORD finds at every offset, with white space beyond ASCII, ’ and words cut at 40 characters', () => {
    const words = [
      ...'many countries people of the its Europe’s o’neill well-known sports fans small 40 x A'.split(' '),
      ...'café naïve Élan 𝐀 _x 1990s -dash'.split(' '),
      'a'.repeat(25), 'b'.repeat(38), 'countries' + 'c'.repeat(30),
    ];
    const seps = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', ', ', '. ', '-', "'", '’', '', ' é', ' 𝐀 '];
    const rnd = seededRandom(4545);
    let found = 0;
    for (let t = 0; t < 1500; t++) {
      const text = randomText(rnd, words, seps, 1 + rnd(20));
      for (let k = 0; k <= text.length; k++) {
        const { got, want } = sourcingMemos.vqWords(text, k);
        assert.equal(got, want, `${JSON.stringify(text)} at ${k}`);
        if (got !== null) found++;
      }
    }
    assert.ok(found > 5000, `only ${found} words`);
  });
});
