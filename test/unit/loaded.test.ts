import * as assert from 'node:assert/strict';
import { review } from '../../src/core/engine';
import type { CopydeskConfig, Finding, Suggestion } from '../../src/core/types';
import { LOADED_ENTRIES, LOADED_RULES, applyCase, caseMode, compileLexicon, fillSentences, inflectAlternative, mayHaveArticle, loadedChecker, unlessStands, unlessStandsByLetter } from '../../src/core/rules/loaded';
import { matchCase } from '../../src/core/text';
import { randomText, seededRandom } from './random';
import { Lexicon, compilePattern, patternFits, tokenize, tokenizeTable, type Token } from '../../src/core/lexicon';
import { wordTable } from '../../src/core/words';

const run = (text: string, config?: CopydeskConfig): Finding[] => review(text, { categories: ['loaded'], config }).findings;
/** Findings at warning or above: what the writer is asked to change. */
const warnings = (text: string, config?: CopydeskConfig) => run(text, config).filter((f) => f.severity === 'warning' || f.severity === 'error');
const flagged = (text: string, config?: CopydeskConfig) => warnings(text, config).map((f) => `${f.rule}:${f.text}`);
const words = (text: string) => warnings(text).map((f) => f.text);

/** Apply a suggestion's edits (absolute offsets) to the text. */
function apply(text: string, s: Suggestion): string {
  const edits = [...s.edits].sort((a, b) => b.offset[0] - a.offset[0]);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset[0]) + e.newText + out.slice(e.offset[1]);
  return out;
}
/** The text after the first suggestion of the finding on `word`. */
function fixed(text: string, word: string, which = 0, config?: CopydeskConfig): string {
  const f = run(text, config).find((x) => x.text.toLowerCase() === word.toLowerCase());
  assert.ok(f, `no finding on ${word} in: ${text}`);
  assert.ok(f.suggestions[which], `no suggestion ${which} for ${word}`);
  return apply(text, f.suggestions[which]);
}

describe('loaded: data', () => {
  it('has several hundred entries, each complete', () => {
    assert.ok(LOADED_ENTRIES.length >= 400, `only ${LOADED_ENTRIES.length} entries`);
    for (const e of LOADED_ENTRIES) {
      assert.ok(e.term && e.forms.length, `forms: ${e.term}`);
      assert.ok(e.reason.length > 5, `reason: ${e.term}`);
      assert.ok(e.source.length > 3, `source: ${e.term}`);
      assert.ok(['replace', 'remove', 'rewrite'].includes(e.fix), `fix: ${e.term}`);
      assert.equal(typeof e.safe, 'boolean');
      assert.ok(Array.isArray(e.alternatives));
      for (const p of [...(e.except ?? []), ...(e.require ?? [])]) compilePattern(p);
    }
  });
  it('declares one rule per sub-category, with anchors', () => {
    const ids = LOADED_RULES.map((r) => r.id);
    for (const id of ['pejorative', 'emotive', 'puffery', 'label', 'editorializing', 'doubt', 'saying-verb', 'vulgar', 'idiom', 'house']) {
      assert.ok(ids.includes(`loaded/${id}`), id);
    }
    assert.equal(LOADED_RULES.find((r) => r.id === 'loaded/pejorative')!.anchor, 'loadedpejorative');
    assert.equal(loadedChecker.rules, LOADED_RULES);
  });
  it('inflects alternatives to the form matched', () => {
    assert.equal(inflectAlternative('criticize', 'verb', 2), 'criticized');
    assert.equal(inflectAlternative('criticize', 'verb', 1), 'criticizes');
    assert.equal(inflectAlternative('cut', 'verb', 4), 'cut');
    assert.equal(inflectAlternative('grow|grows|grew|growing|grown', 'verb', 4), 'grown');
    assert.equal(inflectAlternative('block|blocks|blocked|blocking', 'verb', 4), 'blocked');
    assert.equal(inflectAlternative('criticize', 'verb', 3), 'criticizing');
    assert.equal(inflectAlternative('say', 'verb', 2), 'said');
    assert.equal(inflectAlternative('deny', 'verb', 1), 'denies');
    assert.equal(inflectAlternative('ally', 'noun', 1), 'allies');
    assert.equal(inflectAlternative('gunman', 'noun', 1), 'gunmen');
    assert.equal(inflectAlternative('person with a disability|people with disabilities', 'noun', 1), 'people with disabilities');
  });
});

