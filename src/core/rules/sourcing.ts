/**
 * `sourcing`: claims with no source.
 *
 * - `sourcing/vague-attribution` — "experts say", "some critics", "it is believed", "reportedly",
 *   "according to reports": a claim is pinned on people the reader cannot identify.
 * - `sourcing/anonymous` — "officials said", "a senior official said": an unnamed source; milder,
 *   and only a hint for institutional attribution ("police said") and for anonymity the story explains.
 * - `sourcing/unsourced-figure` — an estimate or statistic ("more than 2,000 acres", "40 percent")
 *   with no attribution in its paragraph.
 * - `sourcing/unsourced-superlative` — a record claim ("the largest", "a record 40 inches",
 *   "unprecedented") with no attribution in its paragraph.
 * - `sourcing/quote-no-speaker` — a direct quotation nobody is said to have said.
 * - `sourcing/tk` — a TK placeholder left in the draft.
 *
 * Words inside quotations are the source's own words and are left alone (except TK). Each block is
 * read with a fixed set of compiled regular expressions; word lists live in `data/sourcing.json`.
 */
import type { BlockChecker } from '../checker';
import { CUE_SOURCE, type ParsedBlock, type Span } from '../parse';
import { escapeRegExp, isSpaceCode, lowerBound } from '../text';
import { CAPITAL, dictionarySize, DIGIT, tailOf, wordId, wordTable, type WordTable } from '../words';
import type { RawFinding, RuleMeta, Severity, Suggestion } from '../types';
import data from '../data/sourcing.json';

// ---------------------------------------------------------------------------------- rules

const meta = (name: string, defaultSeverity: Severity, description: string): RuleMeta => ({
  id: 'sourcing/' + name,
  category: 'sourcing',
  defaultSeverity,
  description,
  anchor: 'sourcing' + name,
});

const RULES: RuleMeta[] = [
  meta('vague-attribution', 'warning', 'Vague attribution ("experts say", "it is believed"): who exactly says so?'),
  meta('anonymous', 'information', 'An unnamed source ("officials said"): name them, or say why they cannot be named.'),
  meta('unsourced-figure', 'information', 'A figure or estimate with no source in its paragraph.'),
  meta('unsourced-superlative', 'information', 'A superlative or record claim with no source in its paragraph.'),
  meta('quote-no-speaker', 'warning', 'A direct quotation with no speaker.'),
  meta('tk', 'warning', 'A TK placeholder still to be filled before publication.'),
  meta('speculation', 'hint', 'A hedged claim ("may have been", "probably", "it appears") with nobody behind it: who thinks so?'),
  meta('vague-quantity', 'hint', 'A vague quantity or generalisation ("many countries", "often") with no source: how many, says who?'),
];

const EXPLAIN = {
  vague:
    'Readers cannot weigh a claim when they cannot tell who makes it; vague attribution lets a writer’s own view pass as consensus. Name the people, or cut the claim.',
  anonymous:
    'An unnamed source asks readers to take the newsroom’s word for it. Wire style allows it for facts the story needs, when the source is reliable and the story says why the name is withheld.',
  institution:
    'Attributing to an institution (“police said”) is normal wire practice; name the agency, or the spokesperson, where you can.',
  figure:
    'Numbers are the facts readers check first: say who counted or estimated it, so they can judge the figure.',
  superlative:
    'A “largest”, “worst” or record claim is a fact that needs a source; unsourced, it reads as the writer’s own judgement.',
  quote: 'A quotation with no speaker cannot be checked or weighed: say who said it.',
  tk: 'TK marks something still to come; it must not reach readers.',
  speculation:
    'A hedge in the story’s own voice (“may have been”, “probably”, “it appears”) is a guess the reader cannot weigh: say who thinks so, or report only what is known.',
  quantity:
    'A vague quantity or generalisation (“many countries”, “most experts”, “often”) sounds like a fact but cannot be checked: give the number, or say who says so.',
};

// ---------------------------------------------------------------------------------- regex parts

