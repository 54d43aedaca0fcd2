import * as assert from 'node:assert/strict';
import { randomKindsText, randomText, seededRandom } from './random';
import { anonymousScanners } from '../../src/core/rules/sourcing';

const { ANON_MODS_BEFORE_RE, anonModsBefore, NAMED_SPEAKER_RE, NAMED_SPEAKER_VERBS, namedSpeakerStarts } = anonymousScanners;

/** The starts of NAMED_SPEAKER_RE's global scan, up to the first that `accept` takes. */
function referenceStarts(prose: string, accept: (start: number) => boolean): number[] {
  const re = new RegExp(NAMED_SPEAKER_RE.source, NAMED_SPEAKER_RE.flags);
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose))) {
    out.push(m.index);
    if (accept(m.index)) break;
  }
  return out;
}

describe('sourcing: the unnamed-source scanners against the expressions they stand for', () => {
  it('finds the modifiers before a head as ANON_MODS_BEFORE_RE does', () => {
    const vocab = [
      ...'senior Senior official officials two Two the The a A an U.S. U.S White House Justice Department high-ranking former Pentagon Smith’s O\'Neil AT&T & x1 1990 é naïve “ ” ( ) ; : said'.split(' '),
      ...'police Police city county state federal other some Several several three'.split(' '),
    ];
    const seps = [' ', ' ', '  ', '\n', '\t', ', ', '. ', '-', '', '.', '\u00a0', '’s ', "'s ", '“', '”'];
    const rnd = seededRandom(4242);
    let matched = 0;
    for (let t = 0; t < 20000; t++) {
      const s = randomText(rnd, vocab, seps, 1 + rnd(9)).slice(rnd(6));
      const want = ANON_MODS_BEFORE_RE.exec(s);
      const got = anonModsBefore(s);
      assert.equal(got?.[0] ?? null, want?.[0] ?? null, JSON.stringify(s));
      if (want) matched++;
    }
    assert.ok(matched > 3000, `only ${matched} matched`);
    for (const s of ['', ' ', 'said a senior ', 'the U.S. ', '1990 officials ', 'x-senior ', 'é senior ', 'Smith, two senior ', 'AT&T ', '“Senior ']) {
      assert.equal(anonModsBefore(s)?.[0] ?? null, ANON_MODS_BEFORE_RE.exec(s)?.[0] ?? null, JSON.stringify(s));
    }
  });

  it('knows every verb of NAMED_SPEAKER_RE', () => {
    const groups = NAMED_SPEAKER_RE.source.match(/\(\?:(?:said|according)[^()]*\)/g) ?? [];
    assert.ok(groups.length >= 3);
    for (const g of groups) for (const w of g.slice(3, -1).split('|')) assert.ok(NAMED_SPEAKER_VERBS.includes(w.replace(/\\s\+to$/, '')), w);
  });

  it('gives the matches of NAMED_SPEAKER_RE’s global scan, in order, trying it only where one may start', () => {
    const kinds = [
      'Smith Jane Doe McDonald O’Neil O\'Neil Mary-Ann J. A. Lee Tom Van Der Berg SMITH X'.split(' '),
      'The He She Police Officials Spokesman Monday But In Some Two Critics'.split(' '),
      'said says told tells added adds wrote writes explained noted argued asked replied testified estimated recalled according to Said saidx unsaid also'.split(' '),
      'Mr. Dr. Gov. Mayor Chief spokesman spokeswoman Spokeswoman Senator'.split(' '),
      'a an the who 3 1990 spokeswoman for city of police department reporters it that'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ', ', ',  ', '. ', '  ', '\n', '', '-', '“', '” ', '; ', '\u00a0', ' (', ') '];
    const rnd = seededRandom(9001);
    let seen = 0;
    for (let t = 0; t < 12000; t++) {
      const text = randomKindsText(rnd, kinds, seps, 12);
      const mod = 1 + rnd(4);
      const accept = (i: number): boolean => mod === 4 ? false : i % mod === 0;
      const got = namedSpeakerStarts(text, accept);
      if (got === null) continue;
      const want = referenceStarts(text, accept);
      assert.deepEqual(got, want, JSON.stringify(text));
      seen += want.length;
    }
    assert.ok(seen > 5000, `only ${seen} matches`);
    // hard cases: a long apposition, initials, a match in the middle of a word, sentence ends
    const hard = [
      'Jane Doe, a spokeswoman for the city and its many departments of public works and of parks and of recreation too, said it.',
      'Jane Doe, a spokeswoman for the city and its many departments of public works and of parks and of recreation and of lots more things, said it.',
      'Jane Doe,      the mayor,      said',
      'J. R. R. Tolkien said so. A. Smith also told them.',
      'McDonald said. He said. Police said.',
      'said Jane Doe. according to Mr. Smith; wrote Tom Lee',
      'x.Smith said',
      'In 1990 Smith said',
      'Smith-Jones says',
      'the U.S. Army said',
      '“Smith said” and then Jones told',
    ];
    for (const text of hard) {
      for (const accept of [() => false, () => true]) assert.deepEqual(namedSpeakerStarts(text, accept), referenceStarts(text, accept), text);
    }
  });
});
