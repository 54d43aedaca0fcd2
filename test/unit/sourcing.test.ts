import * as assert from 'node:assert/strict';
import { review } from '../../src/core/engine';
import type { Finding, Severity, Suggestion } from '../../src/core/types';
import { sourcingChecker } from '../../src/core/rules/sourcing';

const TODAY = { year: 2024, month: 3, day: 5 };
const run = (text: string): Finding[] => review(text, { categories: ['sourcing'], today: TODAY }).findings;
/** `rule:text` of every finding, rule without its category. */
const found = (text: string): string[] => run(text).map((f) => `${f.rule.replace('sourcing/', '')}:${f.text}`);
const only = (text: string, rule: string): string[] => run(text).filter((f) => f.rule === 'sourcing/' + rule).map((f) => f.text);
const severity = (text: string, rule: string): Severity | undefined => run(text).find((f) => f.rule === 'sourcing/' + rule)?.severity;

/** Apply a suggestion's edits (absolute offsets) to the text. */
function apply(text: string, s: Suggestion): string {
  let out = text;
  for (const e of [...s.edits].sort((a, b) => b.offset[0] - a.offset[0])) out = out.slice(0, e.offset[0]) + e.newText + out.slice(e.offset[1]);
  return out;
}
/** The text after suggestion `which` of the first finding of `rule`. */
function fixed(text: string, rule: string, which = 0): string {
  const f = run(text).find((x) => x.rule === 'sourcing/' + rule);
  assert.ok(f, `no ${rule} finding in: ${text}`);
  assert.ok(f.suggestions[which], `no suggestion ${which} for ${rule} in: ${text}`);
  return apply(text, f.suggestions[which]);
}
function titles(text: string, rule: string): string[] {
  return (run(text).find((x) => x.rule === 'sourcing/' + rule)?.suggestions ?? []).map((s) => s.title);
}

describe('sourcing: rules', () => {
  it('declares its eight rules with anchors and default severities', () => {
    const rules = Object.fromEntries(sourcingChecker.rules.map((r) => [r.id, r]));
    assert.deepEqual(Object.keys(rules).sort(), [
      'sourcing/anonymous',
      'sourcing/quote-no-speaker',
      'sourcing/speculation',
      'sourcing/tk',
      'sourcing/unsourced-figure',
      'sourcing/unsourced-superlative',
      'sourcing/vague-attribution',
      'sourcing/vague-quantity',
    ]);
    assert.equal(rules['sourcing/speculation'].defaultSeverity, 'hint');
    assert.equal(rules['sourcing/vague-quantity'].defaultSeverity, 'hint');
    assert.equal(rules['sourcing/vague-attribution'].anchor, 'sourcingvague-attribution');
    assert.equal(rules['sourcing/vague-attribution'].defaultSeverity, 'warning');
    assert.equal(rules['sourcing/anonymous'].defaultSeverity, 'information');
    assert.equal(rules['sourcing/unsourced-figure'].defaultSeverity, 'information');
    assert.equal(rules['sourcing/unsourced-superlative'].defaultSeverity, 'information');
    assert.equal(rules['sourcing/quote-no-speaker'].defaultSeverity, 'warning');
    assert.equal(rules['sourcing/tk'].defaultSeverity, 'warning');
    for (const r of sourcingChecker.rules) assert.equal(r.anchor, r.id.replace('/', ''));
  });
  it('explains every finding, and no fix is marked safe', () => {
    const text =
      'Experts say the dam is weak. Officials said it would hold. The flood covered more than 3,000 acres. It was the worst flood in a century.\n\n“We have never seen water like this before.”\n\nThe mayor, TK, left.';
    const fs = run(text);
    assert.deepEqual(
      fs.map((f) => f.rule.replace('sourcing/', '')),
      ['vague-attribution', 'anonymous', 'quote-no-speaker', 'tk'],
    );
    for (const f of fs) {
      assert.ok(f.explanation && f.explanation.length > 20, f.rule);
      assert.ok(f.message.length > 10 && !/undefined/.test(f.message), f.rule);
      for (const s of f.suggestions) assert.ok(!s.safe, s.title);
    }
  });
  it('reports the figure and the superlative when nothing else in the paragraph attributes', () => {
    assert.deepEqual(found('The flood covered more than 3,000 acres. It was the worst flood in a century.'), [
      'unsourced-figure:more than 3,000 acres',
      'unsourced-superlative:the worst',
    ]);
  });
});

