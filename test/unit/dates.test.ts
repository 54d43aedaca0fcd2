import * as assert from 'node:assert/strict';
import { review } from '../../src/core/engine';
import { parseDraft } from '../../src/core/parse';
import { datesChecker, referenceDateChecker } from '../../src/core/rules/dates';
import { findCandidates, findCandidatesFull } from '../../src/core/dates/patterns';
import { addMonths, isoWeek, newsChrono, resolve } from '../../src/core/dates/resolve';
import { tenseAt } from '../../src/core/dates/tense';
import { casual } from 'chrono-node';
import { resolveConfig } from '../../src/core/config';
import type { CopydeskConfig, DateFormat, DateStyle, Finding, YMD } from '../../src/core/types';

/** The draft's date in most tests: Tuesday, March 5, 2024. */
const REF = '2024-03-05';
const TODAY: YMD = { year: 2024, month: 3, day: 5 };

function dates(text: string, opts: { ref?: string | null; style?: DateStyle; format?: DateFormat; today?: YMD } = {}): Finding[] {
  const config: CopydeskConfig = { dates: { style: opts.style ?? 'ap', format: opts.format ?? 'ap' } };
  const referenceDate = opts.ref === null ? undefined : (opts.ref ?? REF);
  return review(text, { referenceDate, config, categories: ['dates'], today: opts.today ?? TODAY }).findings;
}
const rules = (text: string, opts?: Parameters<typeof dates>[1]) => dates(text, opts).map((f) => `${f.rule}:${f.text}`);

/** Apply a finding's first suggestion. */
function fix(text: string, f: Finding): string {
  assert.ok(f.suggestions.length, `a fix for ‘${f.text}’`);
  const edits = [...f.suggestions[0].edits].sort((a, b) => b.offset[0] - a.offset[0]);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset[0]) + e.newText + out.slice(e.offset[1]);
  return out;
}
function only(text: string, rule: string, opts?: Parameters<typeof dates>[1]): Finding {
  const fs = dates(text, opts).filter((f) => f.rule === rule);
  assert.equal(fs.length, 1, `one ${rule} in ${JSON.stringify(text)}: ${JSON.stringify(fs.map((f) => f.text))}`);
  return fs[0];
}
/** The text after the fix of the one finding of `rule`. */
const fixed = (text: string, rule: string, opts?: Parameters<typeof dates>[1]) => fix(text, only(text, rule, opts));

describe('dates: rules', () => {
  it('declares its rules with anchors and default severities', () => {
    assert.deepEqual(
      datesChecker.rules.map((r) => `${r.id} ${r.anchor} ${r.defaultSeverity}`),
      [
        'dates/relative-day datesrelative-day warning',
        'dates/relative-period datesrelative-period warning',
        'dates/vague-time datesvague-time information',
        'dates/event-relative datesevent-relative information',
        'dates/reporting-period datesreporting-period hint',
      ],
    );
    assert.deepEqual(referenceDateChecker.rules.map((r) => r.id), ['dates/no-reference-date']);
  });
  it('keys cached results by style, format and reference date', () => {
    const info = review('x').info;
    const ctx = (style: DateStyle, format: DateFormat, ref: YMD | null) => ({ config: { ...resolveConfig(), dates: { style, format } }, referenceDate: ref, today: TODAY, info });
    const keys = new Set([
      datesChecker.contextKey(ctx('ap', 'ap', TODAY)),
      datesChecker.contextKey(ctx('strict', 'ap', TODAY)),
      datesChecker.contextKey(ctx('ap', 'iso', TODAY)),
      datesChecker.contextKey(ctx('ap', 'ap', { year: 2024, month: 3, day: 6 })),
      datesChecker.contextKey(ctx('ap', 'ap', null)),
    ]);
    assert.equal(keys.size, 5);
    assert.match(datesChecker.contextKey(ctx('ap', 'ap', TODAY)), /2024-03-05/);
  });
});