/** First letter of each word either case: "some" matches "some" and "Some". */
function ci(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => {
      const e = escapeRegExp(w).replace(/['’]/g, "['’]");
      const c = w.charAt(0);
      return c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` + e.slice(1) : e;
    })
    .join('\\s+');
}
function alt(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(ci).join('|');
}
/** Word boundaries that treat a hyphenated compound as one word ("best-known" is not "best"). */
const B = '(?<![\\p{L}\\p{N}]|\\p{L}-)';
const E = '(?![\\p{L}\\p{N}]|-\\p{L})';
const re = (src: string, flags = 'gu'): RegExp => new RegExp(src, flags);
/**
 * A pattern with its named groups made plain numbered ones, and each name's number: the same
 * matches, with the same groups at the same numbers, but a match array with no `groups` object
 * (V8 makes one for every match, in dictionary mode: about 70 bytes a name). For the patterns
 * whose many matches are read by number (`m[at.name]`). `names` are all the pattern's names.
 */
function numbered<N extends string>(r: RegExp, names: readonly N[] | null, flags = r.flags): { re: RegExp; at: Record<N, number> } {
  const src = r.source;
  if (src.includes('\\k<')) throw new Error('sourcing: numbered: a named back reference');
  const at: Record<string, number> = {};
  let out = '';
  let n = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      out += ch + src[i + 1];
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && src[i + 1] !== '?') {
      n++;
      out += ch;
    } else if (ch === '(' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      // "(?<name>": a named group, now numbered
      const close = src.indexOf('>', i);
      at[src.slice(i + 3, close)] = ++n;
      out += '(';
      i = close;
    } else out += ch;
  }
  const got = Object.keys(at);
  if (names && (got.length !== names.length || names.some((x) => !(x in at)))) throw new Error(`sourcing: numbered: names ${got.join(',')} are not ${names.join(',')}`);
  return { re: new RegExp(out, flags), at: at as Record<N, number> };
}

const QUANT = alt(data.quantifiers);
const MOD = `(?:${alt(data.modifiers)}|(?!(?:The|These|Those|This|That|A|An|Some|Many|Most|Several|Both|Other|Others|Few|All|No|His|Her|Their|Its|Our|My|Your|In|On|At|For|And|But|Or|As|If|When|While|After|Before|Since|Although|Though|Because|Still|However|Meanwhile|Yet|So|Then|Now|Even|Also|Only|Such|Two|Three|Four|Five)(?![\\p{L}]))[A-Z][\\p{L}.'’-]*)`;
/** Modifiers before a role noun: "legal experts", "Republican critics". */
const MODS_BEFORE_RE = re(`(?:${MOD}\\s+){1,2}$`, 'u');
const ROLE = alt(data.roles);
const PEOPLE = alt(data.people);
const VERBS = alt([...data.verbs, ...data.attitudes]);
/** Words that may stand between a subject and its verb: "critics have long argued", "some would say". */
const AUX =
  "(?:\\s+(?:have|has|had|would|might|may|could|will|do|did|also|now|still|long|often|generally|widely|largely|privately|publicly|openly|repeatedly|increasingly|already|even|further|similarly|strongly|seriously|rightly|wrongly|reportedly|too|therefore|thus|instead|likewise|consequently|nevertheless|accordingly|always|never|once|sometimes|frequently|usually|typically|however)|\\s*,\\s*(?:however|though|meanwhile|too|in\\s+turn|for\\s+their\\s+part|\\p{Ll}+ly)\\s*,)";
const VERB_AFTER = `(?:${AUX}){0,3}\\s+(?:${VERBS})${E}`;
/** Verbs after a bare "some", "many", "others", or a plural of any kind: ones that cannot be read as nouns. */
const ALONE_VERBS = alt(data.opinionVerbs);

const PASSIVE_ACTIVE: Record<string, string> = data.passiveVerbs;
const PASSIVE = alt(Object.keys(PASSIVE_ACTIVE));
const PASSIVE_TO = alt(data.passiveTo);
const PASSIVE_AS = alt(data.passiveAs);
const DEG_ADV = alt(data.degreeAdverbs);
/** Adverbs between "is" and the participle: "is widely regarded", "has also been severely criticized". */
const ADVS = `(?:(?:${DEG_ADV}|\\p{Ll}+ly)\\s+){0,2}`;
const DEG_STRONG_LIST = ['widely', 'generally', 'commonly', 'popularly', 'traditionally', 'universally', 'frequently', 'largely', 'broadly', 'often', 'sometimes', 'almost universally'];
const DEG_STRONG = alt(DEG_STRONG_LIST);
const DEG_PART = alt(data.degreeParticiples);
const BE = "(?:is|are|was|were|been|being|be|become|became|becomes|remains|remained|['’]s)";
/** The words `BE` starts with: "'s" is the token `byFirstWord` gives a clitic ("the plan 's"). */
const BE_FIRST = ['is', 'are', 'was', 'were', 'been', 'being', 'be', 'become', 'became', 'becomes', 'remains', 'remained', "'s"];
/** A word inside a phrase: "U.S." but not "government." at the end of a sentence. */
const PWORD = "(?:(?:\\p{L}\\.)+|[\\p{L}\\p{N}'’&-]+)";
/** A short prepositional phrase after a group: "critics of the plan", "many in the administration". */
const PP = `\\s+(?:of|in|on|at|from|with|within|among|across|around|inside|outside|close\\s+to|familiar\\s+with|who\\s+know\\s+\\p{L}+)(?:\\s+${PWORD}){1,5}?`;
/** PP_VERB_RE and PP_ALONE_VERB_RE numbered (`numbered`): their groups read by number, with no `groups` object a match. */
const PP_VERB_NAMED = re(`^(?<pp>${PP})?(?<verb>${VERB_AFTER})`, 'u');
const PP_VERB = numbered(PP_VERB_NAMED, ['pp', 'verb']);
const PP_VERB_RE = PP_VERB.re;
const PP_ALONE_VERB_NAMED = re(`^(?<pp>${PP})?(?<verb>(?:${AUX}){0,3}\\s+(?:${ALONE_VERBS})${E})`, 'u');
const PP_ALONE_VERB = numbered(PP_ALONE_VERB_NAMED, ['pp', 'verb']);
const PP_ALONE_VERB_RE = PP_ALONE_VERB.re;
/** A word that may modify a plural noun: not a function word, not itself a plural ("many local residents"). */
const ADJ = "(?!(?:of|the|a|an|and|or|to|in|on|at|for|with|from|by|ago|as|than|that|who|which|were|are|was|is|have|had|has|will|would|can|could|may|might|do|did|not|no)(?![\\p{L}]))(?:[\\p{L}-]+(?:ous|is|us|ss)|[\\p{L}-]*\\p{L}(?<![sS]))";
const VAGUE_BY = `(?:(?:${QUANT})\\s+)?(?:${MOD}\\s+){0,2}?(?:${ROLE}|${PEOPLE})|some|many|most|others|several|a\\s+few|those\\s+who|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}community|the\\s+(?:press|media|public)`;

type VagueKind =
  | 'quant' | 'role' | 'alone' | 'led' | 'it' | 'to' | 'as' | 'byvague' | 'reduced' | 'degree' | 'adverb' | 'according'
  | 'sources' | 'those' | 'claims' | 'accounts' | 'eyes' | 'studies' | 'opined';
interface Pattern {
  kind: VagueKind;
  re: RegExp;
  /** Every word a match can start with, in lower case (see `byFirstWord`). */
  first: readonly string[];
  /** For some first words: what the next word must be for a match to be possible. */
  after?: After;
  /** For some first words: what the word after the next must be for a match to be possible. */
  third?: After;
  /** For some first words, by the next word: what the word after that must be for a match to be possible. */
  thirdBy?: ThirdBy;
  /** For some first words: unless the next word is one of `ids`, the word after it must pass `test`. */
  unless?: Record<string, Unless>;
  /** A test at the first word (its start and lower case) before the pattern runs: false when the match, if any, would be dropped. */
  pre?: PreTest;
}
/** `i`: the first word's index in the block's `Words`. */
type PreTest = (c: Ctx, p: number, word: string, i: number) => boolean;

/** A test on the word after a pattern's first word: one of a set of words (by number in `VOCAB`), or, with `ly`, any word ending in "ly". */
interface NextTest {
  ids: Set<number>;
  ly: boolean;
  /** `ids` as a table (`bits`), made by `firstWordScan` */
  b?: Uint8Array;
}
type After = Record<string, NextTest>;
/** first word -> second word -> the test on the third ("'s" is the clitic: the third word is the one after its "s") */
type ThirdBy = Record<string, Record<string, NextTest>>;
interface Unless {
  ids: Set<number>;
  test: NextTest;
  /** `ids` as a table (`bits`), made by `firstWordScan` */
  b?: Uint8Array;
}
/** The first word of each phrase, lower case. */
const firstWords = (list: readonly string[]): string[] =>
  list.map((x) => {
    const t = x.trim().toLowerCase();
    return /^['’]s$/.test(t) ? "'s" : t.split(/[^\p{L}\p{N}]+/u)[0];
  });
/** Every word the scans look up (first words, and the words that may follow them), numbered. */
const VOCAB = new Map<string, number>();
const VOCAB_WORDS: string[] = [];
function vocabId(w: string): number {
  let id = VOCAB.get(w);
  if (id === undefined) {
    VOCAB.set(w, (id = VOCAB_WORDS.length));
    VOCAB_WORDS.push(w);
  }
  return id;
}
/** The clitic "'s", a word of its own (see `words`). */
const CLITIC = vocabId("'s");
function nextIn(list: readonly string[], ly = false): NextTest {
  return { ids: new Set(firstWords(list).map(vocabId)), ly };
}
function afterEach<T = NextTest>(words: readonly string[], test: T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const w of words) out[w] = test;
  return out;
}
/** "is said to", "was widely regarded as": after a form of "be", an adverb or the participle. */
const BE_TO_AFTER = afterEach(BE_FIRST, nextIn([...data.degreeAdverbs, ...data.passiveTo], true));
const BE_AS_AFTER = afterEach(BE_FIRST, nextIn([...data.degreeAdverbs, ...data.passiveAs], true));
/** Every word of the degree adverbs ("no longer": "no" and "longer"). */
const DEG_WORDS = data.degreeAdverbs.flatMap((a) => a.trim().split(/\s+/));
/**
 * "is said to", "was widely regarded as": after a form of "be", a word that does not start the
 * participle starts an adverb (`ADVS`), so the word after it is the adverb's second word, another
 * adverb or the participle.
 */
function beUnless(participles: readonly string[]): Record<string, Unless> {
  const u: Unless = { ids: new Set(firstWords(participles).map(vocabId)), test: nextIn([...DEG_WORDS, ...participles], true) };
  return afterEach(BE_FIRST, u);
}
/** "it is widely believed", "it is well known", "it could be argued", "it's been said": the word after "it is" and the like. */
const IT_MODAL_THIRD = nextIn(['also', 'be']);
const IT_THIRD: ThirdBy = {
  it: {
    is: nextIn(['being', 'now', 'a', 'well', 'widely', 'commonly', 'generally', 'common', 'an', ...DEG_WORDS, ...Object.keys(PASSIVE_ACTIVE)], true),
    was: nextIn(['being', 'once', ...DEG_WORDS, ...Object.keys(PASSIVE_ACTIVE)], true),
    "'s": nextIn(['been']),
    ...afterEach(['can', 'could', 'might', 'may', 'must', 'should', 'would'], IT_MODAL_THIRD),
  },
};

/** The quantifiers that are one word and start no longer one: their match is the word itself. */
const QUANT_ALONE = new Set(
  data.quantifiers.filter((q) => !/\s/.test(q) && !data.quantifiers.some((x) => x.startsWith(q + ' '))),
);
const LED = ['led', 'leading', 'leads', 'prompted', 'prompting', 'prompts', 'caused', 'causing', 'left', 'leaving'];
/** "has long been", or "has been" and an adverb or the participle of the 'opined' pattern. */
const OPINED_THIRD = nextIn(['been', ...data.degreeAdverbs, 'claimed', 'argued', 'suggested', 'speculated', 'theorized', 'theorised', 'hypothesized', 'hypothesised', 'proposed', 'alleged', 'disputed', 'debated', 'contested', 'doubted', 'attributed', 'asserted', 'posited'], true);
const ALONE_NOUNS = ['some', 'many', 'others', 'most', 'few', 'a few', 'some people', 'many people', 'some observers'];
const VAGUE: Pattern[] = [
  // "some critics", "many experts", "many residents believe", "the majority of users feel"
  {
    kind: 'quant',
    re: re(`${B}(?<q>${QUANT})(?=\\s)`),
    first: data.quantifiers,
    // a one-word quantifier ("some", "other") is the whole match: judgeVague drops it unless a
    // plural may follow (`mayHaveQuantNoun`), so the pattern need not run
    // judgeVague keeps a group only before a verb of saying or thinking, or for a role noun ("some
    // critics"): one of them must be a word close enough (see `quantMayHaveVerb`)
    // a one-word quantifier is judged here, before the pattern: its match is the word, and judgeVague
    // first drops it before "of" or when quantNoun finds no noun (see `quantMayStand`)
    pre: (c, p, w, i) => (!QUANT_ALONE.has(w) || mayHaveQuantNoun(c.prose, p + w.length)) && quantMayHaveVerb(c, i) && (!QUANT_ALONE.has(w) || quantMayStand(c, p + w.length)),
  },
  // "critics say", "legal experts believe", "critics of the plan have long argued"
  { kind: 'role', re: re(`${B}(?<noun>${ROLE})${E}`), first: data.roles },
  // "some say", "many believe", "others argue", "many in the party felt", "some, controversially, have claimed"
  // (judgeVague keeps it only before one of ALONE_VERBS: one of them must be a word close enough, see `aloneMayHaveVerb`)
  // where the match can only be the word itself, judgeVague's first tests are made here, before the pattern (see `aloneMayStand`)
  { kind: 'alone', re: re(`${B}(?<noun>${alt(ALONE_NOUNS)})${E}`), first: ['some', 'many', 'others', 'most', 'few', 'a few'], pre: (c, p, w, i) => aloneMayHaveVerb(c, i) && aloneMayStand(c, p, w, i) },
  // "led many to speculate"
  {
    kind: 'led',
    re: re(`${B}(?:led|leading|leads|prompted|prompting|prompts|caused|causing|left|leaving)\\s+(?<noun>some|many|others|critics|observers|experts|analysts|commentators|fans|people|scholars|historians)\\s+to\\s+(?:speculate|believe|suggest|question|wonder|conclude|argue|claim|think|call|suspect|fear|describe|dismiss|label|dub|criticize|criticise|view|regard|see)${E}`),
    first: LED,
    after: afterEach(LED, nextIn(['some', 'many', 'others', 'critics', 'observers', 'experts', 'analysts', 'commentators', 'fans', 'people', 'scholars', 'historians'])),
    third: afterEach(LED, nextIn(['to'])),
  },
  // "it is believed", "it has been suggested", "it could be argued", "it's been said"
  {
    kind: 'it',
    re: re(
      `${B}[Ii]t(?:\\s+(?<be>is|was|has\\s+(?:\\p{Ll}+\\s+)?been|had\\s+(?:\\p{Ll}+\\s+)?been|is\\s+being|was\\s+being|is\\s+now|was\\s+once|(?:can|could|might|may|must|should|would)\\s+(?:also\\s+)?be)|['’]s\\s+(?<be2>been))\\s+${ADVS}(?<verb>${PASSIVE})${E}` +
        `|${B}[Ii]t\\s+is\\s+(?:a\\s+)?(?:well[- ]known|widely\\s+known|widely\\s+accepted|commonly\\s+held|generally\\s+accepted|generally\\s+agreed|common\\s+knowledge|an\\s+established|an\\s+accepted)(?:\\s+fact)?${E}`,
    ),
    first: ['it'],
    after: { it: nextIn(['is', 'was', 'has', 'had', 'can', 'could', 'might', 'may', 'must', 'should', 'would', "'s"]) },
    thirdBy: IT_THIRD,
  },
  // "is said to", "are believed to have", "is thought by some to"
  { kind: 'to', re: re(`${B}${BE}\\s+${ADVS}(?<verb>${PASSIVE_TO})(?<by>\\s+by\\s+(?:some|many|most|others|critics|experts|observers|scholars|historians))?\\s+to${E}`), first: BE_FIRST, after: BE_TO_AFTER, unless: beUnless(data.passiveTo) },
  // without the verb "to be": "a man said to be 90", "a ship believed to have sunk in 1850"
  // ("He said to be careful" is an instruction: "said" only after a comma)
  { kind: 'to', re: re(`(?<=\\p{L}\\s)(?<verb>believed|thought|reputed|rumou?red)\\s+to(?=\\s+(?:be|have)${E})|(?<=,\\s)(?<verb2>said)\\s+to(?=\\s+(?:be|have)${E})`), first: ['believed', 'thought', 'reputed', 'rumored', 'rumoured', 'said'], after: afterEach(['believed', 'thought', 'reputed', 'rumored', 'rumoured', 'said'], nextIn(['to'])) },
  // agentless passives of opinion: "has been argued", "the figure has long been disputed"
  { kind: 'opined', re: re(`${B}(?:has|have|had)\\s+(?:(?:long|also|often|repeatedly|widely|since|frequently|variously|sometimes)\\s+)?been\\s+(?:${ADVS})?(?<verb>claimed|argued|suggested|speculated|theori[sz]ed|hypothesi[sz]ed|proposed|alleged|disputed|debated|contested|doubted|attributed|asserted|posited)${E}`), first: ['has', 'have', 'had'], after: afterEach(['has', 'have', 'had'], nextIn(['been', 'long', 'also', 'often', 'repeatedly', 'widely', 'since', 'frequently', 'variously', 'sometimes'])), third: afterEach(['has', 'have', 'had'], OPINED_THIRD) },
  // "is considered", "is widely regarded as", "has been described as"
  { kind: 'as', re: re(`${B}(?<be>${BE})\\s+${ADVS}(?<verb>${PASSIVE_AS})${E}`), first: BE_FIRST, after: BE_AS_AFTER, unless: beUnless(data.passiveAs) },
  // "viewed by many as", "regarded by critics as", "considered by some to be"
  { kind: 'byvague', re: re(`${B}(?<verb>considered|regarded|seen|viewed|thought|believed|said|claimed|described|used|employed|criticized|criticised|praised|perceived|deemed|labeled|labelled|dubbed|branded|hailed|touted|derided|dismissed|condemned|accused|credited|known)\\s+by\\s+(?<noun>${VAGUE_BY})${E}`), first: 'considered|regarded|seen|viewed|thought|believed|said|claimed|described|used|employed|criticized|criticised|praised|perceived|deemed|labeled|labelled|dubbed|branded|hailed|touted|derided|dismissed|condemned|accused|credited|known'.split('|'), after: afterEach('considered|regarded|seen|viewed|thought|believed|said|claimed|described|used|employed|criticized|criticised|praised|perceived|deemed|labeled|labelled|dubbed|branded|hailed|touted|derided|dismissed|condemned|accused|credited|known'.split('|'), nextIn(['by'])) },
  // "comments criticized as racist"
  { kind: 'reduced', re: re(`${B}(?<verb>criticized|criticised|regarded|viewed|dismissed|branded|labeled|labelled|derided|hailed|touted|condemned|denounced|decried|lauded)\\s+as${E}`), first: 'criticized|criticised|regarded|viewed|dismissed|branded|labeled|labelled|derided|hailed|touted|condemned|denounced|decried|lauded'.split('|'), after: afterEach('criticized|criticised|regarded|viewed|dismissed|branded|labeled|labelled|derided|hailed|touted|condemned|denounced|decried|lauded'.split('|'), nextIn(['as'])) },
  // "widely believed", "generally accepted", "often cited", "frequently accused"
  { kind: 'degree', re: re(`${B}(?:${DEG_STRONG})\\s+(?<verb>${DEG_PART})${E}`), first: DEG_STRONG_LIST, after: afterEach(firstWords(DEG_STRONG_LIST), nextIn([...data.degreeParticiples, 'universally'])) },
  // "reportedly", "allegedly"
  { kind: 'adverb', re: re(`${B}(?<verb>${alt(data.adverbs)})${E}`), first: data.adverbs },
  // "according to reports", "according to some experts"
  { kind: 'according', re: re(`${B}${ci('according to')}\\s+(?<noun>(?:(?:${alt(data.accordingToModifiers)})\\s+){0,2}(?:${alt(data.accordingTo)}))${E}`), first: ['according'], after: { according: nextIn(['to']) }, third: { according: nextIn([...data.accordingToModifiers, ...data.accordingTo]) } },
  // "sources close to the mayor", "informed sources said"
  { kind: 'sources', re: re(`${B}(?<noun>${ci('sources')})\\s+(?:${alt(data.familiarWith)}|${alt(['say', 'said', 'says', 'told', 'claim', 'claimed', 'report', 'reported', 'suggest', 'suggested', 'indicate', 'indicated', 'confirmed', 'insist', 'insisted', 'believe', 'believed'])})${E}`), first: ['sources'] },
  // "there are those who"
  { kind: 'those', re: re(`${B}${ci('there')}\\s+(?:are|were|will\\s+be|have\\s+always\\s+been|is\\s+a\\s+school\\s+of\\s+thought)\\s+(?:(?:those|some|many|people|others)\\s+who|that\\s+(?:holds|believes))${E}`), first: ['there'], after: { there: nextIn(['are', 'were', 'will', 'have', 'is']) }, thirdBy: { there: { ...afterEach(['are', 'were'], nextIn(['those', 'some', 'many', 'people', 'others', 'that'])), will: nextIn(['be']), have: nextIn(['always']), is: nextIn(['a']) } } },
  // "there are claims that", "there have been reports of"
  { kind: 'claims', re: re(`${B}${ci('there')}\\s+(?:are|were|have\\s+been|has\\s+been|had\\s+been)\\s+(?:(?:some|many|persistent|unconfirmed|widespread|numerous|several|repeated|also)\\s+)?(?:claims|reports|rumou?rs|allegations|suggestions|suspicions|accounts|indications|speculation)\\s+(?:that|of)${E}`), first: ['there'], after: { there: nextIn(['are', 'were', 'have', 'has', 'had']) }, third: { there: nextIn(['been', 'some', 'many', 'persistent', 'unconfirmed', 'widespread', 'numerous', 'several', 'repeated', 'also', 'claims', 'reports', 'rumors', 'rumours', 'allegations', 'suggestions', 'suspicions', 'accounts', 'indications', 'speculation']) } },
  // "by some accounts", "by many estimates"
  { kind: 'accounts', re: re(`${B}${ci('by')}\\s+(?:some|many|most|all|several|other|various|one|numerous)\\s+(?:accounts?|estimates?)${E}`), first: ['by'], after: { by: nextIn(['some', 'many', 'most', 'all', 'several', 'other', 'various', 'one', 'numerous']) } },
  // "in the eyes of many", "in the view of some critics"
  { kind: 'eyes', re: re(`${B}${ci('in the')}\\s+(?:eyes|view|views|opinion|minds?)\\s+of\\s+(?<noun>(?:(?:${QUANT})\\s+)?(?:${MOD}\\s+)?(?:${ROLE}|${PEOPLE}|many|some|most|others))${E}`), first: ['in'], after: { in: nextIn(['the']) }, third: { in: nextIn(['eyes', 'view', 'views', 'opinion', 'mind', 'minds']) } },
  // "studies show", "research has found"
  {
    kind: 'studies',
    re: re(`${B}(?:(?:recent|new|numerous|several|many|some|other|various|independent|scientific|medical|academic)\\s+)?(?<noun>${alt(['studies', 'research', 'surveys', 'polls', 'scientific studies'])})${E}`),
    first: 'recent new numerous several many some other various independent scientific medical academic research studies surveys polls'.split(' '),
    after: afterEach('recent new numerous several many some other various independent scientific medical academic'.split(' '), nextIn(['scientific', 'research', 'studies', 'surveys', 'polls'])),
  },
];
/** The first words of ALONE_VERBS, and of VERBS, by number in `VOCAB`. */
const ALONE_VERB_FIRST = new Set(firstWords(data.opinionVerbs).map(vocabId));
const VERB_OR_ALONE_FIRST = new Set([...firstWords([...data.verbs, ...data.attitudes]).map(vocabId), ...ALONE_VERB_FIRST]);
const ROLE_IDS = new Set(firstWords(data.roles).map(vocabId));
/** The most words of a match of the 'alone' pattern, and of a quantifier. */
const ALONE_WORDS = Math.max(...ALONE_NOUNS.map((x) => x.split(' ').length));
const QUANT_WORDS = Math.max(...data.quantifiers.map((x) => x.trim().split(/\s+/).length));
/** Where a match of at most `count` words from the block's word `i` ends at the latest: where the word after them starts. */
function endBound(c: Ctx, i: number, count: number): number {
  const w = words(c);
  return i + count < w.n ? w.at[i + count] : c.prose.length;
}
/**
 * Whether judgeVague may keep an 'alone' match at word `i`: PP_ALONE_VERB_RE must find one of
 * ALONE_VERBS in the 160 characters after the match. `wordIn` answers yes too for a word cut by the end.
 */
function aloneMayHaveVerb(c: Ctx, i: number): boolean {
  const { at } = words(c);
  return wordIn(c, at[i], endBound(c, i, ALONE_WORDS) + 160, ALONE_VERB_FIRST);
}
/**
 * Whether judgeVague may keep the match of a one-word quantifier (QUANT_ALONE) ending at `end`: it
 * drops one before "of", and one after which quantNoun finds no noun. A match dropped so is not
 * missed by the others: it is one word, so no later match of the pattern starts inside it, and
 * none of its words is one of TIGHT_CUE_RE's, so it hides no cue from tightlyAttributed (`raw`).
 */
function quantMayStand(c: Ctx, end: number): boolean {
  const { prose } = c;
  if (ofAhead(prose, end)) return false;
  const q = quantNoun(c, end);
  if (qnMemo.b === c.b) {
    qnMemo.at[qnMemo.n] = end;
    qnMemo.noun[qnMemo.n++] = q;
  }
  return q !== null;
}
/**
 * What quantMayStand read after a one-word quantifier in checkVague's block (`b`, else null): where
 * its match ends (`at`), and quantNoun's answer there. judgeVague would read the same again for a
 * kept match (mayHaveQuantNoun, "of", quantNoun: each reads only the prose from that end), so it
 * takes them from here.
 */
const qnMemo = { b: null as ParsedBlock | null, n: 0, at: [] as number[], noun: [] as ({ noun: string; end: number } | null)[] };
/** The index in qnMemo of the quantifier whose match ends at `end` in `c`'s block, or -1. */
function quantKnown(c: Ctx, end: number): number {
  if (qnMemo.b !== c.b) return -1;
  for (let k = 0; k < qnMemo.n; k++) if (qnMemo.at[k] === end) return k;
  return -1;
}
/** The second words of ALONE_NOUNS' phrases of two words ("some people"), by number in `VOCAB`. */
const ALONE_SECOND = new Set(ALONE_NOUNS.filter((x) => x.includes(' ')).map((x) => vocabId(x.split(' ')[1])));
/**
 * Whether judgeVague may keep an 'alone' match at word `i` (`w`, at `p`), when the match can only
 * be the word itself (not "a", "some" or "many" before the second word of a phrase): it drops it
 * after "the", "for", "than" and the like, and when PP_ALONE_VERB_RE finds no verb after it. A match
 * dropped so is not missed by the others: no later match of the pattern starts inside one word,
 * and none of its words is one of TIGHT_CUE_RE's (`raw`).
 */
function aloneMayStand(c: Ctx, p: number, w: string, i: number): boolean {
  if (w === 'a') return true;
  if (ALONE_SECOND.has(vidAt(words(c), i + 1))) return true;
  const { prose } = c;
  const prevWord = lastWordIn(prose, Math.max(0, p - 40), p);
  if (ALONE_PREV.test(prevWord) && prevWord !== 'and') return false;
  const end = p + w.length;
  return PP_ALONE_VERB_RE.test(prose.slice(end, Math.min(prose.length, end + 160)));
}
/** The words before an 'alone' match that make it no subject ("the many", "for some", "than most"). */
const ALONE_PREV = /^(?:the|for|of|to|with|in|than|at|by|as|from|on|like|among|and)$/;
/**
 * Whether judgeVague may keep a quantifier at word `i`: its noun (quantNoun) ends within 80
 * characters of the quantifier, and then either it is a role noun (the holder), or PP_VERB_RE /
 * PP_ALONE_VERB_RE finds a verb in the 160 characters after it.
 */
function quantMayHaveVerb(c: Ctx, i: number): boolean {
  const { at } = words(c);
  const q = endBound(c, i, QUANT_WORDS) + 80;
  return wordIn(c, at[i], q + 160, VERB_OR_ALONE_FIRST) || wordIn(c, at[i], q, ROLE_IDS);
}
/**
 * Word-led patterns are not run over the whole block: each is run sticky, only where a word it can
 * start with begins (`byFirstWord`). A match of these patterns always starts a run of letters and
 * digits (their first check is `B`), or is the clitic "'s"; so the matches are those of a global scan.
 */
interface ScanEntry {
  k: number;
  /** the words (by number in `VOCAB`) the next word must be, or null: any */
  next: Set<number> | null;
  /** `next` as a table: 1 at each of its numbers */
  nextB: Uint8Array | null;
  test: NextTest | null;
  /** a test on the word after the next (the first word is never the clitic) */
  third: NextTest | null;
  /** the second word's number in `VOCAB` -> a test on the third word */
  thirdBy: Map<number, NextTest> | null;
  unless: Unless | null;
  pre: PreTest | null;
}
interface FirstWordScan {
  /** this scan's number: which of a block's hit lists (`Words.hits`) is its own */
  index: number;
  /** a word's number in `VOCAB` -> the patterns that may start with it */
  byId: (ScanEntry[] | undefined)[];
  sticky: RegExp[];
  /** byFirstWord's answer for a paragraph with no match (read-only) */
  none?: RegExpExecArray[][];
  /**
   * byFirstWord's lists of matches, one a pattern, made on the first match and reused by every
   * block after (the engine keeps nothing of a block; a caller reads them before the scan's next
   * call): emptied by `pop`, which keeps their room, at the next call after a block that had matches
   */
  lists?: RegExpExecArray[][];
  /** whether `lists` holds matches */
  listed?: boolean;
  /**
   * whether every caller drops the matches that start in a quotation (`ParsedBlock.inQuote`) before
   * reading them: byFirstWord then does not make them (`test` finds where such a match ends, for
   * the matches after it, with no match array)
   */
  quoted?: boolean;
  /** byFirstWord's: where each pattern's last match ends */
  lastEnd: Int32Array;
  /** whether `lastEnd` holds a match's end (else it is all 0, as byFirstWord starts a block) */
  dirty: boolean;
  /**
   * a word's number in `VOCAB` -> when every pattern it may start puts a condition on the next word
   * (its phrases' second words, or its `after` test): the next words any of them allows (1 at each
   * number), else null
   */
  gate: (Uint8Array | null)[];
  /** by word number: 1 where `gate` also lets through a next word ending in "ly" */
  gateLy: Uint8Array;
}
/** A test with its table made (`NextTest.b`). */
function tabled<T extends NextTest | null>(t: T): T {
  if (t) t.b ??= bits(t.ids);
  return t;
}
/** Whether the word number `x` (-1: none) is 1 in a table of `bits`. */
const inBits = (b: Uint8Array, x: number): boolean => x >= 0 && b[x] === 1;
/** A set of numbers in `VOCAB` as a table: 1 at each. */
function bits(set: Set<number>): Uint8Array {
  let max = -1;
  for (const v of set) if (v > max) max = v;
  const b = new Uint8Array(max + 1);
  for (const v of set) b[v] = 1;
  return b;
}
/** For each word of `VOCAB`: a bit for each scan it may start a pattern of. */
const TRIGGER_SCANS: number[] = [];
let scanCount = 0;
/** The scans, by number (`FirstWordScan.index`). */
const SCANS: FirstWordScan[] = [];
/**
 * When every phrase of a pattern that starts with a word has more words ("the agency", "a few",
 * "state media"), the next word must be the second word of one of them: the phrases are matched
 * word by word with spaces between (`ci`). A phrase whose first word is not all of its first run of
 * letters ("u.s.", "e-mailed") puts no such condition.
 */
function firstWordScan(patterns: readonly { re: RegExp; first: readonly string[]; after?: After; third?: After; thirdBy?: ThirdBy; unless?: Record<string, Unless>; pre?: PreTest }[]): FirstWordScan {
  const index = scanCount++;
  const byId: (ScanEntry[] | undefined)[] = [];
  patterns.forEach((p, k) => {
    for (const phrase of p.first) {
      const t = phrase.trim().toLowerCase();
      const parts = t.split(/\s+/);
      const w = firstWords([t])[0];
      const second = parts[0] === w && parts.length > 1 ? parts[1].split(/[^\p{L}\p{N}]+/u)[0] : null;
      const id = vocabId(w);
      const list = (byId[id] ??= []);
      let e = list.find((x) => x.k === k);
      if (!e) {
        const tb = p.thirdBy?.[w];
        const thirdBy = tb ? new Map(Object.entries(tb).map(([x, t]) => [vocabId(x), tabled(t)])) : null;
        const unless = p.unless?.[w] ?? null;
        if (unless) {
          unless.b ??= bits(unless.ids);
          tabled(unless.test);
        }
        list.push((e = { k, next: second === null ? null : new Set(), nextB: null, test: tabled(p.after?.[w] ?? null), third: tabled(p.third?.[w] ?? null), thirdBy, unless, pre: p.pre ?? null }));
      }
      if (second === null) e.next = null;
      else e.next?.add(vocabId(second));
      TRIGGER_SCANS[id] = (TRIGGER_SCANS[id] ?? 0) | (1 << index);
    }
  });
  const gate: (Uint8Array | null)[] = [];
  const gateLy = new Uint8Array(byId.length);
  byId.forEach((list, id) => {
    if (!list) return;
    const any = new Set<number>();
    let all = true;
    for (const e of list) {
      if (e.next) {
        e.nextB = bits(e.next);
        for (const v of e.next) any.add(v);
      } else if (e.test && id !== CLITIC) {
        // the word after the next one's own test (`after`): one of its words, or with `ly` any "-ly"
        for (const v of e.test.ids) any.add(v);
        if (e.test.ly) gateLy[id] = 1;
      } else all = false;
    }
    gate[id] = all ? bits(any) : null;
    if (!all) gateLy[id] = 0;
  });
  const scan: FirstWordScan = { index, byId, sticky: patterns.map((p) => new RegExp(p.re.source, 'uy')), lastEnd: new Int32Array(patterns.length), dirty: false, gate, gateLy };
  SCANS[index] = scan;
  return scan;
}
/** The block's words: where each run of letters and digits starts, and which word of `VOCAB` it is. */
interface Words {
  /** where each word starts (read only below `n`) */
  at: Int32Array;
  /**
   * each word's number in `VOCAB` as `map[raw[i] + 1]` (its lower case; "'s" for a clitic; -1: none):
   * the shared table's own `id` where the words are its runs (`map` is `sharedVid`), else numbers
   * made so (`vocabRaw`); read it by `vidAt`, which gives -1 at and past `n`
   */
  raw: Int32Array;
  /** `sharedVid` when the words were read */
  map: Int32Array;
  /** each word's `tail` (`WordTable.tail`; LY_TAIL: its lower case ends in "ly"); read it by `lyAt` */
  tails: Int32Array;
  /** for each scan: the indices of the words that may start one of its patterns */
  hits: Int32Array[];
  /** for each scan: how many of `hits` are this block's */
  hitN: Int32Array;
  /** the indices of the words whose first three letters start a superlative anchor */
  sup: Int32Array;
  /** how many of `sup` are this block's */
  supN: number;
  /** how many words */
  n: number;
  /** whether the prose has an ASCII digit (\d) */
  digit: boolean;
  /**
   * whether FIGURE_ANCHOR may find a word in the prose: one of its words is a word here, or a word
   * has a letter or digit beyond ASCII (where its ASCII \b may fall inside a word)
   */
  figWord: boolean;
}
/** The number in `VOCAB` of word `i` of `w` (-1: none, and past the last word). */
function vidAt(w: Words, i: number): number {
  return i < w.n ? w.map[w.raw[i] + 1] : -1;
}
/** Whether word `i` of `w` ends in "ly" (false past the last word). */
function lyAt(w: Words, i: number): boolean {
  return i < w.n && w.tails[i] === LY_TAIL;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The length of the letter or digit at `i` (2 for a surrogate pair), or 0. */
function letterAt(s: string, i: number): number {
  const ch = s.charCodeAt(i);
  if (ch < 128) return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) ? 1 : 0;
  if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(s[i]) ? 1 : 0;
}
/**
 * Words of ASCII letters and digits are looked up without making a string: by a hash of their lower
 * case (`hashStep` over each character code | 32; it stays a small integer), then compared letter by
 * letter with the words of its bucket (`vocabTable`: head of each bucket, then the next in it, as id + 1).
 */
const hashStep = (h: number, ch: number): number => (Math.imul(h, 31) + ch) & 0x3fffffff;
const HASH_MASK = 16383;
let vocabHead = new Int32Array(HASH_MASK + 1);
let vocabNext = new Int32Array(0);
/** each word's whole hash: most words of a bucket are told apart by it, without reading letters */
let vocabHash = new Int32Array(0);
let vocabHashed = -1;
let vocabScans = -1;
/**
 * By number in `VOCAB`: the scans (a bit each, as in TRIGGER_SCANS) the word starts a hit of
 * whatever follows it (their `gate` is null for it), and 1 for FIGURE_ANCHOR_WORDS, as tables.
 */
let vocabTrigger = new Int32Array(0);
let vocabFigure = new Uint8Array(0);
/**
 * The scans whose `gate` the next word must pass (`words` applies it when the next word is known):
 * by number in `VOCAB`, the word's row in `gatePass`, or -1 when no scan gates it. `gatePass[row *
 * VOCAB size + next word]`: the scans (a bit each) whose gate lets that next word through;
 * `gatePassLy[row]`: those whose gate lets any word ending in "ly" through.
 */
let vocabGateRow = new Int32Array(0);
let gatePass = new Uint8Array(0);
let gatePassLy = new Uint8Array(0);
/** By number in the shared dictionary (`wordId`): the word's number in `VOCAB`, or -1. */
let vocabOfShared = new Int32Array(0);
/**
 * By number in the shared dictionary + 1 (0 for a run no module looks for), for the whole
 * dictionary as it was when made (`sharedSize`): the word's number in `VOCAB`, or -1; and what
 * `words` needs of it, in one number — the scans it starts a hit of whatever follows (bits 0–7,
 * as `vocabTrigger`), 1 << 8 for a word of FIGURE_ANCHOR_WORDS, and its row in gatePass + 1 from bit 9 (0: none).
 */
let sharedVid = new Int32Array(1).fill(-1);
let sharedInfo = new Int32Array(1);
let sharedSize = -1;
/** By a run's `head` (`WordTable.head`), one bit each: its first three characters start a superlative anchor (SUP_TRI). */
let supHead = new Int32Array(0);
function vocabTable(): void {
  if (vocabHashed === VOCAB_WORDS.length && vocabScans === scanCount) {
    if (sharedSize !== dictionarySize()) sharedTables();
    return;
  }
  const size = VOCAB_WORDS.length;
  vocabTrigger = new Int32Array(size);
  vocabFigure = new Uint8Array(size);
  vocabGateRow = new Int32Array(size).fill(-1);
  if (scanCount > 8) throw new Error('sourcing: gatePass holds the scans of eight bits');
  const rows: number[] = [];
  TRIGGER_SCANS.forEach((m, id) => {
    if (!m) return;
    let now = 0;
    for (let s = 0; s < scanCount; s++) {
      if ((m & (1 << s)) === 0) continue;
      if (SCANS[s].gate[id]) {
        if (vocabGateRow[id] < 0) {
          vocabGateRow[id] = rows.length;
          rows.push(id);
        }
      } else now |= 1 << s;
    }
    vocabTrigger[id] = now;
  });
  gatePass = new Uint8Array(rows.length * size);
  gatePassLy = new Uint8Array(rows.length);
  rows.forEach((id, r) => {
    const m = TRIGGER_SCANS[id];
    for (let s = 0; s < scanCount; s++) {
      const g = (m & (1 << s)) !== 0 ? SCANS[s].gate[id] : null;
      if (!g) continue;
      for (let x = 0; x < g.length && x < size; x++) if (g[x] === 1) gatePass[r * size + x] |= 1 << s;
      if (SCANS[s].gateLy[id] === 1) gatePassLy[r] |= 1 << s;
    }
  });
  for (const id of FIGURE_ANCHOR_WORDS) vocabFigure[id] = 1;
  vocabScans = scanCount;
  vocabHead = new Int32Array(HASH_MASK + 1);
  vocabNext = new Int32Array(VOCAB_WORDS.length);
  vocabHash = new Int32Array(VOCAB_WORDS.length);
  VOCAB_WORDS.forEach((w, id) => {
    if (!/^[a-z0-9]+$/.test(w)) return; // found by the slow path only
    const shared = wordId(w);
    if (vocabOfShared.length <= shared) {
      const grown = new Int32Array(Math.max(shared + 1, vocabOfShared.length * 2)).fill(-1);
      grown.set(vocabOfShared);
      vocabOfShared = grown;
    }
    vocabOfShared[shared] = id;
    let h = 0;
    for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
    vocabHash[id] = h;
    vocabNext[id] = vocabHead[h & HASH_MASK];
    vocabHead[h & HASH_MASK] = id + 1;
  });
  vocabHashed = VOCAB_WORDS.length;
  if (supHead.length === 0) {
    supHead = new Int32Array(1 << 16);
    for (let a = 97; a <= 122; a++)
      for (let b = 97; b <= 122; b++)
        for (let d = 97; d <= 122; d++) {
          if (SUP_TRI[tri(a, b, d)] !== 1) continue;
          const hd = (a << 14) | (b << 7) | d;
          supHead[hd >>> 5] |= 1 << (hd & 31);
        }
  }
  sharedTables();
}
/** `sharedVid` and `sharedInfo` for the dictionary as it is now. */
function sharedTables(): void {
  const size = dictionarySize();
  // then, from size + 1, every word of VOCAB by its own number (`vocabRaw`)
  sharedVid = new Int32Array(size + 1 + VOCAB_WORDS.length).fill(-1);
  for (let v = 0; v < VOCAB_WORDS.length; v++) sharedVid[size + 1 + v] = v;
  sharedInfo = new Int32Array(size + 1);
  for (let g = 0; g < size && g < vocabOfShared.length; g++) {
    const vid = vocabOfShared[g];
    if (vid === undefined || vid < 0) continue;
    sharedVid[g + 1] = vid;
    sharedInfo[g + 1] = vocabTrigger[vid] | (vocabFigure[vid] << 8) | ((vocabGateRow[vid] + 1) << 9);
  }
  sharedSize = size;
}
/** `Words.raw` of a word that is no run of the shared table (a clitic, a word beyond ASCII): its number in `VOCAB` after the dictionary's. */
const vocabRaw = (vid: number): number => (vid < 0 ? -1 : sharedSize + vid);
/** FIGURE_ANCHOR's words (with "one" of "one in"), by number in `VOCAB`. */
const FIGURE_ANCHOR_WORDS = new Set(
  'tens hundreds thousands millions billions half third thirds quarter quarters fifth one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen dozens several'
    .split(' ')
    .map(vocabId),
);
/** `tail` of a word ending in "ly". */
const LY_TAIL = tailOf('ly');
/** Three ASCII letters (any case) as one number below 27³. */
const tri = (a: number, b: number, c: number): number => ((a | 32) - 96) * 729 + ((b | 32) - 96) * 27 + ((c | 32) - 96);
/**
 * Storage of `Words`, shared by all blocks: a block's words are only read while it is checked
 * (the checker runs one block at a time, start to end).
 */
let scratchAt = new Int32Array(1024);
let scratchRaw = new Int32Array(1024);
let scratchTail = new Int32Array(1024);
let scratchHits: Int32Array[] = [];
let scratchSup = new Int32Array(1024);
let scratchHitN = new Int32Array(0);
/** The one `Words` object, refilled for each block. */
const scratchWords: Words = { at: scratchAt, raw: scratchRaw, map: sharedVid, tails: scratchTail, hits: scratchHits, hitN: scratchHitN, sup: scratchSup, supN: 0, n: 0, digit: false, figWord: false };
/**
 * Where `words` stands while it adds a clitic (its list so far, and the word whose gate waits for
 * the next one): the clitic, rare, is added by `addClitic` for both of its readings.
 */
const building = { count: 0, pend: -1, pendRow: 0 };
/** Add the clitic "'s" at `at` to the word list being built (see `building`). */
function addClitic(at: number): void {
  const hits = scratchHits;
  const hitN = scratchHitN;
  const b = building;
  if (b.pend >= 0) {
    // the gates of the word before: the clitic is its next word
    for (let ok = gatePass[b.pendRow * VOCAB_WORDS.length + CLITIC]; ok !== 0; ok &= ok - 1) {
      const s = 31 - Math.clz32(ok & -ok);
      hits[s][hitN[s]++] = b.pend;
    }
    b.pend = -1;
  }
  for (let m = vocabTrigger[CLITIC]; m !== 0; m &= m - 1) {
    const s = 31 - Math.clz32(m & -m);
    hits[s][hitN[s]++] = b.count;
  }
  if (vocabGateRow[CLITIC] >= 0) {
    b.pend = b.count;
    b.pendRow = vocabGateRow[CLITIC];
  }
  scratchAt[b.count] = at;
  scratchRaw[b.count] = vocabRaw(CLITIC);
  scratchTail[b.count++] = 0;
}
/**
 * A filter before `supHead` (2 KB against its 256 KB, most of it never read but spread over some
 * 45 KB of cache lines): one bit by `supSlot` of a run's head, set for every head supHead has; a
 * head whose bit is clear starts no superlative anchor, one whose bit is set is looked up in supHead.
 */
let supFilter = new Int32Array(0);
let supFilterOf: Int32Array | null = null;
const supSlot = (hd: number): number => Math.imul(hd, 0x9e3779b1) >>> 18;
function supFilterTable(): Int32Array {
  if (supFilterOf === supHead) return supFilter;
  const f = new Int32Array(1 << 9);
  for (let x = 0; x < supHead.length; x++) {
    for (let m = supHead[x]; m !== 0; m &= m - 1) {
      const hd = (x << 5) | (31 - Math.clz32(m & -m));
      const slot = supSlot(hd);
      f[slot >>> 5] |= 1 << (slot & 31);
    }
  }
  supFilter = f;
  supFilterOf = supHead;
  return f;
}
/** The list of runs `words` looks at again (storage shared by all blocks). */
let scratchList = new Int32Array(1024);
/** Whether the run of "s" at `p` is a clitic's: an apostrophe (' or ’) before it. */
function isClitic(prose: string, p: number): boolean {
  if (p === 0) return false;
  const q = prose.charCodeAt(p - 1);
  return q === 39 || q === 0x2019;
}
/** `head` of a run that is the letter "s" alone (any case): the "s" of a clitic "'s" when an apostrophe comes before it. */
const S_ALONE_HEAD = 115 << 14;
/** The runs of /[\p{L}\p{N}]+/u, read once a block. */
function words(c: Ctx): Words {
  if (c.words) return c.words;
  vocabTable();
  const head = vocabHead;
  const chain = vocabNext;
  const whole = vocabHash;
  const { prose } = c;
  const n = prose.length;
  // at most one word a character, and a clitic before an "s"; four more for the end marks
  // grown for the longest prose so far; made small again after a very long one (a 1 MB paragraph would keep some 40 MB)
  const shrink = scratchAt.length > 1 << 17 && n + 5 < scratchAt.length >> 3;
  if (scratchAt.length < n + 5 || scratchHits.length < scanCount || shrink) {
    const size = shrink ? Math.max(n + 5, 1024) : Math.max(n + 5, scratchAt.length * 2);
    scratchAt = new Int32Array(size);
    scratchRaw = new Int32Array(size);
    scratchTail = new Int32Array(size);
    scratchHits = [];
    for (let s = 0; s < scanCount; s++) scratchHits.push(new Int32Array(size));
    scratchSup = new Int32Array(size);
  }
  const at = scratchAt;
  const raw = scratchRaw;
  const tails = scratchTail;
  let count = 0;
  // whether the words are copied into the scratch lists: where they are not the table's runs (a
  // clitic "'s" is a word of its own before its "s"; prose that is not plain)
  let copied = false;
  const hits = scratchHits;
  if (scratchHitN.length !== scanCount) scratchHitN = new Int32Array(scanCount);
  const hitN = scratchHitN.fill(0);
  const sup = scratchSup;
  let supN = 0;
  const triggers = vocabTrigger;
  const gateRow = vocabGateRow;
  const pass = gatePass;
  const passLy = gatePassLy;
  const vocabSize = VOCAB_WORDS.length;
  // the last word, when a scan's gate waits for the word after it (as byFirstWord would test it):
  // its index, and its row in gatePass
  let pend = -1;
  let pendRow = 0;
  let digit = false;
  let figWord = false;
  const figIds = vocabFigure;
  const table = wordTable(prose);
  const plain = table.plain && !unicodeWords;
  if (plain) {
    // the runs of ASCII letters and digits are the words: read from the shared table
    const tn = table.n;
    const ts = table.start;
    const tid = table.id;
    const tf = table.flags;
    const th = table.head;
    const tt = table.tail;
    const vids = sharedVid;
    const infos = sharedInfo;
    const supBits = supHead;
    const supPre = supFilterTable();
    let digits = 0;
    // first the runs that matter, without a branch: a word that starts a hit or waits for the next
    // word's (info), a superlative start (by supPre, tested again below), the "s" of a clitic
    // grown for the most runs so far; made small again after a very long prose, as the lists above
    if (scratchList.length < tn) scratchList = new Int32Array(Math.max(tn, scratchList.length * 2));
    else if (scratchList.length > 1 << 17 && tn < scratchList.length >> 3) scratchList = new Int32Array(Math.max(tn, 1024));
    const list = scratchList;
    let ln = 0;
    for (let k = 0; k < tn; k++) {
      const info = infos[tid[k] + 1];
      const hd = th[k];
      const slot = supSlot(hd);
      digits |= tf[k];
      list[ln] = k;
      ln += ((info | -info) >>> 31) | ((supPre[slot >>> 5] >>> (slot & 31)) & 1) | (((hd ^ S_ALONE_HEAD) - 1) >>> 31);
    }
    // then those runs: a word's index is its run's plus the clitics before it (`shift`); from the
    // first clitic on, the runs are copied to their indices a span at a time (up to `copiedTo`)
    let shift = 0;
    let copiedTo = 0;
    for (let x = 0; x < ln; x++) {
      const k = list[x];
      const hd = th[k];
      if (hd === S_ALONE_HEAD && isClitic(prose, ts[k])) {
        // a clitic "'s": its own word before the "s"
        copied = true;
        // (by hand: a subarray is an object a span, some 0.4 MB per 100k words)
        for (let r = copiedTo; r < k; r++) {
          at[r + shift] = ts[r];
          raw[r + shift] = tid[r];
          tails[r + shift] = tt[r];
        }
        copiedTo = k;
        const ci = k + shift;
        at[ci] = ts[k] - 1;
        raw[ci] = vocabRaw(CLITIC);
        tails[ci] = 0;
        for (let m = vocabTrigger[CLITIC]; m !== 0; m &= m - 1) {
          const s = 31 - Math.clz32(m & -m);
          hits[s][hitN[s]++] = ci;
        }
        // its next word: the "s" (a run of one character: no "ly")
        const sv = vids[tid[k] + 1];
        if (vocabGateRow[CLITIC] >= 0 && sv >= 0) {
          for (let ok = pass[vocabGateRow[CLITIC] * vocabSize + sv]; ok !== 0; ok &= ok - 1) {
            const s = 31 - Math.clz32(ok & -ok);
            hits[s][hitN[s]++] = ci;
          }
        }
        shift++;
      }
      const i = k + shift;
      // the first three characters, lower case, start a superlative anchor (never for a run of one or two)
      // (the 2 KB filter first: supHead's 256 KB are read only where it lets the head through)
      const slot = supSlot(hd);
      if (((supPre[slot >>> 5] >>> (slot & 31)) & 1) !== 0 && ((supBits[hd >>> 5] >>> (hd & 31)) & 1) !== 0) sup[supN++] = i;
      const info = infos[tid[k] + 1];
      if (info === 0) continue;
      if ((info & 256) !== 0) figWord = true;
      for (let m = info & 255; m !== 0; m &= m - 1) {
        const s = 31 - Math.clz32(m & -m);
        hits[s][hitN[s]++] = i;
      }
      if (info >>> 9 !== 0 && k + 1 < tn) {
        // the gates of this word, on the next: the clitic before an "s", else the next run
        const row = (info >>> 9) - 1;
        let ok: number;
        if (th[k + 1] === S_ALONE_HEAD && isClitic(prose, ts[k + 1])) ok = pass[row * vocabSize + CLITIC];
        else {
          // (the tail of a run of one character is below LY_TAIL)
          const nv = vids[tid[k + 1] + 1];
          ok = (nv >= 0 ? pass[row * vocabSize + nv] : 0) | (tt[k + 1] === LY_TAIL ? passLy[row] : 0);
        }
        for (; ok !== 0; ok &= ok - 1) {
          const s = 31 - Math.clz32(ok & -ok);
          hits[s][hitN[s]++] = i;
        }
      }
    }
    if (copied) {
      for (let r = copiedTo; r < tn; r++) {
        at[r + shift] = ts[r];
        raw[r + shift] = tid[r];
        tails[r + shift] = tt[r];
      }
    }
    count = tn + shift;
    if ((digits & DIGIT) !== 0) digit = true;
  }
  let i = plain ? n : 0;
  if (!plain) copied = true;
  while (i < n) {
    const p = i;
    let h = 0;
    let ascii = true;
    while (i < n) {
      const ch = prose.charCodeAt(i);
      if (ch < 128) {
        if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) {
          h = hashStep(h, ch | 32);
          i++;
          continue;
        }
        if (ch >= 48 && ch <= 57) {
          digit = true;
          h = hashStep(h, ch);
          i++;
          continue;
        }
        break;
      }
      const len = letterAt(prose, i);
      if (!len) break;
      ascii = false;
      i += len;
    }
    if (i === p) {
      i++;
      continue;
    }
    const len = i - p;
    let vid = -1;
    let isLy: boolean;
    let isSup: boolean;
    let isS: boolean;
    if (ascii) {
      for (let v = head[h & HASH_MASK] - 1; v >= 0; v = chain[v] - 1) {
        if (whole[v] !== h) continue;
        const w = VOCAB_WORDS[v];
        if (w.length !== len) continue;
        let k = 0;
        while (k < len && (prose.charCodeAt(p + k) | 32) === w.charCodeAt(k)) k++;
        if (k === len) {
          vid = v;
          break;
        }
      }
      isLy = len >= 2 && (prose.charCodeAt(i - 1) | 32) === 121 && (prose.charCodeAt(i - 2) | 32) === 108;
      isSup = false;
      if (len >= 3) {
        const a = prose.charCodeAt(p);
        const b = prose.charCodeAt(p + 1);
        const d = prose.charCodeAt(p + 2);
        isSup = a >= 65 && b >= 65 && d >= 65 && SUP_TRI[tri(a, b, d)] === 1;
      }
      isS = len === 1 && (prose.charCodeAt(p) | 32) === 115;
    } else {
      figWord = true;
      const w = prose.slice(p, i).toLowerCase();
      vid = VOCAB.get(w) ?? -1;
      isLy = w.endsWith('ly');
      isSup = SUPERLATIVE_ANCHOR_PREFIX.has(w.slice(0, 3));
      isS = w === 's';
    }
    if (isS && p > 0 && (prose[p - 1] === "'" || prose[p - 1] === '’')) {
      building.count = count;
      building.pend = pend;
      building.pendRow = pendRow;
      addClitic(p - 1);
      ({ count, pend, pendRow } = building);
    }
    if (isSup) sup[supN++] = count;
    if (pend >= 0) {
      let ok = (vid >= 0 ? pass[pendRow * vocabSize + vid] : 0) | (isLy ? passLy[pendRow] : 0);
      for (; ok !== 0; ok &= ok - 1) {
        const s = 31 - Math.clz32(ok & -ok);
        hits[s][hitN[s]++] = pend;
      }
      pend = -1;
    }
    if (vid >= 0) {
      if (figIds[vid] === 1) figWord = true;
      for (let m = triggers[vid]; m !== 0; m &= m - 1) {
        const s = 31 - Math.clz32(m & -m);
        hits[s][hitN[s]++] = count;
      }
      const r = gateRow[vid];
      if (r >= 0) {
        pend = count;
        pendRow = r;
      }
    }
    at[count] = p;
    raw[count] = vocabRaw(vid);
    tails[count++] = isLy ? LY_TAIL : 0;
  }
  const w = scratchWords;
  if (copied) {
    w.at = at;
    w.raw = raw;
    w.tails = tails;
  } else {
    // the table's runs are the words: read in place
    w.at = table.start;
    w.raw = table.id;
    w.tails = table.tail;
  }
  w.map = sharedVid;
  w.hits = hits;
  w.hitN = hitN;
  w.sup = sup;
  w.supN = supN;
  w.n = count;
  w.digit = digit;
  w.figWord = figWord;
  c.words = w;
  return w;
}
/** For the tests: `words` reads every prose as it reads prose that is not plain (its reference). */
let unicodeWords = false;
const NO_MATCHES: RegExpExecArray[] = [];
/** The matches of each pattern, as a global scan of the prose would find them (one array a pattern; do not change them). */
function byFirstWord(c: Ctx, scan: FirstWordScan): RegExpExecArray[][] {
  const w = words(c);
  const { at, raw, map, hits, hitN } = w;
  const { prose } = c;
  // made on the first match: most paragraphs have none, and get the scan's shared empty lists
  let out: RegExpExecArray[][] | null = null;
  if (scan.listed) {
    const lists = scan.lists!;
    for (let q = 0; q < lists.length; q++) {
      const l = lists[q];
      while (l.length !== 0) l.pop();
    }
    scan.listed = false;
  }
  const hn = hitN[scan.index];
  const lastEnd = scan.lastEnd;
  const quotes = scan.quoted === true ? c.b : null;
  if (hn !== 0 && scan.dirty) {
    lastEnd.fill(0);
    scan.dirty = false;
  }
  const mine = hits[scan.index];
  for (let h = 0; h < hn; h++) {
    // (a word whose patterns cannot take the next word — "the" before anything but "majority",
    // "likely", … — is no hit: `words` applies the scan's gate)
    const i = mine[h];
    const x = map[raw[i] + 1];
    const nx = vidAt(w, i + 1);
    const list = scan.byId[x]!;
    const p = at[i];
    for (let e = 0; e < list.length; e++) {
      const { k, nextB, test, third, thirdBy, unless, pre } = list[e];
      if (p < lastEnd[k]) continue;
      if (nextB && !(nx >= 0 && nextB[nx] === 1)) continue;
      if (test) {
        // after the clitic "'s" comes its own "s", then the next word
        const j = x === CLITIC ? i + 2 : i + 1;
        if (!inBits(test.b!, vidAt(w, j)) && !(test.ly && lyAt(w, j))) continue;
      }
      if (third && !inBits(third.b!, vidAt(w, i + 2)) && !(third.ly && lyAt(w, i + 2))) continue;
      if (thirdBy || unless) {
        // the second word, and the third (a clitic "'s" is followed by its own "s")
        const j = x === CLITIC ? i + 2 : i + 1;
        const xj = vidAt(w, j);
        const j3 = xj === CLITIC ? j + 2 : j + 1;
        const t = thirdBy?.get(xj);
        if (t && !inBits(t.b!, vidAt(w, j3)) && !(t.ly && lyAt(w, j3))) continue;
        if (unless && !inBits(unless.b!, xj) && !inBits(unless.test.b!, vidAt(w, j3)) && !(unless.test.ly && lyAt(w, j3))) continue;
      }
      if (pre && !pre(c, p, VOCAB_WORDS[x], i)) continue;
      const r = scan.sticky[k];
      r.lastIndex = p;
      if (quotes !== null && quotes.inQuote(p)) {
        // a match here is dropped by every caller: only its end counts
        if (r.test(prose)) {
          lastEnd[k] = r.lastIndex;
          scan.dirty = true;
        }
        continue;
      }
      const m = r.exec(prose);
      if (!m) continue;
      if (out === null) {
        out = scan.lists ??= scan.sticky.map((): RegExpExecArray[] => []);
        scan.listed = true;
      }
      out[k].push(m);
      lastEnd[k] = p + m[0].length;
      scan.dirty = true;
    }
  }
  return out ?? (scan.none ??= Object.freeze(scan.sticky.map(() => NO_MATCHES)) as RegExpExecArray[][]);
}
/** VAGUE's patterns with their groups numbered (`numbered`): judgeVague reads a match of pattern k by VAGUE_NUMBERED[k].at. */
const VAGUE_NUMBERED = VAGUE.map((p) => numbered(p.re, null));
const VAGUE_SCAN = firstWordScan(VAGUE.map((p, k) => ({ ...p, re: VAGUE_NUMBERED[k].re })));
// judgeVagues drops the matches in quotations first
VAGUE_SCAN.quoted = true;
/**
 * For the tests: the hits `words` gives each scan in a prose, and, as reference, the hits byFirstWord
 * used to keep from every trigger word (TRIGGER_SCANS) by testing the scan's gate on the next word;
 * and the words the scans look up.
 */
export const sourcingWordScans = {
  vocab: VOCAB_WORDS as readonly string[],
  /** The words some scan gates (their patterns need a next word), and the next words the gates let through. */
  gated(): { first: string[]; next: string[] } {
    const first = new Set<string>();
    const next = new Set<string>();
    for (const s of SCANS)
      s.gate.forEach((g, x) => {
        if (!g) return;
        first.add(VOCAB_WORDS[x]);
        g.forEach((v, y) => v === 1 && next.add(VOCAB_WORDS[y]));
      });
    return { first: [...first], next: [...next] };
  },
  /**
   * The words of a prose as `words` gives them (`unicode`: read as prose that is not plain is), each
   * by where it starts, its number in VOCAB and whether it ends in "ly", four past the last; with
   * the scans' hits, the superlative starts, and the digit and figure-word marks.
   */
  reading(prose: string, unicode: boolean): unknown {
    unicodeWords = unicode;
    try {
      const w = words({ prose, words: undefined } as unknown as Ctx);
      const list: [number, number, boolean][] = [];
      for (let i = 0; i < w.n + 4; i++) list.push([i < w.n ? w.at[i] : -1, vidAt(w, i), lyAt(w, i)]);
      return {
        list,
        hits: SCANS.map((s) => Array.from(w.hits[s.index].subarray(0, w.hitN[s.index]))),
        sup: Array.from(w.sup.subarray(0, w.supN)),
        digit: w.digit,
        figWord: w.figWord,
      };
    } finally {
      unicodeWords = false;
    }
  },
  hits(prose: string): { hits: number[][]; reference: number[][]; marks: unknown; markRef: unknown } {
    const w = words({ prose, words: undefined } as unknown as Ctx);
    // the words whose first three letters start a superlative anchor, whether the prose has a digit,
    // and whether a word is one of FIGURE_ANCHOR_WORDS (or beyond ASCII)
    const sup: number[] = [];
    let fig = false;
    for (let i = 0; i < w.n; i++) {
      const a = w.at[i];
      if (vidAt(w, i) === CLITIC) continue;
      if (FIGURE_ANCHOR_WORDS.has(vidAt(w, i))) fig = true;
      const t = prose.slice(a, a + 3);
      if (/^[A-Za-z]{3}$/.test(t) && SUP_TRI[tri(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2))] === 1) sup.push(i);
    }
    const marks = { sup: Array.from(w.sup.subarray(0, w.supN)), digit: w.digit, figWord: w.figWord };
    const markRef = { sup, digit: /[0-9]/.test(prose), figWord: fig || (/[^\x00-\x7f]/.test(prose) ? w.figWord : false) };
    const hits = SCANS.map((s) => Array.from(w.hits[s.index].subarray(0, w.hitN[s.index])));
    const reference = SCANS.map((s) => {
      const out: number[] = [];
      for (let i = 0; i < w.n; i++) {
        const x = vidAt(w, i);
        if (x < 0 || ((TRIGGER_SCANS[x] ?? 0) & (1 << s.index)) === 0) continue;
        const g = s.gate[x];
        const nx = vidAt(w, i + 1);
        if (g && !(nx >= 0 && g[nx] === 1) && !(s.gateLy[x] === 1 && lyAt(w, i + 1))) continue;
        out.push(i);
      }
      return out;
    });
    return { hits, reference, marks, markRef };
  },
  /**
   * Each 'quant' and 'alone' match of a block that the tests before the pattern now pass by (where
   * the tests they replace let it through): its text, its end, the end of its word, and
   * judgeVague's verdict on it (null: dropped); and TIGHT_CUE_RE's matches in the block.
   */
  prejudged(block: ParsedBlock): { matches: { text: string; end: number; wordEnd: number; kept: boolean }[]; cues: Span[] } {
    const c = fillCtx(block, []);
    const w = words(c);
    const matches: { text: string; end: number; wordEnd: number; kept: boolean }[] = [];
    for (let i = 0; i < w.n; i++) {
      const word = VOCAB_WORDS[vidAt(w, i)];
      if (word === undefined) continue;
      const p = w.at[i];
      for (let k = 0; k < VAGUE.length; k++) {
        const { kind, pre } = VAGUE[k];
        if ((kind !== 'quant' && kind !== 'alone') || !VAGUE_SCAN.byId[vidAt(w, i)]?.some((e) => e.k === k)) continue;
        const before = kind === 'quant' ? (!QUANT_ALONE.has(word) || mayHaveQuantNoun(c.prose, p + word.length)) && quantMayHaveVerb(c, i) : aloneMayHaveVerb(c, i);
        if (!before || pre!(c, p, word, i)) continue;
        const r = VAGUE_SCAN.sticky[k];
        r.lastIndex = p;
        const m = r.exec(c.prose);
        if (m) matches.push({ text: m[0], end: p + m[0].length, wordEnd: p + word.length, kept: judgeVague(c, kind, m, [], VAGUE_NUMBERED[k].at) !== null });
      }
    }
    const cues: Span[] = [];
    TIGHT_CUE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TIGHT_CUE_RE.exec(c.prose))) cues.push({ start: m.index, end: m.index + m[0].length });
    fillCtx(null, NO_FINDINGS);
    return { matches, cues };
  },
  /**
   * Each vague-quantity match of a block that the test before the pattern now passes by (where
   * mayHaveVQNoun lets it through): its text, the end of its word, and whether hedgeCandidate
   * would drop it before the sentence's other tests (in a quotation, or judgeQuantity says no).
   */
  vqPrejudged(block: ParsedBlock): { text: string; end: number; wordEnd: number; dropped: boolean }[] {
    const c = fillCtx(block, []);
    const w = words(c);
    const out: { text: string; end: number; wordEnd: number; dropped: boolean }[] = [];
    for (let i = 0; i < w.n; i++) {
      const word = VOCAB_WORDS[vidAt(w, i)];
      if (word === undefined || !VQ_SCAN.byId[vidAt(w, i)]) continue;
      const p = w.at[i];
      const pre = VQ_SCAN.byId[vidAt(w, i)]![0].pre!;
      if (!VQ_ALONE.has(word) || !mayHaveVQNoun(c.prose, p + word.length) || pre(c, p, word, i)) continue;
      const r = VQ_SCAN.sticky[0];
      r.lastIndex = p;
      const m = r.exec(c.prose);
      if (m) out.push({ text: m[0], end: p + m[0].length, wordEnd: p + word.length, dropped: c.b.inQuote(m.index) || judgeQuantity(c, m) === null });
    }
    fillCtx(null, NO_FINDINGS);
    return out;
  },
  /** `quantNoun` at each offset of a block, and the same reading with ALONE_VERB_AFTER_RE tried after every plural (as before `wordIn` was asked first). */
  quantNouns(block: ParsedBlock): { got: unknown[]; want: unknown[] } {
    const c = fillCtx(block, []);
    const { prose } = c;
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (let from = 0; from < prose.length; from++) {
      got.push(quantNoun(c, from));
      const w = /^(\s+[\p{L}][\p{L}'’-]*)(\s+[\p{L}][\p{L}'’-]*)?(\s+[\p{L}][\p{L}'’-]*)?/u.exec(prose.slice(from, from + 80));
      let r: { noun: string; end: number } | null = null;
      if (w) {
        let end = from;
        for (let i = 1; i <= 3 && w[i]; i++) {
          const word = w[i].trim();
          const wEnd = end + w[i].length;
          const lw = word.toLowerCase();
          if (PEOPLE_NOUN_RE.test(word) && !/^[-']/.test(prose.slice(wEnd, wEnd + 1))) {
            r = { noun: lw, end: wEnd };
            break;
          }
          if (/s$/i.test(word) && !/(?:ss|us|is)$/i.test(word) && ALONE_VERB_AFTER_RE.test(prose.slice(wEnd, wEnd + 120))) {
            r = { noun: lw, end: wEnd };
            break;
          }
          if (!ADJ_RE.test(word)) break;
          end = wEnd;
        }
      }
      want.push(r);
    }
    fillCtx(null, NO_FINDINGS);
    return { got, want };
  },
  /**
   * The matches byFirstWord finds in a prose for the vague, hedge and vague-quantity scans with no
   * `pre` test (the gates on the next words alone), and those of a global scan of each pattern: each
   * match as its start and text, by pattern.
   */
  scans(prose: string): { got: [number, string][][]; want: [number, string][][] } {
    const got: [number, string][][] = [];
    const want: [number, string][][] = [];
    for (const scan of [VAGUE_SCAN, HEDGE_SCAN, VQ_SCAN]) {
      const bare: FirstWordScan = { ...scan, byId: scan.byId.map((l) => l?.map((e) => ({ ...e, pre: null }))), lastEnd: new Int32Array(scan.lastEnd.length), none: undefined, lists: undefined, listed: false, quoted: false };
      const found = byFirstWord({ prose, words: undefined } as unknown as Ctx, bare);
      for (let k = 0; k < scan.sticky.length; k++) {
        got.push(found[k].map((m) => [m.index, m[0]]));
        const all: [number, string][] = [];
        const g = new RegExp(scan.sticky[k].source, 'gu');
        let m: RegExpExecArray | null;
        while ((m = g.exec(prose))) {
          all.push([m.index, m[0]]);
          if (m[0] === '') g.lastIndex++;
        }
        want.push(all);
      }
    }
    return { got, want };
  },
};

/** STUDY_VERB_RE numbered (`numbered`): its groups read by number. */
const STUDY_VERB_NAMED = re(`^(?<pp>\\s+(?:by|at|from|in|of)\\s+(?:the\\s+)?[\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]*){0,4})?(?<verb>(?:\\s+(?:have|has|also|now|consistently|repeatedly|clearly))*\\s+(?:${alt(['show', 'shows', 'shown', 'suggest', 'suggests', 'suggested', 'found', 'finds', 'indicate', 'indicates', 'indicated', 'demonstrate', 'demonstrates', 'demonstrated', 'proven', 'proved', 'confirm', 'confirms', 'confirmed'])}))${E}`, 'u');
const STUDY_VERB = numbered(STUDY_VERB_NAMED, ['pp', 'verb']);
const STUDY_VERB_RE = STUDY_VERB.re;

const ROLE_SET = new Set(data.roles);
const PEOPLE_SET = new Set(data.people);
/** Plural nouns that are not people: "some cases suggest" is a hedge, not an attribution. */
const NOT_PEOPLE = new Set(
  'cases instances examples studies data results findings experiments tests analyses observations records documents texts versions editions signs factors things years times days ways parts areas places types kinds forms species models scholars'.split(' ').filter((w) => w !== 'scholars'),
);
/** An organisation named before a role noun: "Agriculture Department economists". */
const ORG_WORD = /\b(?:Department|Office|Ministry|Institute|Institution|University|College|Bureau|Agency|Commission|Council|Board|Service|Administration|Center|Centre|Foundation|Association|Society|Company|Corporation|Inc\.|Corp\.|Bank|Fund|Organization|Organisation|Committee|Court|Police|Army|Navy|Party|Union|League|Group|Times|Post|Journal|News)\b/;
/** Role nouns that are ordinary wire attribution when bare ("authorities said", "doctors said"). */
const BARE_ROLE_SKIP = new Set(['authorities', 'doctors', 'physicians', 'lawyers', 'activists', 'sources']);
const REQUIRE_THAT = new Set(data.passiveNeedsThat);

/** After a vague noun: "experts at the Brookings Institution", "critics, including Sen. Jane Doe,". */
const NAMED_AFTER = re(
  "^(?:\\s*,)?\\s*(?:at|from|with|for|including|such\\s+as|like|led\\s+by|among\\s+them|notably|polled\\s+by|surveyed\\s+by|interviewed\\s+by|consulted\\s+by|cited\\s+by|quoted\\s+by|working\\s+(?:at|for)|who\\s+work\\s+(?:at|for)|—|–|\\(|:)\\s*(?:the\\s+|a\\s+|an\\s+)?(?:[A-Z]|\\d{4}\\))",
  'u',
);
/** An affiliation in a phrase after the group: "at Stanford", "in the Justice Department". */
const PP_NAMED = /\s(?:at|from|with|by)\s+(?:the\s+)?[A-Z]|\sin\s+(?:the\s+)?(?:[A-Z][\p{L}.'’-]*\s+){0,3}(?:Department|Office|Ministry|Institute|University|Bureau|Agency|Commission|Council|Administration)\b/u;
/** After a passive: "is considered by the Audubon Society", "criticized as racist by the ACLU". */
const BY_NAMED = /^[^.;!?]{0,60}?\bby\s+(?:the\s+)?[A-Z]/;
/** A following sentence that names the vague group. */
const NAMED_NEXT = /^\s*(?:Among\s+(?:them|those)|They\s+include|Those\s+include|One\s+of\s+them|One\s+such|Two\s+of\s+them|They\s+are\s+led\s+by)\b/;
/** "The regulation states that" (but not "the United States"). */
const STATES_RE = /\bstates?(?=\s+that\b)/g;
/** Attribution that settles a passive or an adverb in the same sentence: "…, police said." */
const TIGHT_CUE_RE = re(
  `${B}(?:${alt(['said', 'says', 'say', 'told', 'tells', 'according to', 'wrote', 'writes', 'reported', 'stated', 'confirmed', 'announced', 'testified', 'estimated', 'estimates', 'in a statement', 'in an interview', 'quoted', 'citing', 'cited', 'alleged', 'alleges', 'charged', 'charges', 'accused', 'indictment', 'complaint', 'affidavit', 'lawsuit', 'court documents', 'court records', 'police reports', 'police report'])})${E}`,
);

// ---------------------------------------------------------------------------------- anonymous

const ANON_MOD = `(?:${alt(data.anonymousModifiers)}|[A-Z][\\p{L}.'’&-]*|&)`;
const FAMILIAR = alt(data.familiarWith);
const FAMILIAR_RE = re(`(?:${FAMILIAR})`, 'u');
const SPEECH = alt(data.speechVerbs);
/** The first words of SPEECH: ANON_VERB_AFTER_RE needs one of them after the head. */
const SPEECH_FIRST = new Set(firstWords(data.speechVerbs).map(vocabId));
/** The head of an unnamed source: "officials", "a spokesman", "police", "the sheriff's office". */
const ANON_HEAD_RE = re(`${B}(?:${alt([...data.institutions, ...data.anonymousPersons])})${E}`);
const ANON_HEAD_SCAN = firstWordScan([{ re: ANON_HEAD_RE, first: [...data.institutions, ...data.anonymousPersons], pre: (c, _p, _w, i) => anonHeadMayReport(c, i) }]);
/** The most words of a head (a clitic "'s" is two: its own and its "s"), as `Words` counts them. */
const ANON_HEAD_TOKENS = Math.max(
  ...[...data.institutions, ...data.anonymousPersons].map((x) => x.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length + (x.match(/['’]s(?![\p{L}\p{N}])/gu)?.length ?? 0)),
);
/** The first words of SPEECH, lower case. */
const SPEECH_FIRST_WORDS = [...new Set(firstWords(data.speechVerbs))];
/** SPEECH_FIRST_WORDS by the code of their first letter (only a word whose first character | 32 is that code can start with one). */
const SPEECH_FIRST_BY_LETTER: string[][] = Array.from({ length: 128 }, (_, c) => SPEECH_FIRST_WORDS.filter((w) => w.charCodeAt(0) === c));
if (SPEECH_FIRST_WORDS.some((w) => w.charCodeAt(0) >= 128)) throw new Error('sourcing: a verb of saying starts beyond ASCII');
/**
 * Whether checkAnonymous may report a head that starts at word `i`: it drops a head with neither a
 * verb of saying in the 320 characters after it (SPEECH_FIRST, as its `wordIn` reads them: a word
 * that window cuts counts, so here a word that may be cut and starts with one of them) nor a verb
 * of ANON_VERB_BEFORE_RE within 80 characters before it. The windows are taken for the longest
 * head, so they hold those of any shorter one; a head found inside a skipped one is dropped too.
 */
function anonHeadMayReport(c: Ctx, i: number): boolean {
  const { at, n } = words(c);
  const { prose } = c;
  const p = at[i];
  const end = endBound(c, i, ANON_HEAD_TOKENS);
  if (wordIn(c, Math.max(0, p - 80), end, ANON_VERB_BEFORE_IDS)) return true;
  if (wordIn(c, p, Math.min(prose.length, end + 320), SPEECH_FIRST)) return true;
  // the words that hold a position the window after a head may end at (p + 320 < x <= end + 320)
  for (let k = Math.max(0, lowerBound(at, p + 321, n) - 1); k < n && at[k] <= end + 320; k++) {
    const s = at[k];
    const c0 = prose.charCodeAt(s) | 32;
    if (c0 >= 128) continue;
    for (const w of SPEECH_FIRST_BY_LETTER[c0]) {
      let j = 0;
      while (j < w.length && (prose.charCodeAt(s + j) | 32) === w.charCodeAt(j)) j++;
      if (j === w.length) return true;
    }
  }
  return false;
}
const INSTITUTION_SET = new Set(data.institutions.map((x) => x.replace(/’/g, "'")));
/** Words before the head: "a senior administration", "two", "Pentagon", "city". */
const ANON_MODS_BEFORE_RE = re(`(?<![\\p{L}\\p{N}'’-])(?:(?:${ANON_MOD})\\s+){1,4}$`, 'u');
/** What may follow the head: "familiar with the talks", ", who spoke on condition of anonymity,", "said". */
const ANON_PP = `(?<pp>\\s+(?:(?:${FAMILIAR})|for|at|with|from|in|of|on)\\s+(?:the\\s+)?(?:${PWORD}\\s+){0,4}?${PWORD})`;
/** ANON_VERB_AFTER_RE and ANON_PP_RE numbered (`numbered`): their groups read by number. */
const ANON_VERB_AFTER_NAMED = re(`^${ANON_PP}?(?<paren>\\s*,[^,.;:“”"]{3,200},)?\\s+(?<verb>${SPEECH})${E}`, 'u');
const ANON_VERB_AFTER = numbered(ANON_VERB_AFTER_NAMED, ['pp', 'paren', 'verb']);
const ANON_VERB_AFTER_RE = ANON_VERB_AFTER.re;
const ANON_PP_N_NAMED = re(`^${ANON_PP}?`, 'u');
const ANON_PP_N = numbered(ANON_PP_N_NAMED, ['pp']);
const ANON_PP_RE = ANON_PP_N.re;
const ANON_VERB_BEFORE_RE = re(`${B}(?:said|says|told|added|according\\s+to)\\s+$`, 'u');
/** The first words of ANON_VERB_BEFORE_RE, by number in `VOCAB`. */
const ANON_VERB_BEFORE_IDS = new Set(['said', 'says', 'told', 'added', 'according'].map(vocabId));
const ANON_EXPLAINED = re(`(?:${alt(data.anonymityExplained)})`);
const REASON = /\b(?:because|since|as\s+(?:he|she|they|the)|to\s+(?:discuss|describe|talk|speak|share|avoid|protect)|for\s+fear|citing|due\s+to|in\s+order\s+to)\b/;
const PERSON_NOUNS_NEEDING_PP = new Set(['person', 'people', 'individual', 'individuals', 'source', 'a source']);
const SINGULAR_ANON = /(?:official|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|staffer|source|diplomat|insider|executive|representative|lawmaker|expert|analyst|critic|observer|employee|person|individual|officer|agent|investigator)$/i;

/** A named speaker: "Smith said", "said Jane Doe", "Jane Doe, a spokeswoman, said". */
const NOT_NAMES =
  'The|A|An|It|He|She|They|We|I|You|His|Her|Their|Our|This|That|These|Those|Police|Officials|Authorities|Sources|Critics|Experts|Analysts|Observers|Witnesses|Residents|Prosecutors|Investigators|Officers|Some|Many|Others|Most|One|Two|Three|Several|Both|Spokesman|Spokeswoman|Spokesperson|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|But|And|So|Yet|Also|Then|When|While|After|Before|In|On|At|For|Of|To|With|By|From|As|If|Still|However|Meanwhile|Later|Earlier|Officials|Doctors|Reporters|Students|Parents|Teachers|Voters|Democrats|Republicans|Scientists|Researchers|Historians|Scholars|Economists|Activists|Lawyers';
const NAME = `(?!(?:${NOT_NAMES})\\b)[A-Z][\\p{L}'’-]+(?:\\s+(?:[A-Z]\\.\\s+)?[A-Z][\\p{L}'’-]+){0,3}`;
const NAMED_SPEAKER_RE = re(
  `(?:${NAME}\\s*,?\\s+(?:also\\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|asked|replied|testified|estimated|recalled)${E}` +
    `|${B}(?:said|says|told|added|wrote|according\\s+to)\\s+(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Det)\\.\\s+|(?:Mayor|Chief|Sheriff|President|Secretary|Judge|Officer|Detective|Director|Commissioner|Superintendent|Councilman|Councilwoman|Senator|Governor|Minister|Spokesman|Spokeswoman|spokesman|spokeswoman|spokesperson)\\s+)?${NAME}` +
    `|${NAME},\\s+(?:a|an|the|who|\\d)[^,]{1,100},\\s+(?:said|says|told|added|wrote))`,
);

// ---------------------------------------------------------------------------------- figures

const NUM = '\\d+(?:[.,]\\d+)*';
const NUMWORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|a\\s+thousand|a\\s+dozen|hundred|dozens|several\\s+hundred|several\\s+thousand|a\\s+few\\s+hundred|a\\s+few\\s+thousand)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const APPROX_LIST = [
  'more than', 'less than', 'fewer than', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some',
  'over', 'up to', 'as many as', 'as much as', 'as few as', 'at least', 'an estimated', 'estimated', 'upwards of',
  'close to', 'just over', 'just under', 'well over', 'well above', 'more then', 'in excess of', 'an average of',
];
const APPROX = alt(APPROX_LIST);
const MAG = '(?:million|billion|trillion|thousand)';
const FRACTION = alt(['two-thirds', 'three-quarters', 'three-fourths', 'one-third', 'one-quarter', 'one-fifth', 'a third', 'a quarter', 'a fifth', 'two thirds', 'three quarters']);
const COUNT_NOUN = `(?:[\\p{Ll}-]+\\s+)?(?:${alt(data.countNouns)})${E}`;
const DAMAGE_TAIL = /^\s+(?:in|of|worth\s+of)\s+(?:[\p{Ll}-]+\s+)?(?:damages?|losses|lost|stolen|fraud|overruns?|debts?|unpaid|back\s+pay|bribes|kickbacks|contributions|donations|assets|property\s+damage)\b/u;
const COST_BEFORE = /(?:\b(?:cost|costs|costing|cost\s+of|valued\s+at|worth|damage\s+of|losses\s+of|loss\s+of|estimated\s+at|pegged\s+at|put\s+at|totaling|totalling|amounting\s+to))\s+$/i;
const FIGURE_RE = re(
  [
    // money: an estimate, a loss, a cost ("more than $3 million", "$2 million in damage")
    `(?<money>(?<mapprox>(?:${APPROX})\\s+)?[$€£¥]\\s?${NUM}(?:\\s*(?:${MAG}|[mbk]n?)${E})?)`,
    // a percentage: a statistic
    `(?<pct>(?:(?:${APPROX})\\s+)?${NUM}\\s*(?:%|${ci('percent')}|${ci('per cent')}|${ci('percentage points')}|${ci('percentage point')})(?![\\p{L}]))`,
    // "3 million people", "two billion"
    `(?<mag>(?:(?:${APPROX})\\s+)?(?:${NUM}|${NUMWORD})\\s+(?:million|billion|trillion)${E})`,
    // "tens of thousands of", "hundreds of"
    `(?<lots>(?:${ci('tens of')}\\s+|${ci('hundreds of')}\\s+)?${alt(['thousands', 'millions', 'billions', 'hundreds'])}\\s+of(?=\\s+[\\p{Ll}]))`,
    // "nearly half of", "two-thirds of", "one in five"
    `(?<frac>(?:(?:${APPROX})\\s+)?(?:${FRACTION})\\s+of${E}|(?:${APPROX})\\s+(?:half|a\\s+majority)\\s+of${E}|${ci('half of all')}${E}|${ci('one in')}\\s+(?:${NUM}|${NUMWORD}|five|four|three|two|ten)${E})`,
    // an estimated count: "more than 2,000 acres", "at least 12 people"
    `(?<approx>(?:${APPROX})\\s+(?:${NUM}|${NUMWORD})\\s+${COUNT_NOUN})`,
    // a large count: "13,000 residents"
    `(?<big>\\d{1,3}(?:,\\d{3})+(?!\\d)\\s+${COUNT_NOUN})`,
  ]
    .map((x) => `${B}${x}`)
    .join('|'),
);
/** FIGURE_RE, sticky, its groups numbered (`numbered`): checkFigures reads its matches by FIG.name. */
const FIG_NUMBERED = numbered(FIGURE_RE, ['money', 'mapprox', 'pct', 'mag', 'lots', 'frac', 'approx', 'big'], 'uy');
const FIGURE_Y = FIG_NUMBERED.re;
const FIG = FIG_NUMBERED.at;
/** Where a figure can be: a digit, a currency sign, a number word. */
const FIGURE_ANCHOR =
  /[$€£¥]?\d[\d,.]*|\b(?:tens|hundreds|thousands|millions|billions|half|thirds?|quarters?|fifth|one\s+in|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|several)\b/gi;
/** FIGURE_ANCHOR's first alternative: its matches where none of its words is a word. */
const FIGURE_ANCHOR_DIGITS = /[$€£¥]?\d[\d,.]*/g;
if (!FIGURE_ANCHOR.source.startsWith(FIGURE_ANCHOR_DIGITS.source + '|')) throw new Error('sourcing: FIGURE_ANCHOR_DIGITS is not the first alternative of FIGURE_ANCHOR');
/**
 * FIGURE_ANCHOR read from the shared word table, in plain prose (see words.ts: its runs are then
 * the words, and ASCII \b falls at their ends only). By number in the shared dictionary: 1 for
 * each of the expression's words, 2 for "one" (an anchor only as "one\s+in").
 */
const FIG_ANCHOR_IDS = ((): Uint8Array => {
  // the words of FIGURE_ANCHOR's word alternative: "thirds?" is two, "one\s+in" is "one"
  const body = /\\b\(\?:(.*)\)\\b$/.exec(FIGURE_ANCHOR.source.slice(FIGURE_ANCHOR_DIGITS.source.length + 1))![1];
  const list = body.split('|').flatMap((a) => (a === 'one\\s+in' ? ['one'] : a.endsWith('s?') ? [a.slice(0, -2), a.slice(0, -1)] : [a]));
  if (!list.every((w) => /^[a-z]+$/.test(w))) throw new Error('sourcing: FIGURE_ANCHOR has a word that is not lower-case letters');
  const ids = list.map((w) => wordId(w));
  const t = new Uint8Array(Math.max(...ids) + 1);
  list.forEach((w, k) => (t[ids[k]] = w === 'one' ? 2 : 1));
  return t;
})();
const IN_ID = wordId('in');
/** The starts of `figureAnchors`' matches, and the run each is in (shared storage: one block at a time). */
/**
 * FIG_ANCHOR_IDS by id + 1 over the whole dictionary (0 at 0, for a run no module looks for), so
 * that figureAnchors reads a run's entry with no test of bounds; made again when the dictionary has
 * grown (all modules register their words when they load: at most a few times).
 */
let figIds1 = new Uint8Array(1);
function figAnchorIds1(): Uint8Array {
  const size = dictionarySize() + 1;
  if (figIds1.length < size) {
    figIds1 = new Uint8Array(size);
    figIds1.set(FIG_ANCHOR_IDS, 1);
  }
  return figIds1;
}
let figAt = new Int32Array(256);
let figRun = new Int32Array(256);
/**
 * Where FIGURE_ANCHOR matches in a plain prose, as its global scan finds them: its digit
 * alternative at the first digit of each run of digits (a currency sign just before it starts the
 * match), and past the digits, "," and "." it takes; its words where a run is one (any case),
 * "one" only before white space and a run "in". Returns how many (in `figAt`).
 */
function figureAnchors(prose: string, t: WordTable): number {
  const n = t.n;
  const ts = t.start;
  const te = t.end;
  const tid = t.id;
  const tf = t.flags;
  const ids = figAnchorIds1();
  const len = prose.length;
  if (figAt.length < n + 1) {
    figAt = new Int32Array(Math.max(n + 1, figAt.length * 2));
    figRun = new Int32Array(figAt.length);
  }
  const at = figAt;
  const run = figRun;
  let count = 0;
  // where the scan goes on: past the digits, "," and "." of the last digit match
  let from = 0;
  for (let k = 0; k < n; k++) {
    // most runs are neither: one table read each (the id, offset by one so that -1 reads 0)
    const word = ids[tid[k] + 1];
    if (word === 0 && (tf[k] & DIGIT) === 0) continue;
    const s = ts[k];
    const e = te[k];
    if ((tf[k] & DIGIT) !== 0) {
      // a run with a digit: a match at each digit the scan reaches (a letter before it is no matter)
      let q = s < from ? from : s;
      while (q < e) {
        const c = prose.charCodeAt(q);
        if (c < 48 || c > 57) {
          q++;
          continue;
        }
        let a = q;
        if (q === s && q > from) {
          const b = prose.charCodeAt(q - 1);
          if (b === 36 || b === 0x20ac || b === 0xa3 || b === 0xa5) a = q - 1;
        }
        run[count] = k;
        at[count++] = a;
        q++;
        while (q < len) {
          const d = prose.charCodeAt(q);
          if (d === 44 || d === 46 || (d >= 48 && d <= 57)) q++;
          else break;
        }
        from = q;
      }
      continue;
    }
    // a run of letters (none starts inside the digits of a match), a word of FIGURE_ANCHOR
    if (word === 2) {
      // "one\s+in"
      if (k + 1 >= n || tid[k + 1] !== IN_ID) continue;
      const ns = ts[k + 1];
      let x = e;
      while (x < ns && spaceAt(prose, x)) x++;
      if (x !== ns) continue;
    }
    run[count] = k;
    at[count++] = s;
  }
  return count;
}
/**
 * The words after which FIGURE_RE goes on, over white space, to a word of FIGURE_ANCHOR: the last
 * words of APPROX ("more than two", "about half"), the words of NUMWORD and FRACTION before another
 * ("a hundred", "several thousand", "a few hundred", "a third", "two thirds", "three quarters"),
 * "of" of "tens of thousands", "in" of "one in three", and a number before COUNT_NOUN's modifier
 * ("twenty two-bedroom homes": NUMWORD's words, and "-one" to "-nine"). By number in the shared
 * dictionary: 1. (After a number in digits, too: "$5 thousand", "300 two-bedroom homes".)
 */
const FIG_LEAD_IDS = ((): Uint8Array => {
  const words = [
    ...APPROX_LIST.map((x) => x.split(' ').pop()!),
    ...'a several few two three of in'.split(' '),
    ...NUMWORD.replace(/\\s\+/g, ' ').match(/[a-z]+/g)!,
  ];
  const ids = words.map((w) => wordId(w));
  const t = new Uint8Array(Math.max(...ids) + 1);
  for (const g of ids) t[g] = 1;
  return t;
})();
/**
 * Whether a match of FIGURE_RE that starts before the word anchor at `p` (run `k` of a plain
 * prose's table) may hold it. matchAround tries such starts only over white space (" ", "\n",
 * "\t") before `p`; a match crosses it into a word of FIGURE_ANCHOR only after a word of
 * FIG_LEAD_IDS or a digit (see there), which must end right before it: a mark there ("about,
 * two") ends any match. So the run before must end where that white space starts, and be one of
 * those words or end in a digit.
 */
function figureMayLeadTo(prose: string, t: WordTable, k: number, p: number): boolean {
  if (!spacesBefore(prose, t, k, p)) return false;
  if ((t.flags[k - 1] & DIGIT) !== 0) {
    const last = t.tail[k - 1] & 127;
    if (last >= 48 && last <= 57) return true;
  }
  const g = t.id[k - 1];
  return g >= 0 && g < FIG_LEAD_IDS.length && FIG_LEAD_IDS[g] === 1;
}
/** Whether run `k - 1` of a plain prose's table ends where white space that matchAround walks over (" ", "\n", "\t") runs to `p`. */
function spacesBefore(prose: string, t: WordTable, k: number, p: number): boolean {
  if (k === 0) return false;
  const e = t.end[k - 1];
  if (e >= p) return false;
  for (let i = e; i < p; i++) {
    const c = prose.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9) return false;
  }
  return true;
}
/** The last words of APPROX, by number in the shared dictionary: 1. */
const FIG_APPROX_LAST_IDS = ((): Uint8Array => {
  const ids = APPROX_LIST.map((x) => wordId(x.split(' ').pop()!));
  const t = new Uint8Array(Math.max(...ids) + 1);
  for (const g of ids) t[g] = 1;
  return t;
})();
/**
 * FIGURE_Y at `p` alone: matchAround's answer where no match from a start before `p` can hold it
 * (and FIGURE_START holds at `p`, as matchAround tests it first).
 */
function figureAt(prose: string, p: number): RegExpExecArray | null {
  FIGURE_Y.lastIndex = p;
  const m = FIGURE_Y.exec(prose);
  return m && m.index + m[0].length > p ? m : null;
}
/**
 * The figure that holds the anchor `x` of a plain prose (`figureAnchors`, at `p`), as matchAround
 * finds it (not before `lastEnd`), or null. It walks back over the words before the anchor only
 * where a match that starts there may hold it: a number after a currency sign, an approximation
 * or "one in" (`digitLeadBefore`); a number word after a word of FIG_LEAD_IDS or a number
 * (`figureMayLeadTo`); a currency sign after an approximation's last word, over white space (money's
 * "more than $5": no other alternative of FIGURE_RE holds a sign). Elsewhere a match can only
 * start at the anchor: FIGURE_Y is tried there alone, where FIGURE_START lets it; and a number that
 * starts no figure and has none of those before it is passed by, as before.
 */
function figureAroundAnchor(prose: string, t: WordTable, x: number, p: number, lastEnd: number): RegExpExecArray | null {
  const d = prose.charCodeAt(p);
  const k = figRun[x];
  if (d >= 48 && d <= 57) {
    if (digitLeadBeforeRun(prose, t, k, p)) return matchAround(prose, p, lastEnd, FIGURE_Y, 3, FIGURE_START);
    return digitFigureCanStart(prose, p) ? figureAt(prose, p) : null;
  }
  if (asciiLetter(d)) {
    if (figureMayLeadTo(prose, t, k, p)) return matchAround(prose, p, lastEnd, FIGURE_Y, 3, FIGURE_START);
    return figureWordCanStart(prose, p) ? figureAt(prose, p) : null;
  }
  // a currency sign before the number of run k (FIGURE_START holds at a sign)
  if (spacesBefore(prose, t, k, p)) {
    const g = t.id[k - 1];
    if (g >= 0 && g < FIG_APPROX_LAST_IDS.length && FIG_APPROX_LAST_IDS[g] === 1) return matchAround(prose, p, lastEnd, FIGURE_Y, 3, FIGURE_START);
  }
  return figureAt(prose, p);
}
/**
 * `digitLeadBefore(prose, p)` for the number at `p` that starts run `k` of a plain prose's table,
 * read from the table where the word before is a run of letters: the white space back from `p`,
 * then that run's number (APPROX_LAST's words all have one: the last words of APPROX, FIG_APPROX_LAST_IDS,
 * and "in") instead of hashing its letters. Elsewhere, and for "in" (is "one" before it?), it asks
 * digitLeadBefore. (~1,650 numbers per 100k words: years, dates, scores, and the figures.)
 */
function digitLeadBeforeRun(prose: string, t: WordTable, k: number, p: number): boolean {
  if (k === 0 || t.start[k] !== p || (t.flags[k - 1] & DIGIT) !== 0) return digitLeadBefore(prose, p);
  const e = t.end[k - 1];
  let j = p;
  while (j > e && spaceAt(prose, j - 1)) j--;
  if (j === p) return false;
  // a mark between the word and the spaces: only "$" or a unit beyond ASCII lets a figure hold the number
  if (j > e) {
    const c = prose.charCodeAt(j - 1);
    return c === 36 || c >= 128;
  }
  const g = t.id[k - 1];
  if (g === IN_ID) return digitLeadBefore(prose, p);
  return g >= 0 && g < FIG_APPROX_LAST_IDS.length && FIG_APPROX_LAST_IDS[g] === 1;
}
const RATE_BEFORE = /\b(?:tax|taxes|rate|rates|yield|yields|interest|discount|commission|fee|fees|tariff|tariffs|levy|dividend|return|raise|markup|surcharge|royalty|royalties|APR|proof|alcohol|strength|concentration|solution|grade)\b[^.;!?]{0,25}$/i;
/** moneyValue's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const MONEY_VALUE_RX0 = /(\d[\d,]*(?:\.\d+)?)/;
function moneyValue(s: string): number {
  const m = MONEY_VALUE_RX0.exec(s);
  return m ? parseFloat(m[1].replace(/,/g, '')) : 0;
}
const FIG_SKIP_UNIT =
  /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|a\.m\.|p\.m\.|am|pm|o['’]clock|times|miles?|feet|foot|yards?|inches|inch|meters?|metres?|kilometers?|kilometres?|km|mph|degrees|yards|laps|games?|points|rounds|innings|pages|words|votes|seats)\b/i;
const FIG_SKIP_BEFORE = /(?:\bNo\.|#|\b(?:Route|Highway|Interstate|I-|page|p\.|pp\.|Chapter|Section|Article|Room|Suite|Apt\.|Box|Flight|Rule|Amendment|Gate|Exit|Pier|Unit|Lot|Level|Grade|Form|Bill|Act|Proposition|Prop\.))\s*$/;
/** The word after a figure, included in its span when it is a plain noun ("2,000 acres"). */
const FIG_TAIL = /^(?:\s+of)?(?:\s+(?:the|all|its|their|those|these|our|his|her))?\s+([\p{Ll}][\p{Ll}-]*)/u;
const TIME_WORDS = /^(?:last|next|year|years|month|months|week|weeks|day|days|today|yesterday|tomorrow|now|ago|earlier|later|since|during|after|before|while|when|then|than|annually|overall|each|per|apiece)$/;
const FUNCTION_WORDS = new Set(
  'the a an of in on at to for from by with and or but is was are were be been being has have had do does did will would can could may might must shall should that this these those it its their his her our your my than then as so if when while which who whom whose what where why how not no also just only more most less least very too each every any all both either neither such own same other another some many much few several'.split(
    ' ',
  ),
);

// ---------------------------------------------------------------------------------- superlatives

const SUPER = alt(data.superlatives);
const SUPER_SKIP = new Set(data.superlativeAfterSkip);
const POSS = "(?:(?:the\\s+)?(?:world|nation|country|state|city|region|county|company|league|area|industry|agency|government|party)['’]s|the|its|their|his|her|our|my|your|[A-Z][\\p{L}.-]*['’]s?)";
const RECORD_NOUN = alt(data.recordNouns);
/** Evaluations that are mostly generic ("the best results") unless a scope makes them a claim. */
const GENERIC_SUPER = new Set(['best', 'worst', 'greatest', 'finest', 'least', 'easiest', 'hardest', 'toughest', 'safest', 'strongest', 'weakest', 'happiest', 'healthiest', 'brightest', 'sharpest', 'quickest', 'fewest', 'cheapest', 'coolest']);
/** A superlative's claimed scope: "in the world", "ever", "since 1990", "in a decade", "in Europe". */
const SCOPE =
  /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:in|on|of|across|among)\s+(?:the\s+|its\s+|their\s+)?(?:world|country|nation|state|city|region|county|area|league|industry|history|memory|planet|universe|continent|globe|galaxy|century|decade|era|market|sport|game|field|business|region)\b|ever\b|of\s+all\s+time|on\s+record|since\s+(?:\d{4}|records|the\s+\d{4}s)|in\s+(?:a\s+|the\s+(?:last|past)\s+|\d+\s+)?(?:decade|century|generation|years|decades|centuries)\b|in\s+[A-Z][\p{L}.]+|anywhere\b|to\s+date\b|yet\b)/u;
const SUPERLATIVE_RE = re(
  [
    `(?<sup>${B}(?:${ci('one of')}\\s+)?${POSS}\\s+(?:(?:single|very|second|third|fourth|fifth|all-time|ever)\\s+)?(?<word>${SUPER})${E})`,
    `(?<bare>(?<![\\p{L}]\\s|[\\p{L}])(?<!\\b(?:at|the|for|and|or|those|what|which|who|whom|we|they|I|you|he|she|it)\\s)${ci('most')}\\s+(?<adj>[\\p{Ll}][\\p{Ll}-]+(?:ous|ful|able|ible|ant|ent|ic|ive|ed|ar|ial|al|ile|ing|ary|ory|ish))${E})`,
    `(?<unp>${B}(?:${alt(['unprecedented', 'first-ever', 'first ever', 'never-before-seen', 'all-time high', 'all-time low', 'all-time record', 'all-time highs', 'all-time lows'])})${E})`,
    `(?<rec>${B}(?:(?:a|an|new)\\s+)?${ci('record')}(?:-|\\s+)(?:${RECORD_NOUN}|breaking|setting|tying|\\d[\\d,.]*)${E})`,
    `(?<setrec>${B}(?:set|sets|setting|broke|breaks|breaking|broken|shattered|shatters|shattering|eclipsed|tied|ties|equaled|equalled|smashed)\\s+(?:a|an|the|his|her|its|their)\\s+(?:new\\s+)?(?:[\\p{L}-]+\\s+)?record${E})`,
    `(?<firsttime>${B}${ci('for the first time')}\\s+(?:in|since)\\s+(?:recorded\\s+)?(?:history|memory|(?:\\w+\\s+)?(?:decades|years|centuries|a\\s+century|a\\s+generation|a\\s+decade)|\\d{4})${E})`,
  ].join('|'),
);
/** SUPERLATIVE_RE, sticky, its groups numbered (`numbered`): checkSuperlatives reads its matches by SG.name. */
const SUP_NUMBERED = numbered(SUPERLATIVE_RE, ['sup', 'word', 'bare', 'adj', 'unp', 'rec', 'setrec', 'firsttime'], 'uy');
const SUPERLATIVE_Y = SUP_NUMBERED.re;
const SG = SUP_NUMBERED.at;
/** Where a superlative or a record can be. */
const SUPERLATIVE_ANCHOR = re(`${B}(?:${SUPER}|${ci('record')}|${ci('unprecedented')}|${ci('first')}|${ci('all-time')}|${ci('never-before-seen')})`, 'uy');
/** The first three letters of the words the anchor starts with: only those words are tried. */
const SUPERLATIVE_ANCHOR_PREFIX = new Set([...data.superlatives, 'record', 'unprecedented', 'first', 'all-time', 'never-before-seen'].map((w) => w.toLowerCase().slice(0, 3)));
/** SUPERLATIVE_ANCHOR_PREFIX by `tri` (its prefixes are all three ASCII letters). */
const SUP_TRI = new Uint8Array(27 * 27 * 27);
for (const t of SUPERLATIVE_ANCHOR_PREFIX) {
  if (!/^[a-z]{3}$/.test(t)) throw new Error(`sourcing: superlative anchor prefix '${t}' is not three letters`);
  SUP_TRI[tri(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2))] = 1;
}
/*
 * Superlative anchors: where SUPERLATIVE_ANCHOR matches, as a global scan would find it (no match of
 * it can hold another): at the words whose first three letters start one of its words (`Words.sup`).
 */
/**
 * SUPERLATIVE_ANCHOR's words but their first letter (ASCII letters and "-"), by `tri` of their
 * first three letters: 1 + the index in SUP_ANCHOR_LISTS of those words, or 0 (a table, not an
 * array with holes: a lookup in that is a dictionary's).
 */
const SUP_ANCHOR_BY_TRI = new Uint8Array(27 * 27 * 27);
const SUP_ANCHOR_LISTS: string[][] = [];
for (const w of [...data.superlatives, 'record', 'unprecedented', 'first', 'all-time', 'never-before-seen']) {
  const t = w.toLowerCase();
  if (t !== w || !/^[a-z]{3}[a-z-]*$/.test(w)) throw new Error(`sourcing: superlative anchor '${w}' is not lower-case ASCII`);
  const x = tri(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
  if (SUP_ANCHOR_BY_TRI[x] === 0) SUP_ANCHOR_BY_TRI[x] = SUP_ANCHOR_LISTS.push([]);
  SUP_ANCHOR_LISTS[SUP_ANCHOR_BY_TRI[x] - 1].push(w.slice(1));
}
if (SUP_ANCHOR_LISTS.length > 255) throw new Error('sourcing: too many superlative anchor prefixes for a byte table');
const LETTER_ONLY = /^\p{L}$/u;
const LETTER_OR_DIGIT_CP = /^[\p{L}\p{N}]$/u;
/** The code point that ends at `i` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}
function isLetterCp(cp: number): boolean {
  if (cp < 128) return ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_ONLY.test(String.fromCodePoint(cp));
}
function isLetterOrDigitCp(cp: number): boolean {
  if (cp < 128) return ((cp | 32) >= 97 && (cp | 32) <= 122) || (cp >= 48 && cp <= 57);
  return LETTER_OR_DIGIT_CP.test(String.fromCodePoint(cp));
}
/** Whether `B` holds at `i`: no letter or digit before it, nor a letter and a hyphen. */
function wordStartB(s: string, i: number): boolean {
  const cp = codePointBefore(s, i);
  if (cp < 0) return true;
  if (isLetterOrDigitCp(cp)) return false;
  if (cp === 45) {
    const cp2 = codePointBefore(s, i - 1);
    if (cp2 >= 0 && isLetterCp(cp2)) return false;
  }
  return true;
}
/**
 * Whether no match of SUPERLATIVE_RE can hold the anchor at `p` because it is a lower-case "first"
 * after white space (or at the start), followed by a mark, or by white space and a word that is not
 * "ever", "time" or "record" — the only words "first" can take in SUPERLATIVE_RE ("first ever",
 * "for the first time", "set the first record"): "first" is no superlative, no modifier and no
 * record noun, and only a capital or a mark before it could make it part of a possessive. About a
 * third of the superlative anchors of news prose are such a "first".
 */
function firstClaimsNothing(prose: string, p: number): boolean {
  if (!prose.startsWith('first', p)) return false;
  if (p > 0) {
    const b = prose.charCodeAt(p - 1);
    if (!(b === 32 || (b >= 9 && b <= 13))) return false;
  }
  const n = prose.length;
  let i = p + 5;
  if (i >= n) return true;
  let c = prose.charCodeAt(i);
  if (c === 45 || c >= 128 || (c >= 48 && c <= 57) || asciiLetter(c)) return false; // "first-ever", "firstly", or beyond ASCII
  if (!(c === 32 || (c >= 9 && c <= 13))) return true; // "first," "first."
  while (i < n && ((c = prose.charCodeAt(i)) === 32 || (c >= 9 && c <= 13))) i++;
  if (i >= n) return true;
  if (c >= 128) return false;
  return !wordAtAnyCase(prose, i, 'ever') && !wordAtAnyCase(prose, i, 'time') && !wordAtAnyCase(prose, i, 'record');
}
/**
 * Whether `w` (lower case) is at `i`, each code | 32 (firstClaimsNothing's reading; a function of its
 * own, not a closure: V8 would make the closure's context at every call of the function holding it).
 */
function wordAtAnyCase(prose: string, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if ((prose.charCodeAt(i + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}
/** Whether a span of `list` overlaps [s, e) (`overlaps`), without a closure. */
function someOverlaps(list: readonly Span[], s: number, e: number): boolean {
  for (let k = 0; k < list.length; k++) if (overlaps(list[k], s, e)) return true;
  return false;
}
/** `SUPERLATIVE_ANCHOR.test` at `p` (lastIndex `p`), read without the expression: its words, the first letter either case, the rest as written. */
function superlativeAnchorAt(prose: string, p: number): boolean {
  if (p + 3 > prose.length) return false;
  const a = prose.charCodeAt(p);
  const b = prose.charCodeAt(p + 1);
  const d = prose.charCodeAt(p + 2);
  if (!asciiLetter(a) || !asciiLetter(b) || !asciiLetter(d)) return false;
  const l = SUP_ANCHOR_BY_TRI[tri(a, b, d)];
  if (l === 0) return false;
  const list = SUP_ANCHOR_LISTS[l - 1];
  // the first letter is either case (`tri` reads it so); the rest as written (compared code by
  // code: startsWith with a position is a call into the runtime for each of the ~6,500 candidates
  // per 100k words; charCodeAt past the end is NaN, which equals nothing)
  const q = p + 1;
  for (let k = 0; k < list.length; k++) {
    const w = list[k];
    const n = w.length;
    let i = 0;
    while (i < n && prose.charCodeAt(q + i) === w.charCodeAt(i)) i++;
    if (i === n) return wordStartB(prose, p);
  }
  return false;
}

/** Where `matchAround` puts the starts it tries. */
const STARTS = new Int32Array(8);
/**
 * The match of a sticky pattern around the anchor at `p`: the match is tried starting up to `back`
 * words before it (for "more than", "one of the world's"), earliest first, not before `lastEnd` (the
 * end of the previous match), and must reach past `p`. This keeps the costly pattern off the
 * stretches of text where it cannot match.
 */
function matchAround(prose: string, p: number, lastEnd: number, sticky: RegExp, back: number, canStart: StartTest): RegExpExecArray | null {
  let first = STARTS.length - 1;
  STARTS[first] = p;
  let k = p;
  for (let i = 0; i < back; i++) {
    let j = k;
    while (j > lastEnd && (prose[j - 1] === ' ' || prose[j - 1] === '\n' || prose[j - 1] === '\t')) j--;
    if (j === k || j <= lastEnd) break;
    let w = j;
    while (w > lastEnd && wordish(prose.charCodeAt(w - 1))) w--;
    if (w === j) break;
    STARTS[--first] = w;
    k = w;
  }
  for (let x = first; x < STARTS.length; x++) {
    const st = STARTS[x];
    if (!canStart(prose, st)) continue;
    sticky.lastIndex = st;
    const m = sticky.exec(prose);
    if (m && m.index + m[0].length > p) return m;
  }
  return null;
}
const WORDISH = /[\p{L}\p{N}'’$€£¥.,-]/u;
/** Whether a pattern could match from `st` (a cheap necessary condition: false only where it cannot). */
type StartTest = (prose: string, st: number) => boolean;
/**
 * A start test for a pattern whose matches begin with a digit, a sign, a non-ASCII letter, one of the
 * given words (the run of ASCII letters at the start, any case) or, with `capitals`, any capitalised word.
 */
/**
 * Words of lower-case ASCII letters, looked up in a run of ASCII letters (any case) without making a
 * string: by `hashStep` over each character code | 32, then letter by letter.
 */
type AsciiTable<T> = Map<number, { w: string; v: T }[]>;
function asciiTable<T>(entries: Iterable<[string, T]>): AsciiTable<T> {
  const t: AsciiTable<T> = new Map();
  for (const [w, v] of entries) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`sourcing: '${w}' is not lower-case ASCII letters`);
    let h = 0;
    for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
    const list = t.get(h);
    if (!list) t.set(h, [{ w, v }]);
    else if (!list.some((e) => e.w === w)) list.push({ w, v });
  }
  return t;
}
/** The value of the word `s[from, to)` (ASCII letters, any case) in `t`, or undefined. */
function asciiGet<T>(t: AsciiTable<T>, s: string, from: number, to: number): T | undefined {
  let h = 0;
  for (let k = from; k < to; k++) h = hashStep(h, s.charCodeAt(k) | 32);
  const list = t.get(h);
  if (!list) return undefined;
  const len = to - from;
  for (let i = 0; i < list.length; i++) {
    const w = list[i].w;
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && (s.charCodeAt(from + k) | 32) === w.charCodeAt(k)) k++;
    if (k === len) return list[i].v;
  }
  return undefined;
}
function startsWithWord(list: readonly string[], capitals: boolean): StartTest {
  const set = asciiTable(list.map((w): [string, true] => [w.toLowerCase(), true]));
  return (prose, st) => {
    const ch = prose.charCodeAt(st);
    const upper = ch >= 65 && ch <= 90;
    if (!upper && !(ch >= 97 && ch <= 122)) return true;
    if (upper && capitals) return true;
    let e = st + 1;
    while (e < prose.length) {
      const d = prose.charCodeAt(e) | 32;
      if (d < 97 || d > 122) break;
      e++;
    }
    return asciiGet(set, prose, st, e) === true;
  };
}
/** The words a figure can start with: an approximation, a number word, a fraction, "tens of". */
/**
 * Each word a figure can start with, and what may follow it (null: anything; a hyphen always may):
 * the approximations ("more than", "at least"), the number words before "million" ("two", "a
 * hundred", "several thousand"), the fractions ("a third", "two thirds", "one in"), "tens of".
 */
const FIGURE_FIRST = new Map<string, Set<string> | null>();
function figureFirst(word: string, next: readonly string[] | Set<string> | null): void {
  const had = FIGURE_FIRST.get(word);
  if (had === null) return;
  if (next === null) FIGURE_FIRST.set(word, null);
  else if (next === NUMBER_NEXT || had === NUMBER_NEXT) {
    if (had !== undefined && had !== next) throw new Error(`sourcing: '${word}' starts a figure in two ways`);
    FIGURE_FIRST.set(word, NUMBER_NEXT);
  } else FIGURE_FIRST.set(word, new Set([...(had ?? []), ...next]));
}
/**
 * After an approximation of one word ("about", "nearly") comes the figure itself: a digit, a
 * currency sign, or a word that starts NUMWORD, FRACTION or "half"/"a majority" (FIGURE_RE's
 * alternatives with APPROX before them). `NUMBER_NEXT` stands for that in FIGURE_FIRST.
 */
const NUMBER_NEXT = new Set('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety a hundred dozens several one half'.split(' '));
for (const phrase of APPROX_LIST) {
  const parts = phrase.split(' ');
  figureFirst(parts[0], parts.length > 1 ? [parts[1]] : NUMBER_NEXT);
}
for (const w of 'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozens'.split(' ')) {
  figureFirst(w, ['million', 'billion', 'trillion']);
}
figureFirst('two', ['thirds']);
figureFirst('three', ['quarters']);
figureFirst('a', ['hundred', 'thousand', 'dozen', 'few', 'third', 'quarter', 'fifth']);
figureFirst('several', ['hundred', 'thousand']);
for (const w of ['tens', 'hundreds', 'half']) figureFirst(w, ['of']);
// FIGURE_RE's `lots` reads "(tens of )?thousands|millions|billions|hundreds of": a bare "thousands",
// "millions" or "billions" is a figure too
for (const w of ['thousands', 'millions', 'billions']) figureFirst(w, null);
figureFirst('one', ['in']);
/** FIGURE_FIRST as tables of ASCII words. */
const NUMBER_NEXT_T = asciiTable([...NUMBER_NEXT].map((x): [string, true] => [x, true]));
const FIGURE_FIRST_T = asciiTable(
  [...FIGURE_FIRST].map(([w, next]): [string, AsciiTable<true> | null] => [w, next === NUMBER_NEXT ? NUMBER_NEXT_T : next && asciiTable([...next].map((x): [string, true] => [x, true]))]),
);
const asciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** A start test (see `startsWithWord`) for a figure that starts with a letter: its first word, and the next. */
function figureWordCanStart(prose: string, st: number): boolean {
  const n = prose.length;
  if (!asciiLetter(prose.charCodeAt(st))) return true;
  let e = st + 1;
  while (e < n && asciiLetter(prose.charCodeAt(e))) e++;
  const next = asciiGet(FIGURE_FIRST_T, prose, st, e);
  if (next === undefined) return false;
  if (next === null) return true;
  if (e >= n) return false;
  let c = prose.charCodeAt(e);
  if (c === 45 || c >= 128) return true; // "two-thirds", "twenty-one"; or a letter or space beyond ASCII
  let f = e;
  while (f < n && ((c = prose.charCodeAt(f)) === 32 || (c >= 9 && c <= 13))) f++;
  if (f === e) return false;
  if (f >= n) return false;
  const c2 = prose.charCodeAt(f);
  if (c2 >= 128) return true;
  // after "about", "nearly": a number, or an amount of money
  if (next === NUMBER_NEXT_T && ((c2 >= 48 && c2 <= 57) || c2 === 36)) return true;
  let g = f;
  while (g < n && asciiLetter(prose.charCodeAt(g))) g++;
  if (g < n && prose.charCodeAt(g) >= 128) return true;
  return g > f && asciiGet(next, prose, f, g) === true;
}
const SPACE = /\s/;
/** Whether \s matches the character at `i`. */
function spaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[i]));
}
/**
 * A figure that starts with a digit is a percentage (NUM\s*%, "percent", "per cent", "percentage"),
 * a magnitude (NUM\s+"million", "billion", "trillion") or a large count (1,000 and more, a space, a
 * noun). NUM (digits, "." or "," between digits) must take the whole run of digits, "." and ",":
 * what follows it in each is a space, "%" or "p"; then comes "%", "percent", "per cent", one of
 * the magnitudes, or (a large count, with a comma) a word.
 */
function digitFigureCanStart(prose: string, st: number): boolean {
  const n = prose.length;
  let q = st;
  let comma = false;
  for (; q < n; q++) {
    const c = prose.charCodeAt(q);
    if (c === 44) comma = true;
    else if (c !== 46 && (c < 48 || c > 57)) break;
  }
  // NUM ends with a digit: a run that ends with "," or "." ("18, of") is followed by one, and fails
  const last = prose.charCodeAt(q - 1);
  if (last === 44 || last === 46) return false;
  let r = q;
  while (r < n && spaceAt(prose, r)) r++;
  if (r >= n) return false;
  const c = prose.charCodeAt(r);
  if (c === 37) return true; // "%"
  // "percent", "percentage", "per cent" (the first letter either case)
  if ((c === 112 || c === 80) && (prose.startsWith('ercent', r + 1) || (prose.startsWith('er', r + 1) && spaceAt(prose, r + 3)))) return true;
  if (r === q) return false;
  // "million", "billion", "trillion" (lower case)
  if ((c === 109 && prose.startsWith('million', r)) || (c === 98 && prose.startsWith('billion', r)) || (c === 116 && prose.startsWith('trillion', r))) return true;
  // a large count: "1,000 acres"
  return comma && (c === 45 || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 128);
}
/** The last word of each approximation ("than" of "more than"), and "in" of "one in", lower case. */
const APPROX_LAST = asciiTable([...APPROX_LIST.map((x) => x.split(' ').pop()!), 'in'].map((w): [string, true] => [w, true]));
/**
 * Whether a figure may hold the digit that starts a FIGURE_ANCHOR match at `p` (after no digit,
 * and not after a currency sign, or the anchor would start there). A figure that holds a number
 * either starts at it (`digitFigureCanStart`), or has before it, after white space, a currency sign
 * ("$ 5"), the last word of an approximation ("more than 5", "about 40") or "one in". Most numbers
 * (years, dates, scores) have none of these, and matchAround need not try the words before them.
 */
function digitAnchorMayFigure(prose: string, p: number): boolean {
  return digitFigureCanStart(prose, p) || digitLeadBefore(prose, p);
}
/** Whether a figure that starts before the number at `p` may hold it: the second half of `digitAnchorMayFigure`. */
function digitLeadBefore(prose: string, p: number): boolean {
  let j = p;
  while (j > 0 && spaceAt(prose, j - 1)) j--;
  if (j === p || j === 0) return false;
  const c = prose.charCodeAt(j - 1);
  if (c === 36 || c >= 128) return true; // "$", or "€", "£", "¥" and anything beyond ASCII
  let w = j;
  while (w > 0 && asciiLetter(prose.charCodeAt(w - 1))) w--;
  if (w === j || asciiGet(APPROX_LAST, prose, w, j) !== true) return false;
  if (w > 0 && prose.charCodeAt(w - 1) >= 128) return true;
  if (j - w !== 2 || (prose.charCodeAt(w) | 32) !== 105) return true; // not "in"
  // "one in": "one" before it
  let k = w;
  while (k > 0 && spaceAt(prose, k - 1)) k--;
  if (k === w || k < 3) return false;
  if (prose.charCodeAt(k - 1) >= 128) return true;
  return (prose.charCodeAt(k - 3) | 32) === 111 && (prose.charCodeAt(k - 2) | 32) === 110 && (prose.charCodeAt(k - 1) | 32) === 101;
}
const FIGURE_START: StartTest = (prose, st) => {
  const c = prose.charCodeAt(st);
  return c >= 48 && c <= 57 ? digitFigureCanStart(prose, st) : figureWordCanStart(prose, st);
};
/** The words a superlative or record can start with ("one of the", a possessive, "set a record", "for the first time"), any case. */
const SUPERLATIVE_START_WORDS = startsWithWord(
  [
    ...'one the world nation country state city region county company league area industry agency government party its their his her our my your'.split(' '),
    ...'most unprecedented first never all a an new record for'.split(' '),
    ...'set sets setting broke breaks breaking broken shattered shatters shattering eclipsed tied ties equaled equalled smashed'.split(' '),
  ],
  false,
);
/**
 * Where a superlative or record can start: at one of those words, at anything but an ASCII letter,
 * or at a capitalised word that ends in an apostrophe — POSS's [A-Z][\p{L}.-]*['’]s?, the only
 * alternative of SUPERLATIVE_RE that starts at any other capital ("Smith’s biggest"; not "He",
 * "John" before "Smith’s": about 200 of the 400 tries per 100k words fail there). The apostrophe
 * must follow the whole run of letters, "." and "-" ([\p{L}.-]* holds no apostrophe); a unit
 * beyond ASCII ("’", or a letter) lets the start through.
 */
const SUPERLATIVE_START: StartTest = (prose, st) => {
  if (SUPERLATIVE_START_WORDS(prose, st)) return true;
  const ch = prose.charCodeAt(st);
  if (ch < 65 || ch > 90) return false;
  let e = st + 1;
  let c = prose.charCodeAt(e);
  while (asciiLetter(c) || c === 46 || c === 45) c = prose.charCodeAt(++e);
  return c === 39 || c >= 128;
};
/**
 * The words after which SUPERLATIVE_RE goes on, over white space, to one of its anchors (see
 * `superlativeMayLeadTo`), lower case: a possessive's ("the", "its", …), a modifier ("single",
 * "very", "second", "all-time", "ever"), "of" of "one of", "most" before an adjective, "a", "an",
 * "new" of a record, "the" of "for the first time", and "in", "since", "recorded" after it.
 */
const SUP_LEAD_T = asciiTable(
  'the its their his her our my your single very second third fourth fifth ever of most a an new in since recorded'.split(' ').map((w): [string, true] => [w, true]),
);
/**
 * Whether a match of SUPERLATIVE_RE that starts before the anchor at `p` (a word start, where
 * superlativeAnchorAt holds) may hold it — else matchAround need not walk back. matchAround tries
 * the words before the anchor only over white space (" ", "\n", "\t"); a match crosses that into
 * the anchor only after a word of SUP_LEAD_T (any case: "The" of "For the first time") or
 * "all-time" (which then stands whole after white space or a mark), a possessive's apostrophe
 * ("world's", "Smith’s", "Jones’": POSS's capitalised word takes one), or, before "record", any
 * word ("set a new world record"). A word beyond ASCII is let through.
 */
function superlativeMayLeadTo(prose: string, p: number): boolean {
  if (prose.startsWith('ecord', p + 1)) return true;
  let j = p;
  let c = 0;
  while (j > 0 && ((c = prose.charCodeAt(j - 1)) === 32 || c === 10 || c === 9)) j--;
  if (j === p || j === 0) return false;
  let w = j;
  while (w > 0 && wordish(prose.charCodeAt(w - 1))) w--;
  if (w === j) return false;
  for (let i = w; i < j; i++) if (prose.charCodeAt(i) >= 128) return true;
  const last = prose.charCodeAt(j - 1);
  if (last === 39 || last === 0x2019) return true;
  if (last === 115 && j - w >= 2 && (prose.charCodeAt(j - 2) === 39 || prose.charCodeAt(j - 2) === 0x2019)) return true;
  // the last word of letters, whole (no letter or digit before it)
  let l = j;
  while (l > w && asciiLetter(prose.charCodeAt(l - 1))) l--;
  if (l === j) return false;
  if (l > w) {
    const b = prose.charCodeAt(l - 1);
    if (b >= 48 && b <= 57) return false;
    // "all-time" (any word before "-time" is let through)
    if (b === 45 && j - l === 4 && prose.slice(l, j).toLowerCase() === 'time') return true;
  }
  return asciiGet(SUP_LEAD_T, prose, l, j) === true;
}
/** SUPERLATIVE_Y at `p` alone, as matchAround tries it there (where SUPERLATIVE_START holds). */
function superlativeAt(prose: string, p: number): RegExpExecArray | null {
  if (!SUPERLATIVE_START(prose, p)) return null;
  SUPERLATIVE_Y.lastIndex = p;
  const m = SUPERLATIVE_Y.exec(prose);
  return m && m.index + m[0].length > p ? m : null;
}
/** WORDISH.test of one UTF-16 unit, without the regex for ASCII (a lone surrogate is no letter). */
function wordish(ch: number): boolean {
  if (ch < 128) return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 39 || ch === 36 || ch === 46 || ch === 44 || ch === 45;
  return WORDISH.test(String.fromCharCode(ch));
}

// ---------------------------------------------------------------------------------- cues

/** Attribution beyond the parser's cues: more speech verbs, and the documents a figure can come from. */
const EXTRA_CUE_LIST = [
    'called', 'calls', 'described', 'describes', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'urged', 'urges',
    'conceded', 'concedes', 'complained', 'complains', 'suggested', 'suggests', 'contended', 'contends', 'maintained',
    'maintains', 'remarked', 'commented', 'joked', 'jokes', 'quipped', 'quips', 'boasted', 'boasts', 'countered',
    'counters', 'continued', 'observed', 'whispered', 'yelled', 'screamed', 'cried', 'sang', 'chanted', 'texted',
    'emailed', 'e-mailed', 'recounted', 'remembered', 'asserted', 'asserts', 'alleged', 'alleges', 'charged', 'wondered',
    'mused', 'snapped', 'pleaded', 'begged', 'demanded', 'demands', 'ordered', 'advised', 'agreed', 'agrees', 'objected',
    'protested', 'assured', 'cautioned', 'mocked', 'scoffed', 'sighed', 'laughed', 'stressed', 'emphasized', 'emphasised',
    'insisted', 'acknowledged', 'recalled', 'responded', 'replied', 'argued', 'declared', 'proclaimed', 'exclaimed',
    'blasted', 'lamented', 'reflected', 'titled', 'entitled', 'headlined', 'captioned', 'dubbed', 'nicknamed', 'counted',
    'tallied', 'calculated', 'projected', 'forecast', 'measured', 'recorded', 'surveyed', 'polled', 'census', 'survey',
    'poll', 'polls', 'study', 'studies', 'data', 'statistics', 'records', 'figures', 'filing', 'filings', 'documents',
    'analysis', 'audit', 'research', 'estimate', 'report', 'memo', 'letter', 'affidavit', 'indictment', 'complaint',
    'lawsuit', 'transcript', 'testified', 'ruled', 'ruling', 'sign', 'banner', 'placard', 'caption', 'headline',
    'slogan', 'motto', 'tweet', 'post', 'message', 'email', 'e-mail', 'letter', 'note', 'speech', 'remarks', 'address',
    'press conference', 'news conference', 'briefing', 'hearing', 'podcast', 'broadcast', 'video', 'book', 'memoir',
    'column', 'op-ed', 'essay', 'article', 'paper', 'website', 'blog', 'stating', 'noting', 'writing', 'calling',
    'saying', 'adding', 'declaring', 'arguing', 'claiming', 'describing', 'explaining', 'warning', 'insisting',
    'asserting', 'suggesting', 'telling', 'asking', 'inquired', 'greeted', 'confessed', 'reminisced', 'reminisces',
    'in the words of', 'recommended', 'requested', 'urging', 'proposed', 'pointed out', 'advertises', 'advertised',
    'spoke', 'speaking', 'talked', 'remembers', 'recounts', 'reflects', 'muses', 'sighs', 'laughs',
];
const EXTRA_CUE_RE = re(`${B}(?:${alt(EXTRA_CUE_LIST)})${E}`);
/** Its matches start a word (`B`): they are found by the word they start with. */
const EXTRA_CUE_SCAN = firstWordScan([{ re: EXTRA_CUE_RE, first: EXTRA_CUE_LIST, third: { in: nextIn(['words']) } }]);
// cues drops the matches in quotations first (`add`)
EXTRA_CUE_SCAN.quoted = true;
const CUE_ONLY_RE = new RegExp(CUE_SOURCE, 'g');
/**
 * CUE_ONLY_RE read from the shared word table in plain prose. Its alternatives are lower-case
 * ASCII words with white space between, between \b, matched as written (no `i`): at a run that is
 * one of their first words, in lower case, the first of that word's alternatives whose next words
 * follow (white space before each, the last one whole) is the match; the scan goes on after it.
 * CUE_ALT_BY_ID: by number in the shared dictionary, 1 + the index in CUE_ALT_LISTS of the first
 * word's alternatives (in the expression's order), or 0.
 */
const CUE_ALT_LISTS: string[][][] = [];
const CUE_ALT_BY_ID = ((): Int32Array => {
  const body = CUE_SOURCE.slice('\\b(?:'.length, -')\\b'.length);
  if ('\\b(?:' + body + ')\\b' !== CUE_SOURCE) throw new Error('sourcing: CUE_SOURCE is not \\b(?:…)\\b');
  const byFirst = new Map<number, string[][]>();
  for (const a of body.split('|')) {
    const ws = a.split('\\s+');
    if (!ws.every((w) => /^[a-z]+$/.test(w))) throw new Error(`sourcing: cue '${a}' is not lower-case words`);
    const g = wordId(ws[0]);
    const list = byFirst.get(g);
    if (list) list.push(ws);
    else byFirst.set(g, [ws]);
  }
  const t = new Int32Array(Math.max(...byFirst.keys()) + 1);
  for (const [g, list] of byFirst) t[g] = CUE_ALT_LISTS.push(list);
  return t;
})();
/** Whether the lower-case word `w` stands at `at` as written, and \b (no `u`) after it. */
function cueWordAt(prose: string, at: number, w: string): boolean {
  const n = prose.length;
  if (at + w.length > n) return false;
  for (let i = 0; i < w.length; i++) if (prose.charCodeAt(at + i) !== w.charCodeAt(i)) return false;
  if (at + w.length === n) return true;
  const c = prose.charCodeAt(at + w.length);
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95);
}
/** CUE_ONLY_RE's matches in a plain prose, as its global scan finds them: start and end of each, in `cueAt`; returns how many. */
let cueAt = new Int32Array(64);
function cueMatches(prose: string, t: WordTable): number {
  const n = t.n;
  const ts = t.start;
  const te = t.end;
  const tid = t.id;
  const tf = t.flags;
  const len = prose.length;
  const byId = CUE_ALT_BY_ID;
  let count = 0;
  let from = 0;
  for (let k = 0; k < n; k++) {
    const g = tid[k];
    if (g < 0 || g >= byId.length || byId[g] === 0) continue;
    const s = ts[k];
    if (s < from || (tf[k] & CAPITAL) !== 0) continue;
    for (const ws of CUE_ALT_LISTS[byId[g] - 1]) {
      let p = te[k];
      let ok = true;
      for (let w = 1; w < ws.length && ok; w++) {
        const s0 = p;
        while (p < len && spaceAt(prose, p)) p++;
        ok = p > s0 && cueWordAt(prose, p, ws[w]);
        p += ws[w].length;
      }
      if (!ok) continue;
      if (cueAt.length < count + 2) {
        const grown = new Int32Array(cueAt.length * 2);
        grown.set(cueAt);
        cueAt = grown;
      }
      cueAt[count++] = s;
      cueAt[count++] = p;
      from = p;
      break;
    }
  }
  return count >> 1;
}

/** A quotation that is a title or a name rather than someone's words. */
const TITLE_BEFORE =
  /\b(?:titled|entitled|headlined|called|named|dubbed|nicknamed|known\s+as|the\s+so-called|book|novel|song|single|film|movie|album|show|series|play|poem|article|essay|column|episode|slogan|motto|sign|banner|phrase|term|word|words|expression|label|tagline|hashtag|chant|campaign|program|programme|initiative|policy|bill|act|law|report)\s*[,:]?\s*$/i;

// ---------------------------------------------------------------------------------- TK

const TK_RE = re(
  `\\[[^\\[\\]\\n]{0,60}?(?<![\\p{L}\\p{N}])(?:TK)+(?![\\p{L}\\p{N}])[^\\[\\]\\n]{0,60}?\\]|(?<![\\p{L}\\p{N}])(?:TK)+(?![\\p{L}\\p{N}])`,
);

// ---------------------------------------------------------------------------------- hedges, vague quantities

/** Hedges in the writer's voice. Modals in lower case only: "May" is a month or a name. */
const HEDGE_RE = re(
  // every alternative starts a word: "\\b" first lets the engine skip the other positions quickly
  `\\b${B}(?:` +
  [
    // "probably", "perhaps", "in all likelihood"
    `(?<adv>(?:${alt(data.hedgeAdverbs)})${E})`,
    // "most likely", "is likely to", "likely that", "unlikely", "the likely cause", "the fire likely started"
    `(?<likely>(?:(?:most|very|quite|highly|more|less|increasingly)\\s+likely|(?:un)?likely\\s+(?:that|to|because|due|from)|(?:is|are|was|were|be|been|seems?|seemed|appears?|it['’]s)\\s+(?:(?:also|very|quite|highly|more|less|most|not|still|therefore|thus)\\s+)?(?:un)?likely|(?:the|a)\\s+likely\\s+\\p{Ll}+|likely(?=\\s+(?:\\p{Ll}+ed|be|been|was|were|is|are|has|had|have|came|began|comes|come|dates|derives|stems|arose|grew|took|made|went|lies|lay)(?![\\p{L}])))${E})`,
    // "may have been", "might have caused", "must have been"
    `(?<perf>(?:may|might|could|must)(?:\\s+(?:well|also|even|still|only|not|never|already|easily|indeed|originally|once|in\\s+fact))?\\s+have\\s+(?<pw>[\\p{L}-]+))`,
    // "might be", "may well be"; "may be" and "could be" only before a cause, an origin, an identity or
    // a judgement ("may be linked", "could be the oldest", "may be considered"), not a rule, a schedule
    // or a penalty ("may be required", "could be fined")
    `(?<mbe>(?:might|may\\s+well|could\\s+well)(?:\\s+(?:also|even|still|now|not|actually|in\\s+fact|partly|largely|originally))?\\s+be${E}|(?:may|could)(?:\\s+(?:also|even|still|now|actually|in\\s+fact|partly|largely|originally))?\\s+be\\s+(?:\\p{Ll}+ly\\s+)?(?:${alt(data.modalBeComplements)})${E})`,
    // "may explain", "could stem from", "might date", "would seem"
    `(?<mverb>(?:may|might|could|would)(?:\\s+(?:well|also|even|partly|in\\s+part|ultimately|originally))?\\s+(?<mv>${alt(data.modalVerbs)}|seem|appear)${E})`,
    // "might" before any other verb: nearly always a guess ("might as well" is not)
    `(?<might>might\\s+(?!as\\s+well)(?:\\p{Ll}+ly\\s+)?\\p{Ll}+)`,
    // "seems to", "appeared to", "it appears"
    `(?<seem>(?:seems?|seemed|appears?\\s+to|appeared\\s+to|[Ii]t\\s+(?:would\\s+)?(?:appears?|appeared))${E})`,
    // "suggests that", "the evidence indicates a": evidence speaking (a person suggesting is checked below)
    `(?<suggest>(?:(?:suggests?|implies|suggesting|implying)\\s+(?:that|a|an|the)|(?:suggested|indicates?|indicated|indicating|implied)\\s+that)${E})`,
    // "it is possible that", "possible that"
    `(?<possible>(?:(?:[Ii]t\\s+(?:is|was|seems|remains)|[Ii]t['’]s)\\s+(?:\\p{Ll}+ly\\s+)?possible|possible\\s+that)${E})`,
  ].join('|') +
    ')',
);
/** HEDGE_RE with its groups numbered (`numbered`): judgeHedge reads its matches by HG.name. */
const HEDGE_NUMBERED = numbered(HEDGE_RE, ['adv', 'likely', 'perf', 'pw', 'mbe', 'mverb', 'mv', 'might', 'seem', 'suggest', 'possible']);
const HG = HEDGE_NUMBERED.at;
/** The words between a modal and its verb in HEDGE_RE, and the verbs "have", "be", "seem", "appear". */
const HEDGE_MODAL_NEXT = 'well also even still only not never already easily indeed originally once in now actually partly largely ultimately have be seem appear'.split(' ');
const HEDGE_SCAN = firstWordScan([
  {
    re: HEDGE_NUMBERED.re,
    after: {
      ...afterEach(['is', 'are', 'was', 'were', 'be', 'been'], nextIn(['also', 'very', 'quite', 'highly', 'more', 'less', 'most', 'not', 'still', 'therefore', 'thus', 'likely', 'unlikely'])),
      ...afterEach(['most', 'very', 'quite', 'highly', 'more', 'less', 'increasingly'], nextIn(['likely'])),
      in: nextIn(['all']),
      it: nextIn(["'s", 'would', 'appear', 'appears', 'appeared', 'is', 'was', 'seems', 'remains']),
      // "may have been", "could well be", "would seem", "must have": what may follow a modal ("might" takes any verb)
      ...afterEach(['may', 'could', 'would', 'must'], nextIn([...HEDGE_MODAL_NEXT, ...data.modalVerbs])),
      // "would" starts only "would seem", "would (also) explain"; "must" only "must (well) have"
      would: nextIn(['well', 'also', 'even', 'partly', 'in', 'ultimately', 'originally', 'seem', 'appear', ...data.modalVerbs]),
      must: nextIn(['well', 'also', 'even', 'still', 'only', 'not', 'never', 'already', 'easily', 'indeed', 'originally', 'once', 'in', 'have']),
      // a match starting at these words is "possible that", "suggests a", "indicated that", "appeared to",
      // "appears (also) unlikely"
      possible: nextIn(['that']),
      ...afterEach(['suggest', 'suggests', 'implies', 'suggesting', 'implying'], nextIn(['that', 'a', 'an', 'the'])),
      ...afterEach(['suggested', 'indicate', 'indicates', 'indicated', 'indicating', 'implied'], nextIn(['that'])),
      ...afterEach(['appear', 'appears'], nextIn(['to', 'also', 'very', 'quite', 'highly', 'more', 'less', 'most', 'not', 'still', 'therefore', 'thus', 'likely', 'unlikely'])),
      appeared: nextIn(['to']),
    },
    thirdBy: {
      // "it is possible", "it is clearly possible", "it would appear", "it's likely", "it's not possible"
      it: {
        ...afterEach(['is', 'was', 'seems', 'remains'], nextIn(['possible'], true)),
        would: nextIn(['appear', 'appears', 'appeared']),
        "'s": nextIn(['also', 'very', 'quite', 'highly', 'more', 'less', 'most', 'not', 'still', 'therefore', 'thus', 'likely', 'unlikely', 'possible'], true),
      },
      // "may be linked", "could be partly due"; "may not have"
      ...afterEach(['may', 'could'], { be: nextIn(data.modalBeComplements, true), not: nextIn(['have']) }),
    },
    // "is likely", "was also unlikely": a word between "is" and "likely" is one of a few adverbs
    unless: afterEach(['is', 'are', 'was', 'were', 'be', 'been'], { ids: new Set([vocabId('likely'), vocabId('unlikely')]), test: nextIn(['likely', 'unlikely']) }),
    first: [
      ...data.hedgeAdverbs,
      ...'most very quite highly more less increasingly likely unlikely is are was were be been seem seems seemed appear appears appeared it'.split(' '),
      'the likely',
      'a likely',
      ...'may might could must would possible suggest suggests implies suggesting implying suggested indicate indicates indicated indicating implied'.split(' '),
    ],
  },
]);
// hedgeCandidate drops the matches in quotations first
HEDGE_SCAN.quoted = true;
/** A past participle after "may have": "may have been", "might have caused" (not "may have a permit"). */
const PARTICIPLE =
  /^(?:\p{Ll}+ed|\p{Ll}+en|been|had|done|gone|made|lost|left|come|become|begun|run|seen|known|taken|given|held|brought|thought|found|built|sent|spent|paid|said|told|got|grown|drawn|shown|kept|met|led|heard|won|worn|born|borne|sold|stood|understood|caught|fought|taught|sought|bought|struck|hit|put|set|cut|read|let|shut|spread|cost|hurt|meant|felt|dealt|slept|lent|bent|fled|fed|bred|spun|stuck|hung|swung|slid|sunk|sung|drunk|flown|thrown|blown|sworn|torn|undergone|arisen|dug|shot|lit|slain|split|quit|burnt|learnt|spelt|spilt)$/u;
/** Someone in the sentence holds the view: "Police suspect", "she believes", "Smith wrote", "historians think". */
/** The verbs of HOLDER_RE. */
const HOLDER_VERB_SRC =
  'believes?|believed|thinks?|thought|argues?|argued|suspects?|suspected|speculates?|speculated|contends?|contended|theori[sz]es?|theori[sz]ed|hypothesi[sz]es?|hypothesi[sz]ed|suggests?|suggested|proposes?|proposed|maintains?|maintained|concludes?|concluded|wrote|writes|notes?|noted|feels?|felt|fears?|feared|doubts?|doubted|assumes?|assumed|guess(?:es|ed)?|estimates?|estimated|expects?|expected|predicts?|predicted|hopes?|hoped|wonders?|wondered|acknowledges?|acknowledged|insists?|insisted|concedes?|conceded|says|said|told|claims?|claimed|argue|believe|think|suspect|fear|expect';
const HOLDER_RE = re(
  `\\b(?:${B}(?:he|she|they|I|we|who|He|She|They|We|Who)|(?<![\\p{L}])(?!(?:It|This|That|These|Those|There|The|A|An|In|On|At|If|As|But|And)(?![\\p{L}]))[A-Z][\\p{L}'’.-]+|${B}\\p{Ll}+(?:ers|ors|ists|ians|ials|ents|ants|ics))\\s+(?:(?:also|has|have|had|later|once|still|now|privately|publicly|long|firmly|strongly)\\s+)?(?:${HOLDER_VERB_SRC})${E}`,
);
/**
 * The words of an alternation of lower-case words with optional letters ("s?"), letter classes
 * ("[sz]") and optional groups ("(?:es|ed)?"), as HOLDER_RE's verbs are written.
 */
function expandWords(src: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= src.length; i++) {
    const ch = src[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === '|' && depth === 0) || i === src.length) {
      alts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  const out: string[] = [];
  for (const a of alts) {
    let forms = [''];
    let i = 0;
    while (i < a.length) {
      let options: string[];
      if (a[i] === '[') {
        const j = a.indexOf(']', i);
        options = a.slice(i + 1, j).split('');
        i = j + 1;
      } else if (a.startsWith('(?:', i)) {
        const j = a.indexOf(')', i);
        options = expandWords(a.slice(i + 3, j));
        i = j + 1;
      } else if (/[a-z]/.test(a[i])) options = [a[i++]];
      else throw new Error(`sourcing: cannot expand '${a}'`);
      if (a[i] === '?') {
        options = [...options, ''];
        i++;
      }
      forms = forms.flatMap((f) => options.map((o) => f + o));
    }
    out.push(...forms);
  }
  return out;
}
/** HOLDER_RE's verbs (lower case, whole words), by number in `VOCAB`. */
const HOLDER_VERBS = new Set(expandWords(HOLDER_VERB_SRC).map(vocabId));
/**
 * Whether HOLDER_RE can match in [start, end): one of its verbs must be a word there. A word cut
 * by `end` counts as one.
 */
function holderVerbIn(c: Ctx, start: number, end: number): boolean {
  return wordIn(c, start, end, HOLDER_VERBS);
}
/**
 * `wordIn`'s sets as tables by `Words.raw` + 1 (1 where `map` gives a number of the set), each for
 * the `map` it was made with (made again when the dictionary has grown).
 */
const ID_TABLES = new Map<Set<number>, { map: Int32Array; b: Uint8Array }>();
/** Whether one of `ids` (numbers in `VOCAB`) is a word starting in [start, end), or a word is cut by `end`. */
function wordIn(c: Ctx, start: number, end: number, ids: Set<number>): boolean {
  const { at, raw, map, n } = words(c);
  // the set as a table, made on first use
  let t = ID_TABLES.get(ids);
  if (!t || t.map !== map) {
    const b = new Uint8Array(map.length);
    for (let g = 0; g < map.length; g++) if (map[g] >= 0 && ids.has(map[g])) b[g] = 1;
    ID_TABLES.set(ids, (t = { map, b }));
  }
  const b = t.b;
  for (let k = lowerBound(at, start, n); k < n && at[k] < end; k++) if (b[raw[k] + 1] === 1) return true;
  return end < c.prose.length && end > 0 && letterAt(c.prose, end) > 0 && letterAt(c.prose, end - 1) > 0;
}
/** Parser cues that are often not attribution: "fossils found", "TV shows", "a letter written in pencil". */
const WEAK_CUE = /^(?:found|finds|read|reads|notes|posts|posted|shows|states|written|asked|asks)$/i;
/**
 * The parser's cues (CUE_SOURCE, read as its `findCues` reads them) that sentenceAttributed counts,
 * by the number in `VOCAB` of their first word: the numbers of the words that follow (none for a
 * one-word cue). A weak one-word cue never counts.
 */
const STRONG_CUES: (number[][] | undefined)[] = [];
for (const cue of CUE_SOURCE.slice('\\b(?:'.length, -')\\b'.length).split('|')) {
  const ws = cue.split('\\s+');
  if (ws.some((w) => !/^[a-z]+$/.test(w))) throw new Error(`sourcing: cannot read the cue '${cue}'`);
  if (ws.length === 1 && WEAK_CUE.test(ws[0])) continue;
  (STRONG_CUES[vocabId(ws[0])] ??= []).push(ws.slice(1).map(vocabId));
}
/**
 * Whether a cue of the block (`b.cues`) that sentenceAttributed counts may overlap the sentence:
 * its words are words of the block, one after another, from at most three words before the
 * sentence's first (a cue has three words at most).
 * The parser reads runs of ASCII letters; they are these words in plain prose (the shared word
 * table's: no letter or digit beyond ASCII, no underscore) — otherwise the answer is yes. Lets most
 * sentences be settled without reading the whole block's cues.
 */
function strongCueMayBeIn(c: Ctx, sent: Sent): boolean {
  const w = words(c);
  // a word beyond ASCII (the words are then read otherwise): let through. (`Words.figWord` said so
  // for any number word too: "one", "two", "several" made every sentence of the block pass.)
  if (!wordTable(c.prose).plain) return true;
  const { at, raw, map, n } = w;
  for (let k = Math.max(0, lowerBound(at, sent.start, n) - 3); k < n && at[k] < sent.end; k++) {
    const x = map[raw[k] + 1];
    const alts = x >= 0 ? STRONG_CUES[x] : undefined;
    if (!alts) continue;
    for (const rest of alts) {
      let j = 0;
      while (j < rest.length && vidAt(w, k + 1 + j) === rest[j]) j++;
      if (j === rest.length) return true;
    }
  }
  return false;
}

/** Vague quantities ("many", "some of"), "widely" before a participle, "is known as one of". */
const VQ_RE = re(
  `\\b${B}(?:(?<q>${alt(data.vagueQuantifiers)})(?=\\s)` +
    `|(?<gen>(?:${alt(data.generalAdverbs)})\\s+(?:\\p{Ll}+(?:ed|en|wn)|held|seen|thought|read|available|popular|known)${E})` +
    `|(?<known>(?:is|are|was|were|became|becomes|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:known|famous|renowned|recogni[sz]ed)\\s+(?:as\\s+)?(?:one\\s+of|among)${E}))`,
);
/**
 * For the quantifiers of three words or more ("a number of"): by first and second word, the third
 * words any of them may have. A pair that is also a whole quantifier ("a few") puts no condition.
 */
function quantThirdWords(list: readonly string[]): ThirdBy {
  const out: Record<string, Record<string, string[] | null>> = {};
  for (const q of list) {
    const ws = q.trim().toLowerCase().split(/\s+/);
    if (ws.length < 2) continue;
    const by = (out[ws[0]] ??= {});
    if (ws.length === 2) by[ws[1]] = null;
    else if (by[ws[1]] !== null) (by[ws[1]] ??= []).push(ws[2]);
  }
  const third: ThirdBy = {};
  for (const [a, by] of Object.entries(out)) {
    for (const [b, ws] of Object.entries(by)) if (ws) (third[a] ??= {})[b] = nextIn(ws);
  }
  return third;
}
/** VQ_RE with its groups numbered (`numbered`): its matches are read by VQ.name. */
const VQ_NUMBERED = numbered(VQ_RE, ['q', 'gen', 'known']);
const VQ = VQ_NUMBERED.at;
const VQ_SCAN = firstWordScan([
  {
    re: VQ_NUMBERED.re,
    first: [...data.vagueQuantifiers, ...data.generalAdverbs, ...'is are was were became becomes has have had'.split(' ')],
    after: {
      ...afterEach(['is', 'are', 'was', 'were', 'became', 'becomes'], nextIn(['known', 'famous', 'renowned', 'recognized', 'recognised'], true)),
      ...afterEach(['has', 'have', 'had'], nextIn(['been'])),
    },
    // a one-word quantifier is the whole match: judgeQuantity drops it unless a plural may follow
    // and its candidate is judged here, before the pattern runs (see `vqMayStand`)
    pre: (c, p, w) => !VQ_ALONE.has(w) || (mayHaveVQNoun(c.prose, p + w.length) && vqMayStand(c, p, w)),
    // "has been known as one of", "had been widely recognized among"
    third: afterEach(['has', 'have', 'had'], nextIn(['known', 'famous', 'renowned', 'recognized', 'recognised'], true)),
    // "is known as one of", "was widely known among": after "is" and an adverb comes "known", after "known" "as", "one" or "among"
    unless: afterEach(['is', 'are', 'was', 'were', 'became', 'becomes'], { ids: new Set(['known', 'famous', 'renowned', 'recognized', 'recognised'].map(vocabId)), test: nextIn(['known', 'famous', 'renowned', 'recognized', 'recognised']) }),
    thirdBy: {
      ...afterEach(['is', 'are', 'was', 'were', 'became', 'becomes'], afterEach(['known', 'famous', 'renowned', 'recognized', 'recognised'], nextIn(['as', 'one', 'among']))),
      // "a number of", "a great many", "the majority of": the third word of a quantifier of three words or more
      ...quantThirdWords(data.vagueQuantifiers),
    },
  },
]);
// hedgeCandidate drops the matches in quotations first
VQ_SCAN.quoted = true;
const VQ_SKIP_NOUNS = new Set(data.vagueSkipNouns);
/** The vague quantifiers that are one word and start no longer one: their match is the word itself. */
const VQ_ALONE = new Set(
  data.vagueQuantifiers.filter((q) => !/\s/.test(q) && !data.vagueQuantifiers.some((x) => x.startsWith(q + ' '))),
);
/** The match `vqMayStand` judges: a one-word quantifier (its text and `q` set for each). */
const VQ_PROBE = Object.assign(Array.from({ length: VQ.q + 1 }, () => ''), { index: 0, input: '' }) as unknown as RegExpExecArray;
/**
 * Whether hedgeCandidate may keep the match of a one-word quantifier (VQ_ALONE, `w` at `p`): not
 * in a quotation, and judgeQuantity keeps it. Its match is the word (no other alternative of VQ_RE
 * starts with it), and judgeQuantity reads only the lower case of `q`: it is judged here as it
 * would be there. A match dropped so is not missed by the others: it is one word, so no later
 * match starts inside it, and a dropped candidate marks no sentence busy.
 */
function vqMayStand(c: Ctx, p: number, w: string): boolean {
  if (c.b.inQuote(p)) return false;
  const m = VQ_PROBE;
  m[0] = w;
  m.index = p;
  m[VQ.q] = w;
  const span = judgeQuantity(c, m);
  if (jqMemo.b === c.b) {
    jqMemo.at[jqMemo.n] = p;
    jqMemo.len[jqMemo.n] = w.length;
    jqMemo.span[jqMemo.n++] = span;
  }
  return span !== null;
}
/**
 * What vqMayStand judged in checkHedges' block (`b`, else null): where each one-word quantifier
 * starts, its length, and judgeQuantity's answer. A match of the quantifier's alternative (`q`)
 * there is the word, and judgeQuantity reads of it only its start, its length and the lower case of
 * `q`: hedgeCandidate takes the answer from here (`judgeQuantityKnown`).
 */
const jqMemo = { b: null as ParsedBlock | null, n: 0, at: [] as number[], len: [] as number[], span: [] as (Span | null)[] };
/** The index in jqMemo of a match of the quantifier alternative, or -1. */
function jqKnown(c: Ctx, m: RegExpExecArray): number {
  if (jqMemo.b !== c.b || m[VQ.q] === undefined) return -1;
  for (let k = 0; k < jqMemo.n; k++) if (jqMemo.at[k] === m.index) return jqMemo.len[k] === m[0].length ? k : -1;
  return -1;
}
/** judgeQuantity, or its answer from `jqMemo` when vqMayStand judged the same match. */
function judgeQuantityKnown(c: Ctx, m: RegExpExecArray): Span | null {
  const k = jqKnown(c, m);
  return k >= 0 ? jqMemo.span[k] : judgeQuantity(c, m);
}
/**
 * For the tests: in a block, each answer the pre tests keep (`qnMemo`, `jqMemo`) for a match the
 * judges read, beside the answer read afresh (as JSON), and how many were taken.
 */
export const sourcingMemos = {
  /** vqWord at `k` ("word@end" or null), beside VQ_WORD's reading. */
  vqWords(prose: string, k: number): { got: string | null; want: string | null } {
    const g = vqWord(prose, k);
    const w = VQ_WORD.exec(prose.slice(k, k + 40));
    return { got: g === null ? null : `${g}@${vqEnd}`, want: w ? `${w[1]}@${k + w[0].length}` : null };
  },
  /** adjWord and peopleNoun of a word, beside ADJ_RE's and PEOPLE_NOUN_RE's answers. */
  wordTests(word: string): { adj: boolean; adjRef: boolean; people: boolean; peopleRef: boolean } {
    return { adj: adjWord(word), adjRef: ADJ_RE.test(word), people: peopleNoun(word), peopleRef: PEOPLE_NOUN_RE.test(word) };
  },
  compare(block: ParsedBlock): { kept: string; fresh: string }[] {
    const c = fillCtx(block, []);
    const out: { kept: string; fresh: string }[] = [];
    qnMemo.b = jqMemo.b = block;
    qnMemo.n = jqMemo.n = 0;
    const vague = byFirstWord(c, VAGUE_SCAN);
    VAGUE.forEach((p, k) => {
      if (p.kind !== 'quant') return;
      for (const m of vague[k]) {
        const end = m.index + m[0].length;
        const x = quantKnown(c, end);
        if (x < 0) continue;
        const after = c.prose.slice(end, Math.min(c.prose.length, end + 160));
        out.push({ kept: JSON.stringify([true, false, qnMemo.noun[x]]), fresh: JSON.stringify([mayHaveQuantNoun(c.prose, end), /^\s+of\b/.test(after), quantNoun(c, end)]) });
      }
    });
    for (const m of byFirstWord(c, VQ_SCAN)[0]) {
      if (jqKnown(c, m) >= 0) out.push({ kept: JSON.stringify(judgeQuantityKnown(c, m)), fresh: JSON.stringify(judgeQuantity(c, m)) });
    }
    qnMemo.b = jqMemo.b = null;
    fillCtx(null, NO_FINDINGS);
    return out;
  },
};
/**
 * Whether judgeQuantity may find a plural after a quantifier ending at `from`: it reads at most six
 * words ("of", a determiner, four more), and a plural ends in "s" or is one of IRREGULAR_PLURALS.
 * Read in ASCII; any other character, a "." or a very long word answers yes.
 */
function mayHaveVQNoun(prose: string, from: number): boolean {
  return someWordMayFit(prose, from, 6, prose.length, true, vqNounFits);
}
const vqNounFits = (prose: string, s0: number, w0: number, end: number): boolean =>
  end - s0 >= 30 || // its 40-character window may cut the word
  (prose.charCodeAt(end - 1) | 32) === 115 ||
  IRREGULAR_PLURALS.has(prose.slice(w0, end).toLowerCase());
/**
 * The word reader of the prefilters above and below: up to `count` words after `from`, each after
 * white space and before `lim`, of ASCII letters with ' and - inside. True as soon as `fits` (given
 * where the white space before the word starts, and the word) says it may be the noun, or a
 * character beyond ASCII comes (the patterns read Unicode), or, with `dotYes`, a "." in a word;
 * false when a word is missing first.
 */
function someWordMayFit(prose: string, from: number, count: number, lim: number, dotYes: boolean, fits: (prose: string, s0: number, w0: number, end: number) => boolean): boolean {
  let i = from;
  for (let k = 0; k < count; k++) {
    const s0 = i;
    while (i < lim) {
      const c = prose.charCodeAt(i);
      if (c >= 128) return true;
      if (c !== 32 && (c < 9 || c > 13)) break;
      i++;
    }
    if (i === s0 || i >= lim) return false;
    const c0 = prose.charCodeAt(i);
    if (c0 >= 128) return true;
    if ((c0 | 32) < 97 || (c0 | 32) > 122) return false;
    const w0 = i++;
    while (i < lim) {
      const c = prose.charCodeAt(i);
      if (c >= 128 || (dotYes && c === 46)) return true;
      if (((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45) i++;
      else break;
    }
    if (fits(prose, s0, w0, i)) return true;
  }
  return false;
}
/**
 * Quantifiers vague before any plural; the others ("numerous", "various", "a number of", "most") only
 * before evidence or opinion-holders ("numerous studies", "most scholars"), or "most" opening a sentence.
 */
const VQ_ANY = new Set(['many', 'some', 'several', 'certain', 'countless', 'a great many', 'a good many']);
/** Quantifiers a count can replace: "many countries" -> "[NUMBER TK] countries". */
const VQ_COUNT = new Set(['many', 'some', 'several', 'countless', 'a great many', 'a good many', 'numerous', 'various', 'a number of', 'a variety of', 'a host of', 'a growing number of', 'an increasing number of']);
const VQ_EVIDENCE = new Set(data.vagueEvidence);
const IRREGULAR_PLURALS = new Set('people men women children species media data criteria phenomena clergy police cattle staff faculty'.split(' '));
const NOT_PLURALS = new Set('news series means mathematics physics politics economics ethics lens gas bus atlas canvas alias bias chaos'.split(' '));
const VQ_WORD = /^\s+([\p{L}][\p{L}'’-]*)/u;
/** pluralNoun's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const PLURAL_NOUN_RX0 = /^\p{Lu}/u;
const PLURAL_NOUN_RX1 = /(?:ans|ists|ites|ers|ats|ese|ens|ards)$/;
const PLURAL_NOUN_RX2 = /^\p{Lu}{2,}s$/u;
const PLURAL_NOUN_RX3 = /\p{Ll}s$/u;
const PLURAL_NOUN_RX4 = /(?:ss|us|is|ics)$/;
/** A plural noun: "countries", "species", "people", "Americans", "DVDs" (not "business", "status", "Dallas"). */
function pluralNoun(w: string): boolean {
  const lw = w.toLowerCase();
  if (IRREGULAR_PLURALS.has(lw)) return true;
  if (NOT_PLURALS.has(lw)) return false;
  if (PLURAL_NOUN_RX0.test(w) && !PLURAL_NOUN_RX1.test(w) && !PLURAL_NOUN_RX2.test(w)) return false;
  return PLURAL_NOUN_RX3.test(lw) && !PLURAL_NOUN_RX4.test(lw) && lw.length > 3;
}

// ---------------------------------------------------------------------------------- helpers

interface Ctx {
  b: ParsedBlock;
  prose: string;
  out: RawFinding[];
  /** Attribution cues outside quotations (lazily). */
  cueSpans?: Span[];
  /** Whether the paragraph names a speaker (lazily). */
  named?: boolean;
  /** Spans already reported (vague or anonymous), by sentence index. */
  /** Made on the first report: most paragraphs have none. */
  reportedSentences: Set<number> | null;
  /** Spans of vague phrases, whose cue words do not count as attribution. */
  vagueSpans: Span[];
  /** Sentence index -> attributed (lazily, for the hedge rules). */
  attributedSentences?: Map<number, boolean>;  /** The block's words (lazily). */
  words?: Words;
}

/** `vagueSpans` until the first vague phrase (never changed). */
const NO_SPANS = Object.freeze([]) as unknown as Span[];
/** `out` between blocks (never changed). */
const NO_FINDINGS = Object.freeze([]) as unknown as RawFinding[];
/**
 * The one `Ctx`, refilled for each block (the checker runs one block at a time, start to end): a
 * paragraph with nothing to report makes no objects of its own.
 */
const CTX: Ctx = { b: null as unknown as ParsedBlock, prose: '', out: NO_FINDINGS, cueSpans: undefined, named: undefined, reportedSentences: null, vagueSpans: NO_SPANS, attributedSentences: undefined, words: undefined };

/** `CTX` for a block (or, with null, for none: it keeps nothing of the last). */
/**
 * sentenceAttributed's answers, by sentence: (generation << 1) | yes; an entry of an older
 * generation is unknown. fillCtx starts a generation for each block (instead of a Map a block).
 */
let sentMemo = new Int32Array(64);
let sentMemoGen = 1;
/**
 * judgeHedges' busy sentences, by sentence: marked with its call's generation (instead of a Set a
 * block with candidates).
 */
let busyMark = new Int32Array(64);
let busyGen = 0;
function fillCtx(block: ParsedBlock | null, out: RawFinding[]): Ctx {
  const c = CTX;
  c.b = block as ParsedBlock;
  c.prose = block ? block.prose : '';
  c.out = out;
  c.cueSpans = undefined;
  c.named = undefined;
  c.reportedSentences = null;
  c.vagueSpans = NO_SPANS;
  c.attributedSentences = undefined;
  sentMemoGen = sentMemoGen >= 0x3ffffff ? (sentMemo.fill(0), 1) : sentMemoGen + 1;
  c.words = undefined;
  return c;
}

function overlaps(a: Span, s: number, e: number): boolean {
  return a.start < e && a.end > s;
}

/** cues's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const CUES_RX0 = /^estimated$/i;
const CUES_RX1 = /\b(?:an|the)\s+$/i;
const CUES_RX2 = /^(?:told|asked|quoted|cited)$/i;
const CUES_RX3 = /\b(?:was|were|is|are|be|been|being|get|got)\s+$/i;
function cues(c: Ctx): Span[] {
  if (c.cueSpans) return c.cueSpans;
  const spans: Span[] = [];
  const add = (index: number, text: string) => {
    if (c.b.inQuote(index)) return;
    if (text === 'States' || text === 'Post' || text === 'Read') return; // "the United States"
    // "an estimated 300 homes": an estimate nobody is said to have made
    if (CUES_RX0.test(text) && CUES_RX1.test(c.prose.slice(Math.max(0, index - 4), index))) return;
    // "residents were told to leave", "she was asked to wait": not a source speaking
    if (CUES_RX2.test(text) && CUES_RX3.test(c.prose.slice(Math.max(0, index - 8), index))) return;
    spans.push({ start: index, end: index + text.length });
  };
  const t = wordTable(c.prose);
  if (t.plain) {
    // CUE_ONLY_RE's matches, read from the word table
    for (let k = 0, n = cueMatches(c.prose, t) * 2; k < n; k += 2) add(cueAt[k], c.prose.slice(cueAt[k], cueAt[k + 1]));
  } else {
    CUE_ONLY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CUE_ONLY_RE.exec(c.prose))) add(m.index, m[0]);
  }
  for (const x of byFirstWord(c, EXTRA_CUE_SCAN)[0]) add(x.index, x[0]);
  spans.sort((a, b) => a.start - b.start);
  c.cueSpans = spans;
  return spans;
}

/** Is there attribution (a cue, a link, a footnote) in [start, end), not counting the given spans? */
function attributedIn(c: Ctx, start: number, end: number, except: Span[] = c.vagueSpans): boolean {
  for (const l of c.b.links) if (l.start < end && l.end > start) return true;
  for (const q of c.b.quotes) if ((q.speaker || q.speakerCarried) && q.start < end && q.end > start) return true;
  for (const s of cues(c)) {
    if (s.start >= end) break;
    if (s.end <= start) continue;
    if (someOverlaps(except, s.start, s.end)) continue;
    return true;
  }
  return false;
}

interface Sent {
  index: number;
  start: number;
  end: number;
}

/** sentenceOf(c, offset).index, with no object. */
function sentenceIndexOf(c: Ctx, offset: number): number {
  const i = c.b.sentenceAt(offset);
  return c.b.sentences[i] ? i : 0;
}
function sentenceOf(c: Ctx, offset: number): Sent {
  const i = c.b.sentenceAt(offset);
  const s = c.b.sentences[i];
  return s ? { index: i, start: s.start, end: s.end } : { index: 0, start: 0, end: c.prose.length };
}

/** sentenceEndInsert's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const SENTENCE_END_INSERT_RX0 = /\s/;
const SENTENCE_END_INSERT_RX1 = /["”’')\]]/;
const SENTENCE_END_INSERT_RX2 = /[\p{L}\p{N}]/u;
/** Where to insert ", according to [SOURCE TK]": before the sentence's final period, or null. */
function sentenceEndInsert(c: Ctx, sentEnd: number): number | null {
  let e = sentEnd;
  while (e > 0 && SENTENCE_END_INSERT_RX0.test(c.prose[e - 1])) e--;
  const last = c.prose[e - 1];
  if (last === '.' || last === '!' || last === '?') {
    // not after a closing quotation or a parenthesis: the note would land inside it
    const before = c.prose[e - 2];
    if (before && SENTENCE_END_INSERT_RX1.test(before)) return null;
    if (c.b.inQuote(e - 1)) return null;
    return e - 1;
  }
  if (last && SENTENCE_END_INSERT_RX2.test(last)) return e;
  return null;
}

function accordingFix(c: Ctx, sentEnd: number): Suggestion | null {
  const at = sentenceEndInsert(c, sentEnd);
  if (at === null) return null;
  return { title: 'Insert ‘according to [SOURCE TK]’', edits: [{ offset: [at, at], newText: ', according to [SOURCE TK]' }] };
}

/** singularVerb's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const SINGULAR_VERB_RX0 = /(\s+)/;
const SINGULAR_VERB_RX1 = /^[,]/;
const SINGULAR_VERB_RX2 = /^(?:would|might|may|could|will|did|also|now|still|long|often|generally|widely|largely|privately|publicly|openly|repeatedly|increasingly|already|even|further|similarly|strongly|seriously|rightly|wrongly|reportedly|too|however,?|though,?|meanwhile,?|in|turn,?|for|their|part,?)$/;
const SINGULAR_VERB_RX3 = /(?:ed|said|thought|felt|held|saw|told|wrote|has|had)$/;
const SINGULAR_VERB_RX4 = /^(?:said|thought|felt|held|saw|told|wrote)$/;
const SINGULAR_VERB_RX5 = /[^aeiou]y$/;
const SINGULAR_VERB_RX6 = /(?:s|sh|ch|x|z|o)$/;
/** "say" -> "says", "have argued" -> "has argued": the verb phrase after a singular subject. */
function singularVerb(phrase: string): string {
  // find the first finite word: an auxiliary or the verb
  const words = phrase.split(SINGULAR_VERB_RX0);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lw = w.toLowerCase();
    if (!lw.trim() || SINGULAR_VERB_RX1.test(lw)) continue;
    if (SINGULAR_VERB_RX2.test(lw)) continue;
    let r: string;
    if (lw === 'have') r = 'has';
    else if (lw === 'do') r = 'does';
    else if (SINGULAR_VERB_RX3.test(lw) || SINGULAR_VERB_RX4.test(lw)) r = w;
    else if (SINGULAR_VERB_RX5.test(lw)) r = w.slice(0, -1) + 'ies';
    else if (SINGULAR_VERB_RX6.test(lw)) r = w + 'es';
    else r = w + 's';
    words[i] = r;
    return words.join('');
  }
  return phrase;
}

/** activeVerb's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const ACTIVE_VERB_RX0 = /^(?:can|could|might|may|must|should|would)\b/;
/** "believed" -> "believes" (is) / "believed" (was) / "has believed" (has been); null when it has no active voice. */
function activeVerb(participle: string, be: string): string | null {
  const p = participle.toLowerCase();
  const present = PASSIVE_ACTIVE[p];
  if (!present) return null; // "it is rumored"
  const bl = be.toLowerCase().replace(/\s+/g, ' ');
  if (ACTIVE_VERB_RX0.test(bl)) return null;
  if (bl.startsWith('has')) return 'has ' + p;
  if (bl.startsWith('had')) return 'had ' + p;
  if (bl.startsWith('was')) return p === 'known' ? 'knew' : p;
  return present;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const LETTER = /^\p{L}$/u;
/** The last word of `s` (see `lastWordIn`). */
function lastWord(s: string): string {
  return lastWordIn(s, 0, s.length);
}

// ---------------------------------------------------------------------------------- the rules

interface Vague {
  start: number;
  end: number;
  message: string;
  fix: Suggestion[];
}

function namedVerb(verb: string): string {
  return '[NAME TK], [TITLE TK],' + singularVerb(verb).replace(/^\s*,?\s*/, (x) => (x.includes(',') ? ', ' : ' '));
}
function replaceFix(start: number, end: number, from: string, to: string): Suggestion {
  return { title: `Replace ‘${from}’ with ‘${to}’`, edits: [{ offset: [start, end], newText: to }] };
}

const ADJ_RE = re(`^${ADJ}$`, 'u');
const PEOPLE_NOUN_RE = re(`^(?:${ROLE}|${PEOPLE}|\\p{L}[\\p{L}-]*(?:ists|ians))$`, 'u');
/** The words ADJ's lookahead refuses at a word's start (whole, or before a character that is no letter). */
const ADJ_STOP = /\(\?!\(\?:([a-z|]+)\)/.exec(ADJ)![1].split('|');
/** ROLE's and PEOPLE's words (lower-case letters each: `ci` lets the first letter be either case), as they may be written. */
const PEOPLE_NOUN_WORDS = ((): Set<string> => {
  const out = new Set<string>();
  for (const w of [...data.roles, ...data.people]) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`sourcing: people noun '${w}' is not lower-case letters`);
    out.add(w);
    out.add(w[0].toUpperCase() + w.slice(1));
  }
  return out;
})();
/**
 * How a word of ASCII letters, "-", "'" and "’" is made: 1 for letters and "-" alone, 2 when it has
 * an apostrophe too; 0 for any other character (or none), where the expressions read it themselves.
 */
function asciiWordKind(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let kind = 1;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (((c | 32) >= 97 && (c | 32) <= 122) || c === 45) continue;
    if (c === 39 || c === 0x2019) kind = 2;
    else return 0;
  }
  return kind;
}
/** ADJ_RE.test(word), read by hand for a word of ASCII letters, "-" and apostrophes. */
function adjWord(word: string): boolean {
  const kind = asciiWordKind(word);
  if (kind === 0) return ADJ_RE.test(word);
  const n = word.length;
  for (const fw of ADJ_STOP) {
    if (!word.startsWith(fw)) continue;
    if (n === fw.length) return false;
    const c = word.charCodeAt(fw.length) | 32;
    if (c < 97 || c > 122) return false;
  }
  // [letters-]+(?:ous|is|us|ss) or [letters-]*letter(?<![sS]): no apostrophe in either
  if (kind === 2) return false;
  if (n >= 4 && word.endsWith('ous')) return true;
  if (n >= 3 && (word.endsWith('is') || word.endsWith('us') || word.endsWith('ss'))) return true;
  const last = word.charCodeAt(n - 1);
  return last !== 45 && last !== 115 && last !== 83;
}
/** PEOPLE_NOUN_RE.test(word), read by hand for a word of ASCII letters, "-" and apostrophes. */
function peopleNoun(word: string): boolean {
  const kind = asciiWordKind(word);
  if (kind === 0) return PEOPLE_NOUN_RE.test(word);
  if (PEOPLE_NOUN_WORDS.has(word)) return true;
  // a letter, letters and "-", then "ists" or "ians"
  return kind === 1 && word.length >= 5 && word.charCodeAt(0) !== 45 && (word.endsWith('ists') || word.endsWith('ians'));
}
const ALONE_VERB_AFTER_RE = re(`^(?:${PP})?(?:${AUX}){0,3}\\s+(?:${ALONE_VERBS})${E}`, 'u');
/**
 * The plural a quantifier governs, at most two modifiers on: "many local residents", "the majority
 * of cannabis users". A people noun is taken as is; any other plural only before a verb of saying
 * or thinking ("some manufacturers believe").
 */
/** The people nouns that do not end in "s" ("people", "men", "women"), lower case. */
const NON_S_PEOPLE = [...new Set([...data.roles, ...data.people].map((w) => w.toLowerCase()).filter((w) => !w.endsWith('s')))];
/**
 * Whether `quantNoun(prose, from)` may find its noun: the noun is one of its (up to three) words, and
 * ends in "s" or is one of NON_S_PEOPLE. Read in ASCII; any other character answers yes.
 */
function mayHaveQuantNoun(prose: string, from: number): boolean {
  return someWordMayFit(prose, from, 3, Math.min(prose.length, from + 80), false, quantNounFits);
}
function quantNounFits(prose: string, _s0: number, w0: number, end: number): boolean {
  if ((prose.charCodeAt(end - 1) | 32) === 115) return true;
  for (const w of NON_S_PEOPLE) {
    if (w.length !== end - w0) continue;
    let j = 0;
    while (j < w.length && (prose.charCodeAt(w0 + j) | 32) === w.charCodeAt(j)) j++;
    if (j === w.length) return true;
  }
  return false;
}
/** quantNoun's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const QUANT_NOUN_RX0 = /s$/i;
const QUANT_NOUN_RX1 = /(?:ss|us|is)$/i;
/**
 * (ALONE_VERB_AFTER_RE, after a plural, is tried only when one of its verbs' first words starts in
 * its 120 characters, or a word is cut at their end: `wordIn`.)
 */
function quantNoun(c: Ctx, from: number): { noun: string; end: number } | null {
  const { prose } = c;
  const k = quantWords(prose, from);
  if (k < 0) return quantNounRead(c, from);
  for (let x = 0; x < k; x++) {
    const w0 = quantWordAt[2 * x];
    const wEnd = quantWordAt[2 * x + 1];
    const word = prose.slice(w0, wEnd);
    const lw = word.toLowerCase();
    if (peopleNoun(word)) {
      const after = prose.charCodeAt(wEnd);
      if (after !== 45 && after !== 39) return { noun: lw, end: wEnd };
    }
    if (QUANT_NOUN_RX0.test(word) && !QUANT_NOUN_RX1.test(word) && wordIn(c, wEnd, wEnd + 120, ALONE_VERB_FIRST) && ALONE_VERB_AFTER_RE.test(prose.slice(wEnd, wEnd + 120))) return { noun: lw, end: wEnd };
    if (!adjWord(word)) return null;
  }
  return null;
}
/**
 * The words quantNoun reads after `from`, as /^(\s+[\p{L}][\p{L}'’-]*)(…)?(…)?/u on the 80
 * characters after it would find them: each after white space, a letter, then letters, ' ’ and -.
 * Their starts and ends go to `quantWordAt`; the answer is how many (0 to 3), or -1 where a
 * character beyond ASCII that is neither white space nor ’ comes where a letter may be (the
 * expression then reads them: `quantNounRead`).
 */
const quantWordAt = new Int32Array(6);
function quantWords(prose: string, from: number): number {
  const lim = Math.min(prose.length, from + 80);
  let i = from;
  let k = 0;
  while (k < 3) {
    const s0 = i;
    while (i < lim) {
      const c = prose.charCodeAt(i);
      if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpaceCode(c)) i++;
      else break;
    }
    if (i === s0 || i >= lim) break;
    const c0 = prose.charCodeAt(i);
    if (c0 >= 128) return -1;
    if ((c0 | 32) < 97 || (c0 | 32) > 122) break;
    const w0 = i++;
    while (i < lim) {
      const c = prose.charCodeAt(i);
      if (((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45 || c === 0x2019) i++;
      else if (c >= 128) return -1;
      else break;
    }
    quantWordAt[2 * k] = w0;
    quantWordAt[2 * k + 1] = i;
    k++;
  }
  return k;
}
/** quantNounRead's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const QUANT_NOUN_READ_RX0 = /^(\s+[\p{L}][\p{L}'’-]*)(\s+[\p{L}][\p{L}'’-]*)?(\s+[\p{L}][\p{L}'’-]*)?/u;
const QUANT_NOUN_READ_RX1 = /^[-']/;
const QUANT_NOUN_READ_RX2 = /s$/i;
const QUANT_NOUN_READ_RX3 = /(?:ss|us|is)$/i;
/** quantNoun read by its expression (where a character beyond ASCII may be a letter). */
function quantNounRead(c: Ctx, from: number): { noun: string; end: number } | null {
  const { prose } = c;
  const w = QUANT_NOUN_READ_RX0.exec(prose.slice(from, from + 80));
  if (!w) return null;
  let end = from;
  for (let i = 1; i <= 3 && w[i]; i++) {
    const word = w[i].trim();
    const wEnd = end + w[i].length;
    const lw = word.toLowerCase();
    if (PEOPLE_NOUN_RE.test(word) && !QUANT_NOUN_READ_RX1.test(prose.slice(wEnd, wEnd + 1))) return { noun: lw, end: wEnd };
    if (QUANT_NOUN_READ_RX2.test(word) && !QUANT_NOUN_READ_RX3.test(word) && wordIn(c, wEnd, wEnd + 120, ALONE_VERB_FIRST) && ALONE_VERB_AFTER_RE.test(prose.slice(wEnd, wEnd + 120))) return { noun: lw, end: wEnd };
    if (!ADJ_RE.test(word)) return null;
    end = wEnd;
  }
  return null;
}

/** Judge one candidate: a finding, or null when the context names the source or the words are innocent. */
/** A named group of a match of a numbered pattern (`numbered`; `at`: its numbers), as `m.groups[name]` would be. */
function groupOf(m: RegExpExecArray, at: Record<string, number>, name: string): string | undefined {
  const i = at[name];
  return i === undefined ? undefined : m[i];
}
/** judgeVague's test that the group is named after it or is an organisation's (a function, not a closure: see wordAtAnyCase). */
function groupNamed(prose: string, after: string, start: number, end: number): boolean {
  if (NAMED_AFTER.test(after)) return true;
  if (ORG_WORD.test(prose.slice(start, end))) return true; // "Agriculture Department economists"
  return false;
}
/** judgeVague's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
/** White space runs, for `replace` (which starts a global pattern at 0 and leaves it at 0: safe to share). */
const JUDGE_VAGUE_WS = /\s+/g;
const JUDGE_VAGUE_RX0 = /^\s+of\b/;
const JUDGE_VAGUE_RX1 = /(?:ists|ians)$/;
const JUDGE_VAGUE_RX2 = /^(?:other|most)$/i;
const JUDGE_VAGUE_RX3 = /^(?:the|with|these|those|its|his|her|their|our|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/;
const JUDGE_VAGUE_RX4 = /^(?:the|these|those|both|such|its|our|his|her|their|my|your|all|some|many|several|most|other|numerous|various|certain|countless|few|of|whose|which|and|or|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/;
const JUDGE_VAGUE_RX5 = /\s/;
const JUDGE_VAGUE_RX6 = /^(?:the|this|that|these|those|his|her|their|its|our|whose|such|of|in|more|further|and|or)$/;
const JUDGE_VAGUE_RX7 = /\s(?:by|at|from|of)\s+(?:the\s+)?[A-Z]/;
const JUDGE_VAGUE_RX8 = /^(?:the|these|those|energy|power|water|food|income|revenue|light|heat|data|its|their|his|her|other)$/;
const JUDGE_VAGUE_RX9 = /\s+(\p{L}+)$/u;
const JUDGE_VAGUE_RX10 = /^(?:to|with|of)$/;
const JUDGE_VAGUE_RX11 = /^\s*by\s+(?:some|many|most|others)\b/;
const JUDGE_VAGUE_RX12 = /^\s*(?:that\b|,)/;
const JUDGE_VAGUE_RX13 = /^\s+(?:about|of|for|to\s+(?:me|him|her|them|us))\b/;
const JUDGE_VAGUE_RX14 = /^\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|police|authorities|\d)\b/i;
const JUDGE_VAGUE_RX15 = /^\s*by\b/;
const JUDGE_VAGUE_RX16 = /^\s+to\b/;
const JUDGE_VAGUE_RX17 = /^\s*(?:(?:for|in|at|by|during|when|if|whether|on|under|and|or)(?![\p{L}])|[.,;:)]|$)/u;
const JUDGE_VAGUE_RX18 = /^(?:praised|criticized|criticised|branded|acclaimed|lauded|derided)$/;
const JUDGE_VAGUE_RX19 = /^(?:is|are|was|were|be|been|being)$/;
const JUDGE_VAGUE_RX20 = /^\s+(?:as|by)\b/;
const JUDGE_VAGUE_RX21 = /^(?:seen|viewed|regarded|perceived|described)$/;
const JUDGE_VAGUE_RX22 = /^(?:used|available|found)$/;
const JUDGE_VAGUE_RX23 = /^alleged/i;
const JUDGE_VAGUE_RX24 = /^,\s/;
const JUDGE_VAGUE_RX25 = /^\s*$/;
const JUDGE_VAGUE_RX26 = /^\s+(?:by|from|in|at|of|with|close\s+to|familiar\s+with|for)\s+(?:the\s+)?[A-Z]/;
const JUDGE_VAGUE_RX27 = /^B/;
const JUDGE_VAGUE_RX28 = /^(?:\s+(?:have|has|would|still|also))?\s+\p{Ll}+/u;
const JUDGE_VAGUE_RX29 = /who$/;
const JUDGE_VAGUE_RX30 = /^\s+(?:are|were|is|was)\b/;
function judgeVague(c: Ctx, kind: VagueKind, m: RegExpExecArray, raw: Span[], at: Record<string, number>): Vague | null {
  const { prose } = c;
  // most quantifiers govern no plural ("some time", "other hand"): settled before any other reading
  // (a one-word quantifier's pre test has read it: `qnMemo`)
  const known = kind === 'quant' ? quantKnown(c, m.index + m[0].length) : -1;
  if (kind === 'quant' && known < 0 && !mayHaveQuantNoun(prose, m.index + m[0].length)) return null;
  // (VAGUE_SCAN's patterns are numbered: the groups are read by number, `at`)
  const gNoun = groupOf(m, at, 'noun');
  const gQ = groupOf(m, at, 'q');
  const gVerb = groupOf(m, at, 'verb');
  const gBe = groupOf(m, at, 'be');
  const gBe2 = groupOf(m, at, 'be2');
  let start = m.index;
  if (kind === 'role' || kind === 'sources') {
    const mods = MODS_BEFORE_RE.exec(prose.slice(Math.max(0, start - 50), start));
    if (mods) start -= mods[0].length;
  }
  let end = m.index + m[0].length;
  // (sentenceOf's answer, read as two numbers: no object a candidate)
  const sentRow = c.b.sentences[c.b.sentenceAt(m.index)];
  const sentStart = sentRow ? sentRow.start : 0;
  const sentEnd = sentRow ? sentRow.end : prose.length;
  if (start < sentStart) start = sentStart;
  let after = prose.slice(end, Math.min(prose.length, end + 160));
  const before = prose.slice(Math.max(0, start - 40), start);
  const fix: Suggestion[] = [];
  let noun = (gNoun ?? '').toLowerCase().replace(JUDGE_VAGUE_WS, ' ');
  const prevWord = lastWord(before);

  switch (kind) {
    case 'quant': {
      if (known < 0 && JUDGE_VAGUE_RX0.test(after)) return null; // "many of the 40 residents": a known group
      const q = known >= 0 ? qnMemo.noun[known] : quantNoun(c, end);
      if (!q) return null;
      noun = q.noun;
      end = q.end;
      after = prose.slice(end, Math.min(prose.length, end + 160));
      if (groupNamed(prose, after, start, end)) return null;
      const people = PEOPLE_SET.has(noun) || ROLE_SET.has(noun) || JUDGE_VAGUE_RX1.test(noun);
      // "other" compares and "most" may be a superlative ("the most supporters"): both need a verb
      const holder = ROLE_SET.has(noun) && !JUDGE_VAGUE_RX2.test(gQ ?? '');
      const pv = people ? PP_VERB : PP_ALONE_VERB;
      const v = pv.re.exec(after);
      if (v && NOT_PEOPLE.has(noun)) return null;
      const vpp = v ? v[pv.at.pp] : undefined;
      if (v && vpp && PP_NAMED.test(vpp)) return null;
      if (!v && !holder) return null;
      // "the most supporters", "with many fans", "the eight other defendants"
      if (JUDGE_VAGUE_RX3.test(prevWord)) return null;
      const text0 = prose.slice(start, end);
      if (v) {
        const verbText = v[pv.at.verb];
        end += v[0].length;
        const text = prose.slice(start, end);
        fix.push(replaceFix(start, end, text, namedVerb(verbText)));
        return { start, end, message: `Name the people behind ‘${text}’, or cut the claim.`, fix };
      }
      // "disputed by many historians" -> "disputed by [NAME TK], [TITLE TK]"
      fix.push(replaceFix(start, end, text0, '[NAME TK], [TITLE TK]'));
      return { start, end, message: `Name the ${noun} behind ‘${text0}’, or cut the claim.`, fix };
    }
    case 'role': {
      if (BARE_ROLE_SKIP.has(noun)) return null;
      const v = PP_VERB_RE.exec(after);
      if (!v) return null;
      const vpp = v[PP_VERB.at.pp];
      if (vpp && PP_NAMED.test(vpp)) return null;
      if (groupNamed(prose, after, start, end)) return null;
      // "the experts said", "two critics said", "his critics say": a known, countable group
      if (JUDGE_VAGUE_RX4.test(prevWord)) return null;
      end += v[0].length;
      const text = prose.slice(start, end);
      fix.push(replaceFix(start, end, text, namedVerb(v[PP_VERB.at.verb])));
      return { start, end, message: `Name the people behind ‘${text}’, or cut the claim.`, fix };
    }
    case 'alone': {
      // "the many", "for some", "than most": not a subject
      if (ALONE_PREV.test(prevWord) && !JUDGE_VAGUE_RX5.test(noun)) {
        if (prevWord !== 'and') return null;
      }
      const v = PP_ALONE_VERB_RE.exec(after);
      if (!v) return null;
      const vpp = v[PP_ALONE_VERB.at.pp];
      if (vpp && (PP_NAMED.test(vpp) || JUDGE_VAGUE_RX0.test(vpp))) return null; // "a few of them said": a known group
      end += v[0].length;
      const text = prose.slice(start, end);
      fix.push(replaceFix(start, end, text, namedVerb(v[PP_ALONE_VERB.at.verb])));
      return { start, end, message: `Name the people behind ‘${text}’, or cut the claim.`, fix };
    }
    case 'led': {
      const text = prose.slice(start, end);
      const nStart = start + m[0].search(JUDGE_VAGUE_RX5) + 1;
      const nEnd = nStart + (gNoun ?? '').length;
      fix.push(replaceFix(nStart, nEnd, prose.slice(nStart, nEnd), '[NAME TK], [TITLE TK],'));
      return { start, end, message: `Name the people behind ‘${text}’, or cut the claim.`, fix };
    }
    case 'studies': {
      if (JUDGE_VAGUE_RX6.test(prevWord)) return null;
      const v = STUDY_VERB_RE.exec(after);
      if (!v) return null;
      const vpp = v[STUDY_VERB.at.pp];
      if (vpp && JUDGE_VAGUE_RX7.test(vpp)) return null;
      end += v[0].length;
      const text = prose.slice(start, end);
      fix.push(replaceFix(start, end, text, '[SOURCE TK]' + singularVerb(v[STUDY_VERB.at.verb])));
      return { start, end, message: `Say which ${noun} — ‘${text}’ leaves the reader no way to check.`, fix };
    }
    case 'sources':
    case 'eyes': {
      if (groupNamed(prose, after, start, end)) return null;
      if (kind === 'sources' && JUDGE_VAGUE_RX8.test(prevWord)) return null;
      const text = prose.slice(start, end);
      if (kind === 'sources') {
        const verb = JUDGE_VAGUE_RX9.exec(m[0]);
        if (verb && !JUDGE_VAGUE_RX10.test(verb[1])) fix.push(replaceFix(start, end, text, namedVerb(' ' + verb[1])));
        else {
          const a = accordingFix(c, sentEnd);
          if (a) fix.push(a);
        }
      }
      if (kind === 'eyes') {
        const nStart = end - (gNoun ?? '').length;
        fix.push(replaceFix(nStart, end, gNoun ?? '', '[NAME TK], [TITLE TK]'));
      }
      return { start, end, message: `Name the people behind ‘${text}’, or cut the claim.`, fix };
    }
    default:
      break;
  }

  // Passives, adverbs, "according to reports": settled by attribution in the same sentence.
  const text = prose.slice(start, end);
  if (tightlyAttributed(c, sentStart, sentEnd, raw)) return null;
  if (kind !== 'according' && kind !== 'accounts' && BY_NAMED.test(after) && !JUDGE_VAGUE_RX11.test(after)) return null;
  switch (kind) {
    case 'it': {
      const verb = (gVerb ?? '').toLowerCase();
      if (verb && REQUIRE_THAT.has(verb) && !JUDGE_VAGUE_RX12.test(after)) return null;
      if (verb === 'said' && JUDGE_VAGUE_RX13.test(after)) return null;
      const act = verb ? activeVerb(verb, gBe ?? gBe2 ?? 'is') : null;
      if (act) fix.push(replaceFix(start, end, text, `[SOURCE TK] ${act}`));
      break;
    }
    case 'to':
      // "is said to be", not "was reported to the floor"
      if (JUDGE_VAGUE_RX14.test(after)) return null;
      break;
    case 'opined':
      // "has been attributed to the 1906 quake": a cause, not an opinion, unless nobody is said to attribute it
      if (JUDGE_VAGUE_RX15.test(after)) return null;
      if ((gVerb ?? '') === 'attributed' && !JUDGE_VAGUE_RX16.test(after)) return null;
      break;
    case 'as': {
      const verb = (gVerb ?? '').toLowerCase();
      const be = (gBe ?? '').toLowerCase();
      // "to be considered", "would be seen as": not an assertion
      if (be === 'be') return null;
      // "is considered for the post", "was considered in committee" (but "is considered one of the", "inferior")
      if (verb === 'considered' && (JUDGE_VAGUE_RX17.test(after) || be === 'being')) return null;
      if (JUDGE_VAGUE_RX18.test(verb) && JUDGE_VAGUE_RX15.test(after)) return null;
      break;
    }
    case 'reduced':
      if (JUDGE_VAGUE_RX19.test(prevWord)) return null; // the BE reading covers it
      break;
    case 'degree': {
      const verb = (gVerb ?? '').toLowerCase();
      if (verb === 'known' && JUDGE_VAGUE_RX20.test(after)) return null; // "commonly known as X": a name
      if (JUDGE_VAGUE_RX21.test(verb) && !JUDGE_VAGUE_RX20.test(after)) return null; // "often seen on the phone"
      if (JUDGE_VAGUE_RX22.test(verb)) return null;
      break;
    }
    case 'adverb': {
      if (JUDGE_VAGUE_RX23.test(gVerb ?? '') && tightlyAttributed(c, 0, prose.length, raw)) return null;
      const at = sentenceEndInsert(c, sentEnd);
      if (at !== null && at > end) {
        const edits: { offset: [number, number]; newText: string }[] = [];
        if (JUDGE_VAGUE_RX24.test(prose.slice(end, end + 2)) && JUDGE_VAGUE_RX25.test(prose.slice(sentStart, start))) {
          // "Reportedly, the mayor …" -> "The mayor …, according to [SOURCE TK]."
          let k = end + 1;
          while (JUDGE_VAGUE_RX5.test(prose[k])) k++;
          edits.push({ offset: [start, k + 1], newText: prose[k].toUpperCase() });
        } else if (prose[end] === ' ') edits.push({ offset: [start, end + 1], newText: '' });
        else if (prose[start - 1] === ' ') edits.push({ offset: [start - 1, end], newText: '' });
        if (edits.length) {
          edits.push({ offset: [at, at], newText: ', according to [SOURCE TK]' });
          fix.push({ title: `Replace ‘${text}’ with ‘according to [SOURCE TK]’`, edits });
        }
      }
      return { start, end, message: `‘${text}’ hides who says so: name the source, or cut the claim.`, fix };
    }
    case 'according': {
      if (JUDGE_VAGUE_RX26.test(after)) return null;
      const n = gNoun ?? '';
      fix.push(replaceFix(end - n.length, end, n, '[SOURCE TK]'));
      return { start, end, message: `‘${text}’ does not say which ones: name the source.`, fix };
    }
    case 'accounts':
      fix.push(replaceFix(start, end, text, JUDGE_VAGUE_RX27.test(text) ? 'According to [SOURCE TK]' : 'according to [SOURCE TK]'));
      break;
    case 'those': {
      // "There are those who think" -> "[NAME TK], [TITLE TK], thinks"
      const v = JUDGE_VAGUE_RX28.exec(after);
      if (JUDGE_VAGUE_RX29.test(m[0]) && v && !JUDGE_VAGUE_RX30.test(v[0])) {
        const e2 = end + v[0].length;
        fix.push(replaceFix(start, e2, prose.slice(start, e2), namedVerb(v[0])));
      }
      break;
    }
    default:
      break;
  }
  if (!fix.length) {
    const a = accordingFix(c, sentEnd);
    if (a) fix.push(a);
  }
  return { start, end, message: `‘${text}’ does not say who: name the source, or cut the claim.`, fix };
}

/** Attribution in [start, end) strong enough to settle a passive: "…, police said", a link. */
function tightlyAttributed(c: Ctx, start: number, end: number, except: Span[]): boolean {
  if (links(c, start, end)) return true;
  TIGHT_CUE_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TIGHT_CUE_RE.exec(c.prose)) && m.index < end) {
    const s = m.index;
    const e = s + m[0].length;
    if (c.b.inQuote(s)) continue;
    if (someOverlaps(except, s, e)) continue;
    return true;
  }
  STATES_RE.lastIndex = start;
  while ((m = STATES_RE.exec(c.prose)) && m.index < end) {
    if (!c.b.inQuote(m.index)) return true;
  }
  return false;
}

function checkVague(c: Ctx): void {
  const { b } = c;
  // the whole paragraph is sourced by a link: nothing below can be reported
  if (b.links.length) return;
  qnMemo.b = b;
  qnMemo.n = 0;
  const matches = byFirstWord(c, VAGUE_SCAN);
  if (matches === VAGUE_SCAN.none) {
    qnMemo.b = null;
    return;
  }
  try {
    judgeVagues(c, matches);
  } finally {
    qnMemo.b = null;
  }
}
/**
 * judgeVagues' candidates, reused by every block (the engine keeps nothing of a block): the
 * matches (let go after each block), their patterns, and their spans as one list of `n` spans
 * (the span objects are kept and refilled).
 */
const VAGUE_CAND_M: (RegExpExecArray | null)[] = [];
const VAGUE_CAND_K: number[] = [];
const VAGUE_RAW: Span[] = [];
const VAGUE_RAW_POOL: Span[] = [];
/** The vague findings' comparison: by start, the longer first. */
const byStartLongerFirst = (x: Vague, y: Vague): number => x.start - y.start || y.end - x.end;
/** checkVague's reading of the matches. */
function judgeVagues(c: Ctx, matches: RegExpExecArray[][]): void {
  const { prose, b } = c;
  const candM = VAGUE_CAND_M;
  const candK = VAGUE_CAND_K;
  let n = 0;
  for (let i = 0; i < VAGUE.length; i++) {
    const list = matches[i];
    for (let j = 0; j < list.length; j++) {
      const m = list[j];
      if (b.inQuote(m.index)) continue;
      candM[n] = m;
      candK[n] = i;
      const sp = (VAGUE_RAW_POOL[n] ??= { start: 0, end: 0 });
      sp.start = m.index;
      sp.end = m.index + m[0].length;
      n++;
    }
  }
  if (n === 0) return;
  // the spans of all the candidates, as a list of exactly n
  const raw = VAGUE_RAW;
  while (raw.length > n) raw.pop();
  for (let x = 0; x < n; x++) raw[x] = VAGUE_RAW_POOL[x];
  // a following sentence may name the group (NAMED_NEXT)
  let found: Vague[] | null = null;
  try {
    for (let x = 0; x < n; x++) {
      const k = candK[x];
      const v = judgeVague(c, VAGUE[k].kind, candM[x]!, raw, VAGUE_NUMBERED[k].at);
      if (!v) continue;
      const next = b.sentences[sentenceIndexOf(c, v.start) + 1];
      if (next && NAMED_NEXT.test(prose.slice(next.start, next.end))) continue;
      (found ??= []).push(v);
    }
  } finally {
    for (let x = 0; x < n; x++) candM[x] = null;
  }
  if (found === null) return;
  if (found.length > 1) found.sort(byStartLongerFirst);
  let lastEnd = -1;
  for (let x = 0; x < found.length; x++) {
    const v = found[x];
    if (v.start < lastEnd) continue;
    lastEnd = v.end;
    if (c.vagueSpans === NO_SPANS) c.vagueSpans = [];
    c.vagueSpans.push({ start: v.start, end: v.end });
    (c.reportedSentences ??= new Set()).add(sentenceIndexOf(c, v.start));
    report(c, 'vague-attribution', v.start, v.end, v.message, v.fix, EXPLAIN.vague);
  }
}

function links(c: Ctx, start: number, end: number): boolean {
  for (const l of c.b.links) if (l.start < end && l.end > start) return true;
  return false;
}

/** Does the paragraph name someone speaking ("Smith said", "said Jane Doe")? */
function paragraphNamesSpeaker(c: Ctx): boolean {
  if (c.named !== undefined) return c.named;
  const t = wordTable(c.prose);
  let named = false;
  if (t.plain) named = namedSpeakerScan(c.prose, t, (i) => !c.b.inQuote(i));
  else {
    NAMED_SPEAKER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAMED_SPEAKER_RE.exec(c.prose))) {
      if (!c.b.inQuote(m.index)) {
        named = true;
        break;
      }
    }
  }
  c.named = named;
  return named;
}
/** NAMED_SPEAKER_RE, sticky: tried only where a match may start (see namedSpeakerScan). */
const NAMED_SPEAKER_Y = new RegExp(NAMED_SPEAKER_RE.source, 'uy');
/** The verbs of NAMED_SPEAKER_RE, as written (lower case): each of its matches holds one, after white space or where `B` holds. */
const NAMED_SPEAKER_VERBS = 'said says told tells added adds wrote writes explained noted argued asked replied testified estimated recalled according'.split(' ');
/** The verbs by their first three letters, as words.ts's `head` (`headOf`) has them. */
const NAMED_VERBS_BY_HEAD = new Map<number, string[]>();
for (const w of NAMED_SPEAKER_VERBS) {
  let hd = 0;
  for (let k = 0; k < 3; k++) hd = (hd << 7) | (w.charCodeAt(k) | 32);
  const list = NAMED_VERBS_BY_HEAD.get(hd);
  if (list) list.push(w);
  else NAMED_VERBS_BY_HEAD.set(hd, [w]);
}
/** Marks of the places namedSpeakerScan tries (shared: one block at a time; cleared after use). */
let speakerTry = new Uint8Array(1024);
const upperAZ = (c: number): boolean => c >= 65 && c <= 90;
/**
 * Where the run of units that a NAME and what follows it up to a verb are made of ends, walking back
 * from `end` in a plain prose: ASCII letters, "'", "’", "-", white space, with `commas` ","
 * (alternative 1: NAME\s*,?\s+(also\s+)?), and "." only as an initial's ("J." after white space).
 */
function nameRunBack(prose: string, end: number, commas: boolean): number {
  let j = end;
  while (j > 0) {
    const c = prose.charCodeAt(j - 1);
    if (asciiLetter(c) || c === 39 || c === 0x2019 || c === 45 || spaceAt(prose, j - 1) || (commas && c === 44)) j--;
    else if (c === 46 && j >= 3 && upperAZ(prose.charCodeAt(j - 2)) && spaceAt(prose, j - 3)) j--;
    else break;
  }
  return j;
}
/**
 * NAMED_SPEAKER_RE's global scan of a plain prose (see words.ts), until `accept` takes the start of
 * one of its matches: whether it did. The scan gives `accept` the same matches in the same order,
 * but tries the sticky expression only where a match may start: each of its matches holds a verb
 * (NAMED_SPEAKER_VERBS, as written, at the start of a run of the word table), and starts at it
 * ("said Jane Doe") or at a capital (NAME) in the units before it that it can be made of — the run
 * `nameRunBack` walks over ("Jane Doe said", "J. Smith, also said"), or for "Smith, a spokesman for
 * the city, said" the one before the comma that ends at most 103 units (the article and
 * [^,]{1,100}) and then white space before the verb's comma. The global scan tries the 60-way
 * lookahead of NAME and its alternatives at every unit of the paragraph; this, at a few.
 */
function namedSpeakerScan(prose: string, t: WordTable, accept: (start: number) => boolean): boolean {
  const len = prose.length;
  if (speakerTry.length < len + 1) speakerTry = new Uint8Array(Math.max(len + 1, speakerTry.length * 2));
  const mark = speakerTry;
  let lo = len;
  let hi = -1;
  const markCaps = (from: number, to: number): void => {
    for (let p = from; p < to; p++) {
      if (upperAZ(prose.charCodeAt(p))) {
        mark[p] = 1;
        if (p < lo) lo = p;
        if (p > hi) hi = p;
      }
    }
  };
  for (let k = 0, n = t.n; k < n; k++) {
    const list = NAMED_VERBS_BY_HEAD.get(t.head[k]);
    if (list === undefined) continue;
    const v = t.start[k];
    let hit = false;
    for (let x = 0; x < list.length && !hit; x++) {
      const w = list[x];
      let i = 0;
      while (i < w.length && prose.charCodeAt(v + i) === w.charCodeAt(i)) i++;
      hit = i === w.length;
    }
    if (!hit) continue;
    // "said Jane Doe": a match at the verb
    mark[v] = 1;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    // "Jane Doe said", "J. Smith, also said"
    markCaps(nameRunBack(prose, v, true), v);
    // "Jane Doe, a spokeswoman, said": white space, ",", [^,]{1,100} after the article, white space, ","
    let j = v;
    while (j > 0 && spaceAt(prose, j - 1)) j--;
    if (j === v || j === 0 || prose.charCodeAt(j - 1) !== 44) continue;
    j--;
    let walked = 0;
    while (j > 0) {
      const c = prose.charCodeAt(j - 1);
      if (c === 44) break;
      if (walked >= 103 && !spaceAt(prose, j - 1)) {
        j = 0;
        break;
      }
      walked++;
      j--;
    }
    if (j === 0) continue;
    markCaps(nameRunBack(prose, j - 1, false), j - 1);
  }
  // the global scan, at the marks in order
  let from = 0;
  let found = false;
  for (let p = lo; p <= hi; p++) {
    if (mark[p] === 0) continue;
    mark[p] = 0;
    if (found || p < from) continue;
    NAMED_SPEAKER_Y.lastIndex = p;
    if (!NAMED_SPEAKER_Y.test(prose)) continue;
    if (accept(p)) found = true;
    else from = NAMED_SPEAKER_Y.lastIndex;
  }
  return found;
}

/** Whether an unnamed-source head (ANON_HEAD_RE's match) is an institution; by its text, remembered (the heads are a few dozen words in a few cases). */
const INSTITUTION_OF = new Map<string, boolean>();
function isInstitution(head: string): boolean {
  let yes = INSTITUTION_OF.get(head);
  if (yes === undefined) {
    yes = INSTITUTION_SET.has(head.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
    // (white space inside a head may be any: a bound on what is kept)
    if (INSTITUTION_OF.size >= 1024) INSTITUTION_OF.clear();
    INSTITUTION_OF.set(head, yes);
  }
  return yes;
}
/** ANON_MODS_BEFORE_RE, global, to start its scan where a match can first start. */
const ANON_MODS_BEFORE_G = new RegExp(ANON_MODS_BEFORE_RE.source, 'gu');
/**
 * Whether a code unit may be in a match of ANON_MODS_BEFORE_RE: a letter (\p{L}: ASCII, or any unit
 * beyond ASCII, which may be one), ".", "'", "’", "&", "-", or white space — what ANON_MOD (its
 * modifiers, a capitalised word, "&") and \s+ are made of.
 */
function anonModUnit(c: number): boolean {
  return c >= 128 || asciiLetter(c) || c === 46 || c === 39 || c === 38 || c === 45 || c === 32 || (c >= 9 && c <= 13);
}
/**
 * `ANON_MODS_BEFORE_RE.exec(s)`: its match ends at the end of `s` and holds only units
 * `anonModUnit` lets in, so it starts in the run of them that ends `s`; the scan starts there,
 * not at the first of the 60 characters (where it would try its 40-way alternation at each).
 */
function anonModsBefore(s: string): RegExpExecArray | null {
  let l = s.length;
  while (l > 0 && anonModUnit(s.charCodeAt(l - 1))) l--;
  if (l === s.length) return null;
  ANON_MODS_BEFORE_G.lastIndex = l;
  return ANON_MODS_BEFORE_G.exec(s);
}
function checkAnonymous(c: Ctx): void {
  const heads = byFirstWord(c, ANON_HEAD_SCAN)[0];
  // most paragraphs have no unnamed source: nothing below is made for them (not even the context
  // of judgeAnonymous' closure, which V8 makes on entering the function that holds it)
  if (!heads.length) return;
  judgeAnonymous(c, heads);
}
/** judgeAnonymous's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const JUDGE_ANONYMOUS_RX0 = /^\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Det)\.\s+)?[A-Z][\p{L}'’-]+/u;
const JUDGE_ANONYMOUS_RX1 = /^\s*,?\s*(?:said|says|told|The|He|She|They|It)\b/;
const JUDGE_ANONYMOUS_RX2 = /[A-Z][\p{L}'’.-]+\s*,\s*$/u;
const JUDGE_ANONYMOUS_RX3 = /^the\s/i;
const JUDGE_ANONYMOUS_RX4 = /s$/i;
const JUDGE_ANONYMOUS_RX5 = /(?:ss|us)$/i;
const JUDGE_ANONYMOUS_RX6 = /^(?:(?:[A-Z][\p{L}.'’&-]*|&|city|county|state|federal|local|school|hospital|police|fire|health|election|company|airport|prison|transit|emergency|military|government|administration)\s+)+/u;
const JUDGE_ANONYMOUS_RX7 = /\s(?:for|at|with|from|of|in)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?[A-Z]/u;
const JUDGE_ANONYMOUS_RX8 = /^(?:a|an|one|the)\s/i;
const JUDGE_ANONYMOUS_RX9 = /\b(?:who|anonymity|authorized|authorised|named|identified)\b/;
const JUDGE_ANONYMOUS_RX10 = /^\s*,\s*(?:who|speaking|citing|according)/;
const JUDGE_ANONYMOUS_RX11 = /\p{Ll}{2,}\.$/u;
const JUDGE_ANONYMOUS_RX12 = /^[A-Z]/;
const JUDGE_ANONYMOUS_RX13 = /^(?:A|An|One|Two|Three|Several|Some|The|Other)\s/;
/** checkAnonymous' reading of the heads. */
function judgeAnonymous(c: Ctx, heads: RegExpExecArray[]): void {
  const { prose, b } = c;
  const seen: Span[] = [];
  const handle = (start: number, end: number, np: string, npStart: number, noun: string, verbFirst: boolean, institution: boolean) => {
    if (b.inQuote(start)) return;
    if (c.vagueSpans.some((v) => overlaps(v, start, end))) return;
    if (seen.some((s) => overlaps(s, start, end))) return;
    seen.push({ start, end });
    const sent = sentenceOf(c, start);
    const nounL = noun.toLowerCase().replace(/\s+/g, ' ');
    const npEnd = npStart + np.length;
    // named: "spokesman John Smith said", "Jane Doe, a spokeswoman, said", "said a spokesman, Tom Lee"
    const afterNp = prose.slice(npEnd, npEnd + 40);
    if (JUDGE_ANONYMOUS_RX0.test(afterNp) && !JUDGE_ANONYMOUS_RX1.test(afterNp)) return;
    if (JUDGE_ANONYMOUS_RX2.test(prose.slice(Math.max(0, npStart - 40), npStart))) return;
    if (!institution && PERSON_NOUNS_NEEDING_PP.has(nounL.replace(/^(?:a|an|one)\s+/, '')) && !FAMILIAR_RE.test(np)) return;
    // "the spokesman said": someone introduced earlier
    if (!institution && JUDGE_ANONYMOUS_RX3.test(np.trim()) && SINGULAR_ANON.test(noun)) return;
    if (paragraphNamesSpeaker(c)) return;
    const sentText = prose.slice(sent.start, sent.end);
    const explainedM = ANON_EXPLAINED.exec(sentText);
    ANON_EXPLAINED.lastIndex = 0;
    const explained = !!explainedM && REASON.test(sentText.slice(explainedM.index));
    const text = prose.slice(start, end);
    let severity: Severity | undefined;
    let message: string;
    let explanation = EXPLAIN.anonymous;
    const fix: Suggestion[] = [];
    // "police said", "city officials said", "Pentagon officials said": an institution speaks
    const plural = JUDGE_ANONYMOUS_RX4.test(nounL) && !JUDGE_ANONYMOUS_RX5.test(nounL);
    const institutional =
      institution ||
      (plural && JUDGE_ANONYMOUS_RX6.test(np.trim())) ||
      // "officials with the Transportation Department", "a spokesman for Acme Corp.": the organisation is named
      JUDGE_ANONYMOUS_RX7.test(np.slice(np.toLowerCase().indexOf(noun.toLowerCase()) + noun.length));
    if (institutional) {
      severity = 'hint';
      message = `‘${text}’ attributes to an institution, as wire style allows; name the agency or spokesperson if you can.`;
      explanation = EXPLAIN.institution;
    } else if (explained) {
      severity = 'hint';
      message = `‘${text}’ is an unnamed source; the story says why, as it should.`;
    } else {
      message = `‘${text}’ is an unnamed source: name them, or say why they could not be named.`;
      const singular = SINGULAR_ANON.test(noun) && JUDGE_ANONYMOUS_RX8.test(np.trim());
      const desc = lowerFirst(np.trim());
      if (verbFirst) {
        const repl = singular ? `[NAME TK], ${desc}` : '[NAME TK], [TITLE TK]';
        fix.push({ title: `Replace ‘${np.trim()}’ with ‘${repl}’`, edits: [{ offset: [npStart, npEnd], newText: repl }] });
      } else {
        const repl = singular ? `[NAME TK], ${desc},` : '[NAME TK], [TITLE TK],';
        fix.push({ title: `Replace ‘${np.trim()}’ with ‘${repl}’`, edits: [{ offset: [npStart, npEnd], newText: repl }] });
      }
      fix.push({
        title: 'Insert ‘who spoke on condition of anonymity because [REASON TK]’',
        edits: [{ offset: [npEnd, npEnd], newText: ', who spoke on condition of anonymity because [REASON TK],' }],
      });
      if (verbFirst && npEnd >= sent.end - 1) fix.pop();
    }
    report(c, 'anonymous', start, end, message, fix, explanation, severity);
    (c.reportedSentences ??= new Set()).add(sent.index);
  };
  for (const m of heads) {
    const hs = m.index;
    const he = hs + m[0].length;
    const head = m[0];
    const institution = isInstitution(head);
    const speechAfter = wordIn(c, he, Math.min(prose.length, he + 320), SPEECH_FIRST);
    // no verb of saying after an institution: neither reading below can report it
    if (!speechAfter && institution) continue;
    const rest = prose.slice(he, he + 320);
    const v = speechAfter ? ANON_VERB_AFTER_RE.exec(rest) : null;
    // with no verb after, only "said a senior official" is left: an institution, or no verb of
    // ANON_VERB_BEFORE_RE within its reach (20 characters before the modifiers, which take at most
    // the 60 before the head), cannot be reported, and the modifiers need not be read
    if (!v && (institution || !wordIn(c, Math.max(0, hs - 80), hs, ANON_VERB_BEFORE_IDS))) continue;
    const mods = anonModsBefore(prose.slice(Math.max(0, hs - 60), hs));
    let npStart = mods ? hs - mods[0].length : hs;
    if (v) {
      const gParen = v[ANON_VERB_AFTER.at.paren];
      if (gParen && !JUDGE_ANONYMOUS_RX9.test(gParen) && !JUDGE_ANONYMOUS_RX10.test(gParen)) continue;
      // a capitalised word before an institution is part of it ("Baltimore County police"); before
      // a person it may be a name ("Smith, a spokesman") — handled by the name checks
      const npEnd = he + (v[ANON_VERB_AFTER.at.pp] ?? '').length;
      const np = prose.slice(npStart, npEnd);
      const end = gParen ? npEnd : he + v[0].length;
      handle(npStart, end, np, npStart, head, false, institution);
      continue;
    }
    // "said a senior official", "according to an official of the corps"
    const before = ANON_VERB_BEFORE_RE.exec(prose.slice(Math.max(0, npStart - 20), npStart));
    if (!before || institution) continue;
    let npEnd = he + (ANON_PP_RE.exec(rest)?.[ANON_PP_N.at.pp] ?? '').length;
    if (JUDGE_ANONYMOUS_RX11.test(prose.slice(npStart, npEnd))) npEnd--; // the period ends the sentence
    const np = prose.slice(npStart, npEnd);
    if (JUDGE_ANONYMOUS_RX12.test(np) && !JUDGE_ANONYMOUS_RX13.test(np)) continue; // "said Pentagon spokesman …"
    handle(npStart - before[0].length, npEnd, np, npStart, head, true, false);
  }
}

/**
 * Without a digit in the block, checkFigures reports only where this finds something in it (as it
 * always has). It is asked at the first figure found, if any — the anchors of most such blocks
 * ("one", "two", "several") hold none, and the figures before it have no effect.
 */
const FIG_WORDS_GATE = /percent|thousands|millions|billions|hundreds|half|third|quarter|one in/i;
/** checkFigures's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const CHECK_FIGURES_RX0 = /(?:million|billion|trillion|thousand|\d[mbk]n?)\b/i;
const CHECK_FIGURES_RX1 = /(?:\s)(\d[\d,.]*)\s/;
const CHECK_FIGURES_RX2 = /^\d{4}$/;
const CHECK_FIGURES_RX3 = /(?:ly|ed)$/;
const CHECK_FIGURES_RX4 = /\s+of$/;
/** `gated`: the block has no digit (see FIG_WORDS_GATE). */
function checkFigures(c: Ctx, gated: boolean): void {
  const { prose, b } = c;
  let lastEnd = -1;
  let done: Set<number> | null = null;
  let matchEnd = 0;
  // the anchors: read from the word table in plain prose; else by FIGURE_ANCHOR (with no word of
  // it in the block, `Words.figWord`, by its digit alternative alone)
  const table = wordTable(prose);
  const tabled = table.plain;
  const anchorN = tabled ? figureAnchors(prose, table) : 0;
  const anchors = tabled ? null : words(c).figWord ? FIGURE_ANCHOR : FIGURE_ANCHOR_DIGITS;
  if (anchors) anchors.lastIndex = 0;
  let anchor: RegExpExecArray | null = null;
  for (let x = 0; ; x++) {
    let p: number;
    if (anchors) {
      if (!(anchor = anchors.exec(prose))) break;
      p = anchor.index;
    } else {
      if (x >= anchorN) break;
      p = figAt[x];
    }
    if (p < matchEnd) continue;
    let m: RegExpExecArray | null;
    if (anchors) {
      const d = prose.charCodeAt(p);
      if (d >= 48 && d <= 57 && !digitAnchorMayFigure(prose, p)) continue;
      m = matchAround(prose, p, matchEnd, FIGURE_Y, 3, FIGURE_START);
    } else m = figureAroundAnchor(prose, table, x, p, matchEnd);
    if (!m) continue;
    if (gated) {
      if (!FIG_WORDS_GATE.test(prose)) return;
      gated = false;
    }
    matchEnd = m.index + m[0].length;
    let start = m.index;
    let end = start + m[0].length;
    if (start < lastEnd) continue;
    if (b.inQuote(start)) continue;
    const after = prose.slice(end, end + 40);
    if (m[FIG.money]) {
      // a price or a budget line is a fact of record; an estimate, a loss or a cost of size is a claim
      if (!m[FIG.mapprox] && !DAMAGE_TAIL.test(after) && !COST_BEFORE.test(prose.slice(Math.max(0, start - 20), start))) continue;
      if (!CHECK_FIGURES_RX0.test(m[0]) && moneyValue(m[0]) < 10000) continue;
    }
    // "a tax of 6 percent", "a yield of 4 percent": the terms of something, not a statistic
    if (m[FIG.pct] && RATE_BEFORE.test(prose.slice(Math.max(0, start - 40), start))) continue;
    if ((m[FIG.lots] || m[FIG.mag]) && FIG_SKIP_UNIT.test(after)) continue;
    if (m[FIG.approx]) {
      const num = CHECK_FIGURES_RX1.exec(m[0]);
      if (num && CHECK_FIGURES_RX2.test(num[1]) && +num[1] >= 1000 && +num[1] <= 2099) continue; // "around 1900"
    }
    if (FIG_SKIP_BEFORE.test(prose.slice(Math.max(0, start - 14), start))) continue;
    // extend over the noun it counts: "2,000 acres", "40 percent of voters"
    const tail = m[FIG.approx] || m[FIG.big] ? null : FIG_TAIL.exec(prose.slice(end, end + 60));
    if (tail && !FUNCTION_WORDS.has(tail[1]) && !TIME_WORDS.test(tail[1]) && !CHECK_FIGURES_RX3.test(tail[1])) end += tail[0].length;
    else if (CHECK_FIGURES_RX4.test(m[0])) end = start + m[0].replace(/\s+of$/, '').length;
    lastEnd = end;
    const sent = sentenceOf(c, start);
    if (c.reportedSentences?.has(sent.index) || done?.has(sent.index)) continue;
    if (attributedIn(c, 0, prose.length, NO_SPANS)) return;
    (done ??= new Set()).add(sent.index); // one figure a sentence is enough to ask for the source
    const text = prose.slice(start, end);
    const fix: Suggestion[] = [];
    const a = accordingFix(c, sent.end);
    if (a) fix.push(a);
    fix.push({ title: `Insert ‘(SOURCE TK)’ after ‘${text}’`, edits: [{ offset: [end, end], newText: ' (SOURCE TK)' }] });
    report(c, 'unsourced-figure', start, end, `Say where ‘${text}’ comes from: who counted or estimated it?`, fix, EXPLAIN.figure);
  }
}

/** checkSuperlatives's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const CHECK_SUPERLATIVES_RX0 = /^\s+([\p{L}'’-]+)/u;
const CHECK_SUPERLATIVES_RX1 = /^\s*(?:in|since|ever)\b/;
const CHECK_SUPERLATIVES_RX2 = /(?:[^u]s|ly)$/;
const CHECK_SUPERLATIVES_RX3 = /\b(?:at|do|did|does|doing|done|try|tried|trying|tries|give|gave|given|giving)\s+$/i;
const CHECK_SUPERLATIVES_RX4 = /^(?:the|his|her|their|its|our|my|your)\s/i;
const CHECK_SUPERLATIVES_RX5 = /^(?:highest|lowest)$/;
const CHECK_SUPERLATIVES_RX6 = /^\s+(?:court|ranking|-ranking)\b/;
const CHECK_SUPERLATIVES_RX7 = /^(?:his|her|their|my|your|our)\s+(?:oldest|youngest|eldest)/i;
const CHECK_SUPERLATIVES_RX8 = /^(?:when|where|why|how|who|what|while|because)$/;
const CHECK_SUPERLATIVES_RX9 = /^\p{Lu}/u;
const CHECK_SUPERLATIVES_RX10 = /^\s*$/;
const CHECK_SUPERLATIVES_RX11 = /^one\s+of\s/i;
const CHECK_SUPERLATIVES_RX12 = /['’]s?\s/;
const CHECK_SUPERLATIVES_RX13 = /^(?:recent|likely|notably|often|recently|probably|everything|nothing|interesting|ing)$/;
const CHECK_SUPERLATIVES_RX14 = /^(?:most|least)$/i;
const CHECK_SUPERLATIVES_RX15 = /^\s+[\p{L}-]+/u;
function checkSuperlatives(c: Ctx): void {
  const { prose, b } = c;
  let doneSentences: Set<number> | null = null;
  const { at, sup, supN } = words(c);
  let matchEnd = 0;
  for (let s = 0; s < supN; s++) {
    const p = at[sup[s]];
    if (p < matchEnd) continue;
    if (!superlativeAnchorAt(prose, p)) continue;
    if (firstClaimsNothing(prose, p)) continue;
    const m = superlativeMayLeadTo(prose, p) ? matchAround(prose, p, matchEnd, SUPERLATIVE_Y, 4, SUPERLATIVE_START) : superlativeAt(prose, p);
    if (!m) continue;
    matchEnd = m.index + m[0].length;
    const start = m.index;
    let end = start + m[0].length;
    if (b.inQuote(start)) continue;
    const gWord = m[SG.word];
    const after = prose.slice(end, end + 40);
    const before = prose.slice(Math.max(0, start - 30), start);
    if (m[SG.sup]) {
      const word = (gWord ?? '').toLowerCase();
      const next = CHECK_SUPERLATIVES_RX0.exec(after);
      const nextW = next ? next[1].toLowerCase() : '';
      if (next && SUPER_SKIP.has(nextW)) continue;
      if (!next && !CHECK_SUPERLATIVES_RX1.test(after)) {
        // "the best." / "the largest," : a bare superlative at the end of a clause
        if (word === 'best' || word === 'worst' || word === 'most' || word === 'least') continue;
      }
      if ((word === 'most' || word === 'least') && (!next || CHECK_SUPERLATIVES_RX2.test(nextW) || nextW.length < 3)) continue;
      if (CHECK_SUPERLATIVES_RX3.test(before) && CHECK_SUPERLATIVES_RX4.test(m[0])) continue;
      if (CHECK_SUPERLATIVES_RX5.test(word) && CHECK_SUPERLATIVES_RX6.test(after)) continue;
      if (CHECK_SUPERLATIVES_RX7.test(m[0])) continue;
      if ((word === 'most' || word === 'least') && (FUNCTION_WORDS.has(nextW) || CHECK_SUPERLATIVES_RX8.test(nextW))) continue;
      // "the Best Sanitation Co.": a name
      if (CHECK_SUPERLATIVES_RX9.test(gWord ?? '') && !CHECK_SUPERLATIVES_RX10.test(prose.slice(sentenceOf(c, start).start, start))) continue;
      // "the best results", "the most important step": an evaluation, not a record, unless it
      // claims a scope ("in the world", "ever", "since 1990") or a ranking ("one of the best")
      const ranked = CHECK_SUPERLATIVES_RX11.test(m[0]) || CHECK_SUPERLATIVES_RX12.test(m[0]);
      if (GENERIC_SUPER.has(word) && !ranked && !SCOPE.test(prose.slice(end, end + 70))) continue;
    }
    if (m[SG.bare]) {
      const adj = (m[SG.adj] ?? '').toLowerCase();
      if (CHECK_SUPERLATIVES_RX13.test(adj)) continue;
    }
    if (m[SG.sup] && CHECK_SUPERLATIVES_RX14.test(gWord ?? '')) {
      const next = CHECK_SUPERLATIVES_RX15.exec(after);
      if (next) end += next[0].length;
    }
    const sent = sentenceOf(c, start);
    if (doneSentences?.has(sent.index) || c.reportedSentences?.has(sent.index)) continue;
    if (attributedIn(c, 0, prose.length, NO_SPANS)) continue;
    (doneSentences ??= new Set()).add(sent.index);
    const text = prose.slice(start, end);
    const fix: Suggestion[] = [];
    const a = accordingFix(c, sent.end);
    if (a) fix.push(a);
    report(c, 'unsourced-superlative', start, end, `‘${text}’ is a claim that needs a source: say who says so.`, fix, EXPLAIN.superlative);
  }
}

const UPPER_FIRST = /^\p{Lu}/u;
/** How many of countWords' words start with a capital (set by it: no object a quotation). */
let countedCaps = 0;
/** The matches of /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu in `s`; how many start with a capital (\p{Lu}) in `countedCaps`. */
function countWords(s: string): number {
  let count = 0;
  let caps = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const len = letterAt(s, i);
    if (!len) {
      i++;
      continue;
    }
    count++;
    const c = s.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s.slice(i, i + 2))) caps++;
    i += len;
    while (i < n) {
      const d = s.charCodeAt(i);
      if (d === 39 || d === 45 || d === 0x2019) i++;
      else {
        const l = letterAt(s, i);
        if (!l) break;
        i += l;
      }
    }
  }
  countedCaps = caps;
  return count;
}
/** Whether `s.slice(start, end).trim()` is empty: \s (what trim drops) at every position, without the slice. */
function allSpace(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!spaceAt(s, i)) return false;
  return true;
}
function checkQuotes(c: Ctx): void {
  const { prose, b } = c;
  // The quotations' speakers are looked for (for the whole block) only when one passes the tests
  // below that do not need them: most blocks' quotations open no sentence, or are short.
  const quotes = b.quotesUnresolved ?? b.quotes;
  for (let x = 0; x < quotes.length; x++) {
    const q = quotes[x];
    if (q.kind !== 'double' || q.continued) continue;
    // A partial quotation inside a sentence ("the mayor called it “a disgrace”") is usually the
    // subject's words; only quotations that open their sentence are checked. (Read first: it is
    // the cheapest of these tests, and none of them has an effect. The sentence's start is read
    // in place: sentenceOf's object is made only for a quotation reported.)
    const si = b.sentenceAt(q.start);
    if (!allSpace(prose, si < b.sentences.length ? b.sentences[si].start : 0, q.start)) continue;
    const count = countWords(prose.slice(q.innerStart, q.innerEnd));
    if (count < 5) continue;
    if (countedCaps / count >= 0.6) continue; // a title: “The Sound and the Fury”
    if (TITLE_BEFORE.test(prose.slice(Math.max(0, q.start - 30), q.start))) continue;
    // (reading `quotes` fills in the speakers: of this very object, the same list)
    const rq = b.quotes[x];
    if (rq.speaker || rq.speakerCarried) continue;
    if (attributedIn(c, 0, prose.length, NO_SPANS)) continue;
    const sent = sentenceOf(c, q.start);
    const fix: Suggestion[] = [];
    const lastInner = prose[q.innerEnd - 1];
    const sentEndTrim = prose.slice(0, sent.end).replace(/\s+$/, '').length;
    if (q.closed && q.end >= sentEndTrim && (lastInner === '.' || lastInner === ',')) {
      // “We will rebuild.” -> “We will rebuild,” [NAME TK] said.
      fix.push({
        title: 'Insert ‘[NAME TK] said’',
        edits: [
          { offset: [q.innerEnd - 1, q.innerEnd], newText: ',' },
          { offset: [q.end, q.end], newText: ' [NAME TK] said.' },
        ],
      });
    } else if (q.closed && q.end >= sentEndTrim && (lastInner === '?' || lastInner === '!')) {
      fix.push({ title: 'Insert ‘[NAME TK] said’', edits: [{ offset: [q.end, q.end], newText: ' [NAME TK] said.' }] });
    } else {
      const at = sentenceEndInsert(c, sent.end);
      if (at !== null) fix.push({ title: 'Insert ‘[NAME TK] said’', edits: [{ offset: [at, at], newText: ', [NAME TK] said' }] });
    }
    report(c, 'quote-no-speaker', q.start, q.end, 'This quotation has no speaker: say who said it.', fix, EXPLAIN.quote);
  }
}