describe('loaded: the lexicon', () => {
  it('finds phrases with a gap, longest first, without overlaps', () => {
    const lex = new Lexicon([
      { phrase: 'throw * under the bus', value: 'idiom' },
      { phrase: 'of course', value: 'ed' },
      { phrase: 'course', value: 'x' },
    ]);
    const toks = tokenize('They threw him under the bus, of course.');
    const t2 = tokenize('They throw the aide under the bus of course');
    assert.deepEqual(lex.scan(toks).map((m) => m.value), ['ed']);
    assert.deepEqual(lex.scan(t2).map((m) => m.value), ['idiom', 'ed']);
  });
  it('tokenises ASCII and non-ASCII text alike (keys, possessives, connectors)', () => {
    const toks = tokenize('The THUG\'s “so-called” café’s U.S. co-op, naïve—Don’t 3.5 a--b x\u00a0y');
    assert.deepEqual(
      toks.map((t) => [t.text, t.key, t.base, t.word]),
      [
        ['The', 'the', null, true],
        ["THUG's", "thug's", 'thug', true],
        ['“', '"', null, false],
        ['so-called', 'so-called', null, true],
        ['”', '"', null, false],
        ['café’s', "café's", 'café', true],
        ['U.S', 'u.s', null, true],
        ['.', '.', null, false],
        ['co-op', 'co-op', null, true],
        [',', ',', null, false],
        ['naïve', 'naïve', null, true],
        ['—', '—', null, false],
        ['Don’t', "don't", null, true],
        ['3.5', '3.5', null, true],
        ['a', 'a', null, true],
        ['-', '-', null, false],
        ['-', '-', null, false],
        ['b', 'b', null, true],
        ['x', 'x', null, true],
        ['y', 'y', null, true],
      ],
    );
  });
  it('passes over a text that can hold no entry, and never over one that can', () => {
    const lex = new Lexicon([
      { phrase: 'throw * under the bus', value: 'idiom' },
      { phrase: 'of course', value: 'ed' },
      { phrase: 'in the end', value: 'end' },
      { phrase: 'thug', value: 'thug' },
    ]);
    const can = (text: string) => lex.scan(tokenize(text)).length > 0;
    for (const text of [
      'The council met in the hall, of all places.',
      'In the meantime the course was set.',
      'Nothing here.',
      'THE THUG’S CAR',
      'They threw him, of course, under the bus.',
      'In the END it rained.',
      'a thugs’ den',
      '“Of course,” she said.',
      'it was, in the end, fine',
    ]) {
      assert.equal(lex.mayMatch(text), can(text), text);
      const from = lex.firstCandidate(text);
      if (from !== -1) assert.deepEqual(lex.scan(tokenize(text), undefined, from), lex.scan(tokenize(text)), text);
    }
  });
  it('finds an unless word or prefix in a sentence by its filters as by first letters (unlessStands)', () => {
    // the compiled entries with an unless list
    const compiled: Parameters<typeof unlessStands>[0][] = [];
    for (const list of (compileLexicon().lexicon as unknown as { byFirst: Map<string, { value: { c: Parameters<typeof unlessStands>[0] } }[]> }).byFirst.values())
      for (const e of list) if ((e.value.c.unlessWords.size || e.value.c.unlessPrefixes.length) && !compiled.includes(e.value.c)) compiled.push(e.value.c);
    assert.ok(compiled.length > 100);
    const rnd = seededRandom(11);
    // the entry's words and prefixes (as written, capitalised, with a possessive, cut short, lengthened), and others
    const base = ['the', 'a', 'of', 'x', 'ab', 'Ab', 'café', 'naïve', 'U.S', "don't", 'don’t', 'so-called', '12', 'Rat', 'rats', 'mob', 'mobsters'];
    const vocabOf = (c: Parameters<typeof unlessStands>[0]): string[] => {
      const vocab = [...base];
      for (const w of [...c.unlessWords, ...c.unlessPrefixes])
        vocab.push(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), `${w}'s`, `${w}’s`, `${w}s'`, w.slice(0, 2), w.slice(0, 3), `${w}ing`, w.slice(1));
      return vocab;
    };
    const seps = [' ', ' ', ' ', ', ', '. ', '-', '’', "'", '“', '” ', ' — ', '\n'];
    let hits = 0;
    for (let r = 0; r < 6000; r++) {
      const c = compiled[rnd(compiled.length)];
      // (mostly words of other entries: filters that hit and keys that differ)
      const text = randomText(rnd, rnd(3) ? vocabOf(compiled[rnd(compiled.length)]).concat(vocabOf(c).slice(0, 8)) : vocabOf(c), seps, 1 + rnd(12));
      const t = wordTable(text);
      const readings: (() => Token[])[] = [() => tokenize(text)];
      if (t.plain) readings.push(() => tokenizeTable(wordTable(text)));
      for (const read of readings) {
        const n = read().length;
        const i = rnd(n + 1);
        const j = i + rnd(3);
        // (fresh tokens for each: the reference makes the keys that the filters let be)
        const want = unlessStandsByLetter(c, read(), 0, n, i, j);
        if (want) hits++;
        assert.equal(unlessStands(c, read(), 0, n, i, j), want, `${JSON.stringify(text)} ${i}-${j} ${[...c.unlessWords, ...c.unlessPrefixes].join(',')}`);
      }
    }
    assert.ok(hits > 1000, `${hits}`);
  });
  it('gives each token its sentence by halving as token by token (fillSentences)', () => {
    // the reading it replaced: each token in turn, the sentences walked along
    const byToken = (starts: number[], sentences: { start: number }[]) => {
      const of = new Int32Array(starts.length);
      const lo: number[] = [];
      const hi: number[] = [];
      let cur = -1;
      let s = 0;
      for (let i = 0; i < starts.length; i++) {
        if (sentences.length) while (s + 1 < sentences.length && sentences[s + 1].start <= starts[i]) s++;
        if (s !== cur) {
          cur = s;
          lo[s] = i;
        }
        of[i] = s;
        hi[s] = i + 1;
      }
      return { of: [...of], lo, hi };
    };
    const rnd = seededRandom(5);
    for (let r = 0; r < 5000; r++) {
      // token starts and sentence starts, increasing (sentences may start alike, before, between or after the tokens)
      const starts: number[] = [];
      for (let k = rnd(30), p = rnd(5); k > 0; k--, p += 1 + rnd(4)) starts.push(p);
      const sentences: { start: number }[] = [];
      for (let k = rnd(8), p = rnd(10); k > 0; k--, p += rnd(12)) sentences.push({ start: p });
      const tokens = starts.map((p) => ({ start: p, end: p + 1 }) as Token);
      const of = new Int32Array(starts.length + 3).fill(-7);
      const lo: number[] = [];
      const hi: number[] = [];
      fillSentences(tokens, sentences, of, lo, hi);
      const want = byToken(starts, sentences);
      const msg = JSON.stringify({ starts, sentences });
      assert.deepEqual([...of.subarray(0, starts.length)], want.of, msg);
      // (read only at the sentences of tokens)
      for (const s of new Set(want.of)) assert.deepEqual([lo[s], hi[s]], [want.lo[s], want.hi[s]], msg);
    }
  });
  it('passes over an offset only where no article can stand before it (mayHaveArticle)', () => {
    // fixArticle's expression, over the 8 characters before the offset
    const ARTICLE = /(^|[^\p{L}\p{N}])(an?)(\s+)$/iu;
    const rnd = seededRandom(3);
    const vocab = ['a', 'an', 'A', 'AN', 'An', 'aN', 'the', 'x', 'ban', 'Ban', 'can', 'na', 'é', 'café', 'déjà', '1a', 'a1', '_a', 'shocking', 'n'];
    const seps = [' ', ' ', '  ', '\t', '\n', '\u00a0', ' \u00a0', '\u2003', ', ', '.', '-', '“', '', ' \n '];
    let passed = 0;
    for (let r = 0; r < 4000; r++) {
      const text = randomText(rnd, vocab, seps, 1 + rnd(6));
      for (let s = 0; s <= text.length; s++) {
        const can = ARTICLE.test(text.slice(Math.max(0, s - 8), s));
        if (!mayHaveArticle(text, s)) {
          passed++;
          assert.ok(!can, `${JSON.stringify(text)} @${s}`);
        }
      }
    }
    assert.ok(passed > 10000, `${passed}`);
  });
  it('reads context patterns', () => {
    const toks = tokenize('a blast furnace');
    assert.ok(patternFits(compilePattern('_ furnace'), toks, 1, 2));
    assert.ok(!patternFits(compilePattern('_ door/doors'), toks, 1, 2));
    assert.ok(patternFits(compilePattern('a/an _'), toks, 1, 2));
  });
});

