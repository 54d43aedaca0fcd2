import * as assert from 'node:assert/strict';
import { randomKindsText, randomText, seededRandom } from './random';
import { moreSourcingScanners, sourcingScanners } from '../../src/core/rules/sourcing';

const { SUPERLATIVE_START, ANON_MODS_BEFORE_RE, anonModsBefore, NAMED_SPEAKER_RE, NAMED_SPEAKER_VERBS, namedSpeakerStarts } = moreSourcingScanners;

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

  it('says a superlative cannot start only where SUPERLATIVE_Y does not match', () => {
    const { SUPERLATIVE_Y } = sourcingScanners;
    const vocab = [
      ...'one One of Of the The THE world World’s nation’s its Its their his her our my your most Most unprecedented Unprecedented first First-ever first-ever never-before-seen all-time All-time a A an An new New record Record for For set Set broke shattered tied'.split(' '),
      ...'largest Largest biggest best worst highest lowest deadliest single very second ever time high low popular important famous people years history since in 1990 decades'.split(' '),
      ...'Smith Smith’s Smith\'s SMITH’S Jones’ U.S. U.S.’s St.-Louis’s Mary-Ann’s He John It X x-the é É Zoë’s McDonald’s O\'Neil’s'.split(' '),
    ];
    const seps = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', '’s ', "'s ", '’', "'", '\u00a0'];
    const rnd = seededRandom(2024);
    const re = new RegExp(SUPERLATIVE_Y.source, SUPERLATIVE_Y.flags);
    let matched = 0;
    let refused = 0;
    for (let t = 0; t < 8000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(10));
      for (let st = 0; st < text.length; st++) {
        const can = SUPERLATIVE_START(text, st);
        if (!can) refused++;
        re.lastIndex = st;
        if (!re.test(text)) continue;
        matched++;
        assert.ok(can, `${JSON.stringify(text)} at ${st}`);
      }
    }
    assert.ok(matched > 2000 && refused > 10000, `only ${matched} matches, ${refused} refused`);
    for (const text of ['Smith’s largest', "Smith's largest", 'St.-Louis’s biggest', 'Zoë’s best', 'SMITH’S deadliest', 'He said the largest', 'For the first time in history']) {
      for (let st = 0; st < text.length; st++) {
        re.lastIndex = st;
        if (re.test(text)) assert.ok(SUPERLATIVE_START(text, st), `${text} at ${st}`);
      }
    }
  });

  it('reads whether a figure may start before a number from the word table as digitLeadBefore does', () => {
    const { digitLeadBoth } = moreSourcingScanners;
    const vocab = [
      ...'more than less fewer nearly almost about around roughly approximately some over up to as many much few at least an estimated estimated upwards of close just under well above then in excess average'.split(' '),
      ...'one One ONE in In IN inn won gone x the a About THAN x-about aboutx 5about a5 $ US$ € £ ¥ 1 12 300 1961 1,000 3.5 5. 7p'.split(' '),
    ];
    const seps = [' ', ' ', ' ', '  ', '\n', '\t', ', ', '. ', '-', '', '$', '\u00a0', '\u2009', '“', '’s '];
    const rnd = seededRandom(1357);
    let lead = 0;
    let seen = 0;
    for (let t = 0; t < 15000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(12));
      for (const r of digitLeadBoth(text) ?? []) {
        seen++;
        if (r.ref) lead++;
        assert.equal(r.fast, r.ref, `${JSON.stringify(text)} at ${r.p}`);
      }
    }
    assert.ok(seen > 10000 && lead > 1500, `only ${seen} numbers, ${lead} with a lead`);
    for (const text of ['more than 5', 'one in 5', 'One  in\t5', 'won in 5', 'in 5', 'x in 5', '$ 5', 'about, 5', 'about\u00a05', 'aboutx 5', '5about 5', 'the 5']) {
      for (const r of digitLeadBoth(text) ?? []) assert.equal(r.fast, r.ref, `${text} at ${r.p}`);
    }
  });
});
