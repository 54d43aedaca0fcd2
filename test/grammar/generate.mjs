// Source of Copydesk's two TextMate grammars. The news-draft grammar (`text.newsdraft`) and the
// Markdown injection (`text.copydesk.injection`) colour the same things — quotations, attribution,
// absolute and relative dates, TK marks — and differ only in the scope suffix (`.newsdraft` /
// `.copydesk`) and in what surrounds the prose. Writing both from one source keeps them in step.
//
//   node test/grammar/generate.mjs          write syntaxes/*.tmLanguage.json
//   node test/grammar/generate.mjs --check  exit 1 if the committed files differ (run.mjs does this)
//
// Edit this file, not the JSON. Regular expressions are Oniguruma (what VS Code runs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCHEMA = 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json';

// ------------------------------------------------------------------------------ vocabulary

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** AP abbreviations (Jan. Feb. Aug. Sept. Oct. Nov. Dec.) and the common others, dot optional. */
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const DAY = '(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** Only plausible years, so that "March 5, 1200 people" does not swallow the count. */
const YEAR = '(?:1[89]|20)[0-9]{2}';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

/** Absolute dates: each one names a day, a month or a year outright. */
const ABSOLUTE_DATES = [
  // Tuesday, March 5 / Tuesday, March 5, 2024 (a weekday anchored to a date is not relative)
  `\\b${WEEKDAY},?[ \\t]+${MONTH}[ \\t]+${DAY}\\b(?:,?[ \\t]+${YEAR}\\b)?`,
  // March 5 / Sept. 3, 2024 / March 2024
  `\\b${MONTH}[ \\t]+(?:${DAY}\\b(?:,?[ \\t]+${YEAR}\\b)?|${YEAR}\\b)`,
  // 5 March 2024 / 3 Sept.
  `\\b${DAY}[ \\t]+${MONTH}(?![A-Za-z])(?:,?[ \\t]+${YEAR}\\b)?`,
  // 2024-03-05
  `\\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\\b`,
  // 3/5/2024, 3/5/24
  `\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:${YEAR}|[0-9]{2})\\b`,
];

/** Relative dates: true only on the day they were written. */
const RELATIVE_DATES = [
  // this week, last night, next Tuesday, earlier this month, this past weekend
  `\\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Ee]arlier[ \\t]+this|[Ll]ater[ \\t]+this)(?:[ \\t]+past)?[ \\t]+` +
    `(?:week(?:end)?|month|year|${PART_OF_DAY}|spring|summer|fall|autumn|winter|${WEEKDAY})\\b`,
  // yesterday, today, tomorrow, tonight
  '\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b',
  // Tuesday, Tuesday night
  `\\b${WEEKDAY}\\b(?:[ \\t]+${PART_OF_DAY}\\b)?`,
  // the weekend, recently
  '\\b(?:[Ww]eekend|[Rr]ecently)\\b',
  // three days ago, a few weeks ago
  '\\b(?i:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \\t]+few|few|several|many)' +
    '[ \\t]+(?:days?|weeks?|months?|years?|decades?)[ \\t]+ago\\b',
];

/**
 * Attribution verbs and phrases, after the parser's cue list (src/core/parse.ts CUE_SOURCE), less
 * the words that are mostly nouns in running prose ("states", "notes", "reports", "claims", "read",
 * "posts", "shows", "finds", "statement"), which would colour half a story.
 */
const ATTRIBUTION =
  '\\b(?:said|says|say|saying|told|tells|tell|asked|asks|added|adds|wrote|writes|stated|explained|explains|' +
  'noted|recalled|recalls|replied|replies|responded|responds|answered|testified|testifies|announced|announces|' +
  'declared|declares|argued|argues|insisted|insists|claimed|admitted|admits|acknowledged|acknowledges|' +
  'confirmed|confirms|reported|tweeted|warned|warns|predicted|predicts|quoted|quoting|cited|cites|citing)\\b' +
  '|\\b[Aa]ccording[ \\t]+to\\b|\\b[Ii]n[ \\t]+an?[ \\t]+(?:statement|interview)\\b';

/** [TK], [SOURCE TK], [TK: figure] — a bracket holding TK — or TK / TKTK standing alone. */
const TK_BRACKETED = '\\[[^\\]\\n]*?\\bTK(?:TK)*\\b[^\\]\\n]*\\]';
const TK_BARE = '\\bTK(?:TK)*\\b';

/** A straight double quote opens a quotation after a space, a bracket, a dash, a colon… (as the parser). */
const STRAIGHT_OPEN = '(?:^|(?<=[\\s(\\[{\u2014\u2013/:;,>-]))"(?=\\S)';

/** Header fields of the news-draft format, as the parser knows them (src/core/parse.ts). */
const HEADER_KEYS = 'slug|hed|headline|dek|subhed|byline|by|date|dated|dateline|updated|published|filed|desk|edition|section|status|editor|words|tags?';

