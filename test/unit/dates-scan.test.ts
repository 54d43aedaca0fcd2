import * as assert from 'node:assert/strict';
import { randomText, seededRandom } from './random';
import { wordTable } from '../../src/core/words';
import {
  atSentenceStart,
  CANDIDATE_RE,
  charClass,
  DAY_WORD_IN_RE,
  dayWordIn,
  findCandidates,
  findCandidatesByChars,
  findCandidatesSlow,
  isUpper,
  matchAtForTests,
  severalFamiliesAt,
  spacesThenCapital,
  spaceThenCapital,
  triggerSpans,
  WEEKDAY_IN_RE,
  weekdayIn,
  wordInLength,
} from '../../src/core/dates/patterns';

type Rnd = ReturnType<typeof seededRandom>;
/**
 * `count` random plain texts of `vocab` and `seps` (`words` words each, then `dress`ed), each read
 * with and without a heading: `findCandidates` must find what the reference scan finds (and what
 * the character scan finds, when `byChars`); `also` adds a test. Returns how many candidates were found.
 */
function againstReference(
  seed: number, count: number, vocab: string[], seps: string[], words: (rnd: Rnd) => number, dress: (s: string, rnd: Rnd) => string,
  byChars: boolean, also?: (s: string, heading: boolean, found: ReturnType<typeof findCandidates>) => void,
): number {
  const rnd = seededRandom(seed);
  let total = 0;
  for (let t = 0; t < count; t++) {
    const s = dress(randomText(rnd, vocab, seps, words(rnd)), rnd);
    if (!wordTable(s).plain) continue;
    for (const heading of [false, true]) {
      const a = findCandidates(s, heading);
      assert.deepEqual(a, findCandidatesSlow(s, heading), s);
      if (byChars) assert.deepEqual(a, findCandidatesByChars(s, heading), s);
      also?.(s, heading, a);
      total += a.length;
    }
  }
  return total;
}

