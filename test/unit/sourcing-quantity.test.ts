import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { quantityScanners } from '../../src/core/rules/sourcing';

const { figureAhead, figureAheadRef, spaceOnlyFrom, spaceOnlyFromRef, lastWordIn, lastWord, ofAhead, ofAheadRef } = quantityScanners;

/** Every reader in place against the slice it replaces, at every place of `text`. */
function sameAll(text: string): void {
  for (let k = 0; k <= text.length; k++) {
    const where = JSON.stringify([text, k]);
    assert.equal(figureAhead(text, k), figureAheadRef(text, k), where);
    assert.equal(ofAhead(text, k), ofAheadRef(text, k), where);
    for (const back of [0, 1, 5, 13, 30]) {
      const from = Math.max(0, k - back);
      assert.equal(lastWordIn(text, from, k), lastWord(text.slice(from, k)), `${where} ${from}`);
      assert.equal(spaceOnlyFrom(text, from, k), spaceOnlyFromRef(text, from, k), `${where} ${from}`);
    }
  }
}

describe('sourcing: judgeQuantity reads in place', () => {
  it('reads hard cases as the slices did', () => {
    const hard = [
      'some 200 people', 'several hundred homes', 'many  \n   thousands of', 'some           hundreds', 'some hundredsX', 'many Hundreds', 'most dozens of',
      'some $5 bills', 'some €3', 'some £4', 'many\u00a0hundred', 'many\u2003200', 'some\ufeffbillion', 'some billionaires', 'some millions',
      'at most', "the nation's many", 'the Ünder many', 'x 𝐀𝐁 many', '𝐀many', "it’s many", 'so   many', '\u00a0\u00a0the\u2028many', 'many\uD835', '\uDC00many', 'many of', 'many of_', 'many ofé', 'many of-', 'many  \u00a0of1', 'many oft', 'many Of', 'many\nof\n', 'many' + ' '.repeat(157) + 'of', 'many' + ' '.repeat(156) + 'ofx', 'many' + ' '.repeat(158) + 'of',
    ];
    for (const t of hard) sameAll(t);
  });
  it('reads random texts as the slices did (fixed seed)', () => {
    const vocab = 'of of of Of oft of_ ofé some many most several the these his at as so how 200 1,000 $5 € £3 hundred hundreds thousand thousands million billion dozen dozens hundredX tons Hundreds Ünder é 𝐀𝐁 it’s nation\'s x'.split(' ');
    const seps = [' ', ' ', ' ', '  ', '\n', '\t', ', ', '. ', '-', '', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u200b', "'", '’', '\uD835'];
    const rnd = seededRandom(9091);
    for (let t = 0; t < 2500; t++) sameAll(randomText(rnd, vocab, seps, 1 + rnd(12)));
  });
});