describe('dates/relative-day', () => {
  it('resolves a weekday in a past-tense sentence to the most recent one, and fixes it in AP style', () => {
    const t = 'Police arrested the man Saturday.';
    const f = only(t, 'dates/relative-day');
    assert.equal(f.severity, 'hint'); // AP allows a weekday within a week
    assert.equal(f.resolved, '2024-03-02');
    assert.equal(f.suggestions[0].title, 'Change ‘Saturday’ to ‘Saturday, March 2’');
    assert.equal(f.suggestions[0].safe, true);
    assert.equal(fix(t, f), 'Police arrested the man Saturday, March 2.');
  });
  it('resolves a weekday in a future-tense sentence to the coming one', () => {
    assert.equal(only('The board will meet Thursday.', 'dates/relative-day').resolved, '2024-03-07');
    assert.equal(only('The board met Thursday.', 'dates/relative-day').resolved, '2024-02-29');
    assert.equal(only('The council is scheduled to vote on the plan Friday.', 'dates/relative-day').resolved, '2024-03-08');
    assert.equal(only('The trial begins Monday.', 'dates/relative-day').resolved, '2024-03-11');
    assert.equal(only('Council to vote Friday on the budget', 'dates/relative-day').resolved, '2024-03-08');
    // the draft's own weekday, in the past tense, is the draft's day
    assert.equal(only('The mayor said Tuesday that she would run.', 'dates/relative-day').resolved, '2024-03-05');
  });
  it('keeps the grammar around the date: “on”, a comma after a date inside a sentence, parts of the day', () => {
    assert.equal(fixed('The board will meet on Thursday.', 'dates/relative-day'), 'The board will meet on Thursday, March 7.');
    assert.equal(fixed('The mayor said Friday that she would run.', 'dates/relative-day'), 'The mayor said Friday, March 1, that she would run.');
    assert.equal(fixed('On Saturday, the council met.', 'dates/relative-day'), 'On Saturday, March 2, the council met.');
    assert.equal(fixed('The fire started Sunday night.', 'dates/relative-day'), 'The fire started Sunday night, March 3.');
    assert.equal(fixed('After Saturday’s vote, the mayor resigned.', 'dates/relative-day'), 'After the March 2 vote, the mayor resigned.');
    assert.equal(fixed('Most shares were tendered by the Friday deadline.', 'dates/relative-day'), 'Most shares were tendered by the March 1 deadline.');
  });
  it('turns yesterday, today, tomorrow, tonight, last night into the day, as a warning in AP style', () => {
    const f = only('The man was arrested yesterday.', 'dates/relative-day');
    assert.equal(f.severity, 'warning');
    assert.equal(f.resolved, '2024-03-04');
    assert.equal(f.suggestions[0].safe, true);
    assert.equal(fix('The man was arrested yesterday.', f), 'The man was arrested Monday, March 4.');
    assert.equal(fixed('Yesterday, police said the road was closed.', 'dates/relative-day'), 'Monday, March 4, police said the road was closed.');
    assert.equal(fixed('The vote is tomorrow.', 'dates/relative-day'), 'The vote is Wednesday, March 6.');
    assert.equal(fixed('Crews will work tonight.', 'dates/relative-day'), 'Crews will work Tuesday night, March 5.');
    assert.equal(fixed('Three cars collided last night.', 'dates/relative-day'), 'Three cars collided Monday night, March 4.');
    assert.equal(fixed('The plant closed this morning.', 'dates/relative-day'), 'The plant closed Tuesday morning, March 5.');
    assert.equal(fixed('The team left the day before yesterday.', 'dates/relative-day'), 'The team left Sunday, March 3.');
  });
  it('drops “last” and “next” from a weekday, and does not call “next Tuesday” safe', () => {
    assert.equal(fixed('The store closed last Friday.', 'dates/relative-day'), 'The store closed Friday, March 1.');
    const f = only('The store reopens next Tuesday.', 'dates/relative-day');
    assert.equal(f.resolved, '2024-03-12');
    assert.notEqual(f.suggestions[0].safe, true);
    assert.equal(fix('The store reopens next Tuesday.', f), 'The store reopens Tuesday, March 12.');
  });
  it('writes the year when the day falls in another year than the draft’s', () => {
    const t = 'Police arrested him Saturday.';
    assert.equal(fixed(t, 'dates/relative-day', { ref: '2024-01-02' }), 'Police arrested him Saturday, Dec. 30, 2023.');
  });
  it('follows the house format: ISO and long', () => {
    const t = 'Police arrested the man Saturday.';
    assert.equal(fixed(t, 'dates/relative-day', { format: 'iso' }), 'Police arrested the man on 2024-03-02.');
    assert.equal(fixed(t, 'dates/relative-day', { format: 'long' }), 'Police arrested the man Saturday, March 2, 2024.');
    assert.equal(fixed('The man was arrested yesterday in Ohio.', 'dates/relative-day', { format: 'long' }), 'The man was arrested Monday, March 4, 2024, in Ohio.');
  });
  it('reports every weekday as a warning in strict and evergreen styles', () => {
    for (const style of ['strict', 'evergreen'] as const) assert.equal(only('Police arrested the man Saturday.', 'dates/relative-day', { style }).severity, 'warning');
  });
  it('leaves alone full dates, names and habits', () => {
    for (const t of [
      'On Tuesday, March 5, the board met.',
      'The board met Tuesday, March 5, 2024.',
      'Black Friday sales rose, and Good Friday services were full.',
      'Cyber Monday and Super Tuesday are names.',
      'Tuesday Morning Corp. shares fell.',
      'She watched the Today show.',
      'He read USA Today on the train.',
      'They sing in Sunday school.',
      'The market is open every Tuesday.',
      'They met on the Friday before the vote.',
      'Monday through Friday, the office opens at nine.',
      'The Fourth of July parade will be long.',
      'The Day After Tomorrow is a film about the weather.',
      'Yesterday’s news is stale.',
      'It happened on a Friday.',
      'The clinic closes on Mondays.',
      'The meeting of March 5 was short.',
      'The plan was approved in March.',
      'In May 2023, the plan was approved.',
    ]) {
      assert.deepEqual(rules(t), [], t);
    }
  });
  it('reports a weekday inside a quotation as information, adding the date in brackets instead of changing the quote', () => {
    const t = '“I saw him Saturday,” she said.';
    const f = only(t, 'dates/relative-day', { style: 'strict' });
    assert.equal(f.severity, 'information');
    assert.equal(f.inQuote, true);
    assert.equal(fix(t, f), '“I saw him Saturday [March 2],” she said.');
    assert.notEqual(f.suggestions[0].safe, true);
    // in AP style a weekday is a hint anyway: the quotation does not raise it
    assert.equal(only(t, 'dates/relative-day').severity, 'hint');
    assert.equal(fixed('“We lost everything yesterday,” he said.', 'dates/relative-day'), '“We lost everything yesterday [Monday, March 4],” he said.');
  });
});

