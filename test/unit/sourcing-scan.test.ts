import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { sourcingScanners } from '../../src/core/rules/sourcing';

const { SUPERLATIVE_ANCHOR, superlativeAnchorAt } = sourcingScanners;

describe('sourcing: a test that replaces an expression', () => {
  it('tests superlative anchors as SUPERLATIVE_ANCHOR does', () => {
    const words = [...new Set(SUPERLATIVE_ANCHOR.source.match(/[a-z-]{3,}/gi) ?? [])];
    const vocab = [
      ...words.map((w) => w.replace(/\\/g, '')),
      ...'largest Largest LARGEST LArgest lArgest record Record RECORDS first First-ever firsthand mostly Most most-watched best-selling all-time All-time unprecedented never-before-seen lar larg be bes rec fir'.split(' '),
      ...'a the x- é- 1 𝐀 𝟏 naïve well- A'.split(' '),
    ];
    const seps = [' ', ' ', '-', '', '\n', '. ', 'é', '𝐀', '1', "'", '’'];
    const rnd = seededRandom(777);
    const re = new RegExp(SUPERLATIVE_ANCHOR.source, SUPERLATIVE_ANCHOR.flags);
    for (let t = 0; t < 2000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(12));
      for (let p = 0; p <= text.length; p++) {
        re.lastIndex = p;
        assert.equal(superlativeAnchorAt(text, p), re.test(text), `${JSON.stringify(text)} at ${p}`);
      }
    }
  });
});