/** Is the sentence attributed: a cue, a link or footnote, a quotation's speaker, someone who thinks so? */
function sentenceAttributed(c: Ctx, sent: Sent): boolean {
  // the answers of this block (`sentMemoGen`, new for each block by fillCtx): 2 | yes by sentence
  if (sentMemo.length <= sent.index) {
    const grown = new Int32Array(Math.max(64, (sent.index + 1) * 2));
    grown.set(sentMemo);
    sentMemo = grown;
  }
  const known = sentMemo[sent.index];
  if (known >> 1 === sentMemoGen) return (known & 1) === 1;
  const { prose, b } = c;
  let yes = links(c, sent.start, sent.end);
  if (!yes) for (const q of b.quotes) if ((q.speaker || q.speakerCarried) && q.start < sent.end && q.end > sent.start) yes = true;
  if (!yes && strongCueMayBeIn(c, sent)) {
    for (const s of b.cues) {
      if (s.start >= sent.end) break;
      if (s.end <= sent.start || b.inQuote(s.start)) continue;
      if (WEAK_CUE.test(prose.slice(s.start, s.end))) continue;
      yes = true;
      break;
    }
  }
  if (!yes && holderVerbIn(c, sent.start, sent.end)) {
    const text = prose.slice(sent.start, sent.end);
    HOLDER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HOLDER_RE.exec(text))) {
      if (!b.inQuote(sent.start + m.index)) {
        yes = true;
        break;
      }
    }
  }
  sentMemo[sent.index] = (sentMemoGen << 1) | (yes ? 1 : 0);
  return yes;
}