describe('sourcing/vague-attribution', () => {
  it('flags vague groups that hold a view', () => {
    assert.deepEqual(only('Experts say the bridge is unsafe.', 'vague-attribution'), ['Experts say']);
    assert.deepEqual(only('Critics have long argued that the levy is unfair.', 'vague-attribution'), ['Critics have long argued']);
    assert.deepEqual(only('Some critics called the plan reckless.', 'vague-attribution'), ['Some critics']);
    assert.deepEqual(only('Many residents believe the plant leaks.', 'vague-attribution'), ['Many residents believe']);
    assert.deepEqual(only('A growing number of economists expect a slowdown.', 'vague-attribution'), ['A growing number of economists expect']);
    assert.deepEqual(only('Legal experts warn that the ruling may not stand.', 'vague-attribution'), ['Legal experts warn']);
    assert.deepEqual(only('Critics of the proposal say it favors developers.', 'vague-attribution'), ['Critics of the proposal say']);
    assert.deepEqual(only('Some say the river is still rising.', 'vague-attribution'), ['Some say']);
    assert.deepEqual(only('Many in the party felt betrayed.', 'vague-attribution'), ['Many in the party felt']);
    assert.deepEqual(only('Others argue that the tunnel is too costly.', 'vague-attribution'), ['Others argue']);
    assert.deepEqual(only('There are those who think the vote was rigged.', 'vague-attribution'), ['There are those who']);
    assert.deepEqual(only('Sources said the deal was done.', 'vague-attribution'), ['Sources said']);
    assert.deepEqual(only('The move led many to speculate about a sale.', 'vague-attribution'), ['led many to speculate']);
    assert.deepEqual(only('Studies show that the drug works.', 'vague-attribution'), ['Studies show']);
    assert.deepEqual(only('Researchers found that the drug works.', 'vague-attribution'), ['Researchers found']);
    assert.deepEqual(only('Crews fought what experts say is the worst fire in a generation.', 'vague-attribution'), ['experts say']);
  });
  it('says in plain words that a quotation has no speaker', () => {
    const f = run('“We are not going anywhere until the water goes down.”').find((x) => x.rule === 'sourcing/quote-no-speaker');
    assert.equal(f?.message, 'This quotation has no speaker: say who said it.');
  });
  it('flags agentless passives and hearsay adverbs', () => {
    assert.deepEqual(only('It is believed that the fire began in the kitchen.', 'vague-attribution'), ['It is believed']);
    assert.deepEqual(only('It has been suggested that the mine be closed.', 'vague-attribution'), ['It has been suggested']);
    assert.deepEqual(only('It is widely known that the bridge is old.', 'vague-attribution'), ['It is widely known']);
    assert.deepEqual(only('The house is said to be haunted.', 'vague-attribution'), ['is said to']);
    assert.deepEqual(only('The coach is widely regarded as the best in the league.', 'vague-attribution'), ['is widely regarded as']);
    assert.deepEqual(only('The council was viewed by many as weak.', 'vague-attribution'), ['viewed by many']);
    // "considered" followed by a word that merely begins like "on" or "in"
    assert.deepEqual(only('The lake is considered one of the cleanest in the state.', 'vague-attribution'), ['is considered']);
    assert.deepEqual(only('Pine is considered inferior to oak for flooring.', 'vague-attribution'), ['is considered']);
    assert.deepEqual(only('The mayor reportedly plans to resign.', 'vague-attribution'), ['reportedly']);
    assert.deepEqual(only('According to reports, the plant will close.', 'vague-attribution'), ['According to reports']);
    assert.deepEqual(only('By some accounts, the crowd was the largest ever.', 'vague-attribution'), ['By some accounts']);
    assert.deepEqual(only('The figure has long been disputed.', 'vague-attribution'), ['has long been disputed']);
    assert.deepEqual(only('Several dates for the fire have been suggested.', 'vague-attribution'), ['have been suggested']);
    assert.deepEqual(only('A hermit believed to be 90 lives in the tower.', 'vague-attribution'), ['believed to']);
    assert.deepEqual(only('The wreck, said to be a Spanish galleon, lies offshore.', 'vague-attribution'), ['said to']);
  });
  it('leaves a group alone once it is named, linked or specific', () => {
    assert.deepEqual(only('Experts at the Brookings Institution say the plan will fail.', 'vague-attribution'), []);
    assert.deepEqual(only('Researchers at Stanford University found that the drug works.', 'vague-attribution'), []);
    assert.deepEqual(only('Critics, including Sen. Maria Lopez, say the plan will fail.', 'vague-attribution'), []);
    assert.deepEqual(only('Many of the 40 residents said they would stay.', 'vague-attribution'), []);
    assert.deepEqual(only('The experts said the dam would hold.', 'vague-attribution'), []);
    assert.deepEqual(only('Two critics said the show ran long.', 'vague-attribution'), []);
    assert.deepEqual(only('Experts say [the dam is weak](https://example.org/report).', 'vague-attribution'), []);
    assert.deepEqual(only('Some analysts expect a cut. Among them is Ana Ruiz of Lakeside Bank.', 'vague-attribution'), []);
    assert.deepEqual(only('Agriculture Department economists estimate the harvest at a record.', 'vague-attribution'), []);
  });
  it('leaves neutral senses alone', () => {
    for (const t of [
      'Many residents lost power overnight.',
      'Some schools will close early on Friday.',
      'The bill is being considered by the committee.',
      'The bill was considered in committee on Monday.',
      'The plan was considered, and rejected.',
      'The suspect is considered dangerous, police said.',
      'He allegedly fired two shots, prosecutors said.',
      'The boat was reported to the Coast Guard.',
      'The building is commonly known as the Flatiron.',
      'She is often seen at the market on Saturdays.',
      'The report was released to the council on Monday.',
      'Some of the money went to schools.',
      'Most people left before noon.',
      'The claim has been disputed by the mayor.',
      'The suspect has been questioned.',
      'The coach said to be careful on the ice.',
    ]) {
      assert.deepEqual(only(t, 'vague-attribution'), [], t);
    }
  });
  it('leaves the source’s own words alone inside a quotation', () => {
    assert.deepEqual(found('“Experts say this is the largest fire in history,” the chief said.'), []);
    assert.deepEqual(found('The chief said: “Some critics have argued that we waited too long.”'), []);
  });
  it('does not review headings (the story attributes what they summarise)', () => {
    assert.deepEqual(found('# Experts say the dam is weak\n\nThe dam was built in 1931.'), []);
  });
  it('fixes: name the source', () => {
    assert.equal(fixed('Experts say the bridge is unsafe.', 'vague-attribution'), '[NAME TK], [TITLE TK], says the bridge is unsafe.');
    assert.equal(titles('Experts say the bridge is unsafe.', 'vague-attribution')[0], 'Replace ‘Experts say’ with ‘[NAME TK], [TITLE TK], says’');
    assert.equal(fixed('Critics have long argued that the levy is unfair.', 'vague-attribution'), '[NAME TK], [TITLE TK], has long argued that the levy is unfair.');
    assert.equal(fixed('Many residents worry that the plant leaks.', 'vague-attribution'), '[NAME TK], [TITLE TK], worries that the plant leaks.');
    assert.equal(fixed('Some say the river is still rising.', 'vague-attribution'), '[NAME TK], [TITLE TK], says the river is still rising.');
    assert.equal(fixed('There are those who think the vote was rigged.', 'vague-attribution'), '[NAME TK], [TITLE TK], thinks the vote was rigged.');
    assert.equal(fixed('Sources said the deal was done.', 'vague-attribution'), '[NAME TK], [TITLE TK], said the deal was done.');
    assert.equal(fixed('The claim is disputed by some historians.', 'vague-attribution'), 'The claim is disputed by [NAME TK], [TITLE TK].');
  });
  it('fixes: turn the passive round, or name the report', () => {
    assert.equal(fixed('It is believed that the fire began in the kitchen.', 'vague-attribution'), '[SOURCE TK] believes that the fire began in the kitchen.');
    assert.equal(fixed('It was reported that the mine had flooded.', 'vague-attribution'), '[SOURCE TK] reported that the mine had flooded.');
    assert.equal(fixed('It has been suggested that the mine be closed.', 'vague-attribution'), '[SOURCE TK] has suggested that the mine be closed.');
    assert.equal(fixed('It is alleged that the firm hid losses.', 'vague-attribution'), '[SOURCE TK] alleges that the firm hid losses.');
    assert.equal(fixed('It was feared that the dam would fail.', 'vague-attribution'), '[SOURCE TK] feared that the dam would fail.');
    assert.equal(fixed('It is rumored that the coach will quit.', 'vague-attribution'), 'It is rumored that the coach will quit, according to [SOURCE TK].');
    assert.equal(fixed('According to reports, the plant will close.', 'vague-attribution'), 'According to [SOURCE TK], the plant will close.');
    assert.equal(fixed('By some accounts, the crowd was the largest ever.', 'vague-attribution'), 'According to [SOURCE TK], the crowd was the largest ever.');
    assert.equal(fixed('The house is said to be haunted.', 'vague-attribution'), 'The house is said to be haunted, according to [SOURCE TK].');
    assert.equal(fixed('Studies show that the drug works.', 'vague-attribution'), '[SOURCE TK] shows that the drug works.');
  });
  it('fixes: replace a hearsay adverb with the source', () => {
    assert.equal(fixed('The mayor reportedly plans to resign.', 'vague-attribution'), 'The mayor plans to resign, according to [SOURCE TK].');
    assert.equal(fixed('Reportedly, the mayor plans to resign.', 'vague-attribution'), 'The mayor plans to resign, according to [SOURCE TK].');
    assert.equal(titles('The mayor reportedly plans to resign.', 'vague-attribution')[0], 'Replace ‘reportedly’ with ‘according to [SOURCE TK]’');
  });
});