describe('dates: the scan by character codes', () => {
  it('reads word and space characters as a regular expression without the u flag does', () => {
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const want = /\w/.test(ch) ? 1 : /\s/.test(ch) ? 2 : 0;
      assert.equal(charClass(c), want, `U+${c.toString(16)}`);
    }
  });

  it('finds the same candidates as the expression tried at every position of each window', () => {
    // every word of the candidate expression, in three cases, and words and marks around them
    const words = [...new Set(CANDIDATE_RE.source.match(/[a-z]{2,}/g))].filter((w) => !/^(?:s|w|b|d)$/.test(w));
    const vocab = [
      ...words,
      ...words.map((w) => w[0].toUpperCase() + w.slice(1)),
      ...words.slice(0, 40).map((w) => w.toUpperCase()),
      ...'a A an said police Smith he was will vote x 1 12 1st 3rd 4th 2024 ’s \'s Jan. Sept. mid- year-end year-earlier twenty-one not-too-distant'.split(' '),
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '', '\u00a0', ' (', ') ', '’s ', '; '];
    const rnd = seededRandom(12345);
    // phrases that start each alternative, in many spellings
    const phrases = (
      'at least three days later|at least a few days ago|little more than twenty-one days ago|well over a week ago|just under two hours later|' +
      'that day|that Monday|that weekend|later that night|a day later|a single day later|a full year ago|a few weeks ago|a couple of days ago|' +
      'a number of years ago|a handful of days later|dozens of years ago|a while ago|an hour later|in the hours after|in recent weeks|' +
      'in recent days and weeks|in the coming days|in the near future|in the near term|in the not too distant future|in the not-too-distant future|' +
      'in the future|in days|of late|to date|for now|by now|as yet|as of now|as of yet|as of today|up to now|at present|at the moment|' +
      'the day before yesterday|the day after tomorrow|the next day|the following Friday|the same day|the week before|the past week|' +
      'the last two years|the next five years|the past decade|the end of this week|the first half of this past year|over the weekend|' +
      'ahead of the weekend|the current quarter|by year-end|since year’s end|the year-earlier quarter|the comparable year-ago period|' +
      'year-earlier third-quarter|the 3rd quarter|its fiscal third-quarter|the latest quarter|the latest fiscal year|their new fiscal year|' +
      'the full year|for the year|months of the year|for the week|the week’s|this season|the past few days|the coming weeks|the days ahead|' +
      'days to come|any day now|before long|more recently|most recently|recently|lately|soon|shortly|so far this year|these days|right now|' +
      'until now|nowadays|currently|presently|now|in the early spring|in mid-winter|in the late fall|during the summer|the fourth of July|July 4th|July fourth|' +
      'Christmas Eve|New Year’s Day|new year’s eve|Veterans Day|Presidents’ Day|St. Patrick’s Day|Martin Luther King Jr. Day|MLK Day|Valentine’s Day|' +
      'in mid-March|midMarch|earlyJune|latethis week|the end of March|March 5 of last year|in Sept. 3|in Dec.|early last week|later this month|' +
      'this past Monday|this coming Friday|last Tuesday night|past Monday|coming Sunday|Tuesday’s|yesterday morning|tonight’s|last night|' +
      'this morning|earlier in the day|later in the week|shortly after|immediately thereafter|soon afterwards|some time ago|not long ago|' +
      'three days before the vote|hours later|years ago|several years or so ago|40 days later|1st quarter|the rest of the year|' +
      'days later|weeks earlier|months afterward|years afterwards|decades ago|hours or so ago|nights or two ago|months before|weeks after|' +
      'days following|years since|months leading up to|weeks ahead|months to come|by year end|at the year-end|since year’s end|year-ago|' +
      'the first quarter|the first-quarter|the first fiscal quarter|the first calendar half|the first part of this year|the same year-ago quarter|' +
      'the new fiscal year|in the future years|the full fiscal year|the current fiscal year|the current week|the future weeks|in the days after|in the weeks following|' +
      'in the months since|in the years before|the same Monday|the same weekend|the same morning|' +
      'nearly three days ago|almost a year ago|about two weeks later|around a decade ago|roughly 40 days later|over a year ago|under a week later|' +
      'only days later|barely hours later|exactly a year ago|just over a year ago|just days later|just a week ago|some days ago|some 20 years ago|some few days ago|some several days ago|some dozens of years ago|' +
      'almost several days later|about many years ago|more than a year ago|less than a week later|fewer than two days later|many years ago|hundreds of years ago|' +
      'one day later|nineteen days ago|twenty-one days later|thirty two hours later|ninety days ago|sixteen years ago|seven weeks ago|seventy years ago|' +
      'several days later|six years before the vote|eighty-nine days ago|forty weeks later|fifty nine minutes ago|' +
      'a fortnight later|minutes later|a minute ago|an hour ago|the day after|' +
      'early in this coming week|the beginning of this year|mid-last year|the weeks leading up to|the year before|the night after|first half of next year|second half of this year|end of last month'
    ).split('|');
    const cases = [(w: string) => w, (w: string) => w.toLowerCase(), (w: string) => w.toUpperCase(), (w: string) => w[0].toUpperCase() + w.slice(1)];
    const spaces = [' ', ' ', ' ', '  ', '\n', '\u00a0', '\t', ''];
    const phrase = () =>
      phrases[rnd(phrases.length)]
        .split(' ')
        .map((w) => (rnd(4) ? w : cases[rnd(cases.length)](w)))
        .join(rnd(3) ? ' ' : spaces[rnd(spaces.length)]);
    let total = 0;
    let plain = 0;
    let several = 0;
    for (let t = 0; t < 6000; t++) {
      let s = '';
      const len = 3 + rnd(30);
      for (let k = 0; k < len; k++) s += (rnd(3) ? vocab[rnd(vocab.length)] : phrase()) + seps[rnd(seps.length)];
      if (wordTable(s).plain) plain++;
      for (const heading of [false, true]) {
        const a = findCandidates(s, heading);
        assert.deepEqual(a, findCandidatesSlow(s, heading), s);
        assert.deepEqual(a, findCandidatesByChars(s, heading), s);
        total += a.length;
      }
      // at every word: the starter's runs tried one by one with test (matchAt) end and name the
      // family as the match array of the expression of all the runs does
      for (let k = 0; k < s.length; k++) {
        if (charClass(s.charCodeAt(k)) !== 1 || (k > 0 && charClass(s.charCodeAt(k - 1)) === 1)) continue;
        const want = matchAtForTests(s, k, true);
        assert.deepEqual(matchAtForTests(s, k, false), want, `${s} @${k}`);
        if (want !== null && severalFamiliesAt(s, k)) several++;
      }
    }
    assert.ok(total > 4000, String(total));
    assert.ok(several > 1000, String(several));
    // most of these are plain: the scan of the word table
    assert.ok(plain > 5000, String(plain));
  });

  it('names the family of a match of a starter of several families as the expression of all its runs', () => {
    // hard cases: words that start alternatives of several families, where an earlier run fails and a later one matches
    const cases = [
      'the day before yesterday', 'the next day', 'the past week', 'the first quarter', 'the year-earlier quarter', 'the fourth of July',
      'the same day', 'the week before', 'the end of March', 'the weekend', 'in the coming days', 'in recent weeks', 'in the near future',
      'in mid-March', 'in Dec.', 'in days', 'a day later', 'a while ago', 'a few weeks ago', 'this morning', 'this season', 'this past Monday',
      'last night', 'last Tuesday night', 'last week', 'later that day', 'later this month', 'early last week', 'earlyJune', 'mid-last year',
      'that Monday', 'that weekend', 'for the year', 'for now', 'by year-end', 'by now', 'some time ago', 'some 20 years ago', 'July 4th', 'July fourth',
      'New Year’s Day', 'new year’s eve', 'over the weekend', 'over a year ago', 'the', 'in', 'a', 'this', 'that x', 'later',
    ];
    let several = 0;
    for (const c of cases) {
      for (const s of [c, c.toUpperCase(), `${c} and more`, `x ${c}.`]) {
        for (let k = 0; k < s.length; k++) {
          if (charClass(s.charCodeAt(k)) !== 1 || (k > 0 && charClass(s.charCodeAt(k - 1)) === 1)) continue;
          const want = matchAtForTests(s, k, true);
          assert.deepEqual(matchAtForTests(s, k, false), want, `${s} @${k}`);
          if (want !== null && severalFamiliesAt(s, k)) several++;
        }
      }
    }
    assert.ok(several > 50, String(several));
  });

  it('finds the same triggers and windows from the word table as by characters in plain prose', () => {
    // trigger words as prefixes ("mayor", "Mondays", "nowhere", "juneteenth"), with digits, with full stops,
    // two-word triggers across spaces and lines, and long runs that cut the windows inside words
    const vocab = (
      'mayor maybe May MAY Mondays monday2 2monday nowhere now Now NOW known daylight days day Day yearly years year ' +
      'juneteenth Juneteenth june June jun Jun jan Jan sep sept Sept SEP dec decade December mar march Marches ' +
      'at as of to near before present presently yet late lately long term terms date dated ' +
      'the last next this past coming few several three twenty one a an some about just over ' +
      'week weeks weekend month months quarter half season period hour hours minute minutes ago later earlier after before ' +
      'Tuesday Friday tonight today tomorrow yesterday morning night evening fall spring summer winter autumn ' +
      'Christmas Easter Thanksgiving Halloween recent recently soon shortly immediately currently moment momentum ' +
      'fiscal third 3rd first year-end year-earlier mid- x1 12 1990 2024 said he police ' +
      // words that share a starter's key (its first four characters) or a trigger's first three, and are neither
      'company comparable president presidents Presidents reception receive election elected augusta August mother mothers ' +
      'thanks Thanksgiving christian Christmas labor Labor laborers nightly nights yearbook moreover more morning fort forty fortnight ' +
      'after afternoon even evening every for st St. patrick Patrick’s earlyJune midMarch Latethis earlierthis earth latin middle ' +
      'nearly almost about around 40 400 4th 1st thirteen thirty seventy several many dozens hundreds while single full ' +
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ' +
      'dayaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
    ).split(' ');
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '.', '-', '', '\u00a0', ' (', ') ', '’s ', "'s ", '; ', '\t', '—', ' “', '” '];
    const rnd = seededRandom(777);
    let total = 0;
    for (let t = 0; t < 8000; t++) {
      const s = randomText(rnd, vocab, seps, 2 + rnd(40));
      assert.ok(wordTable(s).plain, s);
      assert.deepEqual(triggerSpans(s, true), triggerSpans(s, false), s);
      for (const heading of [false, true]) {
        const a = findCandidates(s, heading);
        assert.deepEqual(a, findCandidatesByChars(s, heading), s);
        assert.deepEqual(a, findCandidatesSlow(s, heading), s);
        // with no date: the same but months, holidays and seasons
        assert.deepEqual(findCandidates(s, heading, false), a.filter((c) => c.family !== 'month' && c.family !== 'holiday' && c.family !== 'season'), s);
        // the same candidates when they are reused from block to block (the pool's objects written over)
        assert.deepEqual(findCandidates(s, heading, true, [], true), a, s);
        assert.deepEqual(findCandidates(s, heading, false, [], true), a.filter((c) => c.family !== 'month' && c.family !== 'holiday' && c.family !== 'season'), s);
        total += a.length;
      }
    }
    assert.ok(total > 4000, String(total));
  });

  it('finds the same in hard cases of plain prose', () => {
    const cases = [
      // a window that starts inside a run (no space in the 100 characters before the trigger's reach): its word is read from the window's edge
      'x' + 'year-earlier' + '.'.repeat(127) + ' today',
      'x' + 'year-earlier' + '.'.repeat(126) + ' today',
      'x' + 'year-earlier' + '.'.repeat(128) + ' today',
      // and one that ends inside a run
      'Tuesday ' + '.'.repeat(38) + ' last' + 'y'.repeat(120),
      'Juneteenth is a holiday; in June, Juneteenth- and juneteenth.',
      'Jan.5, Jan. 5, Sept. 3, Sep. 3, SEPT.4 and dec. or decade, at  present, at\npresently, near\u00a0term, of  late, before\tlong, to date, as yet.',
      'mayor, Mondays, nowhere, daylight, 2monday, monday2, x1 day',
      'Now.', 'now', 'At present', 'at', 'as', 'of late',
      // a pair's second word by its first three characters: longer, shorter, other
      'of lately, of lat, of latex, at presents, at pres, near terms, near ter, as yeti, as ye, to dated, to dat, before longer, before lon',
      // trigger words begun by shorter words: "for" and "fortnight", "after" and "afternoon"
      'for a fortnight, after the afternoon, more in the morning, even in the evening, fort forty fortnights',
      // words with a starter's key that start no alternative; words that start one only as a prefix
      'The company president said the comparable quarter and the Presidents Day sale began last week.',
      'earlyJune, midMarch and mid-March, Latethis week, earlierthis month, lateMay, early in this coming week, middle of last year',
      'the 3rd quarter, 40 days ago, 400 days ago, 4th-quarter, some 20 years ago',
    ];
    for (const s of cases) {
      assert.ok(wordTable(s).plain, s);
      assert.deepEqual(triggerSpans(s, true), triggerSpans(s, false), s);
      for (const heading of [false, true]) {
        assert.deepEqual(findCandidates(s, heading), findCandidatesByChars(s, heading), s);
        assert.deepEqual(findCandidates(s, heading), findCandidatesSlow(s, heading), s);
      }
    }
    assert.equal(findCandidates(cases[0], false)[0]?.text, 'year-earlier');
  });

  it('reads not-plain prose by characters', () => {
    for (const s of ['Le café ferme lundi; last week it was open.', 'snake_case today', 'naïve plans for next month', 'emoji 😀 now', 'the café closed in May, over the summer and at Christmas']) {
      assert.equal(wordTable(s).plain, false);
      for (const heading of [false, true]) {
        const a = findCandidates(s, heading);
        assert.deepEqual(a, findCandidatesSlow(s, heading), s);
        assert.deepEqual(findCandidates(s, heading, false), a.filter((c) => c.family !== 'month' && c.family !== 'holiday' && c.family !== 'season'), s);
      }
    }
  });

  it('reads the common words ("now", weekdays, "today", "tonight") without the expression as the expression does', () => {
    // possessives, parts of the day, hyphens and marks after them, cut by the window's edge or not, and words of their hash's neighbours
    const vocab = (
      'now Now NOW nowadays nowhere Monday monday MONDAY Mondays Sunday Wednesday Saturday today Today TODAY todays yesterday Yesterday ' +
      'tomorrow TOMORROW tonight Tonight tonights morning Morning MORNING afternoon evening night Night overnight nights mornings ' +
      'nighttime eveningx s S last this early late the Black Good every a said he police x 12 year-earlier'
    ).split(' ');
    const seps = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '-', ' - ', '’', "'", '’s ', "'s", "'S ", '’s', "'", ',', '.', '', ' (', ') ', '; ', '—', ' “', '” ', "' ", '’ '];
    // now and then a long run that cuts the window after the words
    const total = againstReference(9091, 12000, vocab, seps, (rnd) => 1 + rnd(12), (s, rnd) => (rnd(5) === 0 ? s + ' ' + '.'.repeat(30 + rnd(20)) + 'y'.repeat(120) : s), true);
    assert.ok(total > 8000, String(total));
    const hard = ["Monday's night", "Monday'snight", "Monday' night", "Monday'S Night-", 'Monday  morning-', 'Monday morningx', "today'", "today's-", 'tonight’s', "tonight's-", 'now-', 'now.', 'Now', "Tuesday's\tovernight.", 'Tuesday nightly'];
    for (const s of hard) for (const heading of [false, true]) assert.deepEqual(findCandidates(s, heading), findCandidatesSlow(s, heading), s);
  });

  it('reads a month\'s name and its day without the expression as the expression does, and with it before "year"', () => {
    const vocab = (
      'May may MAY March march August September December January mayor Marches June July ' +
      '5 12 123 1 31 5th 3rd 2nd 1st 12th 21st 5TH 4x st nd rd th ' +
      'last this next of year years yearly Year early late mid the end start said he x 1990'
    ).split(' ');
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '-', ',', ', ', '.', '. ', '', '’s ', "'", ' (', '; '];
    const total = againstReference(
      3131, 12000, vocab, seps, (rnd) => 1 + rnd(10),
      (s, rnd) => (rnd(5) === 0 ? s + ' ' + '.'.repeat(25 + rnd(25)) + (rnd(2) ? 'year' : '5') + 'y'.repeat(rnd(3) * 60) : s),
      true,
      (s, heading, a) => assert.deepEqual(findCandidates(s, heading, false), a.filter((c) => c.family !== 'month' && c.family !== 'holiday' && c.family !== 'season'), s),
    );
    assert.ok(total > 2000, String(total));
    for (const s of ['in May 5th-', 'in May 12nd.', 'in May 123', 'in May 5x', 'in May  31st, last year', 'in May 5 of this year', 'in March 3rd', 'in May 1stx', 'in May'])
      for (const heading of [false, true]) assert.deepEqual(findCandidates(s, heading), findCandidatesSlow(s, heading), s);
  });

  it('finds after "the" what the whole expression finds, whatever word follows it', () => {
    const vocab = (
      'the The THE day days night week weeks weekend month months year years year-earlier year-ago hours decade decades quarter half period ' +
      'next following previous preceding prior same past last coming end start beginning middle rest first second third fourth 1st 3rd 4th ' +
      'weekend current comparable fiscal calendar latest new full future early late mid mid- spring summer autumn winter fall ' +
      'before after of few several couple ahead to come yesterday tomorrow Monday July two three a for over during months weeks said x 12 2024'
    ).split(' ');
    const seps = [' ', ' ', ' ', ' ', ' ', '  ', '\n', '-', ',', '.', '', '’s ', "'s ", ' ('];
    const total = againstReference(
      6161, 15000, vocab, seps, (rnd) => 2 + rnd(14),
      (s, rnd) => (rnd(6) === 0 ? 'z'.repeat(rnd(3) * 60) + ' ' + s + ' ' + '.'.repeat(20 + rnd(30)) + 'the' + 'y'.repeat(rnd(3) * 60) : s),
      false,
    );
    assert.ok(total > 5000, String(total));
  });

  it('passes over a count with no word to end it in the window ("two days", "about a year") as the expression finds no match there', () => {
    // counts, units and their ending words (and words that begin like them), near and far, cut by the window's edge or not
    const vocab = (
      'a A an one two three twenty twenty-one 40 400 about nearly some more than less just over not long while time several few couple of ' +
      'day days Days week weeks month months year years decade fortnight hours minutes night nights ' +
      'ago Ago AGO agony later Later lately latex earlier early earth after After afterward afterwards afternoon before Before prior priority to ' +
      'or so the vote fire he said x 12'
    ).split(' ');
    const seps = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '-', ',', '.', ', ', '. ', '', ' (', '; ', '’s ', '—'];
    const total = againstReference(
      5150, 12000, vocab, seps, (rnd) => 1 + rnd(16),
      (s, rnd) => {
        if (rnd(5) === 0) s += ' ' + '.'.repeat(20 + rnd(30)) + (rnd(2) ? 'ago' : 'later') + 'y'.repeat(rnd(3) * 60);
        if (rnd(7) === 0) s = 'z'.repeat(rnd(3) * 60) + ' ' + s;
        return s;
      },
      true,
    );
    assert.ok(total > 3000, String(total));
  });

  it('tells a capital by its code as by changing its case', () => {
    const ref = (ch: string | undefined) => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isUpper(ch), ref(ch), String(c));
      assert.equal(isUpper(ch + 'a'), ref(ch + 'a'), String(c));
    }
    for (const ch of [undefined, '', '😀', 'Éa', 'AB']) assert.equal(isUpper(ch), ref(ch), String(ch));
  });

  it('tests the words of a candidate by character codes as the expressions do', () => {
    const vocab = (
      'Monday monday MONDAY Mondays mondays_ _Monday 2monday monday2 Wednesday wednesday WEDNESDAY Tuesday Saturday sunday ' +
      'today Today TODAY todays tonight Tonight tomorrow yesterday Yesterday yesterday2 day Day days x A Z a z Ö ö é ſ K ı'
    ).split(' ');
    const seps = [' ', '  ', '\u00a0', '\t', '\n', '-', '’', "'", '’s ', ',', '.', '', '_', '\u2028', ' (', ' X', ' Ä', '. “', '! ‘', '? "', ': (', '; [', '— *', '#', '>', '\n\n', '.\n', ' (“', '…', '–', '“', '”'];
    const rnd = seededRandom(4242);
    for (let t = 0; t < 20000; t++) {
      const s = randomText(rnd, vocab, seps, 1 + rnd(6));
      const w = WEEKDAY_IN_RE.exec(s);
      assert.equal(weekdayIn(s), w ? w.index : -1, s);
      if (w) assert.equal(wordInLength(), w[1].length, s);
      const d = DAY_WORD_IN_RE.exec(s);
      assert.equal(dayWordIn(s), d ? d.index : -1, s);
      if (d) assert.equal(wordInLength(), d[1].length, s);
      for (let at = 0; at <= s.length; at++) {
        assert.equal(atSentenceStart(s, at), atSentenceStartByExpressions(s, at), `${s} @${at}`);
        assert.equal(spacesThenCapital(s, at), /^\s+[A-Z]/.test(s.slice(at)), `${s} @${at}`);
        assert.equal(spaceThenCapital(s, at), /\s[A-Z]/.test(s.slice(at)), `${s} @${at}`);
      }
    }
  });
});

/** `atSentenceStart` as it was written with expressions: the reference for the one by character codes. */
function atSentenceStartByExpressions(prose: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[\s“"‘'(\[*_#>]/.test(prose[k])) k--;
  return k < 0 || /[.!?:;—\n]/.test(prose[k]) || prose[k + 1] === '\n';
}