/** judgeHedge's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const JUDGE_HEDGE_RX0 = /\bto\s+$/;
const JUDGE_HEDGE_RX1 = /^[\p{L}\s]*?\sbe(?![\p{L}])/u;
const JUDGE_HEDGE_RX2 = /^\s+(?:required|asked|allowed|permitted|eligible|able|subject|liable|fined|charged|jailed|sentenced)\b/;
const JUDGE_HEDGE_RX3 = /^would/;
const JUDGE_HEDGE_RX4 = /^(?:seem|appear|suggest|indicate|imply)$/i;
const JUDGE_HEDGE_RX5 = /^(?:seem|appear)$/i;
const JUDGE_HEDGE_RX6 = /\p{Ll}+$/u;
const JUDGE_HEDGE_RX7 = /^(?:have|be|not|also|well)$/;
const JUDGE_HEDGE_RX8 = /\b(?:one|you|we)\s+$/i;
const JUDGE_HEDGE_RX9 = /^\s+(?:the|a|an|his|her|their|its|me|him|them|us|you|our|my)\b/;
const JUDGE_HEDGE_RX10 = /to$/;
const JUDGE_HEDGE_RX11 = /^\s+to\b/;
const JUDGE_HEDGE_RX12 = /(?:\b(?:he|she|they|I|we|who|He|She|They|We)|[A-Z][\p{L}'’.-]+|\p{Ll}+(?:ers|ors|ists|ians|ials|ents|ants))\s+(?:(?:also|has|have|had|later|once)\s+)?$/u;
/** A hedge in the writer's voice, or null for a rule, a schedule, a penalty, a person's proposal. */
function judgeHedge(c: Ctx, m: RegExpExecArray): Span | null {
  const { prose } = c;
  // (HEDGE_SCAN's pattern is HEDGE_RE numbered: its groups are read by number, HG)
  const start = m.index;
  let end = start + m[0].length;
  const before = prose.slice(Math.max(0, start - 40), start);
  // "did not want to appear to be", "to seem": not the writer's judgement
  if (JUDGE_HEDGE_RX0.test(before) && (m[HG.seem] || m[HG.mverb])) return null;
  if (m[HG.perf]) {
    const pw = m[HG.pw];
    const w = pw.toLowerCase();
    // "may have a permit", "must have a licence", "may have to leave": possession or obligation
    if (!PARTICIPLE.test(w)) return null;
    if (w !== 'been') end -= pw.length + 1;
  } else if (m[HG.mbe]) {
    end = start + (JUDGE_HEDGE_RX1.exec(m[0]) ?? [m[0]])[0].length;
    // "might be required to", "might be fined": a rule or a penalty
    if (JUDGE_HEDGE_RX2.test(prose.slice(end, end + 20))) return null;
  } else if (m[HG.mverb]) {
    // "would mean higher fares": a plan's consequence; only "would seem", "would suggest" hedge
    if (JUDGE_HEDGE_RX3.test(m[0]) && !JUDGE_HEDGE_RX4.test(m[HG.mv])) return null;
    // "may seem odd", "could appear in court": a perception or an appearance, not a guess about the facts
    if (!JUDGE_HEDGE_RX3.test(m[0]) && JUDGE_HEDGE_RX5.test(m[HG.mv])) return null;
  } else if (m[HG.might]) {
    const w = JUDGE_HEDGE_RX6.exec(m[0])![0];
    if (JUDGE_HEDGE_RX7.test(w)) return null;
    // "one might ask", "you might think": a rhetorical turn, not a claim
    if (JUDGE_HEDGE_RX8.test(before)) return null;
  } else if (m[HG.seem]) {
    // "appears to the naked eye", "seemed to him": how something looks to someone
    if (JUDGE_HEDGE_RX9.test(prose.slice(end, end + 8)) && JUDGE_HEDGE_RX10.test(m[0])) return null;
  } else if (m[HG.possible]) {
    // "it is possible to drive there": an ability, not a guess
    if (JUDGE_HEDGE_RX11.test(prose.slice(end, end + 4))) return null;
  } else if (m[HG.suggest]) {
    // "Smith suggested that", "he indicated that": a person's words, attributed
    if (JUDGE_HEDGE_RX12.test(before)) return null;
    end = start + m[0].replace(/\s+\S+$/, '').length;
  }
  return { start, end };
}