describe('sourcing/anonymous', () => {
  it('notes unnamed people as information', () => {
    assert.deepEqual(only('Officials said the road would reopen Monday.', 'anonymous'), ['Officials said']);
    assert.equal(severity('Officials said the road would reopen Monday.', 'anonymous'), 'information');
    assert.deepEqual(only('A senior official said the talks had stalled.', 'anonymous'), ['A senior official said']);
    assert.deepEqual(only('The talks had stalled, said a senior official.', 'anonymous'), ['said a senior official']);
    assert.deepEqual(only('Two people familiar with the talks said they had stalled.', 'anonymous'), ['Two people familiar with the talks said']);
    assert.deepEqual(only('A spokesman for the agency said the data were wrong.', 'anonymous'), ['A spokesman for the agency said']);
  });
  it('starts the span on a whole word, never inside one ("upstate" is not "state")', () => {
    assert.deepEqual(only('The mostly upstate officials said the plan failed.', 'anonymous'), ['officials said']);
    assert.deepEqual(only('The midstate officials said the plan failed.', 'anonymous'), ['officials said']);
    assert.deepEqual(only('Two senior state officials said the plan failed.', 'anonymous'), ['Two senior state officials said']);
  });
  it('keeps institutional attribution and explained anonymity to a hint', () => {
    assert.equal(severity('Police said the driver was not hurt.', 'anonymous'), 'hint');
    assert.equal(severity('The driver was not hurt, police said.', 'anonymous'), 'hint');
    assert.equal(severity('County officials said the road was closed.', 'anonymous'), 'hint');
    assert.equal(severity('Authorities said the fire was set.', 'anonymous'), 'hint');
    const explained = 'A senior official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said they had stalled.';
    assert.deepEqual(only(explained, 'anonymous'), ['A senior official']);
    assert.equal(severity(explained, 'anonymous'), 'hint');
  });
  it('leaves named sources alone', () => {
    for (const t of [
      'Spokesman John Reyes said the road would reopen.',
      'John Reyes, a spokesman for the city, said the road would reopen.',
      'The road will reopen, said Maria Chen, a city spokeswoman.',
      'Officials said the road would reopen, and Mayor Ana Ortiz said crews were ready.',
      'The spokesman said the road would reopen.',
      'A spokesman for Acme Corp. said the plant would close.',
      'Many people enjoy the park.',
    ]) {
      assert.deepEqual(only(t, 'anonymous'), [], t);
    }
  });
  it('fixes: name them, or explain the anonymity', () => {
    assert.equal(fixed('A senior official said the talks had stalled.', 'anonymous'), '[NAME TK], a senior official, said the talks had stalled.');
    assert.equal(
      fixed('A senior official said the talks had stalled.', 'anonymous', 1),
      'A senior official, who spoke on condition of anonymity because [REASON TK], said the talks had stalled.',
    );
    assert.equal(fixed('Officials said the road would reopen Monday.', 'anonymous'), '[NAME TK], [TITLE TK], said the road would reopen Monday.');
    assert.equal(fixed('The talks had stalled, said a senior official.', 'anonymous'), 'The talks had stalled, said [NAME TK], a senior official.');
    assert.deepEqual(run('Police said the driver was not hurt.')[0].suggestions, []);
  });
});

