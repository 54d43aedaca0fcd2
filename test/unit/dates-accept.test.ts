import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { acceptForTests, CANDIDATE_RE, type Family } from '../../src/core/dates/patterns';

/** The words the accepting tests of a day look at, in several cases, and words of no interest. */
const DAY_VOCAB = (
  'Monday monday MONDAY Tuesday Wednesday Friday Saturday Sunday sunday Mondays Monday’s Friday\'s ' +
  'today Today TODAY tomorrow Tomorrow yesterday Yesterday tonight Tonight today’s Today\'s yesterday’s tomorrow\'s ' +
  'early late earlier later this last next past coming morning afternoon evening night This Last Next ' +
  'black Black good Good super Super Easter easter Blue GREAT Small travel Travel ' +
  'a A every Every each any one per some the The THE another tHe ' +
  'school Schools best paper edition league supplement magazine newspaper driver roast services Services ' +
  'before after of Of OF following prior that when which in on at and or to was is were had has ' +
  'deadline vote meeting Deadline Morning Times Harbor Corp. Jan. March March. Sept Sept. Dec may May EST PST GMT UTC Est ' +
  'news News world society kids people 5 12 5th 3rd 2024 2024-03-05 3/5 12/31 the 1st x é Ö don’t it\'s well-known -'
).split(' ');
const DAY_SEPS = [' ', ' ', ' ', '  ', '\u00a0', '\n', ', ', ',', ' (', '(', ') ', '. ', '; ', ': ', '-', '—', '’', "'", '’s ', '', '\t', ' ,', '  (  ', ' '.repeat(41), '. “', '!\n'];

function check(s: string, family: Family, start: number, end: number): void {
  const text = s.slice(start, end);
  const norm = text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  for (const heading of [false, true]) {
    const want = acceptForTests(s, family, start, end, text, norm, heading, true);
    assert.equal(acceptForTests(s, family, start, end, text, norm, heading, false), want, `${family} ${JSON.stringify(s)} [${start}, ${end}) heading ${heading}`);
  }
}

describe('dates: accepting a candidate', () => {
  it('accepts a day as the tests written with slices, Sets and expressions do, on random texts', () => {
    const rnd = seededRandom(777);
    const words = /[A-Za-z0-9’'.]+/g;
    let candidates = 0;
    for (let t = 0; t < 6000; t++) {
      const s = randomText(rnd, DAY_VOCAB, DAY_SEPS, 2 + rnd(10));
      // every match of the candidate expression, taken as a day
      CANDIDATE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CANDIDATE_RE.exec(s))) {
        if (m[0] === '') {
          CANDIDATE_RE.lastIndex++;
          continue;
        }
        check(s, 'day', m.index, m.index + m[0].length);
        candidates++;
      }
      // and spans of one to three words anywhere
      const spans: [number, number][] = [];
      for (const w of s.matchAll(words)) spans.push([w.index!, w.index! + w[0].length]);
      for (let k = 0; k < spans.length; k++) {
        for (let j = k; j < Math.min(spans.length, k + 3); j++) {
          check(s, 'day', spans[k][0], spans[j][1]);
          candidates++;
        }
      }
    }
    assert.ok(candidates > 50000, String(candidates));
  });

  it('accepts a day as the reference does in hard cases', () => {
    const hard = [
      'on Monday, March 5', 'on Monday (March 5)', 'on Monday ( March 5)', 'on Monday, (March 5)', 'Monday the 5th', 'Monday the fifth', 'Monday, 3/5',
      'Black Friday sales', 'black Friday', 'Good Friday', 'the Tuesday deadline', 'the Tuesday deadline.', 'the Tuesday before', 'the Tuesday School',
      'the Tuesday ,', 'the Tuesday', 'every Tuesday', 'a Friday', 'The Friday vote', 'THE Friday vote', 'Tuesday Morning Corp.', 'Sunday Times',
      'Friday Harbor', 'Friday EST', 'Friday Jan. 5', 'Friday March', 'Friday March 5', 'Sunday school', 'Sunday’s school', 'Sunday\'s paper',
      'the Today show', 'USA Today', 'Today, we', 'today-', 'leaders of tomorrow', 'OF today', 'today’s world', 'today\'s young people', 'yesterday’s news',
      'Yesterday\'s News', 'last Monday night', 'this past Monday', 'Monday' + ' '.repeat(45) + 'March 5', 'Monday ' + 'x'.repeat(50), 'the\nMonday deadline', 'the Tuesday bEfore x', 'the Tuesday sCHOOL x', 'the Tuesday school x',
    ];
    for (const s of hard) {
      for (let a = 0; a < s.length; a++) for (let b = a + 1; b <= s.length; b++) check(s, 'day', a, b);
    }
  });
});