describe('dates/relative-period', () => {
  it('rewrites weeks, months and years in the house format, keeping prepositions right', () => {
    const cases: [string, string, string][] = [
      ['The council voted last week.', 'The council voted in the week of Feb. 26.', '2024-W09'],
      ['Prices have risen since last week.', 'Prices have risen since the week of Feb. 26.', '2024-W09'],
      ['Sales fell last month.', 'Sales fell in February.', '2024-02'],
      ['The union rejected last month’s offer.', 'The union rejected February’s offer.', '2024-02'],
      ['The bridge opened last year.', 'The bridge opened in 2023.', '2023'],
      ['Taxes will rise next year.', 'Taxes will rise in 2025.', '2025'],
      ['The museum will reopen next month.', 'The museum will reopen in April.', '2024-04'],
      ['The team will travel next week.', 'The team will travel in the week of March 11.', '2024-W11'],
      ['The council voted earlier this month.', 'The council voted earlier in March.', '2024-03'],
      ['The plant will open early next year.', 'The plant will open in early 2025.', '2025'],
      ['Prices rose last June.', 'Prices rose in June 2023.', '2023-06'],
      ['Prices rose last fall.', 'Prices rose in fall 2023.', '2023-FA'],
      ['The park will open this summer.', 'The park will open in summer 2024.', '2024-SU'],
      ['Profits fell last quarter.', 'Profits fell in the fourth quarter of 2023.', '2023-Q4'],
      ['The festival was held last Christmas.', 'The festival was held at Christmas 2023.', '2023-12-25'],
      ['The vote was held in June last year.', 'The vote was held in June 2023.', '2023-06'],
      ['The deal should close by year-end.', 'The deal should close by the end of 2024.', '2024-12-31'],
    ];
    for (const [t, after, value] of cases) {
      const f = only(t, 'dates/relative-period');
      assert.equal(f.severity, 'warning', t);
      assert.equal(f.resolved, value, t);
      assert.equal(fix(t, f), after, t);
      assert.notEqual(f.suggestions[0].safe, true, t);
    }
  });
  it('rewrites “N days ago” to the date, and weeks, months, years to their period', () => {
    assert.equal(fixed('The store closed three days ago.', 'dates/relative-period'), 'The store closed Saturday, March 2.');
    assert.equal(fixed('The store closed 10 days ago.', 'dates/relative-period'), 'The store closed Feb. 24.');
    assert.equal(fixed('The store closed two weeks ago.', 'dates/relative-period'), 'The store closed in the week of Feb. 19.');
    assert.equal(fixed('The store closed two months ago.', 'dates/relative-period'), 'The store closed in January.');
    assert.equal(fixed('The store closed a year ago.', 'dates/relative-period'), 'The store closed in 2023.');
    // the value keeps the writer's granularity: a day, an ISO week, a month, a year
    assert.equal(only('The store closed three days ago.', 'dates/relative-period').resolved, '2024-03-02');
    assert.equal(only('The store closed two weeks ago.', 'dates/relative-period').resolved, '2024-W08');
    assert.equal(only('The store closed two months ago.', 'dates/relative-period').resolved, '2024-01');
    assert.equal(only('The store closed a year ago.', 'dates/relative-period').resolved, '2023');
    assert.equal(only('The store closed a decade ago.', 'dates/relative-period').resolved, '2014');
  });
  it('resolves a weekend by the tense and the draft’s weekday', () => {
    assert.equal(fixed('The storm hit over the weekend.', 'dates/relative-period'), 'The storm hit over the weekend of March 2-3.');
    assert.equal(fixed('The fair opens this weekend.', 'dates/relative-period'), 'The fair opens over the weekend of March 9-10.');
    assert.equal(fixed('The fair closed last weekend.', 'dates/relative-period'), 'The fair closed over the weekend of March 2-3.');
    assert.equal(fixed('The fair closed last weekend.', 'dates/relative-period', { ref: '2024-03-01' }), 'The fair closed over the weekend of Feb. 24-25.');
    assert.equal(fixed('Traders sold ahead of the weekend.', 'dates/relative-period', { ref: '2024-03-08' }), 'Traders sold ahead of the weekend of March 9-10.');
  });
  it('adds the year to a month that falls in another year than the draft’s (chrono would read it forward)', () => {
    const t = 'The store opened in December.';
    const f = only(t, 'dates/relative-period');
    assert.equal(f.resolved, '2023-12');
    assert.equal(fix(t, f), 'The store opened in December 2023.');
    assert.equal(only('Prices peaked in July.', 'dates/relative-period').resolved, '2023-07');
    assert.equal(fixed('The plant closed Dec. 15 after a fire.', 'dates/relative-period'), 'The plant closed Dec. 15, 2023, after a fire.');
    assert.equal(fixed('The festival will return in January.', 'dates/relative-period'), 'The festival will return in January 2025.');
  });
  it('adds the year to a holiday that falls in another year than the draft’s, as to a month', () => {
    const cases: [string, string, string][] = [
      ['The boy was found on Thanksgiving Day.', 'The boy was found on Thanksgiving Day 2023.', '2023-11-23'],
      ['The family gathered at Christmas.', 'The family gathered at Christmas 2023.', '2023-12-25'],
      ['The fire broke out on Christmas Eve.', 'The fire broke out on Christmas Eve 2023.', '2023-12-24'],
      ['Voters went to the polls on Election Day.', 'Voters went to the polls on Election Day 2023.', '2023-11-07'],
      ['The parade was held on the Fourth of July.', 'The parade was held on the Fourth of July 2023.', '2023-07-04'],
      ['The pool closed after Labor Day.', 'The pool closed after Labor Day 2023.', '2023-09-04'],
      // Easter 2024 (March 31) is still ahead of the draft's date, so a past Easter was 2023's
      ['The church was full on Easter Sunday.', 'The church was full on Easter Sunday 2023.', '2023-04-09'],
    ];
    for (const [t, after, value] of cases) {
      const f = only(t, 'dates/relative-period');
      assert.equal(f.severity, 'warning', t);
      assert.equal(f.resolved, value, t);
      assert.equal(f.message.includes('not in the draft’s year (2024)'), true, t);
      assert.equal(fix(t, f), after, t);
    }
    // a future-tense holiday already past this year is next year's
    assert.equal(fixed('The market will reopen on Valentine’s Day.', 'dates/relative-period', { ref: '2024-03-05' }), 'The market will reopen on Valentine’s Day 2025.');
    // with "last", the holiday's own preposition
    assert.equal(fixed('Prices rose last Labor Day.', 'dates/relative-period'), 'Prices rose on Labor Day 2023.');
    assert.equal(fixed('“We met at Christmas,” she said.', 'dates/relative-period'), '“We met at Christmas [2023],” she said.');
  });
  it('adds the year to a season after a preposition when the sentence puts it in another year', () => {
    const f = only('The pool closed over the summer.', 'dates/relative-period');
    assert.equal(f.resolved, '2023-SU');
    assert.equal(f.message, '‘the summer’ here is summer 2023, not in the draft’s year (2024); add the year.');
    assert.equal(fix('The pool closed over the summer.', f), 'The pool closed over the summer of 2023.');
    assert.equal(fixed('The company eliminated jobs in late fall.', 'dates/relative-period'), 'The company eliminated jobs in late fall 2023.');
    assert.equal(fixed('“We lost money over the summer,” she said.', 'dates/relative-period'), '“We lost money over the summer [2023],” she said.');
  });
  it('leaves alone a season in the draft’s year, a fall, seasons of things and named seasons', () => {
    for (const t of [
      'Sales dropped in the spring.', // March: this spring
      'The pool will open in the summer.',
      'The lake is busy in the summer.',
      'He broke his hip in the fall.',
      'Classes resumed after the summer break.',
      'They met in the summer of 1969.',
      'The Arab Spring began in Tunisia.',
      'The roads froze during the winter.', // winter 2023-24 reaches into the draft's year
    ]) {
      assert.deepEqual(rules(t), [], t);
    }
  });
  it('leaves alone a holiday in the draft’s year, things named for one, names and greetings', () => {
    for (const t of [
      'The store will reopen on Memorial Day.',
      'The store will open by Labor Day.',
      'The shop was full on Valentine’s Day.', // Feb. 14, 2024: the draft's year
      'They bought a Christmas tree.',
      'They flew to Easter Island.',
      'Merry Christmas to all.',
      'Mexico’s Independence Day parade was held.',
      'They sang a Christmas carol.',
      'The thanksgiving prayer was short.',
    ]) {
      assert.deepEqual(rules(t), [], t);
    }
  });
  it('leaves a month alone when it is in the draft’s year or too close to tell', () => {
    for (const t of ['The plan was approved in February.', 'The festival runs in July.', 'The dividend was declared, payable April 15.', 'The tax is due by April.']) assert.deepEqual(rules(t), [], t);
  });
  it('crosses the year boundary', () => {
    assert.equal(fixed('Sales fell last month.', 'dates/relative-period', { ref: '2024-01-10' }), 'Sales fell in December 2023.');
    assert.equal(fixed('The council voted last week.', 'dates/relative-period', { ref: '2024-01-03' }), 'The council voted in the week of Dec. 25, 2023.');
  });
  it('flags a rolling window as information with no rewrite', () => {
    const f = only('Cases rose in the past week.', 'dates/relative-period');
    assert.equal(f.severity, 'information');
    assert.equal(f.suggestions.length, 0);
    assert.equal(f.resolved, '2024-W09');
  });
  it('flags a counted window (“the last two years”) as information with its far end, and no rewrite', () => {
    const cases: [string, string][] = [
      ['Prices doubled over the last two years.', '‘the last two years’ counts back from the draft’s date (since March 2022); say which dates you mean.'],
      ['The plan runs for the next five years.', '‘the next five years’ counts ahead from the draft’s date (through March 2029); say which dates you mean.'],
      ['Crime fell in the past decade.', '‘the past decade’ counts back from the draft’s date (since March 2014); say which dates you mean.'],
      ['Police made 12 arrests in the past 10 days.', '‘the past 10 days’ counts back from the draft’s date (since Feb. 24); say which dates you mean.'],
    ];
    for (const [t, message] of cases) {
      const f = only(t, 'dates/relative-period');
      assert.equal(f.severity, 'information', t);
      assert.equal(f.message, message, t);
      assert.equal(f.suggestions.length, 0, t);
      assert.equal(only(t, 'dates/relative-period', { style: 'strict' }).severity, 'warning', t);
    }
    assert.match(only('Police made 12 arrests in the past 10 days.', 'dates/relative-period', { ref: '2024-01-05' }).message, /since Dec\. 26, 2023/);
  });
  it('leaves alone names and periods of something else', () => {
    for (const t of ['He appeared on “This Week” with the host.', 'The last week of the campaign was tense.', 'The Arab Spring began in Tunisia.']) assert.deepEqual(rules(t), [], t);
  });
});