/** judgeQuantity's patterns, made once (a regular expression literal makes a RegExp object at each evaluation). */
const JUDGE_QUANTITY_RX0 = /^(?:the|these|those|his|her|its|their|our|my|your|how|so|too|very|whose)$/;
const JUDGE_QUANTITY_RX1 = /^[^.;!?]{0,80}?\bas\b/;
const JUDGE_QUANTITY_RX2 = /^\s+(?:[\d$€£]|(?:hundred|thousand|million|billion|dozen)s?(?![\p{L}]))/u;
const JUDGE_QUANTITY_RX3 = / of$/;
const JUDGE_QUANTITY_RX4 = /^\s+(?:the|these|those|its|their|his|her|our|my|your|this|that|[A-Z][\p{L}.'’-]*['’]s?)(?=\s)/u;
const JUDGE_QUANTITY_RX5 = /^\s+\d/;
const JUDGE_QUANTITY_RX6 = /^\s*$/;
const JUDGE_QUANTITY_RX7 = /^\s*,?\s*(?:including|such\s+as|like|among\s+them|notably|led\s+by)\s/;
const JUDGE_QUANTITY_RX8 = /^\p{L}+['’]s?$/u;
const JUDGE_QUANTITY_RX9 = /^(?:other|more|most)$/;
/** A vague quantity: the span of "many countries", "some of the songs"; null for "some of the money", "many of them", "several hundred". */
function judgeQuantity(c: Ctx, m: RegExpExecArray): Span | null {
  const { prose } = c;
  // (VQ_SCAN's pattern is VQ_RE numbered: `q` is read by number, VQ.q)
  const gq = m[VQ.q];
  const start = m.index;
  if (!gq) return { start, end: start + m[0].length };
  const end = start + m[0].length;
  const q = gq.toLowerCase().replace(JUDGE_VAGUE_WS, ' ');
  const prevWord = lastWordIn(prose, Math.max(0, start - 30), start);
  // "the many", "his several", "how many", "so many", "at most", "the most", "as many as 40"
  if (JUDGE_QUANTITY_RX0.test(prevWord)) return null;
  if (prevWord === 'at' && q === 'most') return null;
  // "as many as 40", "as many of the chairs as they could carry" (but "as many of her poems show" is a clause)
  if (prevWord === 'as' && JUDGE_QUANTITY_RX1.test(prose.slice(end, end + 80))) return null;
  let k = end;
  // "some 200 people", "several hundred homes": a figure, not a vague quantity
  if (figureAhead(prose, k)) return null;
  let w = vqWord(prose, k);
  if (w === null) return null;
  if (w.toLowerCase() === 'of') {
    // "many of the songs", "some of Europe's rivers"; not "many of them", "most of the day", "many of the 40 residents"
    if (JUDGE_QUANTITY_RX3.test(q)) return null;
    k = vqEnd;
    const d = JUDGE_QUANTITY_RX4.exec(prose.slice(k, k + 40));
    if (!d) return null;
    k += d[0].length;
    w = vqWord(prose, k);
    if (w === null || JUDGE_QUANTITY_RX5.test(prose.slice(k, k + 3))) return null;
  }
  for (let i = 0; i < 4 && w !== null; i++) {
    const word = w;
    const lw = word.toLowerCase();
    const wEnd = vqEnd;
    if (pluralNoun(word)) {
      if (VQ_SKIP_NOUNS.has(lw)) return null;
      // ("most" opening a sentence: read only for "most")
      if (!VQ_ANY.has(q) && !VQ_EVIDENCE.has(lw) && !(q === 'most' && spaceOnlyFrom(prose, c.b.sentences[c.b.sentenceAt(start)]?.start ?? 0, start))) return null;
      // "many sports fans": the plural "sports" is a modifier of the head that follows
      // (vqEnd is now where `next` ends)
      const next = vqWord(prose, wEnd);
      if (next !== null && pluralNoun(next) && !FUNCTION_WORDS.has(next.toLowerCase()) && i < 3) {
        k = wEnd;
        w = next;
        continue;
      }
      // "several buildings, including the courthouse", "many sports, such as boxing": the examples are given
      if (JUDGE_QUANTITY_RX7.test(prose.slice(wEnd, wEnd + 20))) return null;
      return { start, end: wEnd };
    }
    // modifiers: "many small towns", "some other makers", "many French ports", "some of its more cautious members"
    if (!(adjWord(word) || JUDGE_QUANTITY_RX8.test(word)) || (FUNCTION_WORDS.has(lw) && !JUDGE_QUANTITY_RX9.test(lw))) return null;
    k = wEnd;
    w = vqWord(prose, k);
  }
  return null;
}
/**
 * JUDGE_QUANTITY_RX2 on the 14 characters at `k` ("some 200", "several hundred"), tried only where,
 * after the white space at `k`, comes a character it may go on with: a digit, $ € £, or the first
 * letter of hundred, thousand, million, billion, dozen. No slice for the other words.
 */
function figureAhead(prose: string, k: number): boolean {
  const lim = Math.min(prose.length, k + 14);
  let j = k;
  while (j < lim && isSpaceCode(prose.charCodeAt(j))) j++;
  if (j === k || j >= lim) return false;
  const ch = prose.charCodeAt(j);
  if (!((ch >= 48 && ch <= 57) || ch === 36 || ch === 0x20ac || ch === 0xa3 || ch === 104 || ch === 116 || ch === 109 || ch === 98 || ch === 100)) return false;
  return JUDGE_QUANTITY_RX2.test(prose.slice(k, k + 14));
}
/** Whether only white space (JS `\s`) is between `from` and `to`: JUDGE_QUANTITY_RX6 on that slice, with no slice. */
function spaceOnlyFrom(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(prose.charCodeAt(i))) return false;
  return true;
}
/**
 * /^\s+of\b/ on the 160 characters at `end` (quantMayStand's test), read in place: white space
 * (JS `\s`), "of", then no word character (\w) or the end of those characters.
 */
