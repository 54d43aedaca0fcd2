import * as assert from 'node:assert/strict';
import { review } from '../../src/core/engine';
import { BLOCK_CHECKERS } from '../../src/core/rules';
import { clicheSpans, styleChecker } from '../../src/core/rules/style';
import type { BlockChecker } from '../../src/core/checker';
import type { CopydeskConfig, Finding } from '../../src/core/types';
// @ts-ignore -- no type declarations
import writeGood from 'write-good';
// @ts-ignore -- no type declarations
import noCliches from 'no-cliches';

const TODAY = { year: 2024, month: 3, day: 5 };

function style(text: string, config?: CopydeskConfig): Finding[] {
  return review(text, { today: TODAY, config, categories: ['style'] }).findings.filter((f) => f.category === 'style');
}
const rules = (text: string, config?: CopydeskConfig) => style(text, config).map((f) => `${f.rule}:${f.text}`);

/** Apply a finding's first suggestion. */
function fix(text: string, f: Finding): string {
  const edits = [...f.suggestions[0].edits].sort((a, b) => b.offset[0] - a.offset[0]);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset[0]) + e.newText + out.slice(e.offset[1]);
  return out;
}
function only(text: string, rule: string, config?: CopydeskConfig): Finding {
  const fs = style(text, config).filter((f) => f.rule === rule);
  assert.equal(fs.length, 1, `one ${rule} in ${JSON.stringify(text)}: ${JSON.stringify(fs.map((f) => f.text))}`);
  return fs[0];
}

describe('style: rules and defaults', () => {
  it('declares every style rule with a hint or information severity', () => {
    const ids = styleChecker.rules.map((r) => r.id);
    assert.deepEqual(ids, ['style/passive', 'style/weasel', 'style/adverb', 'style/wordy', 'style/cliche', 'style/lexical-illusion', 'style/so', 'style/there-is', 'style/e-prime']);
    for (const r of styleChecker.rules) assert.ok(r.defaultSeverity === 'hint' || r.defaultSeverity === 'information', r.id);
  });
  it('leaves "there is" and e-prime off unless the configuration names them', () => {
    const t = 'There are five candidates in the race. The race is close.';
    assert.deepEqual(rules(t), []);
    assert.deepEqual(rules(t, { rules: { 'style/there-is': true } }), ['style/there-is:There are']);
    assert.deepEqual(rules(t, { rules: { 'style/e-prime': 'hint' } }), ['style/e-prime:are', 'style/e-prime:is']);
    assert.deepEqual(rules(t, { rules: { style: 'information' } }), [], 'a category setting does not turn on default-off rules');
  });
  it('turns a rule or the whole category off', () => {
    const t = 'The plan was approved. It was a very big deal.';
    assert.deepEqual(rules(t, { rules: { 'style/passive': 'off' } }), ['style/weasel:very']);
    assert.deepEqual(rules(t, { categories: { style: false } }), []);
  });
});

describe('style/passive', () => {
  it('flags the passive voice in the writer’s voice', () => {
    const f = only('The plan was approved after midnight.', 'style/passive');
    assert.equal(f.text, 'was approved');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /passive voice: say who did it/);
    assert.deepEqual(f.suggestions, []);
  });
  it('names the agent when "by" follows', () => {
    assert.match(only('The budget was approved by the council.', 'style/passive').message, /named after ‘by’/);
  });
  it('leaves news idiom alone when the agent is unknown: arrests, deaths, births, schedules', () => {
    assert.deepEqual(rules('A man was arrested Tuesday. Two people were killed and three were injured. She was born in Ohio. The vote is expected to pass. He is survived by his wife.'), []);
  });
  it('still flags an idiom verb when the agent is named', () => {
    assert.equal(only('The suspect was shot by a deputy.', 'style/passive').text, 'was shot');
  });
  it('does not take a time or an amount after "by" for the one who acted', () => {
    assert.deepEqual(rules('The fire was contained by nightfall. Fares were raised by 20 percent. He was arrested by Tuesday.'), [
      'style/passive:was contained',
      'style/passive:were raised',
    ]);
    assert.match(only('The fire was contained by nightfall.', 'style/passive').message, /say who did it/);
  });
  it('leaves participles used as adjectives alone', () => {
    assert.deepEqual(rules('Residents were worried. The clerk was tired.'), []);
  });
});