describe('dates/vague-time', () => {
  it('flags vague time as information in AP style and as a warning in strict style, with no fix', () => {
    const f = only('The mayor recently moved.', 'dates/vague-time');
    assert.equal(f.severity, 'information');
    assert.equal(f.suggestions.length, 0);
    assert.equal(only('The mayor recently moved.', 'dates/vague-time', { style: 'strict' }).severity, 'warning');
    assert.deepEqual(rules('Prices rose in recent weeks and will fall in the coming days, officials expect soon.'), [
      'dates/vague-time:in recent weeks',
      'dates/vague-time:in the coming days',
      'dates/vague-time:soon',
    ]);
    assert.deepEqual(rules('Sales fell over the past several quarters and should rise in coming quarters.'), ['dates/vague-time:the past several quarters', 'dates/vague-time:in coming quarters']);
  });
  it('leaves “as soon as” and “soon after” narration alone', () => {
    assert.deepEqual(rules('Call as soon as you can.'), []);
    assert.deepEqual(rules('He was soon released.'), []);
  });
  it('notes “currently”, “now”, “to date” and the like as hints in AP style and warnings in strict style', () => {
    const t = 'The city currently has 40,000 residents and now needs a school.';
    assert.deepEqual(dates(t).map((f) => `${f.rule}:${f.text}:${f.severity}`), ['dates/vague-time:currently:hint', 'dates/vague-time:now:hint']);
    assert.deepEqual(dates(t, { style: 'strict' }).map((f) => `${f.text}:${f.severity}`), ['currently:warning', 'now:warning']);
    for (const w of ['at present', 'these days', 'nowadays', 'to date', 'right now', 'for now', 'until now', 'at the moment']) {
      const s = `Rents are high ${w}.`;
      assert.equal(only(s, 'dates/vague-time').text, w, s);
      assert.equal(only(s, 'dates/vague-time').severity, 'hint', s);
    }
    // the message says what will date, and the month to write
    assert.match(only('The city currently has 40,000 residents.', 'dates/vague-time').message, /figure.*as of March 2024/);
    assert.match(only('The mayor now lives in Ohio.', 'dates/vague-time').message, /go out of date.*as of March 2024/);
    assert.equal(only('The people now on the board will stay.', 'dates/vague-time').text, 'now');
  });
  it('offers “as of” only where the sentence still reads well: at its head or at the end of a clause', () => {
    assert.equal(fixed('Currently, the city has 40,000 residents.', 'dates/vague-time'), 'As of March 2024, the city has 40,000 residents.');
    assert.equal(fixed('The company has raised $5 million to date.', 'dates/vague-time'), 'The company has raised $5 million as of March 2024.');
    assert.equal(fixed('The firm has no bids outstanding currently, he said.', 'dates/vague-time'), 'The firm has no bids outstanding as of March 2024, he said.');
    assert.equal(fixed('At present, two clinics are open.', 'dates/vague-time', { style: 'strict' }), 'As of March 2024, two clinics are open.');
    // in mid-sentence, and for "now" and "these days", no rewrite reads well
    for (const t of ['The city currently has 40,000 residents.', 'The mayor now lives in Ohio.', 'Rents are high these days.', 'Now, the plant employs 300 people.', '“We have 40 beds currently,” she said.']) {
      assert.equal(only(t, 'dates/vague-time').suggestions.length, 0, t);
    }
  });
  it('names the year in “so far this year”', () => {
    const t = 'Sales have risen 5% so far this year.';
    const f = only(t, 'dates/vague-time');
    assert.equal(f.severity, 'hint');
    assert.equal(f.resolved, '2024');
    assert.equal(fix(t, f), 'Sales have risen 5% so far in 2024.');
    assert.equal(only(t, 'dates/vague-time', { style: 'strict' }).severity, 'warning');
    assert.equal(fixed('So far this month, three stores have closed.', 'dates/vague-time'), 'So far in March, three stores have closed.');
    assert.equal(fixed('Sales have risen 5% so far this year.', 'dates/vague-time', { format: 'iso' }), 'Sales have risen 5% so far in 2024.');
    assert.equal(fixed('“Sales have risen so far this year,” she said.', 'dates/vague-time'), '“Sales have risen so far this year [2024],” she said.');
  });
  it('leaves alone “now that”, “from now on”, “now and again”, “now-closed” and names', () => {
    for (const style of ['ap', 'strict'] as const) {
      for (const t of [
        'Now that the vote is over, the council can rest.',
        'From now on, the office closes at five.',
        'The office closes at five from now on.',
        'Every now and again, the river floods.',
        'The now-closed plant employed 300 people.',
        'They watched Apocalypse Now at the festival.',
        'A NOW spokeswoman spoke at the rally.',
      ]) {
        assert.deepEqual(rules(t, { style }), [], t);
      }
    }
  });
  it('in evergreen style flags “currently” and “now”, and a figure without “as of”', () => {
    const t = 'The city currently has 40,000 residents.';
    const f = only(t, 'dates/vague-time', { style: 'evergreen' });
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /figure/);
    assert.equal(fix(t, f), 'The city as of March 2024 has 40,000 residents.');
    assert.equal(fixed('The company has raised $5 million to date.', 'dates/vague-time', { style: 'evergreen' }), 'The company has raised $5 million as of March 2024.');
    assert.equal(only('The mayor now lives in Ohio.', 'dates/vague-time', { style: 'evergreen' }).text, 'now');
  });
  it('in evergreen style leaves alone a sentence that says “as of”, and “now that”', () => {
    assert.deepEqual(rules('As of January 2024, the city currently has 40,000 residents.', { style: 'evergreen' }), []);
    assert.deepEqual(rules('Now that the vote is over, the council can rest.', { style: 'evergreen' }), []);
    assert.deepEqual(rules('The now-closed plant employed 300 people.', { style: 'evergreen' }), []);
  });
});

