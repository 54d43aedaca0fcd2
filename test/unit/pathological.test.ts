/**
 * Pathological inputs (the benchmark's adversarial set, bench/adversarial.ts): the review returns,
 * its findings are sensible, and every offset and range is consistent with the text.
 *
 * The benchmark times them at full size (1 Mi characters, 100,000 quote marks, 50,000 words); here
 * they run at 1/64 of it by default so that the unit suite stays quick. Set
 * COPYDESK_PATHOLOGICAL_SCALE=1 to run them at full size. No time is asserted.
 */
import * as assert from 'node:assert/strict';
import { Engine, review, type ReviewResult } from '../../src/core/engine';
import type { Finding } from '../../src/core/types';
import { ADVERSARIAL, REPEATED_CHARS } from '../../bench/adversarial';

const SCALE = Number(process.env.COPYDESK_PATHOLOGICAL_SCALE ?? 1 / 64);
const TODAY = { year: 2024, month: 6, day: 1 };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offsets inside the text, ranges that say the same as the offsets, text that is the slice. */
function assertConsistent(text: string, r: ReviewResult, label: string): void {
  const starts = lineStarts(text);
  const counts: Record<string, number> = { loaded: 0, sourcing: 0, dates: 0, style: 0 };
  for (const f of r.findings) {
    const [s, e] = f.offset;
    const where = `${label}: ${f.rule} at ${s}-${e}`;
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `${where}: offsets outside the text`);
    assert.equal(f.text, text.slice(s, e), `${where}: text`);
    assert.deepEqual(f.range.start, position(starts, s), `${where}: range start`);
    assert.deepEqual(f.range.end, position(starts, e), `${where}: range end`);
    // never between the two halves of a surrogate pair (an emoji cut in two)
    for (const o of [s, e]) {
      if (o > 0 && o < text.length) assert.ok(!(isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))), `${where}: splits a surrogate pair at ${o}`);
    }
    for (const sug of f.suggestions) {
      for (const ed of sug.edits) {
        assert.ok(0 <= ed.offset[0] && ed.offset[0] <= ed.offset[1] && ed.offset[1] <= text.length, `${where}: suggestion edit outside the text`);
      }
    }
    assert.ok(f.message.length > 0, `${where}: empty message`);
    counts[f.category]++;
  }
  assert.deepEqual(r.counts, counts, `${label}: counts`);
}

const rulesOf = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))].sort();

describe('pathological inputs', function () {
  this.timeout(120_000); // a hang guard only: a catastrophic pattern fails here instead of hanging the suite

  for (const a of ADVERSARIAL) {
    it(`${a.name} (scale ${SCALE === 1 ? 'full' : SCALE.toFixed(4)})`, () => {
      const text = a.make(SCALE);
      const r = review(text, { today: TODAY });
      assertConsistent(text, r, a.name);
    });
  }

  it('finds nothing to flag in a line of one repeated character', () => {
    for (const c of REPEATED_CHARS) {
      const text = c.repeat(Math.max(64, Math.floor((1 << 20) * SCALE)));
      const withDate = review(text, { today: TODAY, referenceDate: '2024-06-01' });
      assert.deepEqual(rulesOf(withDate.findings), [], `repeated ${JSON.stringify(c)}`);
      // without a date, at most the draft-level "no reference date" finding
      const r = review(text, { today: TODAY });
      assert.ok(rulesOf(r.findings).every((x) => x === 'dates/no-reference-date'), `repeated ${JSON.stringify(c)}: ${rulesOf(r.findings)}`);
      assert.ok(r.findings.length <= 1);
    }
  });

  it('finds nothing in whitespace alone, not even a missing date', () => {
    for (const c of [' ', '\t', '\n', '\r', ' \n', '\r\n']) {
      assert.deepEqual(review(c.repeat(5000), { today: TODAY }).findings, [], JSON.stringify(c));
    }
  });

  it('reports only repeated words in a run of one word', () => {
    for (const w of ['a ', 'said ']) {
      const text = w.repeat(2000);
      const r = review(text, { today: TODAY, referenceDate: '2024-06-01' });
      assert.ok(rulesOf(r.findings).every((x) => x === 'style/lexical-illusion'), `${JSON.stringify(w)}: ${rulesOf(r.findings)}`);
    }
  });

  it('reports nothing in a text of quote marks alone', () => {
    const text = ADVERSARIAL.find((x) => x.name.startsWith('100,000 quote marks'))!.make(SCALE);
    const r = review(text, { today: TODAY, referenceDate: '2024-06-01' });
    // "word" is the only word: nothing loaded, nothing dated, no attribution to ask for
    assert.deepEqual(rulesOf(r.findings).filter((x) => !x.startsWith('sourcing/quote') && !x.startsWith('style/')), []);
  });

  it('reviews a paragraph of many thousand words in every category, quotations softened', () => {
    const a = ADVERSARIAL.find((x) => x.name.startsWith('a paragraph of'))!;
    const text = a.make(Math.max(SCALE, 1 / 16));
    const r = review(text, { today: TODAY, referenceDate: '2024-06-01' });
    assertConsistent(text, r, a.name);
    for (const c of ['loaded', 'dates', 'style'] as const) assert.ok(r.counts[c] > 0, `no ${c} finding`);
    for (const f of r.findings) if (f.category === 'loaded' && f.inQuote) assert.ok(f.severity === 'hint' || f.severity === 'information', `${f.rule} in a quotation is ${f.severity}`);
  });

  it('keeps emoji and combining marks whole', () => {
    const a = ADVERSARIAL.find((x) => x.name.startsWith('emoji'))!;
    const text = a.make(Math.max(SCALE, 1 / 16));
    assertConsistent(text, review(text, { today: TODAY }), a.name);
  });

  it('updates incrementally to the same result as a full review', () => {
    for (const a of ADVERSARIAL.filter((x) => /quote marks|paragraph of|emoji|"<!--"/.test(x.name))) {
      const text = a.make(SCALE);
      const e = new Engine({ today: TODAY });
      e.review(text);
      let t = text;
      for (const [at, ins] of [[text.length >> 1, 'x'], [text.length >> 2, '“'], [(text.length * 3) >> 2, '\n\n'], [1, ' said the mayor. ']] as const) {
        t = t.slice(0, at) + ins + t.slice(at);
        const inc = e.update(t, [{ rangeOffset: at, rangeLength: 0, text: ins }]);
        const full = review(t, { today: TODAY });
        assertConsistent(t, inc, a.name + ' (updated)');
        assert.deepEqual(inc.findings, full.findings, `${a.name}: after inserting ${JSON.stringify(ins)} at ${at}`);
      }
    }
  });
});
