import * as assert from 'node:assert/strict';
import { randomKindsText, randomText, seededRandom } from './random';
import { sourcingNumbered } from '../../src/core/rules/sourcing';
import data from '../../src/core/data/sourcing.json';

const { numbered, pairs } = sourcingNumbered;

/** The named pattern's match at `p` (sticky) and the numbered one's: the same match, every group at its number and name. */
function same(named: RegExp, num: { re: RegExp; at: Record<string, number> }, text: string, p: number): void {
  const a = new RegExp(named.source, named.flags.replace(/[gy]/g, '') + 'y');
  const b = new RegExp(num.re.source, num.re.flags.replace(/[gy]/g, '') + 'y');
  a.lastIndex = b.lastIndex = p;
  const m = a.exec(text);
  const n = b.exec(text);
  const where = JSON.stringify([text, p]);
  if (!m || !n) {
    assert.equal(n, m, where);
    return;
  }
  assert.equal(n.index, m.index, where);
  assert.equal(n.length, m.length, where);
  for (let i = 0; i < m.length; i++) assert.equal(n[i], m[i], where);
  assert.equal(n.groups, undefined, where);
  for (const [k, v] of Object.entries(m.groups ?? {})) assert.equal(n[num.at[k]], v, `${k} ${where}`);
}

