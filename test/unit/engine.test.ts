import * as assert from 'node:assert/strict';
import { Engine, review } from '../../src/core/engine';

const DRAFT = `---
title: Wildfire
date: 2024-03-05
---

# Fire spreads near town

KYIV, Ukraine, March 5 (AP) — The shocking fire burned more than 2,000 acres Saturday, experts say.

“It was a disaster,” the mayor said. “Every house

“and every school

“will be rebuilt.”

\`\`\`
code with slammed words

and a blank line
\`\`\`

<!-- copydesk-disable-next-line loaded -->
The thugs fled. The regime collapsed last week.

Officials said the largest blaze was recently contained. TK
`;

/** A small deterministic PRNG, so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('engine: incremental review', () => {
  it('gives the same result as a full review after every kind of edit', () => {
    const rand = rng(42);
    const inserts = ['x', ' ', '\n', '\n\n', '“', '”', '"', '```\n', '---\n', '<!-- ', ' -->', 'Saturday ', 'thugs ', '.', 'date 2024-01-01\n'];
    let text = DRAFT;
    const inc = new Engine({ today: { year: 2024, month: 6, day: 1 } });
    inc.review(text);
    for (let step = 0; step < 400; step++) {
      const at = Math.floor(rand() * (text.length + 1));
      let change;
      if (rand() < 0.6) {
        const ins = inserts[Math.floor(rand() * inserts.length)];
        change = { rangeOffset: at, rangeLength: 0, text: ins };
      } else {
        const len = Math.min(text.length - at, Math.floor(rand() * 12));
        change = { rangeOffset: at, rangeLength: len, text: '' };
      }
      const next = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
      const withHint = rand() < 0.7;
      const r1 = inc.update(next, withHint ? [change] : undefined);
      const fresh = new Engine({ today: { year: 2024, month: 6, day: 1 } });
      const r2 = fresh.review(next);
      assert.deepEqual(
        inc.parsedBlocks.map((b) => [b.start, b.kind, b.parsed.text, b.parsed.carryOut]),
        fresh.parsedBlocks.map((b) => [b.start, b.kind, b.parsed.text, b.parsed.carryOut]),
        `blocks differ after step ${step}`,
      );
      assert.deepEqual(
        r1.findings.map((f) => [f.rule, f.offset, f.range, f.severity, f.text, f.suggestions]),
        r2.findings.map((f) => [f.rule, f.offset, f.range, f.severity, f.text, f.suggestions]),
        `findings differ after step ${step}`,
      );
      assert.equal(r1.referenceDate, r2.referenceDate);
      text = next;
    }
  });

  it('re-reviews only the block an edit touched', () => {
    const paras = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says the shocking plan failed Saturday, critics say.`);
    const text = paras.join('\n\n');
    const e = new Engine();
    e.review(text);
    const at = text.indexOf('Paragraph 100') + 5;
    e.update(text.slice(0, at) + 'x' + text.slice(at), [{ rangeOffset: at, rangeLength: 0, text: 'x' }]);
    assert.equal(e.lastUpdate.full, false);
    assert.ok(e.lastUpdate.reparsed <= 2, `reparsed ${e.lastUpdate.reparsed}`);
  });

  it('re-runs only the modules whose context changed when the reference date changes', () => {
    const paras = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says the shocking plan failed Saturday, critics say.`);
    const text = paras.join('\n\n');
    const e = new Engine({ categories: ['loaded', 'sourcing', 'dates'], today: { year: 2024, month: 6, day: 1 } });
    const before = e.review(text);
    e.setOptions({ referenceDate: '2024-03-04' });
    const after = e.update(text);
    // the dates module depends on the reference date; loaded and sourcing do not
    assert.equal(e.lastUpdate.rechecked, 50);
    assert.deepEqual(
      after.findings.filter((f) => f.category !== 'dates').map((f) => [f.rule, f.offset]),
      before.findings.filter((f) => f.category !== 'dates').map((f) => [f.rule, f.offset]),
    );
    const fresh = new Engine({ categories: ['loaded', 'sourcing', 'dates'], today: { year: 2024, month: 6, day: 1 }, referenceDate: '2024-03-04' }).review(text);
    assert.deepEqual(after.findings.map((f) => [f.rule, f.offset, f.message]), fresh.findings.map((f) => [f.rule, f.offset, f.message]));
    // and back: the results under the first date are known again by their signature, only dates runs
    e.setOptions({ referenceDate: undefined });
    e.update(text);
    assert.equal(e.lastUpdate.rechecked, 50);
  });

  it('keeps ranges consistent with offsets', () => {
    const r = review(DRAFT, { today: { year: 2024, month: 6, day: 1 } });
    const lines = DRAFT.split('\n');
    for (const f of r.findings) {
      const start = lines.slice(0, f.range.start.line).reduce((n, l) => n + l.length + 1, 0) + f.range.start.character;
      assert.equal(start, f.offset[0], f.rule);
      assert.equal(DRAFT.slice(f.offset[0], f.offset[1]), f.text);
    }
  });

  it('honours inline suppression comments', () => {
    const r = review('<!-- copydesk-disable -->\nThe thugs fled Saturday.\n\n<!-- copydesk-enable -->\nok', { referenceDate: '2024-03-05' });
    assert.equal(r.findings.filter((f) => f.offset[0] < 60).length, 0);
  });

  it('handles an empty document and whitespace', () => {
    assert.doesNotThrow(() => review(''));
    assert.doesNotThrow(() => review('\n\n   \n'));
    const e = new Engine();
    e.review('');
    assert.doesNotThrow(() => e.update('a', [{ rangeOffset: 0, rangeLength: 0, text: 'a' }]));
    assert.doesNotThrow(() => e.update('', [{ rangeOffset: 0, rangeLength: 1, text: '' }]));
  });
});