describe('loaded/pejorative', () => {
  it('flags labels for people, in every form', () => {
    assert.deepEqual(flagged('Thugs beat the reporter.'), ['loaded/pejorative:Thugs']);
    assert.deepEqual(flagged('The mayor sent a thug to the meeting.'), ['loaded/pejorative:thug']);
    assert.deepEqual(flagged('His henchmen ran the office.'), ['loaded/pejorative:henchmen']);
    assert.deepEqual(flagged('The governor rewarded his cronies with contracts.'), ['loaded/pejorative:cronies']);
    assert.deepEqual(flagged('A mob gathered outside the courthouse.'), ['loaded/pejorative:mob']);
  });
  it('leaves alone neutral senses and names', () => {
    assert.deepEqual(flagged('The mob boss was sentenced on Tuesday.'), []);
    assert.deepEqual(flagged('Children watched a puppet show at the library.'), []);
    assert.deepEqual(flagged('The band signed with Stooges Records last year.'), []);
  });
  it('replaces with a neutral noun, keeping number, case and the article', () => {
    assert.equal(fixed('His henchmen ran the office.', 'henchmen'), 'His aides ran the office.');
    assert.equal(fixed('Thugs beat the reporter.', 'Thugs'), 'Attackers beat the reporter.');
    assert.equal(fixed('The mayor sent a thug to the meeting.', 'thug'), 'The mayor sent an attacker to the meeting.');
  });
});