describe('dates/reporting-period', () => {
  it('notes quarters, halves and fiscal years with no year as hints in AP style and warnings in strict style', () => {
    const cases: [string, string, string][] = [
      ['The company reported third-quarter profit of $5 million.', 'third-quarter', '2023-Q3'],
      ['Profit rose 5% in the fourth quarter.', 'the fourth quarter', '2023-Q4'],
      ['The company expects a loss in the fourth quarter.', 'the fourth quarter', '2024-Q4'],
      ['Sales will rise in the first quarter.', 'the first quarter', '2024-Q1'],
      ['Profit for the quarter fell.', 'the quarter', '2023-Q4'],
      ['Sales in the latest quarter rose 9%.', 'the latest quarter', '2023-Q4'],
      ['In the year-earlier quarter, it earned $3 million.', 'the year-earlier quarter', '2022-Q4'],
      ['It compares with a year-ago loss of $2 million.', 'year-ago', '2022-Q4'],
      ['Sales for the fiscal year rose.', 'the fiscal year', '2024'],
      ['For the year, sales rose 3%.', 'the year', '2024'],
      ['The plant made 20 cars in the first half.', 'the first half', '2024-H1'],
      ['Profit rose in the fiscal first quarter.', 'the fiscal first quarter', '2024-Q1'],
      ['Operating revenue rose 9% in the latest period.', 'the latest period', '2023-Q4'],
      ['For the week, the index fell 3.8%.', 'the week', '2024-W10'],
      ['It was the week’s busiest session.', 'the week’s', '2024-W10'],
    ];
    for (const [t, text, value] of cases) {
      const f = only(t, 'dates/reporting-period');
      assert.equal(f.text, text, t);
      assert.equal(f.severity, 'hint', t);
      assert.equal(f.resolved, value, t);
      assert.equal(only(t, 'dates/reporting-period', { style: 'strict' }).severity, 'warning', t);
      assert.equal(only(t, 'dates/reporting-period', { style: 'evergreen' }).severity, 'warning', t);
    }
    assert.equal(only('Profit rose 5% in the fourth quarter.', 'dates/reporting-period').message, '‘the fourth quarter’ has no year; by the draft’s date it is the fourth quarter of 2023, not in the draft’s year.');
    assert.match(only('Profit for the quarter fell.', 'dates/reporting-period').message, /points back.*the fourth quarter of 2023/);
    assert.match(only('Profit rose in the fiscal first quarter.', 'dates/reporting-period').message, /fiscal/);
    assert.equal(only('For the week, the index fell 3.8%.', 'dates/reporting-period').message, '‘the week’ is the story’s own week (by the draft’s date, the week of March 4); name it if the story may be read later.');
  });
  it('adds the year to “the fourth quarter” only when it is another year than the draft’s (or the format writes every year)', () => {
    assert.equal(fixed('Profit rose 5% in the fourth quarter.', 'dates/reporting-period'), 'Profit rose 5% in the fourth quarter of 2023.');
    assert.equal(fixed('Sales will rise in the second quarter.', 'dates/reporting-period', { format: 'long' }), 'Sales will rise in the second quarter of 2024.');
    assert.equal(fixed('“Profit rose in the fourth quarter,” he said.', 'dates/reporting-period'), '“Profit rose in the fourth quarter [2023],” he said.');
    for (const t of ['Sales will rise in the second quarter.', 'The company reported third-quarter profit of $5 million.', 'Profit for the quarter fell.', 'Sales for the fiscal year rose.', 'Profit rose in the fiscal fourth quarter.']) {
      assert.equal(only(t, 'dates/reporting-period').suggestions.length, 0, t);
    }
  });
  it('says a season of play needs its years, with no rewrite', () => {
    const f = only('The team won 20 games last season.', 'dates/reporting-period');
    assert.equal(f.resolved, undefined);
    assert.equal(f.suggestions.length, 0);
    assert.equal(only('This season’s schedule is long.', 'dates/reporting-period').text, 'This season’s');
  });
  it('leaves alone quarters of a game, of a city or of a mile, periods with their year, and the halves of other things', () => {
    for (const t of [
      'The Lakers scored 40 points in the fourth quarter.',
      'He threw two touchdowns in the first half.',
      'He ran the quarter mile.',
      'The first quarter moon rose.',
      'He scored two second-half goals.',
      'They live in the French Quarter.',
      'A quarter of the residents left.',
      'Earnings for the third quarter of 2023 rose.',
      'The 2023 fourth quarter was weak.',
      'Net fell in the quarter ended Dec. 31, 2023.',
      'Third-quarter 2023 profit rose.',
      'The first half of the century was hard.',
      'The fiscal year 2023 budget passed.',
      'The grant is for the year 2025.',
      'She was named Player of the Year.',
    ]) {
      assert.deepEqual(rules(t), [], t);
    }
  });
});