describe('sourcing/unsourced-figure', () => {
  it('flags estimates and statistics with no source in the paragraph', () => {
    assert.deepEqual(only('The fire burned more than 2,000 acres.', 'unsourced-figure'), ['more than 2,000 acres']);
    assert.deepEqual(only('Tens of thousands of people marched downtown.', 'unsourced-figure'), ['Tens of thousands of people']);
    assert.deepEqual(only('Unemployment rose to 40 percent last year.', 'unsourced-figure'), ['40 percent']);
    assert.deepEqual(only('Nearly half of the voters stayed home.', 'unsourced-figure'), ['Nearly half of the voters']);
    assert.deepEqual(only('The storm caused $3 million in damage.', 'unsourced-figure'), ['$3 million']);
    assert.deepEqual(only('At least 12 people died in the crash.', 'unsourced-figure'), ['At least 12 people']);
    assert.deepEqual(only('About 13,000 residents were told to leave.', 'unsourced-figure'), ['About 13,000 residents']);
    assert.deepEqual(only('An estimated 300 homes were destroyed.', 'unsourced-figure'), ['An estimated 300 homes']);
    assert.deepEqual(only('The bridge was built at a cost of $2 billion.', 'unsourced-figure'), ['$2 billion']);
  });
  it('asks once a sentence', () => {
    assert.deepEqual(only('Prices rose 4 percent in May and 6 percent in June.', 'unsourced-figure'), ['4 percent']);
  });
  it('leaves a figure alone when the paragraph attributes it', () => {
    for (const t of [
      'The fire burned more than 2,000 acres, the Forest Service said.',
      'The fire burned more than 2,000 acres, according to the state.',
      'The fire had burned more than 2,000 acres by Tuesday. Crews expect rain, Chief Ana Diaz said.',
      'The census counted 13,000 residents in the county.',
      'The fire burned [more than 2,000 acres](https://example.org/fire).',
      'The fire burned more than 2,000 acres.[^1]',
    ]) {
      assert.deepEqual(only(t, 'unsourced-figure'), [], t);
    }
  });
  it('leaves dates, times, ages, addresses, prices and quotations alone', () => {
    for (const t of [
      'The council met on March 5, 2024, at 7:30 p.m.',
      'Smith, 42, lives at 1200 Oak St. with his wife.',
      'The school opened in 1998 and added a wing around 2005.',
      'First, the board voted. Second, it adjourned.',
      'The meeting lasted about three hours.',
      'Tickets cost $15 at the door.',
      'The sales tax rose to 7 percent in July.',
      'She lives about 20 miles north of the city.',
      '“We lost more than 2,000 acres,” Chief Ana Diaz said.',
      'The town has a population of 4,000.',
    ]) {
      assert.deepEqual(only(t, 'unsourced-figure'), [], t);
    }
    assert.deepEqual(found('# More than 2,000 acres burn in Oak County\n\nThe fire began Monday.'), []);
  });
  it('fixes: according to [SOURCE TK], or (SOURCE TK) after the figure', () => {
    assert.equal(fixed('The fire burned more than 2,000 acres.', 'unsourced-figure'), 'The fire burned more than 2,000 acres, according to [SOURCE TK].');
    assert.equal(fixed('The fire burned more than 2,000 acres.', 'unsourced-figure', 1), 'The fire burned more than 2,000 acres (SOURCE TK).');
    assert.deepEqual(titles('The fire burned more than 2,000 acres.', 'unsourced-figure'), [
      'Insert ‘according to [SOURCE TK]’',
      'Insert ‘(SOURCE TK)’ after ‘more than 2,000 acres’',
    ]);
    assert.equal(fixed('Unemployment rose to 40 percent last year.', 'unsourced-figure', 1), 'Unemployment rose to 40 percent (SOURCE TK) last year.');
  });
  it('after the fix, only the placeholder is left to fill', () => {
    assert.deepEqual(found('The fire burned more than 2,000 acres, according to [SOURCE TK].'), ['tk:[SOURCE TK]']);
  });
});