describe('loaded/emotive', () => {
  it('flags emotive adjectives and adverbs', () => {
    assert.deepEqual(words('It was a shocking decision.'), ['shocking']);
    assert.deepEqual(words('The plan was a disastrous failure.'), ['disastrous']);
    assert.deepEqual(words('Police brutally beat the protesters.'), ['brutally']);
    assert.deepEqual(words('The horrific crash closed the road.'), ['horrific']);
  });
  it('leaves alone literal senses and verbs', () => {
    assert.deepEqual(words('Workers removed toxic waste from the site.'), []);
    assert.deepEqual(words('The devastating fire destroyed 40 homes.'), []);
    assert.deepEqual(words('The storm was terrifying residents all night.'), []);
    assert.deepEqual(words('Temperatures were brutally cold on Monday.'), []);
    assert.deepEqual(words('The city took more aggressive steps to clear snow.'), []);
    assert.deepEqual(words('The council wants an aggressive timetable for repairs.'), []);
  });
  it('removes the word with its intensifier and fixes the article', () => {
    assert.equal(fixed('It was a very shocking decision.', 'shocking'), 'It was a decision.');
    assert.equal(fixed('It was an outrageous decision.', 'outrageous'), 'It was a decision.');
    assert.equal(fixed('Police brutally beat the protesters.', 'brutally'), 'Police beat the protesters.');
    const f = run('It was a shocking decision.')[0];
    assert.equal(f.deletion, true);
    assert.match(f.suggestions[0].title, /^Remove ‘shocking’$/);
  });
  it('flags verbs that dramatise a change or a harm, and sneers at people and what they say', () => {
    assert.deepEqual(words('The plan would gut the library budget.'), ['gut']);
    assert.deepEqual(words('Rents skyrocketed last year.'), ['skyrocketed']);
    assert.deepEqual(words('The agency botched the rollout.'), ['botched']);
    assert.deepEqual(words('The mercurial governor fired his aide.'), ['mercurial']);
    assert.deepEqual(words('The speech was full of bluster.'), ['bluster']);
    assert.deepEqual(words('It was an endless campaign of attacks.'), ['endless']);
    assert.deepEqual(words('The mayor clumsily answered the question.'), ['clumsily']);
    assert.deepEqual(words('It was the harshest attack on the mayor yet.'), ['harshest']);
    assert.deepEqual(words('The plan won tepid support from the council.'), ['tepid']);
  });
  it('leaves alone the literal, medical and technical senses', () => {
    for (const t of [
      'He trusted his gut feeling.',
      'The plane plummeted 300 feet into the sea.',
      'The officers ate in the mess hall.',
      'Police stopped the car for erratic driving.',
      'The lawyers cited the ban on cruel and unusual punishment.',
      'The submarine torpedoed the cargo ship.',
      'Her paranoid schizophrenia was diagnosed in 2010.',
      'The club squandered a two-goal lead in the second half.',
      'Explosive weapons killed ten people in the market.',
      'An explosive fire rocked the refinery.',
      'Pour the tepid water over the yeast.',
    ]) assert.deepEqual(words(t), [], t);
  });
  it('flags nouns that judge character, and notes them when someone is quoted as making the charge', () => {
    assert.deepEqual(words('The hypocrisy of the council was plain.'), ['hypocrisy']);
    assert.deepEqual(words('The plan is insanity.'), ['insanity']);
    const f = run('Critics accused the council of hypocrisy.').find((x) => x.text === 'hypocrisy')!;
    assert.equal(f.severity, 'information');
  });
  it('leaves alone the legal sense of insanity and incompetence', () => {
    assert.deepEqual(words('He was found not guilty by reason of insanity.'), []);
    assert.deepEqual(words('The insanity defense failed at trial.'), []);
    assert.deepEqual(words('The judge ruled on his mental incompetence to stand trial.'), []);
  });
  it('puts the plain verb in the same tense, or removes the adjective', () => {
    assert.equal(fixed('Rents skyrocketed last year.', 'skyrocketed'), 'Rents rose sharply last year.');
    assert.equal(fixed('The agency botched the rollout.', 'botched'), 'The agency mishandled the rollout.');
    assert.equal(fixed('The mercurial governor fired his aide.', 'mercurial'), 'The governor fired his aide.');
    assert.equal(fixed('Costs have ballooned since May.', 'ballooned'), 'Costs have grown since May.');
    assert.equal(fixed('Costs ballooned in May.', 'ballooned'), 'Costs grew in May.');
    assert.equal(fixed('The plan has gutted the agency.', 'gutted'), 'The plan has cut the agency.');
  });
  it('offers no removal where the adjective follows a verb', () => {
    const f = run('The decision was shocking.')[0];
    assert.equal(f.text, 'shocking');
    assert.deepEqual(f.suggestions, []);
  });
});

describe('loaded/puffery', () => {
  it('flags promotional praise', () => {
    assert.deepEqual(words('The legendary coach retired.'), ['legendary']);
    assert.deepEqual(words('She toured the iconic bridge.'), ['iconic']);
    assert.deepEqual(words('The firm hired a world-class chef.'), ['world-class']);
    assert.deepEqual(words('The renowned architect spoke.'), ['renowned']);
  });
  it('leaves alone names and neutral senses', () => {
    assert.deepEqual(words('Guests returned to the Iconic Hotel on Friday.'), []);
    assert.deepEqual(words('Students owe $1 billion in outstanding loans.'), []);
    assert.deepEqual(words('The city held a groundbreaking ceremony for the library.'), []);
    assert.deepEqual(words('The team set a record-breaking pace.'), []);
  });
  it('puts "has" for a place that "boasts"', () => {
    assert.equal(fixed('The hotel boasts 300 rooms.', 'boasts'), 'The hotel has 300 rooms.');
  });
});