describe('dates/event-relative', () => {
  it('flags time counted from another event as information, without inventing a date', () => {
    for (const [t, text] of [
      ['Two days after the fire, the family moved.', 'Two days after the fire'],
      ['A week before the vote, polls shifted.', 'A week before the vote'],
      ['Three days later, the road reopened.', 'Three days later'],
      ['The road reopened the next day.', 'the next day'],
      ['Later that day, crews left.', 'Later that day'],
      ['His car was seen in the weeks before the shooting.', 'in the weeks before'],
      ['Results for that quarter included a charge.', 'that quarter'],
    ]) {
      const f = only(t, 'dates/event-relative');
      assert.equal(f.text, text);
      assert.equal(f.severity, 'information');
      assert.equal(f.resolved, undefined);
      assert.equal(f.suggestions.length, 0);
      assert.match(f.message, /another event/);
    }
  });
});

describe('dates: without a reference date', () => {
  it('flags the relative date without a fix, saying to add a dateline', () => {
    const f = only('The fire spread Saturday.', 'dates/relative-day', { ref: null });
    assert.equal(f.suggestions.length, 0);
    assert.equal(f.resolved, undefined);
    assert.match(f.message, /dateline/);
  });
  it('reports the missing date once, at the first line, with a fix that adds a date line', () => {
    const t = 'The fire spread Saturday.\n\nCrews left.';
    const f = only(t, 'dates/no-reference-date', { ref: null });
    assert.deepEqual(f.offset, [0, 'The fire spread Saturday.'.length]);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'This draft has no date of its own, so ‘Saturday’ can’t be checked against it; add a date line or a dateline.');
    const after = fix(t, f);
    assert.equal(after, 'Date: March 5, 2024\n\nThe fire spread Saturday.\n\nCrews left.');
    const again = review(after, { categories: ['dates'], today: TODAY });
    assert.equal(again.referenceDate, '2024-03-05');
    assert.ok(!again.findings.some((x) => x.rule === 'dates/no-reference-date'));
  });
  it('puts the date line under a heading, as a block of its own, in the house format', () => {
    const t = '# Fire\n\nThe fire spread Saturday.';
    assert.equal(fixed(t, 'dates/no-reference-date', { ref: null }), '# Fire\n\nDate: March 5, 2024\n\nThe fire spread Saturday.');
    assert.equal(fixed(t, 'dates/no-reference-date', { ref: null, format: 'iso' }), '# Fire\n\nDate: 2024-03-05\n\nThe fire spread Saturday.');
    const after = fixed(t, 'dates/no-reference-date', { ref: null });
    assert.equal(review(after, { categories: ['dates'], today: TODAY }).referenceDate, '2024-03-05');
  });
  it('adds the date to front matter that has none', () => {
    const t = '---\ntitle: Fire\n---\n\nThe fire spread Saturday.';
    const after = fixed(t, 'dates/no-reference-date', { ref: null });
    assert.equal(after, '---\ntitle: Fire\ndate: 2024-03-05\n---\n\nThe fire spread Saturday.');
    const again = review(after, { categories: ['dates'], today: TODAY });
    assert.equal(again.referenceSource, 'front-matter');
  });
  it('is information when the draft has no relative date to check', () => {
    assert.equal(only('The council met on March 5, 2024.', 'dates/no-reference-date', { ref: null }).severity, 'information');
  });
  it('says nothing when the draft has a date line, a front-matter date, a dateline, or a date from the option', () => {
    for (const t of [
      'Date: March 5, 2024\n\nThe fire spread Saturday.',
      'date 2024-03-05\nThe fire spread Saturday.',
      '---\ntitle: Fire\ndate: 2024-03-05\n---\n\nThe fire spread Saturday.',
      'KYIV, Ukraine, March 5 (AP) — The fire spread Saturday.',
    ]) {
      assert.ok(!dates(t, { ref: null }).some((f) => f.rule === 'dates/no-reference-date'), t);
    }
    assert.ok(!dates('The fire spread Saturday.').some((f) => f.rule === 'dates/no-reference-date'));
  });
  it('says nothing on an empty draft', () => {
    assert.deepEqual(dates('', { ref: null }), []);
  });
});

