import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { inRangeForTests } from '../../src/core/rules/dates';
import type { Candidate } from '../../src/core/dates/patterns';

/** A day candidate for the weekday at `start` (the fields inRange reads). */
function weekday(prose: string, start: number, end: number): Candidate {
  const text = prose.slice(start, end);
  return { family: 'day', start, end, text, norm: text.toLowerCase(), possessive: false, attributive: false };
}

describe('dates: a weekday in a range', () => {
  it('tells a range by the gated expressions as by the expressions alone', () => {
    const days = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday MONDAY friday Fridays Mondayx'.split(' ');
    const vocab = [
      ...days, ...days, 'through', 'Through', 'THRU', 'thru', 'to', 'TO', 'To', 'and', 'AND', 'And', '-', '–', '—', 'toward', 'than', 'tho', 'au', 'ho',
      'h', 'u', 'o', 'a', 't', 'said', 'x', '12', 'the', 'open', 'in', 'on', 'o-', '-h', 'throughout',
    ];
    const seps = [' ', ' ', '', '  ', '\n', '\u00a0', '\t', '-', '–', ', ', '. ', ' (', '\u2003', '     ', '          '];
    const rnd = seededRandom(4242);
    let ranges = 0;
    let tried = 0;
    for (let t = 0; t < 5000; t++) {
      const s = randomText(rnd, vocab, seps, 2 + rnd(20));
      const re = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/gi;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        // the weekday, and the same with its end or start moved (a candidate of another shape)
        for (const [a, b] of [[m.index, m.index + m[0].length], [m.index, m.index + m[0].length + 1], [Math.max(0, m.index - 1), m.index + m[0].length]]) {
          const c = weekday(s, a, Math.min(b, s.length));
          const want = inRangeForTests(s, c, false);
          assert.equal(inRangeForTests(s, c, true), want, `${JSON.stringify(s)} @${a}`);
          tried++;
          if (want) ranges++;
        }
      }
    }
    assert.ok(ranges > 2000, String(ranges));
    assert.ok(tried > 20000, String(tried));
  });

  it('tells the hard cases as the expressions alone', () => {
    const cases = [
      'Monday through Friday', 'Monday thru Friday', 'Monday to Friday', 'Monday-Friday', 'Monday – Friday', 'Monday and Tuesday',
      'Monday\u00a0THROUGH\u2003friday', 'open Monday', 'Monday through', 'Monday, through Friday', 'Monday (to Friday)', 'x Monday',
      'Tuesday through Monday', 'Tue through Monday', 'from Sunday to                  Monday', 'Monday—Friday', 'Monday ho Friday',
    ];
    for (const s of cases) {
      const re = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/gi;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        const c = weekday(s, m.index, m.index + m[0].length);
        assert.equal(inRangeForTests(s, c, true), inRangeForTests(s, c, false), `${s} @${m.index}`);
      }
    }
  });
});
