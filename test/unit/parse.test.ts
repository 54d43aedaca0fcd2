import * as assert from 'node:assert/strict';
import { parseDraft, parseBlock, splitBlocks } from '../../src/core/parse';
import { documentInfo } from '../../src/core/docinfo';

const sentences = (t: string) => parseBlock('paragraph', t).sentences.map((s) => t.slice(s.start, s.end));
const quotes = (t: string) => parseBlock('paragraph', t).quotes.map((q) => t.slice(q.start, q.end));

describe('parse: blocks', () => {
  it('splits paragraphs on blank lines and keeps fenced code whole', () => {
    const t = 'One.\n\n```\ncode\n\nmore\n```\n\nTwo.';
    const kinds = splitBlocks(t).map((b) => b.kind + ':' + t.slice(b.start, b.end));
    assert.deepEqual(kinds, ['paragraph:One.', 'code:```\ncode\n\nmore\n```', 'paragraph:Two.']);
  });
  it('reads YAML front matter and its date', () => {
    const t = '---\ntitle: Fire\ndate: 2024-03-05\n---\n\nThe fire spread Saturday.';
    const d = parseDraft(t);
    assert.equal(d.spans[0].kind, 'front-matter');
    const info = documentInfo(t, d.spans);
    assert.equal(info.referenceSource, 'front-matter');
    assert.deepEqual(info.referenceDate, { year: 2024, month: 3, day: 5 });
  });
  it('reads a date line at the top', () => {
    for (const line of ['date 2024-03-05', 'Date: March 5, 2024']) {
      const t = `${line}\n\nThe fire spread Saturday.`;
      const info = documentInfo(t, parseDraft(t).spans);
      assert.equal(info.referenceSource, 'date-line', line);
      assert.deepEqual(info.referenceDate, { year: 2024, month: 3, day: 5 });
    }
  });
  it('splits a date line directly above the story from it', () => {
    const t = 'date 2024-03-05\nThe fire spread Saturday.';
    const d = parseDraft(t);
    assert.deepEqual(d.spans.map((s) => s.kind), ['header', 'paragraph']);
  });
  it('reads an AP dateline with no year, as the most recent such day', () => {
    const t = '# Fire\n\nKYIV, Ukraine, March 5 (AP) — The fire spread Saturday.';
    const info = documentInfo(t, parseDraft(t).spans, { today: { year: 2024, month: 6, day: 1 } });
    assert.equal(info.referenceSource, 'dateline');
    assert.deepEqual(info.referenceDate, { year: 2024, month: 3, day: 5 });
    assert.equal(info.dateline?.place, 'KYIV, Ukraine');
  });
});

describe('parse: sentences', () => {
  it('is not fooled by abbreviations, initials and decimals', () => {
    assert.deepEqual(sentences('Gov. Jane Smith met Dr. Lee on Sept. 3 in the U.S. Capitol. Rates rose 2.5 percent. John F. Kennedy spoke.'), [
      'Gov. Jane Smith met Dr. Lee on Sept. 3 in the U.S. Capitol.',
      'Rates rose 2.5 percent.',
      'John F. Kennedy spoke.',
    ]);
  });
  it('ends a sentence after U.S. when a new sentence starts', () => {
    assert.deepEqual(sentences('He moved to the U.S. The move was hard.'), ['He moved to the U.S.', 'The move was hard.']);
  });
  it('keeps a closing quote with its sentence', () => {
    assert.deepEqual(sentences('“We will rebuild.” The mayor left.'), ['“We will rebuild.”', 'The mayor left.']);
  });
});