function ofAhead(prose: string, end: number): boolean {
  const lim = Math.min(prose.length, end + 160);
  let j = end;
  while (j < lim && isSpaceCode(prose.charCodeAt(j))) j++;
  if (j === end || j + 2 > lim || prose.charCodeAt(j) !== 111 || prose.charCodeAt(j + 1) !== 102) return false;
  if (j + 2 === lim) return true;
  const c = prose.charCodeAt(j + 2);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}
/**
 * The last word of `s.slice(from, to)` before any trailing space, in lower case, or '': what
 * `/(?:^|[^\p{L}'’])([\p{L}'’]+)\s*$/u` captures there, read backwards in place (no slice, and
 * not tried at every position).
 */
function lastWordIn(s: string, from: number, to: number): string {
  let e = to;
  for (;;) {
    if (e === from) return '';
    const c = s.charCodeAt(e - 1);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[e - 1]))) e--;
    else break;
  }
  let b = e;
  while (b > from) {
    const c = s.charCodeAt(b - 1);
    if (c < 128) {
      const l = c | 32;
      if ((l >= 97 && l <= 122) || c === 39) {
        b--;
        continue;
      }
      break;
    }
    if (c === 0x2019) {
      b--;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff && b - from >= 2) {
      const hi = s.charCodeAt(b - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        if (!LETTER.test(s.slice(b - 2, b))) break;
        b -= 2;
        continue;
      }
    }
    if (!LETTER.test(s[b - 1])) break;
    b--;
  }
  return b < e ? s.slice(b, e).toLowerCase() : '';
}
/** Where the word `vqWord` last read ends. */
let vqEnd = 0;
/**
 * VQ_WORD on the 40 characters at `k` (white space, then a letter and letters, ' ’ -): the word,
 * with its end in `vqEnd`, or null. Read by hand in ASCII; where a character beyond ASCII that is
 * no white space comes where a letter may be, by the expression.
 */
