import * as assert from 'node:assert/strict';
import { randomKindsText, randomText, seededRandom } from './random';
import { sourcingScanners } from '../../src/core/rules/sourcing';
import { CUE_SOURCE, parseBlock } from '../../src/core/parse';

const { SUPERLATIVE_ANCHOR, superlativeAnchorAt, SUPERLATIVE_Y, firstClaimsNothing, FIGURE_Y, FIGURE_START, FIGURE_ANCHOR, digitAnchorMayFigure, figureAnchors, figureAroundBoth, cueMatches, CUE_ONLY_RE, superlativeAroundBoth, WEAK_CUE, strongCuesMayBeIn, allSpace } = sourcingScanners;

describe('sourcing: tests that replace or gate expressions', () => {
  it('says only white space is in a range exactly where the trimmed slice is empty', () => {
    const ws = [' ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u2029', '\ufeff', '\u3000', '\u200b', '\u180e', '\u0085', 'x', '.', '“', '\ud83d\ude00', '\ud83d', ''];
    const rnd = seededRandom(3141);
    for (let t = 0; t < 5000; t++) {
      let text = '';
      for (let k = rnd(8); k >= 0; k--) text += ws[rnd(3) ? rnd(11) : rnd(ws.length)];
      const a = rnd(text.length + 1);
      const b = a + rnd(text.length - a + 1);
      assert.equal(allSpace(text, a, b), text.slice(a, b).trim() === '', JSON.stringify([text, a, b]));
    }
  });
  it('says a figure cannot start only where FIGURE_Y does not match', () => {
    const vocab = [
      ...'more than less fewer nearly almost about around roughly approximately some over up to as many much few at least an estimated upwards of close just under well above then in excess average'.split(' '),
      ...'About Nearly Some Over More An Estimated Up AT'.split(' '),
      ...'two three twenty ninety twenty-one a hundred thousand dozen dozens several few half thirds quarter fifth one in tens hundreds thousands millions billions majority of all'.split(' '),
      ...'million billion trillion Million percent per cent Percent percentage points point p.m. people acres residents homes tons men with and to'.split(' '),
      ...'1 12 1961 18, 1,000 13,000 2,5 3.5 5. 1.2.3 $ $5 €12 £3 ¥4 5% 40% 7p x1 B52 two-thirds three-quarters one-third'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', '\u00a0', '%', '$', ',', '.'];
    const rnd = seededRandom(9001);
    const re = new RegExp(FIGURE_Y.source, FIGURE_Y.flags);
    let matched = 0;
    for (let t = 0; t < 3000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(10));
      for (let st = 0; st < text.length; st++) {
        re.lastIndex = st;
        const m = re.exec(text);
        if (!m) continue;
        matched++;
        // FIGURE_RE's known grouping slip: a bare "thousands", "millions", "billions" matches with no
        // end boundary ("millionsB"), where the start test (reading the whole run of letters) says no
        if (/^(?:thousands|millions|billions)$/i.test(m[0]) && /[A-Za-z]/.test(text[st + m[0].length] ?? '')) continue;
        assert.ok(FIGURE_START(text, st), `${JSON.stringify(text)} at ${st}: ${m[0]}`);
      }
    }
    assert.ok(matched > 1000, `only ${matched} matches`);
  });


  it('reads the figure anchors from the word table where FIGURE_ANCHOR finds them', () => {
    const vocab = [
      ...'tens hundreds thousands millions billions half third thirds quarter quarters fifth one two three twenty ninety hundred thousand dozen dozens several'.split(' '),
      ...'four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen thirty forty fifty sixty seventy eighty'.split(' '),
      ...'Tens THOUSANDS Half THIRD One ONE Two Dozen SEVERAL one one in In IN inn ones twos tenth fifths halfway thirdly'.split(' '),
      ...'the a of to x B52 4x4 A4 2a3 5two two5 1 12 1961 18, 1,000 13,000 1,000,000 2,5 3.5 5. .5 1.2.3 $ $5 €12 £3 ¥4 US$ 5% 7p'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u2003', ', ', '. ', '-', '', '%', '$', '€', ',', '.', '’', "'", '—'];
    const rnd = seededRandom(4242);
    const anchors = new RegExp(FIGURE_ANCHOR.source, FIGURE_ANCHOR.flags);
    let found = 0;
    for (let t = 0; t < 6000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(12));
      const got = figureAnchors(text);
      assert.ok(got, JSON.stringify(text));
      const want: number[] = [];
      anchors.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = anchors.exec(text))) want.push(a.index);
      assert.deepEqual(got, want, JSON.stringify(text));
      found += want.length;
    }
    assert.ok(found > 20000, `only ${found} anchors`);
    for (const text of ['one in five', 'One\u00a0In ten', 'one\r\nin', 'one  inn', 'one-in', 'one in', '$1,000,000 and 2.5.5', '1,5two 5', 'x$5 €5 £ 5', 'café 5']) {
      const got = figureAnchors(text);
      if (!got) continue;
      const want: number[] = [];
      anchors.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = anchors.exec(text))) want.push(a.index);
      assert.deepEqual(got, want, JSON.stringify(text));
    }
  });

  it('finds the figure around each anchor as matchAround does, walking back only where a figure may start before it', () => {
    // words picked by kind (what may lead to a number, numbers and number words, what may follow),
    // so that the phrases of FIGURE_RE come up often
    const kinds = [
      [
        ...'more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|some|over|up to|as many as|as much as|as few as|at least|an estimated|estimated|upwards of|close to|just over|just under|well over|well above|more then|in excess of|an average of'.split('|'),
        ...'a|A|several|a few|tens of|Tens of|hundreds of|one in|One in|two|three|the|and|with|for|by|About|Nearly|THAN|x-about|aboutx|$|US$|€|£|¥'.split('|'),
        ...'1 12 300 1961 18, 1,000 13,000 3.5 5. $5 $ 7p x1 B52 20s'.split(' '),
      ],
      [
        ...'two three Two THREE twenty ninety twenty-one Twenty-Two hundred thousand dozen dozens several half Half third thirds Third quarter quarters fifth one One tens Tens hundreds thousands Thousands millions billions'.split(' '),
        ...'1 12 40 300 1961 1,000 13,000 2,5 3.5 5. 1.2.3 $5 $ 5 €12 £3 ¥4 $1,000 $2.5 $ 40'.split(' '),
      ],
      'million billion trillion m bn k two-bedroom third-floor two three thirds quarters % percent per cent percentage points of all majority of the in damage'.split(' '),
      'people acres residents homes million of the'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\n', '\t', ' \n', ', ', '. ', '-', '', '\u00a0', '\r\n', '$'];
    const rnd = seededRandom(6060);
    let walked = 0;
    let found = 0;
    for (let t = 0; t < 8000; t++) {
      const text = randomKindsText(rnd, kinds, seps, 8);
      for (let lastEnd = 0; lastEnd < text.length; lastEnd += 1 + rnd(6)) {
        const both = figureAroundBoth(text, lastEnd);
        assert.ok(both, JSON.stringify(text));
        for (const a of both) {
          assert.equal(a.fast, a.ref, `${JSON.stringify(text)} at ${a.p} (from ${lastEnd})`);
          if (a.ref) found++;
          if (a.ref && +a.ref.split(':')[0] < a.p) walked++;
        }
      }
    }
    assert.ok(found > 5000 && walked > 1000, `found ${found}, ${walked} from before the anchor`);
  });

  it('passes a number by only where no figure can hold it', () => {
    const vocab = [
      ...'more than less fewer nearly almost about around roughly approximately some over up to as many much few at least an estimated upwards of close just under well above then in excess average one One in In'.split(' '),
      ...'two hundred a half of the x won in 1961 by'.split(' '),
      ...'million billion percent per cent % people acres homes'.split(' '),
      ...'1 12 1961 18, 1,000 13,000 3.5 5. $ $5 € £ ¥4 US$ 7p'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', '\u00a0', '\t', '$', ','];
    const rnd = seededRandom(8080);
    const re = new RegExp(FIGURE_Y.source, FIGURE_Y.flags);
    const anchors = new RegExp(FIGURE_ANCHOR.source, FIGURE_ANCHOR.flags);
    let passed = 0;
    for (let t = 0; t < 4000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(10));
      anchors.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = anchors.exec(text))) {
        const p = a.index;
        if (!/\d/.test(text[p]) || digitAnchorMayFigure(text, p)) continue;
        passed++;
        for (let st = 0; st <= p; st++) {
          re.lastIndex = st;
          const m = re.exec(text);
          assert.ok(!m || m.index + m[0].length <= p, `${JSON.stringify(text)}: '${m?.[0]}' holds the number at ${p}`);
        }
      }
    }
    assert.ok(passed > 1000, `only ${passed} passed by`);
  });

  it('skips a "first" only where no superlative match can hold it', () => {
    const vocab = [
      ...'first first first First FIRST firstly first-ever first-rate ever Ever time Time record Records records everything timely'.split(' '),
      ...'for the For The set sets broke a an new his most one of world’s largest best largest-ever all-time high record-breaking high U.S. X in since years decades 1990'.split(' '),
    ];
    const seps = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', '.', '\u00a0', '’s ', "'s "];
    const rnd = seededRandom(31337);
    const re = new RegExp(SUPERLATIVE_Y.source, SUPERLATIVE_Y.flags);
    let skipped = 0;
    for (let t = 0; t < 6000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(10));
      for (let p = 0; p < text.length; p++) {
        if (!superlativeAnchorAt(text, p) || !firstClaimsNothing(text, p)) continue;
        skipped++;
        for (let st = 0; st <= p; st++) {
          re.lastIndex = st;
          const m = re.exec(text);
          assert.ok(!m || m.index + m[0].length <= p, `${JSON.stringify(text)}: '${m?.[0]}' holds the "first" at ${p}`);
        }
      }
    }
    assert.ok(skipped > 1000, `only ${skipped} skipped`);
    // hard cases: "first" inside a match, and a "first" that holds none
    const holds = ['They set the first record.', 'She broke her first  record', 'for the first time in years', 'for the First time since 1990', 'the first ever win', 'The\tfirst Ever', 'its first-ever title', 'U.S.first largest', 'the most first-rated'];
    for (const text of holds) {
      const p = text.search(/first/i);
      re.lastIndex = 0;
      let held = false;
      for (let st = 0; st <= p && !held; st++) {
        re.lastIndex = st;
        const m = re.exec(text);
        held = !!m && m.index + m[0].length > p;
      }
      if (held) assert.equal(firstClaimsNothing(text, p), false, text);
    }
    for (const text of ['the first day', 'was first, then', 'came first.', 'first of all']) assert.equal(firstClaimsNothing(text, text.indexOf('first')), true, text);
  });

  it('reads the cues from the word table where CUE_ONLY_RE finds them', () => {
    const cueWords = [...new Set(CUE_SOURCE.match(/[a-z]{2,}/g))];
    const vocab = [
      ...cueWords,
      ...cueWords.slice(0, 20).map((w) => w[0].toUpperCase() + w.slice(1)),
      ...cueWords.slice(0, 10).map((w) => w.toUpperCase()),
      ...'according to According To in a an statement interview In A put puts it press release told reporters Reporters saidx xsaid said2 accordingto sAid'.split(' '),
    ];
    const seps = [' ', ' ', ' ', '  ', '\n', '\t', ', ', '. ', '-', '', '\u00a0', '\u2003', '’', "'", '2', '\r\n'];
    const rnd = seededRandom(1357);
    const re = new RegExp(CUE_ONLY_RE.source, CUE_ONLY_RE.flags);
    let found = 0;
    for (let t = 0; t < 5000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(14));
      const got = cueMatches(text);
      assert.ok(got, JSON.stringify(text));
      const want: [number, number][] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) want.push([m.index, m.index + m[0].length]);
      assert.deepEqual(got, want, JSON.stringify(text));
      found += want.length;
    }
    assert.ok(found > 10000, `only ${found} cues`);
  });

  it('says a sentence may hold a strong cue wherever the parser finds one', () => {
    const cueWords = [...new Set(CUE_SOURCE.match(/[a-z]{2,}/g))];
    const vocab = [
      ...cueWords,
      ...cueWords.slice(0, 30).map((w) => w[0].toUpperCase() + w.slice(1)),
      ...cueWords.slice(0, 10).map((w) => w.toUpperCase()),
      ...'a an it to reporters release statement interview the police mayor Smith U.S. Mr. x said_ _told saidé told2 café naïve two three ’s \'s'.split(' '),
    ];
    const seps = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '! ', '? ', '-', '', '\u00a0', ' “', '” ', ' "', '" ', '.” ', '; ', '_'];
    const rnd = seededRandom(2468);
    let cues = 0;
    for (let t = 0; t < 3000; t++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(30));
      const block = parseBlock('paragraph', text);
      const may = strongCuesMayBeIn(block);
      block.sentences.forEach((sent, i) => {
        for (const s of block.cues) {
          if (s.start >= sent.end || s.end <= sent.start || WEAK_CUE.test(text.slice(s.start, s.end))) continue;
          cues++;
          assert.ok(may[i], `${JSON.stringify(text)}: sentence ${i} holds ‘${text.slice(s.start, s.end)}’`);
        }
      });
    }
    assert.ok(cues > 1000, `only ${cues} cues`);
  });

  it('finds the superlative around each anchor as matchAround does, walking back only where a match may start before it', () => {
    const kinds = [
      [
        ...'the The THE its their his her our my your single very second third fourth fifth all-time All-time ever of one of One of most a an new in since recorded for the for The'.split(' '),
        ...'world’s nation’s company’s Smith’s Jones’ U.S. Ruth\'s U.S.’s X-the x,the bathe the, x-all-time at is was set broke shattered tied smashed 1990 15-1 é naïve Smith For One'.split(' '),
      ],
      [
        ...'largest biggest best worst most least first record records recorded Record unprecedented all-time never-before-seen largest-ever most-watched Most Largest Best First'.split(' '),
      ],
      'high low time ever important popular people recorded years decades in since of the record-breaking 40 history'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', ' ', '  ', '\n', '\t', ', ', '. ', '-', '', '\u00a0', '\r\n', '’s ', "'s "];
    const rnd = seededRandom(2121);
    let walked = 0;
    let found = 0;
    for (let t = 0; t < 6000; t++) {
      const text = randomKindsText(rnd, kinds, seps, 8);
      for (let lastEnd = 0; lastEnd < text.length; lastEnd += 1 + rnd(6)) {
        for (const a of superlativeAroundBoth(text, lastEnd)) {
          assert.equal(a.fast, a.ref, `${JSON.stringify(text)} at ${a.p} (from ${lastEnd})`);
          if (a.ref) found++;
          if (a.ref && +a.ref.split(':')[0] < a.p) walked++;
        }
      }
    }
    assert.ok(found > 5000 && walked > 1000, `found ${found}, ${walked} from before the anchor`);
    // hard cases: a match that starts before the anchor, one for each way there
    const hard = [
      'one of First’s largest',
      'For The First Time in history',
      'Smith’s largest',
      'Jones’ largest',
      'They set a largest record.',
      'for the first time in most decades',
      'They set the new world record.',
      'its all-time largest',
      'the world’s largest',
      'the world\'s largest',
      'the U.S.’s largest',
      'the most unprecedented',
      'a record high',
      'new record highs',
      'for the first time since 1990',
      'one of the largest',
      'his single largest',
    ];
    for (const text of hard) {
      let held = false;
      for (let lastEnd = 0; lastEnd < text.length; lastEnd++) {
        for (const a of superlativeAroundBoth(text, lastEnd)) {
          assert.equal(a.fast, a.ref, `${JSON.stringify(text)} at ${a.p} (from ${lastEnd})`);
          if (a.ref && +a.ref.split(':')[0] < a.p) held = true;
        }
      }
      assert.ok(held, `${text}: no match from before an anchor`);
    }
  });

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