describe('sourcing: patterns read by number', () => {
  it('numbers the names as the engine does, past classes, escapes and look-behinds', () => {
    const cases: [RegExp, string[], string[]][] = [
      [/(?<a>x)(y)(?<b>z)/u, ['a', 'b'], ['xyz']],
      [/(?<![\p{L}(])(?<a>[(?<b>]+)\((?<c>\w)\)|(?<=q)(?<d>r)/u, ['a', 'c', 'd'], ['(a)', '((x)', '<<(y)', 'qr', ' ?<(z)']],
      [/\\(?<a>\()(?:(?<b>p)|(?!q)(r))(?<c>s)?/u, ['a', 'b', 'c'], ['\\(p', '\\(rs', '\\(ps']],
      [/[\]()](?<a>[^\]]+)\]/u, ['a'], [']ab]', '(x]', ')]]']],
    ];
    for (const [re, names, texts] of cases) {
      const num = numbered(re, names);
      for (const t of texts) for (let p = 0; p <= t.length; p++) same(re, num, t, p);
    }
    assert.throws(() => numbered(/(?<a>x)(?<b>y)/u, ['a']));
  });
  it('reads every group of each pattern by number as by name (hand-written cases)', () => {
    const phrases: Record<string, string[]> = {
      FIGURE: ['more than $3 million in damage', 'about 40 percent of voters', '3 million people', 'tens of thousands of people', 'nearly half of them', 'two-thirds of voters', 'one in five', 'more than 2,000 acres', '13,000 residents', '$5bn', 'some 12 people'],
      HEDGE: ['probably', 'most likely', 'may have been', 'might well be', 'could be linked', 'may explain', 'would seem', 'might say', 'seems to', 'it appears', 'suggests that', 'indicated that', 'it is possible that', "it's possible"],
      SUPERLATIVE: ['the biggest', "one of the world's largest", 'most important', ', most dangerous', 'unprecedented', 'a record high', 'set a new world record', 'for the first time in history', 'all-time high'],
      VQ: ['many countries', 'widely held', 'is known as one of', 'has been widely recognized among'],
    };
    // VAGUE's patterns: the examples of its comments
    const vague = ['some critics', 'many experts believe', 'critics say', 'legal experts believe', 'some say', 'many in the party felt', 'led many to speculate', 'it is believed', 'it has been suggested', 'it could be argued', "it's been said", 'it is widely known', 'is said to', 'are believed to have', 'is thought by some to', 'a man said to be 90', 'x, said to be old', 'a ship believed to have sunk', 'has been argued', 'the figure has long been disputed', 'is considered', 'is widely regarded as', 'has been described as', 'viewed by many as', 'considered by some to be', 'comments criticized as racist', 'widely believed', 'generally accepted', 'reportedly', 'allegedly', 'according to reports', 'according to some experts', 'sources close to the mayor', 'informed sources said', 'there are those who', 'there are claims that', 'there have been reports of', 'by some accounts', 'in the eyes of many', 'in the view of some critics', 'studies show', 'research has found'];
    for (const { name } of pairs) if (name.startsWith('VAGUE ')) phrases[name] = vague;
    for (const { name, named, numbered: num } of pairs) {
      if (!(name in phrases)) continue;
      const seen = new Set<string>();
      for (const t of phrases[name]) {
        const text = `So ${t} here.`;
        for (let p = 0; p <= text.length; p++) {
          same(named, num, text, p);
          const a = new RegExp(named.source, named.flags.replace(/[gy]/g, '') + 'y');
          a.lastIndex = p;
          const m = a.exec(text);
          for (const [k, v] of Object.entries(m?.groups ?? {})) if (v !== undefined) seen.add(k);
        }
      }
      assert.deepEqual([...seen].sort(), Object.keys(num.at).sort(), name);
    }
  });
  it('matches as the named patterns do on random texts', () => {
    const vocab = [
      ...'may might could must would have has had been be being well also even still only not never already easily indeed originally once in fact'.split(' '),
      ...'likely unlikely most very quite highly more less increasingly is are was were seems seemed appears appeared appear seem it It its it\'s it’s'.split(' '),
      ...'possible that a an the to because due from suggests suggest implies suggesting implying suggested indicates indicated indicating implied probably perhaps'.split(' '),
      ...'explain caused cause date stem linked considered the oldest required fined partly largely actually now as ask think'.split(' '),
      ...'more than less fewer nearly almost about around roughly some over up to at least an estimated'.split(' '),
      ...'two three twenty a hundred thousand dozen several half thirds one in tens hundreds thousands millions billions majority of all'.split(' '),
      ...'million billion trillion percent per cent percentage points point people acres residents homes tons'.split(' '),
      ...'1 12 1961 1,000 13,000 2,5 3.5 $ $5 €12 £3 5% 40% two-thirds three-quarters one-third'.split(' '),
      ...'Smith Fire X é ünder'.split(' '),
      ...'best biggest largest oldest Best highest most least one of world\'s world’s nation\'s their his single very ever all-time record new set broke tied unprecedented first-ever first for time since history decades 1990 important famous'.split(' '),
      ...data.vagueQuantifiers.slice(0, 30),
      ...data.generalAdverbs.slice(0, 10),
      ...'known renowned recognized as among many countries songs widely held seen thought'.split(' '),
      ...'critics experts analysts say said believe argue some many others few a few most led prompted to speculate it is was has been believed argued said reportedly allegedly according reports sources close the mayor there are those who claims by accounts eyes of view studies show research found'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', '\u00a0', '%', '$', ',', '.'];
    const rnd = seededRandom(4242);
    for (const { named, numbered: num } of pairs) {
      for (let t = 0; t < 1500; t++) {
        const text = rnd(2) ? randomText(rnd, vocab, seps, 2 + rnd(10)) : randomKindsText(rnd, [vocab.slice(0, 40), vocab.slice(40, 90), vocab.slice(90)], seps, 4);
        for (let p = 0; p <= text.length; p++) same(named, num, text, p);
      }
    }
  });
  it('matches as the named patterns do after a word (the patterns anchored at ^: PP_VERB, STUDY_VERB, ANON_VERB_AFTER, …)', () => {
    const anchored = pairs.filter((x) => x.named.source.startsWith('^'));
    assert.equal(anchored.length, 5);
    const hard = [' of the company said', ' in the party have argued', ' close to the talks, who spoke on condition of anonymity, said', ' familiar with the matter told reporters', ' at Harvard University have shown', ' by the U.S. Army found', ' would also say', ' have long argued', ' said', ' of them said', ' with knowledge of the plan said', ' , who asked not to be named, said'];
    const vocab = 'of in on at from with by the a U.S. Army company party Harvard University familiar close to knowledge who spoke condition anonymity asked not named said say says told have has also now consistently shown show found suggest suggested would might could argued believe think ’s'.split(' ');
    const seps = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', ',', '\u00a0'];
    const rnd = seededRandom(777);
    const texts = [...hard];
    for (let t = 0; t < 1500; t++) texts.push(' ' + randomText(rnd, vocab, seps, 2 + rnd(10)));
    for (const { name, named, numbered: num } of anchored) {
      const seen = new Set<string>();
      for (const text of texts) {
        for (let p = 0; p <= text.length; p++) {
          const t = text.slice(p);
          same(named, num, t, 0);
          const m = new RegExp(named.source, named.flags.replace(/[gy]/g, '')).exec(t);
          for (const [k, v] of Object.entries(m?.groups ?? {})) if (v !== undefined) seen.add(k);
        }
      }
      assert.deepEqual([...seen].sort(), Object.keys(num.at).sort(), name);
    }
  });
});