// ------------------------------------------------------------------------------ rules

/** An end pattern that never matches: the rule lasts to the end of the document. */
const NEVER = '(?!)';

const inc = (name) => ({ include: name.includes('.') ? name : `#${name}` });

/** The rules both grammars share, with scope names ending in `.${sfx}`. */
function sharedRules(sfx) {
  const sc = (names) => names.split(' ').map((s) => `${s}.${sfx}`).join(' ');
  return {
    comment: {
      name: 'comment.block.html',
      begin: '<!--',
      end: '-->',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.html' } },
      endCaptures: { 0: { name: 'punctuation.definition.comment.html' } },
    },
    tk: {
      patterns: [
        { name: sc('invalid.illegal.tk'), match: TK_BRACKETED },
        { name: sc('invalid.illegal.tk'), match: TK_BARE },
      ],
    },
    attribution: { name: sc('keyword.control.attribution'), match: ATTRIBUTION },
    dates: { patterns: [inc('absolute-date'), inc('relative-date')] },
    'absolute-date': { patterns: ABSOLUTE_DATES.map((match) => ({ name: sc('constant.numeric.date'), match })) },
    'relative-date': {
      patterns: RELATIVE_DATES.map((match) => ({
        name: sc('invalid.deprecated.relative-date markup.underline.relative-date'),
        match,
      })),
    },
  };
}

/** A quotation: `end` says where an unclosed one stops; `inner` what is coloured inside it. */
function quoteRules(sfx, end, inner) {
  const open = { 0: { name: `punctuation.definition.string.begin.${sfx}` } };
  const close = { 1: { name: `punctuation.definition.string.end.${sfx}` } };
  return {
    'quote-curly': {
      name: `string.quoted.double.${sfx}`,
      begin: '[\u201C\u201E]',
      beginCaptures: open,
      end: `(\u201D)|${end}`,
      endCaptures: close,
      patterns: inner,
    },
    'quote-straight': {
      name: `string.quoted.double.${sfx}`,
      begin: STRAIGHT_OPEN,
      beginCaptures: open,
      end: `(")|${end}`,
      endCaptures: close,
      patterns: inner,
    },
  };
}

function headerField(keys, valueScope, valuePatterns, colon = '(:)') {
  const value = { name: valueScope };
  if (valuePatterns) value.patterns = valuePatterns;
  return {
    match: `^[ \\t]*((?i:${keys}))[ \\t]*${colon}[ \\t]*(.*?)[ \\t]*$`,
    captures: {
      1: { name: 'keyword.other.header-key.newsdraft' },
      2: { name: 'punctuation.separator.key-value.newsdraft' },
      3: value,
    },
  };
}