describe('sourcing/unsourced-superlative', () => {
  it('flags records and superlatives with no source', () => {
    assert.deepEqual(only('It was the largest fire in state history.', 'unsourced-superlative'), ['the largest']);
    assert.deepEqual(only('The storm was the worst in a decade.', 'unsourced-superlative'), ['the worst']);
    assert.deepEqual(only('The city got a record 14 inches of snow.', 'unsourced-superlative'), ['a record 14']);
    assert.deepEqual(only('The response was unprecedented.', 'unsourced-superlative'), ['unprecedented']);
    assert.deepEqual(only('It is the first-ever strike at the plant.', 'unsourced-superlative'), ['first-ever']);
    assert.deepEqual(only('It is the most expensive stadium ever built.', 'unsourced-superlative'), ['the most expensive']);
    assert.deepEqual(only('The port is one of the busiest on the coast.', 'unsourced-superlative'), ['one of the busiest']);
    assert.deepEqual(only('It is the nation’s biggest port.', 'unsourced-superlative'), ['the nation’s biggest']);
    assert.deepEqual(only('The river flooded for the first time since 1990.', 'unsourced-superlative'), ['for the first time since 1990']);
    assert.deepEqual(only('The team is the best in the league.', 'unsourced-superlative'), ['the best']);
  });
  it('leaves alone what is not a record claim', () => {
    for (const t of [
      'It was the first time she had voted.',
      'At least the rain stopped.',
      'Most of the town was dark.',
      'The latest figures are due Friday.',
      'She is the best-known singer in the band.',
      'He did his best to help.',
      'Fresh eggs give the best results.',
      'His oldest son runs the farm.',
      'The fire is the largest, according to the U.S. Forest Service.',
      'It is the largest fire in state history, the governor said.',
      'The band played at the Best Western hotel.',
    ]) {
      assert.deepEqual(only(t, 'unsourced-superlative'), [], t);
    }
  });
  it('fixes: according to [SOURCE TK]', () => {
    assert.equal(fixed('The storm was the worst in a decade.', 'unsourced-superlative'), 'The storm was the worst in a decade, according to [SOURCE TK].');
  });
});