describe('style/weasel and style/adverb', () => {
  it('flags an intensifier and deletes it', () => {
    const t = 'It was a very big deal.';
    const f = only(t, 'style/weasel');
    assert.equal(f.text, 'very');
    assert.equal(f.deletion, true);
    assert.equal(fix(t, f), 'It was a big deal.');
  });
  it('offers no deletion that would break the sentence', () => {
    for (const t of ['It was not very good.', 'It was an extremely big deal.', 'It was very much a deal.']) {
      const fs = style(t).filter((f) => f.rule === 'style/weasel');
      assert.equal(fs.length, 1, t);
      assert.deepEqual(fs[0].suggestions, [], t);
    }
  });
  it('leaves the quantities and judgements write-good calls weasel words to sourcing and loaded', () => {
    assert.deepEqual(rules('Many residents left. Several roads closed. Various groups met. The fire was huge.'), []);
  });
  it('flags a weak adverb with no edit', () => {
    const f = only('The crew worked quickly.', 'style/adverb');
    assert.equal(f.text, 'quickly');
    assert.deepEqual(f.suggestions, []);
  });
  it('deletes an opinion adverb, with its commas or at the start of a sentence', () => {
    const a = 'The bill, sadly, failed.';
    assert.equal(fix(a, only(a, 'style/adverb')), 'The bill failed.');
    const b = 'Unfortunately, the bill failed.';
    assert.equal(fix(b, only(b, 'style/adverb')), 'The bill failed.');
    const c = 'The vote was really close.';
    assert.equal(fix(c, only(c, 'style/adverb')), 'The vote was close.');
  });
  it('leaves news adverbs alone: allegedly, early, approximately, fatally, only', () => {
    assert.deepEqual(rules('He allegedly stole a car early Tuesday. Approximately 40 people came. One man was fatally shot. Only two remain.'), []);
  });
});

describe('style/wordy', () => {
  it('replaces a wordy phrase with the plainer form, keeping the capital', () => {
    const t = 'In order to pass the budget, the council met.';
    const f = only(t, 'style/wordy');
    assert.equal(f.text, 'In order to');
    assert.equal(f.message, '‘In order to’ is wordy: say ‘to’.');
    assert.equal(fix(t, f), 'To pass the budget, the council met.');
    assert.equal(f.suggestions[0].safe, true);
  });
  it('deletes "the month of"', () => {
    const t = 'The vote was held in the month of March.';
    assert.equal(fix(t, only(t, 'style/wordy')), 'The vote was held in March.');
  });
  it('reports filler with no edit', () => {
    const f = only('The plan failed in terms of cost.', 'style/wordy');
    assert.equal(f.text, 'in terms of');
    assert.deepEqual(f.suggestions, []);
  });
  it('leaves formal words that are the right word in news alone', () => {
    assert.deepEqual(rules('The aircraft landed. However, additional crews will monitor the purchase.'), []);
  });
});

describe('style/cliche, style/lexical-illusion, style/so', () => {
  it('flags a cliché as information', () => {
    const f = only('The outage was the tip of the iceberg.', 'style/cliche');
    assert.equal(f.text, 'tip of the iceberg');
    assert.equal(f.severity, 'information');
  });
  it('deletes a word typed twice', () => {
    const t = 'The council met at the the town hall.';
    const f = only(t, 'style/lexical-illusion');
    assert.equal(fix(t, f), 'The council met at the town hall.');
    assert.equal(f.suggestions[0].safe, true);
  });
  it('leaves doubled words that are grammar or names alone', () => {
    assert.deepEqual(rules('She said that that plan had had its day. He moved to Walla Walla.'), []);
  });
  it('deletes a leading "So" and capitalises the next word', () => {
    const t = 'The vote failed. So the mayor left.';
    const f = only(t, 'style/so');
    assert.equal(f.text, 'So');
    assert.equal(fix(t, f), 'The vote failed. The mayor left.');
  });
  it('leaves "So far", "so-called" and a "so" inside a sentence alone', () => {
    assert.deepEqual(rules('So far, nothing. So-called experts came. The road was closed, so the bus stopped.'), []);
    assert.deepEqual(rules('The crew worked late and\nso the road reopened.'), []);
  });
});

describe('style: what it never reports', () => {
  it('nothing inside code spans, fenced code, comments or front matter', () => {
    const t = '---\ntitle: It was a very big deal\nnote: in order to\n---\n\nRun `the the code, very quickly` now.\n\n```\nIn order to utilize it, the plan was approved.\n```\n\n<!-- very really in order to -->\nThe council met.';
    assert.deepEqual(rules(t), []);
  });
  it('nothing inside a direct quotation: the speaker’s words are theirs', () => {
    assert.deepEqual(rules('“So the plan was approved very quickly, in order to save time,” the mayor said.'), []);
    assert.deepEqual(rules('> It was a very big deal, in order to be honest.'), []);
  });
  it('no doubled word across something masked between them', () => {
    assert.deepEqual(rules('Press the `x` the button.'), []);
  });
  it('the allow-list covers the first words of a text (write-good’s own whitelist misses them)', () => {
    const t = 'In order to pass the budget, the council met in order to vote.';
    // write-good's whitelist skips a term at index 0: the reason Copydesk does not use it
    const wg = (writeGood as (t: string, o: object) => { index: number }[])(t, { whitelist: ['In order to', 'in order to'], passive: false });
    assert.ok(wg.some((s) => s.index === 0));
    assert.deepEqual(rules(t), ['style/wordy:In order to', 'style/wordy:in order to']);
    assert.deepEqual(rules(t, { allow: ['in order to'] }), []);
  });
  it('never repeats what another category already says of the same words', () => {
    const fake: BlockChecker = {
      name: 'fake-loaded',
      category: 'loaded',
      rules: [],
      contextKey: () => '',
      check(block, _ctx, out) {
        const i = block.prose.indexOf('very');
        if (i !== -1) out.push({ rule: 'loaded/fake', start: i, end: i + 9, message: 'fake' });
      },
    };
    BLOCK_CHECKERS.unshift(fake);
    try {
      const fs = review('It was a very big deal in order to win.', { today: TODAY, categories: ['loaded', 'style'] }).findings;
      assert.deepEqual(fs.map((f) => f.rule), ['loaded/fake', 'style/wordy']);
    } finally {
      BLOCK_CHECKERS.splice(BLOCK_CHECKERS.indexOf(fake), 1);
    }
  });
});