describe('parse: quotations', () => {
  it('pairs curly and straight double quotes', () => {
    assert.deepEqual(quotes('“It was shocking,” she said. He said "no way" twice.'), ['“It was shocking,”', '"no way"']);
  });
  it('does not take apostrophes for quote marks', () => {
    const t = '“The mayor’s plan, she’d say, was the ’90s all over,” he said.';
    assert.deepEqual(quotes(t), [t.slice(0, t.indexOf('” he') + 1)]);
    assert.deepEqual(quotes('The mayor’s plan is the ’90s again.'), []);
  });
  it('keeps single quotes nested in double quotes inside the quotation', () => {
    const t = '“He called it ‘a disgrace,’ and left,” Smith said.';
    const b = parseBlock('paragraph', t);
    assert.equal(b.quotes.filter((q) => q.kind === 'double').length, 1);
    assert.ok(b.inQuote(t.indexOf('disgrace')));
  });
  it('finds the speaker after or before a quotation', () => {
    const after = parseBlock('paragraph', '“We are ready,” the mayor said.');
    assert.ok(after.quotes[0].speaker);
    const before = parseBlock('paragraph', 'The mayor said: “We are ready.”');
    assert.ok(before.quotes[0].speaker);
    const none = parseBlock('paragraph', '“We are ready.”');
    assert.equal(none.quotes[0].speaker, null);
  });
  it('follows a quotation over several paragraphs', () => {
    const t = '“We will rebuild,” the mayor said. “Every house\n\n“and every school\n\n“will stand again.”\n\nShe left.';
    const d = parseDraft(t);
    assert.equal(d.blocks[0].carryOut.quoteOpen, true);
    assert.ok(d.blocks[1].inQuote(5));
    assert.ok(d.blocks[1].quotes[0].continued);
    assert.ok(d.blocks[1].quotes[0].speakerCarried);
    assert.ok(d.blocks[2].quotes[0].closed);
    assert.equal(d.blocks[3].quotes.length, 0);
  });
  it('gives the quotations before their speakers are looked for, as the same objects', () => {
    const t = 'Rain fell. “We are ready for the storm,” the mayor said. “It will pass.”';
    const b = parseBlock('paragraph', t);
    const early = b.quotesUnresolved!;
    assert.equal(early.length, 2);
    assert.ok(early.every((q) => q.speaker === null && !q.speakerCarried), 'no speaker looked for yet');
    const resolved = b.quotes;
    assert.equal(resolved, early, 'one list');
    assert.ok(early[0].speaker, 'filled in by reading quotes');
    assert.ok(early[1].speakerCarried);
  });
  it('treats Markdown blockquotes as quotations', () => {
    const d = parseDraft('> This is an outrageous plan.');
    assert.ok(d.blocks[0].inQuote(10));
  });
});

describe('parse: skipped regions', () => {
  it('masks code spans, HTML comments and link targets but keeps link text', () => {
    const t = 'See `slammed` and <!-- slammed --> the [shocking report](http://x.org/slammed).';
    const b = parseBlock('paragraph', t);
    assert.equal(b.prose.length, t.length);
    assert.ok(!b.prose.includes('slammed'));
    assert.ok(b.prose.includes('shocking report'));
    assert.equal(b.links.length, 1);
  });
  it('reads inline directives', () => {
    const b = parseBlock('paragraph', '<!-- copydesk-disable-next-line loaded -->\nThugs.');
    assert.deepEqual(b.directives.map((d) => [d.kind, d.rules]), [['disable-next-line', ['loaded']]]);
  });
});

describe('parse: attribution cues', () => {
  it('does not take a name for a verb of saying', () => {
    const t = '“We will stay in the United States for good,” and then she left.';
    const b = parseBlock('paragraph', t);
    assert.equal(b.cues.length, 0);
    assert.equal(b.quotes[0].speaker, null);
    assert.equal(parseBlock('paragraph', 'According to the report, it grew.').cues.length, 1);
  });
});

describe('parse: follow-on quotations', () => {
  it('gives a second quotation in the paragraph the speaker of the first', () => {
    const t = '“We will rebuild,” the mayor said. “We owe it to the children.”';
    const b = parseBlock('paragraph', t);
    assert.equal(b.quotes.length, 2);
    assert.ok(b.quotes[1].speaker);
    assert.equal(t.slice(b.quotes[1].speaker!.start, b.quotes[1].speaker!.end), 'said');
  });
});

describe('parse: code spans', () => {
  it('pairs backtick runs of the same length, as CommonMark does', async () => {
    const { codeSpans } = await import('../../src/core/parse');
    const t = 'a `b` c ``d ` e`` f ` g';
    assert.deepEqual(codeSpans(t).map(([s, e]) => t.slice(s, e)), ['`b`', '``d ` e``']);
  });
  it('keeps link text with parentheses in the target', () => {
    const t = 'See the [shocking report](https://en.wikipedia.org/wiki/Fire_(2024)) now.';
    const b = parseBlock('paragraph', t);
    assert.equal(b.links.length, 1);
    assert.ok(b.prose.includes('shocking report'));
    assert.ok(!b.prose.includes('wikipedia'));
  });
});

describe('dates in words', () => {
  it('describes resolved values for an editor', async () => {
    const { describeResolved } = await import('../../src/core/ymd');
    assert.equal(describeResolved('2024-03-05'), 'Tuesday, March 5, 2024');
    assert.equal(describeResolved('2024-03-05', 'ap'), 'Tuesday, March 5, 2024');
    assert.equal(describeResolved('2024-W08', 'ap'), 'the week of Feb. 19, 2024');
    assert.equal(describeResolved('2024-W01', 'long'), 'the week of January 1, 2024');
    assert.equal(describeResolved('2024-03'), 'March 2024');
    assert.equal(describeResolved('2023-Q4'), 'the fourth quarter of 2023');
    assert.equal(describeResolved('2024-H1'), 'the first half of 2024');
    assert.equal(describeResolved('2024-SU'), 'summer 2024');
    assert.equal(describeResolved('2024'), '2024');
  });
});