describe('sourcing/quote-no-speaker', () => {
  it('flags a quotation nobody is said to have said', () => {
    assert.deepEqual(only('“We will rebuild every house in this town.”', 'quote-no-speaker'), ['“We will rebuild every house in this town.”']);
    assert.deepEqual(only('The storm passed. "Nobody expected the water to rise so fast."', 'quote-no-speaker'), ['"Nobody expected the water to rise so fast."']);
  });
  it('leaves quotations with a speaker alone', () => {
    for (const t of [
      '“We will rebuild every house in this town,” the mayor said.',
      'The mayor said: “We will rebuild every house in this town.”',
      '“We will rebuild every house in this town,” she wrote in a statement.',
      '“No child should have to walk to school in the dark,” the report read.',
      '“We will rebuild every house in this town.” Those were the mayor’s words, she told reporters.',
      'The mayor spoke to reporters on Tuesday. “We will rebuild every house in this town.”',
    ]) {
      assert.deepEqual(only(t, 'quote-no-speaker'), [], t);
    }
  });
  it('leaves scare quotes, titles and partial quotations alone', () => {
    for (const t of [
      'The so-called “reform” passed on Tuesday.',
      'The council called the plan “a start.”',
      'She starred in “The Long Road Back to Town” last year.',
      'He described the plan as “a solution in search of a problem that nobody has.”',
    ]) {
      assert.deepEqual(only(t, 'quote-no-speaker'), [], t);
    }
  });
  it('follows a quotation over paragraphs and after a colon', () => {
    const t = 'The mayor said:\n\n“We will rebuild every house in this town.”';
    assert.deepEqual(only(t, 'quote-no-speaker'), []);
    const t2 = '“We will rebuild,” the mayor said. “Every house will stand,\n\n“and every school will open again by the fall.”';
    assert.deepEqual(only(t2, 'quote-no-speaker'), []);
  });
  it('fixes: insert the speaker', () => {
    assert.equal(fixed('“We will rebuild every house in this town.”', 'quote-no-speaker'), '“We will rebuild every house in this town,” [NAME TK] said.');
    assert.equal(fixed('“Who will pay for all of this now?”', 'quote-no-speaker'), '“Who will pay for all of this now?” [NAME TK] said.');
    assert.equal(titles('“We will rebuild every house in this town.”', 'quote-no-speaker')[0], 'Insert ‘[NAME TK] said’');
  });
});