describe('style/cliche: our own lookup over no-cliches’ list', () => {
  // Paragraphs of our own, full of the list's phrases, in several spellings.
  const PARAGRAPHS = [
    'The council said the new levy was the tip of the iceberg. Residents, who had been told to bite the bullet, said it was the last straw and a far cry from the promises made.',
    'At the end of the day, the mayor admitted the project was a loose cannon. Critics said the plan had been dead in the water since March, but staff worked like a dog to keep it afloat.',
    'THE TIP OF THE ICEBERG, she wrote in capitals. Then: tip of  the\ticeberg, tip of the\nIceberg. The acid test came on Friday; it was all fun and games until the vote.',
    'Will wonders never cease? Will wonders never ceas. The deal was signed, sealed, and delivered, once bitten, twice shy, and the green-eyed monster stayed away. All\'s well that ends well.',
    'A stitch in time; a penny saved is a penny earned. Tip of the icebergs is not one. The tips of the iceberg are not either. He was caught red-handed at the crack of dawn.',
    'Nothing here is a cliché: the budget passed 5-2 after a short debate, and the clerk read the minutes.',
  ];
  it('finds the same spans as no-cliches itself, which write-good uses', () => {
    let total = 0;
    for (const p of PARAGRAPHS) {
      const theirs = (noCliches as (t: string) => { index: number; offset: number }[])(p).map((m) => [m.index, m.index + m.offset]);
      assert.deepEqual(clicheSpans(p), theirs, p);
      total += theirs.length;
    }
    assert.ok(total >= 15, `only ${total} clichés in the test paragraphs`);
  });
  it('reports what write-good’s own cliché check reports, as style/cliche with the same message', () => {
    for (const p of PARAGRAPHS) {
      const t = p.replace(/\n/g, ' '); // one line, as style hands it over
      const wg = (writeGood as (t: string, o: object) => { index: number; offset: number; reason: string }[])(t, {
        weasel: false, illusion: false, so: false, thereIs: false, passive: false, adverb: false, tooWordy: false, eprime: false,
      });
      const ours = style(t).filter((f) => f.rule === 'style/cliche');
      assert.deepEqual(ours.map((f) => [f.offset[0], f.offset[1]]), wg.map((s) => [s.index, s.index + s.offset]), t);
      for (const f of ours) assert.equal(f.message, `‘${f.text.replace(/\s+/g, ' ')}’ is a cliché: say it in plain words.`);
    }
  });
});

describe('style: long lines with no sentence punctuation', () => {
  it('a 100 kB line of one letter: nothing to say', () => {
    assert.deepEqual(style('a'.repeat(100_000)), []);
  });
  it('a 100 kB line of one word repeated: one finding for the run, and its fix keeps one word', () => {
    const t = 'a '.repeat(50_000);
    const fs = style(t);
    assert.deepEqual(fs.map((f) => f.rule), ['style/lexical-illusion']);
    assert.match(fs[0].message, /^‘a’ is typed 50000 times in a row: keep one\.$/);
    assert.equal(fix(t, fs[0]), 'a ');
  });
  it('"the the the": one finding, one fix', () => {
    const t = 'The council met at the the the town hall.';
    const f = only(t, 'style/lexical-illusion');
    assert.equal(f.message, '‘the’ is typed 3 times in a row: keep one.');
    assert.equal(fix(t, f), 'The council met at the town hall.');
    const u = 'A downed line sparked the\nthe\nthe fire.';
    assert.equal(fix(u, only(u, 'style/lexical-illusion')), 'A downed line sparked the fire.');
  });
  it('still finds passives, wordy phrases and clichés in a long unpunctuated paragraph', () => {
    const unit = 'the plan was approved in order to pass the budget and the tip of the iceberg came later and ';
    const t = unit.repeat(40); // ~3,700 characters, no full stop
    const fs = style(t);
    const count = (r: string) => fs.filter((f) => f.rule === r).length;
    assert.ok(count('style/passive') >= 36, `passive ${count('style/passive')}`);
    assert.ok(count('style/wordy') >= 36, `wordy ${count('style/wordy')}`);
    assert.equal(count('style/cliche'), 40);
    for (const f of fs) assert.equal(f.text, t.slice(f.offset[0], f.offset[1]));
  });
});