describe('loaded/label', () => {
  it('flags contentious labels in the writer’s voice', () => {
    assert.deepEqual(flagged('The regime jailed three journalists.'), ['loaded/label:regime']);
    assert.deepEqual(flagged('Extremists took over the town.'), ['loaded/label:Extremists']);
    assert.deepEqual(flagged('The group held a pro-life rally.'), ['loaded/label:pro-life']);
  });
  it('leaves alone neutral senses', () => {
    assert.deepEqual(flagged('Doctors changed the regime of antibiotics.'), []);
    assert.deepEqual(flagged('The patient needed a new treatment regime.'), []);
    assert.deepEqual(flagged('Radical Records released the album.'), []);
  });
  it('reports an attributed label as information, not a warning', () => {
    const f = run('Police called him a terrorist.').find((x) => x.text === 'terrorist')!;
    assert.equal(f.severity, 'information');
    assert.match(f.message, /source's word/);
    assert.equal(warnings('Police called him a terrorist.').length, 0);
    assert.equal(warnings('Police called it a terrorist attack.').length, 0);
    assert.equal(warnings('A terrorist attacked the market.').length, 1);
    const a = run('Families of the victims of the terrorist attacks met the senator.').find((x) => x.text === 'terrorist attacks')!;
    assert.equal(a.severity, 'information');
  });
  it('treats both ends of the political map alike', () => {
    const sev = (t: string, w: string) => run(t).find((x) => x.text === w)?.severity;
    assert.equal(sev('A far-right group marched.', 'far-right'), 'information');
    assert.equal(sev('A far-left group marched.', 'far-left'), 'information');
    assert.equal(sev('The radical left wants it.', 'radical left'), 'warning');
    assert.equal(sev('The radical right wants it.', 'radical right'), 'warning');
  });
  it('flags one side\'s terms for the other in the abortion debate, and populist and partisan jabs', () => {
    assert.deepEqual(flagged('Pro-lifers rallied at the statehouse.'), ['loaded/label:Pro-lifers']);
    assert.deepEqual(flagged('The anti-choice movement held a vigil.'), ['loaded/label:anti-choice']);
    assert.deepEqual(flagged('The coastal elites will not like the plan.'), ['loaded/label:coastal elites']);
    assert.deepEqual(flagged('He left the Democrat Party in 2010.'), ['loaded/label:Democrat Party']);
    assert.deepEqual(flagged('Flights resumed as the Chinese coronavirus spread.'), ['loaded/label:Chinese coronavirus']);
    assert.deepEqual(flagged('The bill bans late-term abortions.'), ['loaded/label:late-term abortions']);
    assert.deepEqual(flagged('The plan is a socialist takeover of health care.'), ['loaded/label:socialist takeover']);
  });
  it('leaves alone elite athletes and a government takeover of a bank', () => {
    assert.deepEqual(flagged('Elite athletes trained at the center.'), []);
    assert.deepEqual(flagged('The military elites of the empire lost power.'), []);
    assert.deepEqual(flagged('The government takeover of the bank was approved by shareholders.'), []);
  });
  it('replaces with the neutral term', () => {
    assert.equal(fixed('The regime jailed three journalists.', 'regime'), 'The government jailed three journalists.');
    assert.equal(fixed('The group held a pro-life rally.', 'pro-life'), 'The group held an anti-abortion rally.');
    assert.equal(run('The group held a pro-life rally.')[0].suggestions[0].safe, true);
    assert.equal(fixed('The anti-choice movement held a vigil.', 'anti-choice'), 'The anti-abortion movement held a vigil.');
    assert.equal(fixed('Pro-lifers rallied at the statehouse.', 'Pro-lifers'), 'Abortion opponents rallied at the statehouse.');
    assert.equal(fixed('He left the Democrat Party in 2010.', 'Democrat Party'), 'He left the Democratic Party in 2010.');
    assert.equal(fixed('The bill bans late-term abortions.', 'late-term abortions'), 'The bill bans abortions later in pregnancy.');
  });
});

describe('loaded/editorializing', () => {
  it('flags the writer’s comments', () => {
    assert.deepEqual(words('Obviously, the plan failed.'), ['Obviously']);
    assert.deepEqual(words('The mayor, of course, denied it.'), ['of course']);
    assert.deepEqual(words('Needless to say, the vote failed.'), ['Needless to say']);
    assert.deepEqual(words('Ironically, the bridge opened late.'), ['Ironically']);
    assert.deepEqual(words('Clearly, the council was divided.'), ['Clearly']);
    assert.deepEqual(words('Arguably, the council was divided.'), ['Arguably']);
    assert.deepEqual(words('In reality, the council was divided.'), ['In reality']);
    assert.deepEqual(words("Let's face it, the council was divided."), ["Let's face it"]);
    assert.deepEqual(words('The sad truth is that the council was divided.'), ['The sad truth is']);
  });
  it('leaves alone neutral senses', () => {
    assert.deepEqual(words('The sky was clear and the signs were clearly marked.'), []);
    assert.deepEqual(words('She spoke clearly to the jury.'), []);
    assert.deepEqual(words('The ship made a change of course.'), []);
    assert.deepEqual(words('He took a course of antibiotics.'), []);
  });
  it('removes the aside with its commas and capitalises the next word', () => {
    assert.equal(fixed('Unfortunately, the plan failed.', 'Unfortunately'), 'The plan failed.');
    assert.equal(fixed('The plan, unfortunately, failed.', 'unfortunately'), 'The plan failed.');
    assert.equal(fixed('The plan failed, unfortunately.', 'unfortunately'), 'The plan failed.');
    assert.equal(fixed('He obviously lied.', 'obviously'), 'He lied.');
    assert.equal(fixed('Obviously the plan failed.', 'Obviously'), 'The plan failed.');
    assert.equal(fixed('Needless to say, the vote failed.', 'Needless to say'), 'The vote failed.');
    assert.equal(fixed("Let's face it, the vote failed.", "Let's face it"), 'The vote failed.');
  });
  it('marks only some removals safe', () => {
    assert.equal(run('Needless to say, the vote failed.')[0].suggestions[0].safe, true);
    assert.equal(run('Tellingly, the vote failed.')[0].suggestions[0].safe, undefined);
  });
});

describe('loaded/doubt', () => {
  it('flags doubt in the writer’s voice', () => {
    assert.deepEqual(words('The so-called experts disagreed.'), ['so-called']);
    assert.deepEqual(words('Her supposedly independent panel met.'), ['supposedly']);
    assert.deepEqual(words('The allegedly independent review found nothing.'), ['allegedly']);
  });
  it('leaves alone legal and attributed uses', () => {
    assert.deepEqual(words('Police said the man allegedly stole a car.'), []);
    assert.deepEqual(words('The alleged victim testified on Monday.'), []);
    assert.deepEqual(words('A purported video of the attack circulated.'), []);
    assert.deepEqual(words('Officials met the so-called Islamic State envoy.'), []);
    assert.deepEqual(words('The story alleged that the mayor hid the money.'), []);
    assert.deepEqual(words('He has alleged before that the vote was rigged.'), []);
  });
  it('flags doubt cast on what people say of themselves', () => {
    assert.deepEqual(words('Lawmakers who claim to care about schools cut the budget.'), ['claim to care']);
    assert.deepEqual(words('Men who claim to be doctors sold the pills.'), ['claim to be']);
    assert.deepEqual(words('The heirs had a strong claim to the estate.'), []);
  });
  it('removes the word', () => {
    assert.equal(fixed('The so-called experts disagreed.', 'so-called'), 'The experts disagreed.');
  });
});

describe('loaded/saying-verb', () => {
  it('flags loaded verbs of saying, in every form', () => {
    assert.deepEqual(words('The senator slammed the plan.'), ['slammed']);
    assert.deepEqual(words('Critics slam the plan.'), ['slam']);
    assert.deepEqual(words('She is slamming the plan.'), ['slamming']);
    assert.deepEqual(words('The mayor admitted that the budget was late.'), ['admitted']);
    assert.deepEqual(words('He claimed that the vote was rigged.'), ['claimed']);
    assert.deepEqual(words('The governor boasted that crime fell.'), ['boasted']);
    assert.deepEqual(words('The governor boasted about the drop in crime.'), ['boasted']);
  });
  it('leaves alone neutral senses', () => {
    assert.deepEqual(words('He slammed the door and left.'), []);
    assert.deepEqual(words('Workers fed the blast furnace.'), []);
    assert.deepEqual(words('She claimed the title in 2019.'), []);
    assert.deepEqual(words('The insurance claim was paid.'), []);
    assert.deepEqual(words('He was admitted to the hospital.'), []);
    assert.deepEqual(words('The rebels claimed responsibility for the attack.'), []);
    assert.deepEqual(words('Blast Motion Inc. opened an office.'), []);
    assert.deepEqual(words('The candidate conceded the race on Tuesday.'), []);
  });
  it('reads "claims" after a preposition as the noun, and a document that claims as neutral', () => {
    assert.deepEqual(words('The mayor responded to claims that the budget was padded.'), []);
    assert.deepEqual(words('Tenants pressed claims that the landlord ignored repairs.'), []);
    assert.deepEqual(words('She sued the firm in 2014, claiming that she was fired for complaining.'), []);
    assert.deepEqual(words('The paper ran a story claiming the mayor had resigned.'), []);
    assert.deepEqual(words('The mayor claims that the budget is balanced.'), ['claims']);
    assert.deepEqual(words('The mayor was claiming that the budget is balanced.'), ['claiming']);
  });
  it('keeps "insisted" as a note, not a warning: it is often plain reporting', () => {
    const f = run('She insisted the audit was fair.').find((x) => x.text === 'insisted')!;
    assert.equal(f.severity, 'information');
  });
  it('replaces with a neutral verb in the same tense', () => {
    assert.equal(fixed('The senator slammed the plan.', 'slammed'), 'The senator criticized the plan.');
    assert.equal(fixed('Critics slam the plan.', 'slam'), 'Critics criticize the plan.');
    assert.equal(fixed('The senator slams the plan.', 'slams'), 'The senator criticizes the plan.');
    assert.equal(fixed('The mayor admitted that the budget was late.', 'admitted'), 'The mayor said that the budget was late.');
    assert.equal(fixed('The senator lashed out at the plan.', 'lashed out at'), 'The senator criticized the plan.');
  });
  it('flags verbs that dismiss what was said', () => {
    assert.deepEqual(words('The senator vilified the judge.'), ['vilified']);
    assert.deepEqual(words('He spouted the usual lines.'), ['spouted']);
    assert.deepEqual(words('Staff bristled at the new rules.'), ['bristled']);
    assert.deepEqual(words('Aides kept sniping at the mayor.'), ['sniping']);
  });
  it('flags verbs that impute motive', () => {
    assert.deepEqual(words('The senator politicized the storm response.'), ['politicized']);
    assert.deepEqual(words('The mayor scapegoated the police chief.'), ['scapegoated']);
    assert.equal(fixed('The mayor scapegoated the police chief.', 'scapegoated'), 'The mayor blamed the police chief.');
  });
  it('leaves alone whales, brushes and snipers', () => {
    assert.deepEqual(words('The whale spouted water near the boat.'), []);
    assert.deepEqual(words('The brush bristled with new fibers.'), []);
    assert.deepEqual(words('A sniper was sniping at the troops from a tower.'), []);
  });
  it('reads sports words as sport only around the verb, not anywhere in the sentence', () => {
    assert.deepEqual(words('The minister slammed the league for barring single women from the match.'), ['slammed']);
    assert.deepEqual(words('The senator blasted the governor at a hearing on gun control.'), ['blasted']);
    assert.deepEqual(words('Jones slammed a double off the wall.'), []);
    assert.deepEqual(words('Ruiz blasted a solo homer to left.'), []);
  });
  it('never marks a verb swap safe', () => {
    for (const s of run('The senator slammed the plan.')[0].suggestions) assert.notEqual(s.safe, true);
  });
});

describe('loaded/vulgar', () => {
  it('flags vulgarity in the writer’s voice and leaves quotes as hints', () => {
    assert.deepEqual(words('The plan is crap.'), ['crap']);
    const q = run('“This is crap,” the coach said.')[0];
    assert.equal(q.severity, 'hint');
  });
});

describe('loaded/idiom', () => {
  it('flags loaded idioms, with a gap for the object', () => {
    assert.deepEqual(words('The mayor threw his deputy under the bus.'), ['threw his deputy under the bus']);
    assert.deepEqual(words('The ruling was a slap in the face to voters.'), ['slap in the face']);
    assert.deepEqual(words('The bill went down in flames.'), ['went down in flames']);
  });
  it('leaves alone the literal sense', () => {
    assert.deepEqual(words('The fighter jet went down in flames after it was shot.'), []);
  });
  it('flags sneering idioms', () => {
    assert.deepEqual(words('The governor took another shot at Mayor Reyes on Monday.'), ['took another shot at']);
    assert.deepEqual(words('The council has taken heat for the delay.'), ['taken heat']);
    assert.deepEqual(words('He dug his heels in over the budget.'), ['dug his heels in']);
    assert.deepEqual(words('The senators sold their souls for the seat.'), ['sold their souls']);
    assert.deepEqual(words('Opponents argued in bad faith.'), ['bad faith']);
    assert.deepEqual(words('The ruling opened a can of worms.'), ['can of worms']);
    assert.deepEqual(words('The mayor turned a blind eye to the leaks.'), ['turned a blind eye to']);
  });
  it('leaves the same words alone where they are literal or technical', () => {
    assert.deepEqual(words('She took a shot at the goal in the last minute.'), []);
    assert.deepEqual(words('Shares of the bank fell to a new low on Friday.'), []);
    assert.deepEqual(words('The insurer denied the claim in bad faith, the jury found.'), []);
    assert.deepEqual(words('The dog was foaming at the mouth, and tests found rabies.'), []);
    assert.deepEqual(words('Firefighters said the winds fanned the flames overnight.'), []);
    assert.deepEqual(words('He spent a week in bed with the flu.'), []);
  });
  it('replaces sneering idioms with plain verbs in the same tense', () => {
    assert.equal(fixed('The council has taken heat for the delay.', 'taken heat'), 'The council has drawn criticism for the delay.');
    assert.equal(fixed('The governor took a shot at Mayor Reyes.', 'took a shot at'), 'The governor criticized Mayor Reyes.');
    assert.equal(fixed('The mayor turned a blind eye to the leaks.', 'turned a blind eye to'), 'The mayor ignored the leaks.');
  });
  it('carries the object into the replacement', () => {
    assert.equal(fixed('The mayor threw his deputy under the bus.', 'threw his deputy under the bus'), 'The mayor blamed his deputy.');
  });
});

describe('loaded: neutral senses named in the documentation', () => {
  it('leaves them alone', () => {
    for (const t of [
      'Smith slammed a two-run homer in the ninth.',
      'The couple were happily married for 40 years.',
      'Doctors told him to eat less red meat.',
      'Hordes of fans met the team.',
      'A flash mob danced at the station.',
      'Critics warned against regime change.',
      'Free radicals damage cells.',
      'He faces terrorism charges in federal court.',
      'The bitch and her puppies were adopted.',
    ]) assert.deepEqual(words(t), [], t);
  });
});

describe('loaded: quotations', () => {
  it('reports the source’s words as hints, with a different message', () => {
    const f = run('“These thugs broke in,” the owner said.')[0];
    assert.equal(f.text, 'thugs');
    assert.equal(f.severity, 'hint');
    assert.equal(f.inQuote, true);
    assert.match(f.message, /^In a quotation: ‘thugs’ is the source's word, not yours — keep it if it is what was said\.$/);
    assert.deepEqual(warnings('“It was a shocking decision,” she said.'), []);
    assert.deepEqual(f.suggestions, [], 'no edit inside a quotation');
  });
});

describe('loaded: names', () => {
  it('skips a capitalised word inside a sentence, but not at its start', () => {
    assert.deepEqual(words('She works for Blast Motion Inc. in Ohio.'), []);
    assert.deepEqual(words('He booked a room at the Iconic Hotel.'), []);
    assert.deepEqual(words('Iconic designs filled the room.'), ['Iconic']);
  });
  it('reads a sentence-initial word before a title, a party or a people as a word', () => {
    assert.deepEqual(words('Outraged Democrats walked out of the hearing.'), ['Outraged']);
    assert.deepEqual(words('Mercurial Gov. Smith fired his aide.'), ['Mercurial']);
    assert.deepEqual(words('Mercurial Holdings filed for bankruptcy.'), []);
  });
});

describe('loaded: configuration', () => {
  it('drops built-in terms listed in removedTerms, in every form', () => {
    assert.deepEqual(words('The senator slammed the plan.'), ['slammed']);
    assert.deepEqual(flagged('The senator slammed the plan.', { removedTerms: ['slam'] }), []);
    assert.deepEqual(flagged('The senator slammed the plan.', { removedTerms: ['slammed'] }), []);
  });
  it('adds extra terms under loaded/house or another rule', () => {
    const config: CopydeskConfig = { extraTerms: ['slumlord', { term: 'death spiral', rule: 'loaded/idiom', alternatives: ['decline'] }] };
    assert.deepEqual(flagged('The slumlords raised rents. The paper is in a death spiral.', config), ['loaded/house:slumlords', 'loaded/idiom:death spiral']);
    assert.equal(fixed('The paper is in a death spiral.', 'death spiral', 0, config), 'The paper is in a decline.');
    const house = review('The slumlord raised rents.', { categories: ['loaded'], config }).findings[0];
    assert.equal(house.rule, 'loaded/house');
    assert.match(house.message, /house list/);
  });
  it('lets a house term override a built-in one', () => {
    const config: CopydeskConfig = { extraTerms: [{ term: 'regime', alternatives: ['administration'], reason: 'House style.' }] };
    const f = run('The regime fell.', config)[0];
    assert.equal(f.rule, 'loaded/house');
    assert.equal(f.message, '‘regime’ is on the house list: use ‘administration’.');
    assert.equal(apply('The regime fell.', f.suggestions[0]), 'The administration fell.');
  });
  it('depends on the terms through its context key', () => {
    const a = loadedChecker.contextKey({ config: { extraTerms: [], removedTerms: [] } } as never);
    const b = loadedChecker.contextKey({ config: { extraTerms: [{ term: 'x' }], removedTerms: [] } } as never);
    assert.notEqual(a, b);
  });
  it('honours the allow list and rule switches', () => {
    assert.deepEqual(flagged('The senator slammed the plan.', { allow: ['slammed'] }), []);
    assert.deepEqual(flagged('The senator slammed the plan.', { rules: { 'loaded/saying-verb': 'off' } }), []);
  });
});

describe('loaded: speed', () => {
  it('reviews a long text in one pass', () => {
    const para = 'The council met on Tuesday and approved the budget after a long debate about roads, schools and parks. ';
    const text = Array.from({ length: 200 }, () => para).join('\n\n');
    const r = review(text, { categories: ['loaded'] });
    assert.equal(r.findings.length, 0);
  });
});

describe('loaded: the case of a replacement, read once per finding', () => {
  it('gives what matchCase gives, on hard cases and random words', () => {
    const words = ['', 'a', 'A', 'I', 'ok', 'OK', 'Ok', 'oK', 'É', 'é', 'ÉTÉ', 'Été', '1', '12', 'A1', '1A', '1a', 'U.S.', 'so-called', 'SO-CALLED', '’Tis', 'ǅ', 'ß', 'İ', 'x y', 'X Y', 'X y'];
    const rnd = seededRandom(11);
    const vocab = ['a', 'A', 'b', 'B', 'é', 'É', '1', '-', '.', "'", ' ', 'ß', 'ǅ', 'İ', 'ﬀ'];
    for (let r = 0; r < 600; r++) words.push(randomText(rnd, vocab, [''], rnd(6)));
    for (const o of words) for (const alt of words) assert.equal(applyCase(alt, caseMode(o)), matchCase(alt, o), `${JSON.stringify(alt)} for ${JSON.stringify(o)}`);
  });
});