describe('sourcing/tk', () => {
  it('flags TK placeholders', () => {
    assert.deepEqual(only('The mayor, TK, said TKTK and [SOURCE TK] and [TK].', 'tk'), ['TK', 'TKTK', '[SOURCE TK]', '[TK]']);
    assert.deepEqual(only('Population: TK words on the census here.', 'tk'), ['TK']);
    assert.deepEqual(only('# Fire TK\n\nThe fire spread.', 'tk'), ['TK']);
    assert.match(run('The mayor, TK, left.')[0].message, /placeholder.*before publication/);
  });
  it('leaves words that contain TK alone', () => {
    assert.deepEqual(only('A TKO for Atkins at the Utkin gym; tk is not a marker.', 'tk'), []);
    assert.deepEqual(only('Use `TK` in code and <!-- TK --> in comments.', 'tk'), []);
  });
});

describe('sourcing/speculation', () => {
  it('flags hedges in the story’s own voice', () => {
    assert.deepEqual(only('The fire may have been set deliberately.', 'speculation'), ['may have been']);
    assert.deepEqual(only('The clerk might have miscounted the ballots.', 'speculation'), ['might have']);
    assert.deepEqual(only('The dam probably failed after the storm.', 'speculation'), ['probably']);
    assert.deepEqual(only('Perhaps the mill closed because of the drought.', 'speculation'), ['Perhaps']);
    assert.deepEqual(only('It appears that the pipe burst overnight.', 'speculation'), ['It appears']);
    assert.deepEqual(only('The outage seems to have started at the substation.', 'speculation'), ['seems']);
    assert.deepEqual(only('The leak is likely to spread downstream.', 'speculation'), ['is likely']);
    assert.deepEqual(only('The pottery might be Roman.', 'speculation'), ['might be']);
    assert.deepEqual(only('The coins could be linked to a shipwreck.', 'speculation'), ['could be']);
    assert.deepEqual(only('The mill may be considered the town’s first factory.', 'speculation'), ['may be']);
    assert.deepEqual(only('The name may derive from an old word for a ford.', 'speculation'), ['may derive']);
    assert.deepEqual(only('The evidence suggests that the vault was opened twice.', 'speculation'), ['suggests']);
    assert.deepEqual(only('It is possible that the records were lost in the flood.', 'speculation'), ['It is possible']);
  });
  it('leaves attributed hedges, quotations, rules, schedules and penalties alone', () => {
    for (const t of [
      '“The fire may have been set deliberately,” the chief said.',
      'Police said the fire may have been set deliberately.',
      'The fire may have been set deliberately, according to the fire marshal.',
      'Investigators believe the fire may have been set deliberately.',
      'Dr. Amara Osei thinks the pottery might be Roman.',
      'The council may vote on the budget on Tuesday.',
      'He could face up to 10 years in prison.',
      'Drivers may be fined $50 for parking on the green.',
      'Residents may be required to boil their water.',
      'Anyone may have a copy of the minutes.',
      'Tenants may have to leave by June.',
      'Councilwoman Ruiz suggested that the vote be delayed.',
      'The mayor did not want to appear to be weak.',
      'The trial begins in May.',
      'May Okafor runs the shelter on Elm Street.',
      'Smoke could be seen from the highway.',
      'It is possible to drive to the lake in an hour.',
      'One might ask why the road was built at all.',
      'The ring appears to the naked eye as a faint halo.',
      'The plan may seem costly at first.',
      'The word may refer to a ford.',
      'The gauges indicate a pressure drop.',
    ]) {
      assert.deepEqual(only(t, 'speculation'), [], t);
    }
  });
  it('is a hint, one a sentence, and stays quiet where a louder sourcing finding already is', () => {
    assert.equal(severity('The fire may have been set deliberately.', 'speculation'), 'hint');
    assert.deepEqual(only('The fire may have been set and probably spread fast.', 'speculation'), ['may have been']);
    assert.deepEqual(found('Experts say the fire may have been set deliberately.'), ['vague-attribution:Experts say']);
  });
  it('fixes: ask for the source', () => {
    assert.equal(fixed('The fire may have been set deliberately.', 'speculation'), 'The fire may have been set deliberately, according to [SOURCE TK].');
    assert.equal(titles('The dam probably failed after the storm.', 'speculation')[0], 'Insert ‘according to [SOURCE TK]’');
    assert.match(run('The dam probably failed after the storm.')[0].message, /‘probably’.*who thinks so\?/);
  });
});