function vqWord(prose: string, k: number): string | null {
  const lim = Math.min(prose.length, k + 40);
  let i = k;
  while (i < lim) {
    const c = prose.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpaceCode(c)) i++;
    else break;
  }
  if (i === k || i >= lim) return null;
  const c0 = prose.charCodeAt(i);
  if (c0 >= 128) return vqWordRead(prose, k);
  if ((c0 | 32) < 97 || (c0 | 32) > 122) return null;
  const w0 = i++;
  while (i < lim) {
    const c = prose.charCodeAt(i);
    if (((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45 || c === 0x2019) i++;
    else if (c >= 128) return vqWordRead(prose, k);
    else break;
  }
  vqEnd = i;
  return prose.slice(w0, i);
}
/** vqWord read by VQ_WORD. */
function vqWordRead(prose: string, k: number): string | null {
  const w = VQ_WORD.exec(prose.slice(k, k + 40));
  if (!w) return null;
  vqEnd = k + w[0].length;
  return w[1];
}

/**
 * `sourcing/speculation` and `sourcing/vague-quantity`: hints, one a sentence, only where the sentence
 * has no other sourcing finding and no attribution. `first` is where this block's findings begin in `c.out`.
 */
function checkHedges(c: Ctx, first: number): void {
  const hedges = byFirstWord(c, HEDGE_SCAN)[0];
  jqMemo.b = c.b;
  jqMemo.n = 0;
  const vq = byFirstWord(c, VQ_SCAN)[0];
  if (!hedges.length && !vq.length) {
    jqMemo.b = null;
    return;
  }
  try {
    judgeHedges(c, first, hedges, vq);
  } finally {
    jqMemo.b = null;
  }
}
/** checkHedges' reading of the matches. */
function judgeHedges(c: Ctx, first: number, hedges: RegExpExecArray[], vq: RegExpExecArray[]): void {
  // sentences with a finding, made on the first candidate: most paragraphs have none
  // (a sentence's index is below the block's count of sentences, or 0: sentenceOf)
  const ns = Math.max(1, c.b.sentences.length);
  if (busyMark.length < ns) busyMark = new Int32Array(ns * 2);
  busyGen = busyGen >= 0x3fffffff ? (busyMark.fill(0), 1) : busyGen + 1;
  const busy = busyGen;
  for (let i = first; i < c.out.length; i++) busyMark[c.b.sentenceAt(c.out[i].start)] = busy;
  for (let i = 0; i < hedges.length; i++) {
    const m = hedges[i];
    const r = hedgeCandidate(c, m, busy, judgeHedge);
    if (r) reportHedge(c, r.span, r.sent);
  }
  for (let i = 0; i < vq.length; i++) {
    const m = vq[i];
    const r = hedgeCandidate(c, m, busy, judgeQuantityKnown);
    if (r) reportQuantity(c, r.span, r.sent, m);
  }
}
/** A hedge or vague-quantity candidate that stands: its span and sentence (marked busy), or null. */
function hedgeCandidate(c: Ctx, m: RegExpExecArray, busy: number, judge: (c: Ctx, m: RegExpExecArray) => Span | null): { span: Span; sent: Sent } | null {
  if (c.b.inQuote(m.index)) return null;
  const sent = sentenceOf(c, m.index);
  if (busyMark[sent.index] === busy) return null;
  const span = judge(c, m);
  if (!span || sentenceAttributed(c, sent)) return null;
  busyMark[sent.index] = busy;
  return { span, sent };
}
function reportHedge(c: Ctx, s: Span, sent: Sent): void {
  const text = c.prose.slice(s.start, s.end);
  const fix: Suggestion[] = [];
  const a = accordingFix(c, sent.end);
  if (a) fix.push(a);
  report(c, 'speculation', s.start, s.end, `‘${text}’ speculates with nobody behind it: who thinks so?`, fix, EXPLAIN.speculation);
}
function reportQuantity(c: Ctx, s: Span, sent: Sent, m: RegExpExecArray): void {
  const text = c.prose.slice(s.start, s.end);
  const fix: Suggestion[] = [];
  const q = m[VQ.q];
  if (q && VQ_COUNT.has(q.toLowerCase().replace(/\s+/g, ' '))) {
    fix.push(replaceFix(s.start, s.start + q.length, q, '[NUMBER TK]'));
  }
  const a = accordingFix(c, sent.end);
  if (a) fix.push(a);
  const message = q ? `‘${text}’ is vague: how many, and who says so?` : `‘${text}’ generalises with no source: says who?`;
  report(c, 'vague-quantity', s.start, s.end, message, fix, EXPLAIN.quantity);
}

function checkTK(c: Ctx): void {
  TK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TK_RE.exec(c.prose))) {
    const text = m[0];
    report(c, 'tk', m.index, m.index + text.length, `The draft still has a placeholder, ‘${text}’, to fill before publication.`, [], EXPLAIN.tk);
  }
}