describe('dates: resolution', () => {
  const ref: YMD = { year: 2013, month: 3, day: 22 }; // a Friday
  const cand = (text: string) => {
    const c = findCandidates(text, false);
    assert.equal(c.length, 1, text);
    return c[0];
  };
  it('reads tense from the sentence', () => {
    const t = (s: string, word: string) => {
      const i = s.indexOf(word);
      return tenseAt(s, 0, s.length, i, i + word.length);
    };
    assert.equal(t('Officials said Friday that the plan had failed.', 'Friday'), 'past');
    assert.equal(t('The committee will vote Friday.', 'Friday'), 'future');
    assert.equal(t('On Friday, police arrested two men.', 'Friday'), 'past');
    assert.equal(t('On Friday, the council will decide.', 'Friday'), 'future');
    assert.equal(t('The plant will be closed Friday.', 'Friday'), 'future');
    assert.equal(t('The mayor could not be reached Friday.', 'Friday'), 'past');
    assert.equal(t('The team could arrive as early as Friday.', 'Friday'), 'future');
    assert.equal(t('They agreed to meet Friday.', 'Friday'), 'future');
    assert.equal(t('Lawmakers voted to support the bill Friday.', 'Friday'), 'past');
  });
  it('fixes chrono’s defaults for news: months to the past, “last June”, weekdays by tense', () => {
    // chrono alone reads "July" in a March story forward and "last June" as "June"
    const chronoJuly = casual.parse('July', new Date(Date.UTC(2013, 2, 22, 12)))[0].start.get('year');
    assert.equal(chronoJuly, 2013);
    assert.equal(resolve(cand('in July'), ref, 'past')?.value, '2012-07');
    assert.equal(resolve(cand('last June'), ref, 'past')?.value, '2012-06');
    assert.equal(resolve(cand('next June'), ref, null)?.value, '2013-06');
    assert.equal(resolve(cand('Monday'), ref, 'past')?.value, '2013-03-18');
    assert.equal(resolve(cand('Monday'), ref, 'future')?.value, '2013-03-25');
    assert.equal(resolve(cand('Friday'), ref, 'past')?.value, '2013-03-22');
    assert.equal(resolve(cand('last week'), ref, null)?.value, '2013-W11');
    assert.equal(resolve(cand('this winter'), ref, 'past')?.value, '2012-WI');
    assert.equal(resolve(cand('last Thanksgiving'), ref, null)?.value, '2012-11-22');
    assert.equal(resolve(cand('this Easter'), ref, null)?.value, '2013-03-31');
  });
  it('computes ISO weeks and calendar months', () => {
    assert.equal(isoWeek({ year: 2021, month: 1, day: 3 }), '2020-W53');
    assert.equal(isoWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
    assert.deepEqual(addMonths({ year: 2024, month: 3, day: 31 }, -1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addMonths({ year: 2024, month: 1, day: 15 }, -13), { year: 2022, month: 12, day: 15 });
  });
  it('uses a cut-down chrono that reads the expressions it is given as the full one does', () => {
    const mini = newsChrono();
    assert.ok(mini.parsers.length < casual.parsers.length, 'cut down');
    for (const s of ['yesterday', 'today', 'tomorrow', 'tonight', 'this morning', 'last week', 'next month', 'last year']) {
      const at = { instant: new Date(Date.UTC(2024, 0, 1, 12)), timezone: 0 };
      const a = mini.parse(s, at).find((r) => r.text === s)?.start.date().toISOString();
      const b = casual.parse(s, at).find((r) => r.text === s)?.start.date().toISOString();
      assert.equal(a, b, s);
    }
  });
});

describe('dates: matching', () => {
  it('finds the same candidates in windows around trigger words as over the whole text', () => {
    const text = [
      'Police arrested the man Saturday and released him yesterday, two days after the fire.',
      'The council voted last week, three weeks ago and a little more than twenty-one days ago; it will meet again next month.',
      'Over the weekend, prices rose in recent weeks. The store opened in December. The mayor currently lives here now.',
      'Tuesday Morning Corp. and Black Friday; the day before yesterday; later that day; in the near future; to date.',
    ].join(' ');
    const a = findCandidates(text, false);
    assert.deepEqual(a, findCandidatesFull(text, false));
    assert.ok(a.length >= 15);
  });
  it('reviews each block of a draft once', () => {
    const d = parseDraft('Police arrested the man Saturday.\n\nHe was released yesterday.');
    assert.equal(d.blocks.length, 2);
    assert.deepEqual(rules('Police arrested the man Saturday.\n\nHe was released yesterday.'), ['dates/relative-day:Saturday', 'dates/relative-day:yesterday']);
  });
});