describe('sourcing/vague-quantity', () => {
  it('flags vague quantities and generalisations with no source', () => {
    assert.deepEqual(only('Many countries have banned the pesticide.', 'vague-quantity'), ['Many countries']);
    assert.deepEqual(only('Some species of the beetle live only on the island.', 'vague-quantity'), ['Some species']);
    assert.deepEqual(only('Several of the town’s wells have run dry.', 'vague-quantity'), ['Several of the town’s wells']);
    assert.deepEqual(only('The ferry stops at several small villages.', 'vague-quantity'), ['several small villages']);
    assert.deepEqual(only('Numerous studies link the additive to headaches.', 'vague-quantity'), ['Numerous studies']);
    assert.deepEqual(only('Most households heat with wood.', 'vague-quantity'), ['Most households']);
    assert.deepEqual(only('The drug is widely used in rural clinics.', 'vague-quantity'), ['widely used']);
    assert.deepEqual(only('The bakery is known as one of the city’s institutions.', 'vague-quantity'), ['is known as one of']);
  });
  it('leaves counts, known groups, plain description, attribution and quotations alone', () => {
    for (const t of [
      'Many of the 40 residents said they would stay.',
      'Many of the 40 residents stayed.',
      'Many of them stayed.',
      'Most of the day was spent in meetings.',
      'Some of the money went to schools.',
      'Several hundred people attended the vigil.',
      'The storm lasted many hours.',
      'As many as 40 people came.',
      'The most popular stalls sold out.',
      'Several buildings, including the courthouse, were damaged.',
      'Prices vary widely from town to town.',
      'Officials said many countries have banned the pesticide.',
      '“Many countries have banned it,” the minister said.',
      'Various groups met on Tuesday.',
      'Some good news arrived on Friday.',
      'Volunteers saved as many of the chairs as they could carry.',
      'She called on several occasions.',
    ]) {
      assert.deepEqual(only(t, 'vague-quantity'), [], t);
    }
  });
  it('is a hint', () => {
    assert.equal(severity('Many countries have banned the pesticide.', 'vague-quantity'), 'hint');
  });
  it('fixes: give the number, or the source', () => {
    assert.equal(fixed('Many countries have banned the pesticide.', 'vague-quantity'), '[NUMBER TK] countries have banned the pesticide.');
    assert.equal(fixed('Many countries have banned the pesticide.', 'vague-quantity', 1), 'Many countries have banned the pesticide, according to [SOURCE TK].');
    assert.equal(titles('Many countries have banned the pesticide.', 'vague-quantity')[0], 'Replace ‘Many’ with ‘[NUMBER TK]’');
    assert.equal(fixed('The drug is widely used in rural clinics.', 'vague-quantity'), 'The drug is widely used in rural clinics, according to [SOURCE TK].');
    assert.match(run('Many countries have banned the pesticide.')[0].message, /how many, and who says so\?/);
  });
});