function report(c: Ctx, name: string, start: number, end: number, message: string, suggestions: Suggestion[], explanation: string, severity?: Severity): void {
  const f: RawFinding = { rule: 'sourcing/' + name, start, end, message, explanation };
  if (suggestions.length) f.suggestions = suggestions;
  if (severity) f.severity = severity;
  c.out.push(f);
}

// ---------------------------------------------------------------------------------- checker

/** For the tests: `numbered`, and the patterns read by number, each beside the named one it is made from. */
export const sourcingNumbered = {
  numbered,
  pairs: [
    { name: 'FIGURE', named: FIGURE_RE, numbered: FIG_NUMBERED },
    { name: 'HEDGE', named: HEDGE_RE, numbered: HEDGE_NUMBERED },
    { name: 'SUPERLATIVE', named: SUPERLATIVE_RE, numbered: SUP_NUMBERED },
    { name: 'VQ', named: VQ_RE, numbered: VQ_NUMBERED },
    ...VAGUE.map((p, k) => ({ name: `VAGUE ${k} ${p.kind}`, named: p.re, numbered: VAGUE_NUMBERED[k] })),
    { name: 'PP_VERB', named: PP_VERB_NAMED, numbered: PP_VERB },
    { name: 'PP_ALONE_VERB', named: PP_ALONE_VERB_NAMED, numbered: PP_ALONE_VERB },
    { name: 'STUDY_VERB', named: STUDY_VERB_NAMED, numbered: STUDY_VERB },
    { name: 'ANON_VERB_AFTER', named: ANON_VERB_AFTER_NAMED, numbered: ANON_VERB_AFTER },
    { name: 'ANON_PP', named: ANON_PP_N_NAMED, numbered: ANON_PP_N },
  ] as { name: string; named: RegExp; numbered: { re: RegExp; at: Record<string, number> } }[],
};

/** For the tests: the scanners that replace expressions or keep them off text they cannot match, and the expressions. */
export const sourcingScanners = {
  /** checkQuotes' test that only white space comes before a quotation in its sentence. */
  allSpace,
  SUPERLATIVE_ANCHOR,
  superlativeAnchorAt,
  SUPERLATIVE_Y,
  firstClaimsNothing,
  FIGURE_Y,
  FIGURE_START,
  FIGURE_ANCHOR,
  digitAnchorMayFigure,
  /**
   * For each anchor of a plain prose (`figureAnchors`) at or after `lastEnd`: the figure
   * `figureAroundAnchor` finds, and the one matchAround finds where the digit test lets it try
   * (checkFigures before it), as "index:text" or null.
   */
  figureAroundBoth(prose: string, lastEnd: number): { p: number; fast: string | null; ref: string | null }[] | null {
    const t = wordTable(prose);
    if (!t.plain) return null;
    const show = (m: RegExpExecArray | null): string | null => (m ? `${m.index}:${m[0]}` : null);
    const out: { p: number; fast: string | null; ref: string | null }[] = [];
    const n = figureAnchors(prose, t);
    for (let x = 0; x < n; x++) {
      const p = figAt[x];
      if (p < lastEnd) continue;
      const fast = show(figureAroundAnchor(prose, t, x, p, lastEnd));
      const d = prose.charCodeAt(p);
      const ref = d >= 48 && d <= 57 && !digitAnchorMayFigure(prose, p) ? null : show(matchAround(prose, p, lastEnd, FIGURE_Y, 3, FIGURE_START));
      out.push({ p, fast, ref });
    }
    return out;
  },
  CUE_ONLY_RE,
  /** `cueMatches` of a prose as [start, end] pairs, or null when it is not plain. */
  cueMatches(prose: string): [number, number][] | null {
    const t = wordTable(prose);
    if (!t.plain) return null;
    const out: [number, number][] = [];
    for (let k = 0, n = cueMatches(prose, t) * 2; k < n; k += 2) out.push([cueAt[k], cueAt[k + 1]]);
    return out;
  },
  /**
   * For each position of a prose where superlativeAnchorAt holds and firstClaimsNothing does not:
   * the match checkSuperlatives finds there (from `lastEnd`), and matchAround's, as "index:text" or null.
   */
  superlativeAroundBoth(prose: string, lastEnd: number): { p: number; fast: string | null; ref: string | null }[] {
    const show = (m: RegExpExecArray | null): string | null => (m ? `${m.index}:${m[0]}` : null);
    const out: { p: number; fast: string | null; ref: string | null }[] = [];
    for (let p = lastEnd; p < prose.length; p++) {
      if (!superlativeAnchorAt(prose, p) || firstClaimsNothing(prose, p)) continue;
      const fast = show(superlativeMayLeadTo(prose, p) ? matchAround(prose, p, lastEnd, SUPERLATIVE_Y, 4, SUPERLATIVE_START) : superlativeAt(prose, p));
      out.push({ p, fast, ref: show(matchAround(prose, p, lastEnd, SUPERLATIVE_Y, 4, SUPERLATIVE_START)) });
    }
    return out;
  },
  /** `figureAnchors` of a prose, or null when it is not plain. */
  figureAnchors(prose: string): number[] | null {
    const t = wordTable(prose);
    return t.plain ? [...figAt.subarray(0, figureAnchors(prose, t))] : null;
  },
  WEAK_CUE,
  /** `strongCueMayBeIn` for each sentence of a parsed block. */
  strongCuesMayBeIn(block: ParsedBlock): boolean[] {
    const c = fillCtx(block, []);
    const out = block.sentences.map((s, index) => strongCueMayBeIn(c, { index, start: s.start, end: s.end }));
    fillCtx(null, NO_FINDINGS);
    return out;
  },
};

/** For the tests: more scanners that replace expressions or keep them off text, and the expressions. */
export const moreSourcingScanners = {
  SUPERLATIVE_START,
  /** For each run of a plain prose that starts with a digit: digitLeadBeforeRun's answer and digitLeadBefore's, or null when the prose is not plain. */
  digitLeadBoth(prose: string): { p: number; fast: boolean; ref: boolean }[] | null {
    const t = wordTable(prose);
    if (!t.plain) return null;
    const out: { p: number; fast: boolean; ref: boolean }[] = [];
    for (let k = 0; k < t.n; k++) {
      const p = t.start[k];
      const d = prose.charCodeAt(p);
      if (d >= 48 && d <= 57) out.push({ p, fast: digitLeadBeforeRun(prose, t, k, p), ref: digitLeadBefore(prose, p) });
    }
    return out;
  },
  ANON_MODS_BEFORE_RE,
  anonModsBefore,
  NAMED_SPEAKER_RE,
  NAMED_SPEAKER_VERBS,
  /**
   * The starts of NAMED_SPEAKER_RE's matches that namedSpeakerScan gives `accept` in a plain prose
   * (taken where `accept` says so), or null when the prose is not plain.
   */
  namedSpeakerStarts(prose: string, accept: (start: number) => boolean): number[] | null {
    const t = wordTable(prose);
    if (!t.plain) return null;
    const out: number[] = [];
    namedSpeakerScan(prose, t, (i) => {
      out.push(i);
      return accept(i);
    });
    return out;
  },
};

/** For the tests: judgeQuantity's readers in place and the slices they replace. */
export const quantityScanners = {
  figureAhead,
  figureAheadRef: (prose: string, k: number): boolean => JUDGE_QUANTITY_RX2.test(prose.slice(k, k + 14)),
  spaceOnlyFrom,
  spaceOnlyFromRef: (prose: string, from: number, to: number): boolean => JUDGE_QUANTITY_RX6.test(prose.slice(from, to)),
  lastWordIn,
  lastWord,
  ofAhead,
  ofAheadRef: (prose: string, end: number): boolean => /^\s+of\b/.test(prose.slice(end, Math.min(prose.length, end + 160))),
};

export const sourcingChecker: BlockChecker = {
  name: 'sourcing',
  category: 'sourcing',
  rules: RULES,
  contextKey: () => '',
  check(block, _ctx, out) {
    const prose = block.prose;
    const c = fillCtx(block, out);
    const start = out.length;
    if (prose.indexOf('TK') !== -1) checkTK(c);
    // headlines summarise what the story attributes; blockquotes are someone's words
    if (block.kind === 'heading' || block.kind === 'header' || block.kind === 'blockquote') {
      fillCtx(null, NO_FINDINGS);
      return;
    }
    checkVague(c);
    checkAnonymous(c);
    checkQuotes(c);
    // without a digit, and with no word FIGURE_ANCHOR can find, checkFigures finds nothing; without
    // a digit it reports only where FIG_WORDS_GATE finds a word too, asked at its first figure
    const w = words(c);
    if (w.digit || w.figWord) checkFigures(c, !w.digit);
    checkSuperlatives(c);
    checkHedges(c, start);
    // report in text order
    const count = out.length - start;
    if (count > 1 && count <= 32) {
      // in place, by a stable insertion sort (as the sort below orders them; a block has few findings)
      for (let i = start + 1; i < out.length; i++) {
        const f = out[i];
        let j = i - 1;
        while (j >= start && (out[j].start > f.start || (out[j].start === f.start && out[j].end > f.end))) {
          out[j + 1] = out[j];
          j--;
        }
        out[j + 1] = f;
      }
    } else if (count > 1) {
      const mine = out.splice(start).sort((a, b) => a.start - b.start || a.end - b.end);
      out.push(...mine);
    }
    // let go of the block and what was made for it
    fillCtx(null, NO_FINDINGS);
  },
};