function newsdraftGrammar() {
  const S = 'newsdraft';
  const prose = [inc('comment'), inc('tk'), inc('quote-curly'), inc('quote-straight'), inc('attribution'), inc('dates')];
  return {
    $schema: SCHEMA,
    name: 'News draft',
    scopeName: 'text.newsdraft',
    comment: 'Generated by test/grammar/generate.mjs: edit that file, not this one.',
    // A small state machine made of nested rules that never end: `preamble` holds the comments and
    // blank lines at the top; the first other line starts either `header-then-body` (a header
    // block, then the story) or `body` (the story). A `key: value` line later in the story is
    // prose, never a header.
    patterns: [inc('preamble')],
    repository: {
      preamble: {
        begin: '\\A',
        end: NEVER,
        patterns: [inc('comment'), inc('header-then-body'), inc('body')],
      },
      'header-then-body': {
        begin: `^(?=[ \\t]*(?i:(?:${HEADER_KEYS})[ \\t]*:|date[ \\t]+[0-9]))`,
        end: NEVER,
        patterns: [inc('header'), inc('body')],
      },
      body: {
        begin: '^(?=[ \\t]*\\S)',
        end: NEVER,
        patterns: [inc('comment'), inc('paragraph')],
      },
      header: {
        comment: 'key: value lines, from the first one to the first blank line',
        name: 'meta.header.newsdraft',
        begin: '\\G',
        end: '^(?=[ \\t]*$)',
        patterns: [
          inc('comment'),
          headerField('hed|headline', 'markup.heading.newsdraft entity.name.section.hed.newsdraft', [
            inc('tk'), inc('quote-curly'), inc('quote-straight'), inc('dates'),
          ]),
          headerField('dek|subhed', 'markup.italic.dek.newsdraft', [
            inc('tk'), inc('quote-curly'), inc('quote-straight'), inc('attribution'), inc('dates'),
          ]),
          headerField('slug', 'string.unquoted.slug.newsdraft', [inc('tk')]),
          headerField('byline|by', 'string.unquoted.byline.newsdraft', [inc('tk')]),
          headerField('dateline', 'entity.name.tag.dateline.newsdraft', [inc('tk'), inc('absolute-date')]),
          // `date: March 5, 2024`, and the bare `date 2024-03-05` line the parser also accepts
          headerField('date|dated|updated|published|filed', 'meta.header.date.newsdraft', [inc('tk'), inc('dates')], '(?:(:)|(?=[ \\t]+[0-9]))'),
          headerField('[A-Za-z][A-Za-z0-9_-]*', 'string.unquoted.header-value.newsdraft', [inc('tk')]),
          inc('tk'),
        ],
      },
      paragraph: {
        name: 'meta.paragraph.newsdraft',
        begin: '^(?=[ \\t]*\\S)',
        end: '^(?=[ \\t]*$)',
        patterns: [inc('dateline'), ...prose],
      },
      dateline: {
        comment: 'KYIV, Ukraine, March 5 (AP) — at the start of a paragraph (as DATELINE_RE in src/core/docinfo.ts)',
        name: 'meta.dateline.newsdraft',
        match:
          "\\G[ \\t]*((?=[A-Z.'\u2019\\- ]*[A-Z]{2})[A-Z][A-Z.'\u2019\\- ]{1,40}[A-Z.])" +
          "(?:(,)[ \\t]+([A-Z][A-Za-z.'\u2019 ]{0,30}[A-Za-z.]))?" +
          `(?:(,)[ \\t]+(${MONTH}[ \\t]+${DAY}(?:,[ \\t]+${YEAR})?))?` +
          '[ \\t]*(\\((?:AP|Reuters|AFP|UPI|Bloomberg|CNN|[A-Z]{2,8})\\))?' +
          '[ \\t]*(\u2014|\u2013|--|-)(?=[ \\t]|$)',
        captures: {
          1: { name: 'entity.name.tag.dateline.newsdraft' },
          2: { name: 'punctuation.separator.comma.newsdraft' },
          3: { name: 'entity.name.tag.dateline.newsdraft' },
          4: { name: 'punctuation.separator.comma.newsdraft' },
          5: { name: 'constant.numeric.date.newsdraft' },
          6: { name: 'entity.name.tag.agency.newsdraft' },
          7: { name: 'punctuation.separator.dash.newsdraft' },
        },
      },
      // An unclosed quotation runs to the end of its paragraph (AP: a quotation that goes on into
      // the next paragraph is not closed; that paragraph opens it again).
      ...quoteRules(S, '^(?=[ \\t]*$)', [inc('comment'), inc('tk'), inc('dates')]),
      ...sharedRules(S),
    },
  };
}

/**
 * Scopes the injection stays out of: code (fenced, indented, inline), math, link targets, comments
 * and anything embedded (front matter, fenced code content). It also stays out of its own
 * quotations, so "said" inside a quotation is not taken for attribution and a closing quote mark
 * is never taken for an opening one.
 */
const INJECTION_SELECTOR =
  'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -markup.math ' +
  '-markup.underline.link -comment -meta.embedded -string.quoted.double.copydesk';

function injectionGrammar() {
  const S = 'copydesk';
  return {
    $schema: SCHEMA,
    name: 'Copydesk prose marks in Markdown',
    scopeName: 'text.copydesk.injection',
    comment: 'Generated by test/grammar/generate.mjs: edit that file, not this one.',
    injectionSelector: INJECTION_SELECTOR,
    patterns: [inc('tk'), inc('quote-curly'), inc('quote-straight'), inc('attribution'), inc('dates')],
    repository: {
      // Markdown paragraphs are tokenized line by line, so a quotation ends with its line at the
      // latest. Markdown's own inline rules (code spans, emphasis, links) still apply inside it.
      ...quoteRules(S, '$', [inc('comment'), inc('tk'), inc('dates'), inc('text.html.markdown#inline')]),
      ...sharedRules(S),
    },
  };
}

// ------------------------------------------------------------------------------ output

export const OUTPUTS = [
  ['syntaxes/newsdraft.tmLanguage.json', newsdraftGrammar],
  ['syntaxes/markdown-injection.tmLanguage.json', injectionGrammar],
];

export function render(make) {
  return JSON.stringify(make(), null, 2) + '\n';
}

/** Paths whose committed text differs from what this file generates. */
export function stale() {
  const out = [];
  for (const [rel, make] of OUTPUTS) {
    let current = '';
    try {
      current = readFileSync(join(ROOT, rel), 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== render(make)) out.push(rel);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const s = stale();
    if (s.length) {
      console.error(`out of date: ${s.join(', ')} (run node test/grammar/generate.mjs)`);
      process.exit(1);
    }
  } else {
    for (const [rel, make] of OUTPUTS) {
      writeFileSync(join(ROOT, rel), render(make));
      console.log(`wrote ${rel}`);
    }
  }
}
