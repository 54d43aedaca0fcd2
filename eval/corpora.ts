/**
 * Readers for the evaluation corpora in `../shared/corpora/` (see each folder's README.md).
 * They return plain records; nothing from the corpora is written anywhere by the evaluation
 * except counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, parsePyList, type Span } from './util';

export type Split = 'dev' | 'test';

// ------------------------------------------------------------------------------------ BABE

export interface LabelledSentence {
  id: string;
  text: string;
  /** Gold: biased / uncertain. */
  positive: boolean;
}

export interface BabeSentence extends LabelledSentence {
  /** Expert-marked biased words (cleaned of quotes and punctuation at their ends). */
  words: string[];
}

/**
 * BABE: SG1 is dev, SG2 is test. SG1 is almost wholly contained in SG2 (1,694 of its 1,700
 * sentences), so the test part is SG2 *without* the sentences of SG1: otherwise tuning on dev
 * would be scored again on test. `excludedOverlap` says how many were left out.
 */
export function loadBabe(dir: string, split: Split): { items: BabeSentence[]; excludedOverlap: number; noAgreement: number } {
  const read = (file: string) => {
    const rows = parseCsv(readFileSync(join(dir, file), 'utf8'), ';');
    const head = rows[0].map((h) => h.trim());
    const col = (name: string) => {
      const i = head.indexOf(name);
      if (i < 0) throw new Error(`${file}: no column "${name}"`);
      return i;
    };
    const [ti, li, wi] = [col('text'), col('label_bias'), col('biased_words')];
    return rows.slice(1).map((r, k) => ({ n: k + 2, text: r[ti] ?? '', label: (r[li] ?? '').trim(), words: r[wi] ?? '[]' }));
  };
  const dev = read('final_labels_SG1.csv');
  let rows = dev;
  let excludedOverlap = 0;
  if (split === 'test') {
    const seen = new Set(dev.map((r) => r.text.trim()));
    const all = read('final_labels_SG2.csv');
    rows = all.filter((r) => !seen.has(r.text.trim()));
    excludedOverlap = all.length - rows.length;
  }
  let noAgreement = 0;
  const items: BabeSentence[] = [];
  for (const r of rows) {
    if (r.label !== 'Biased' && r.label !== 'Non-biased') {
      noAgreement++;
      continue;
    }
    const words = parsePyList(r.words)
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter(Boolean);
    items.push({ id: `${split === 'dev' ? 'SG1' : 'SG2'}:${r.n}`, text: r.text, positive: r.label === 'Biased', words });
  }
  return { items, excludedOverlap, noAgreement };
}

// ------------------------------------------------------------------------- Wikipedia NPOV

/**
 * Hube & Fetahu: biased statements vs the crowd-judged "hard" neutral ones. The corpus has no
 * split; lines are split by position: even line numbers (0-based) are dev, odd are test.
 */
export function loadNpov(dir: string, split: Split): LabelledSentence[] {
  const items: LabelledSentence[] = [];
  const add = (file: string, positive: boolean) => {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      if ((i % 2 === 0 ? 'dev' : 'test') !== split) return;
      items.push({ id: `${positive ? 'biased' : 'neutral'}:${i + 1}`, text: line.trim(), positive });
    });
  };
  add('statements_biased.txt', true);
  add('statements_neutral_cw-hard.txt', false);
  return items;
}

// ---------------------------------------------------------------------------- WikiWeasel

/** Undo the Penn Treebank tokenisation so the engine sees ordinary prose. */
export function detokenize(s: string): string {
  let t = s.replace(/\s+$/, '');
  t = t
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/-LSB-/g, '[')
    .replace(/-RSB-/g, ']')
    .replace(/-LCB-/g, '{')
    .replace(/-RCB-/g, '}');
  t = t.replace(/``\s*/g, '"').replace(/\s*''/g, '"');
  t = t.replace(/`\s*/g, "'");
  t = t.replace(/([([{])\s+/g, '$1');
  t = t.replace(/\s+([,.;:!?%)\]}])(?!\d)/g, '$1');
  t = t.replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)(?![\p{L}])/giu, '$1');
  return t.replace(/[ \t]{2,}/g, ' ').trim();
}

/** CoNLL-2010 Wikipedia weasel/hedge sentences: test.csv is test, train.csv is dev. */
export function loadWeasel(dir: string, split: Split): LabelledSentence[] {
  const file = split === 'test' ? 'test.csv' : 'train.csv';
  const rows = parseCsv(readFileSync(join(dir, file), 'utf8'), ',');
  const head = rows[0].map((h) => h.trim());
  const ti = head.indexOf('text');
  const li = head.indexOf('label');
  if (ti < 0 || li < 0) throw new Error(`${file}: expected columns text,label`);
  return rows
    .slice(1)
    .map((r, k) => ({ id: `${file}:${k + 2}`, text: detokenize(r[ti] ?? ''), positive: (r[li] ?? '').trim() === '1' }))
    .filter((x) => x.text);
}

// --------------------------------------------------------------------------------- BASIL

export interface BasilSpan {
  span: Span;
  bias: 'lex' | 'inf';
  quote: boolean;
}

export interface BasilArticle {
  id: string;
  text: string;
  spans: BasilSpan[];
}

/**
 * BASIL: 100 events x 3 outlets. No official split: an event (its three articles together) is
 * dev when the first hex digit of its triplet uuid is 0-7, test when 8-f.
 * Spans in the title are left out (the title is not reviewed).
 */
export function loadBasil(dir: string, split: Split): { items: BasilArticle[]; titleSpans: number; mismatches: number } {
  const items: BasilArticle[] = [];
  let titleSpans = 0;
  let mismatches = 0;
  const years = readdirSync(join(dir, 'articles')).filter((y) => /^\d{4}$/.test(y)).sort();
  for (const y of years) {
    for (const f of readdirSync(join(dir, 'articles', y)).filter((x) => x.endsWith('.json')).sort()) {
      const art = JSON.parse(readFileSync(join(dir, 'articles', y, f), 'utf8')) as { 'triplet-uuid'?: string; 'body-paragraphs': string[][] };
      const triplet = art['triplet-uuid'] ?? f;
      const s: Split = parseInt(triplet[0], 16) < 8 ? 'dev' : 'test';
      if (s !== split) continue;
      const sentStart: number[] = [];
      const sentences: string[] = [];
      let text = '';
      art['body-paragraphs'].forEach((para, pi) => {
        if (pi > 0) text += '\n\n';
        para.forEach((sent, si) => {
          if (si > 0) text += ' ';
          sentStart.push(text.length);
          sentences.push(sent);
          text += sent;
        });
      });
      const annFile = join(dir, 'annotations', y, f.replace(/\.json$/, '_ann.json'));
      const spans: BasilSpan[] = [];
      if (existsSync(annFile)) {
        const ann = JSON.parse(readFileSync(annFile, 'utf8')) as { 'phrase-level-annotations'?: { id: string; start: number; end: number; txt: string; bias: string; quote: string }[] };
        for (const a of ann['phrase-level-annotations'] ?? []) {
          const m = /^p(\d+)$/.exec(a.id);
          if (!m) {
            titleSpans++;
            continue;
          }
          const k = +m[1];
          if (k >= sentences.length) {
            mismatches++;
            continue;
          }
          if (sentences[k].slice(a.start, a.end) !== a.txt) mismatches++;
          spans.push({ span: [sentStart[k] + a.start, sentStart[k] + a.end], bias: a.bias === 'lex' ? 'lex' : 'inf', quote: a.quote === 'yes' });
        }
      }
      items.push({ id: `${y}/${f.replace(/\.json$/, '')}`, text, spans });
    }
  }
  return { items, titleSpans, mismatches };
}

// ---------------------------------------------------------------------------- TempEval-3

export interface Timex {
  tid: string;
  type: string;
  value: string;
  text: string;
  span: Span;
  /** Not an absolute date by itself (see `isRelativeTimex`). */
  relative: boolean;
}

export interface TimeDoc {
  id: string;
  /** YYYY-MM-DD */
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : '&' + name + ';';
  }
  return ENTITIES[name] ?? '&' + name + ';';
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out[m[1]] = m[2].replace(/&([a-zA-Z]+|#x?[0-9a-fA-F]+);/g, (_, e: string) => decodeEntity(e));
  return out;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ABSOLUTE_RES = [
  /(?<!\d)(1[0-9]|20)\d\d(?!\d)/, // a year: 2009, March 2013, the 1990s, 1998-08-07
  /(?<!\d)(19|20)\d{6}(?!\d)/, // 19980108
  /(^|[^\p{L}])['’]\d\d(?!\d)/u, // '98
  new RegExp('\\b' + MONTH + '\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)', 'i'), // March 22, Aug. 7
  new RegExp('(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?' + MONTH + '\\b', 'i'), // 22 March
  /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/, // 3/22/2013
  /\b\d{1,2}(?:st|nd|rd|th)\s+century\b/i, // the 20th century
  /^\s*\d\d\s*$/, // "58": a year written short
  /\b(?:nineteen|eighteen|twenty)[\s-]+(?:hundred|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\btwo thousand\b/i, // nineteen ninety-six
];

/**
 * "Relative" = the expression does not name a date by itself: it has no year (4 digits or '98)
 * and no month with a day. "Friday", "last week", "yesterday", "two years ago", "now", "the
 * past", "March" are relative; "March 22, 2013", "2009", "the 1990s", "Aug. 7", "the 20th century"
 * are absolute.
 */
export function isRelativeTimex(text: string): boolean {
  return !ABSOLUTE_RES.some((re) => re.test(text));
}

/** Parse one TimeML file: the DCT, the plain text of <TEXT>, and its TIMEX3s with offsets. */
export function parseTimeML(id: string, xml: string): TimeDoc {
  const dctM = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml);
  const dct = dctM ? (attrs(dctM[1]).value ?? '').slice(0, 10) : '';
  const a = xml.indexOf('<TEXT>');
  const b = xml.indexOf('</TEXT>');
  if (a < 0 || b < 0) throw new Error(`${id}: no <TEXT>`);
  const body = xml.slice(a + 6, b);
  let text = '';
  const timexes: Timex[] = [];
  let open: { at: number; a: Record<string, string> } | null = null;
  const re = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|&([a-zA-Z]+|#x?[0-9a-fA-F]+);/g;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    text += body.slice(pos, m.index);
    pos = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1] && !m[4]) open = { at: text.length, a: attrs(m[3]) };
    else if (m[1] && open) {
      const t = text.slice(open.at);
      timexes.push({
        tid: open.a.tid ?? '',
        type: open.a.type ?? '',
        value: open.a.value ?? '',
        text: t,
        span: [open.at, text.length],
        relative: isRelativeTimex(t),
      });
      open = null;
    }
  }
  text += body.slice(pos);
  // TimeML keeps PTB-style quote marks (`` and ''), which Markdown reads as code spans. Turn them
  // into curly quotes of the same length (a space pads each), so every offset stays where it was.
  text = text.replace(/``/g, ' \u201c').replace(/''/g, '\u201d ');
  return { id, dct, text, timexes };
}

/** te3-platinum is test; TBAQ-cleaned (TimeBank + AQUAINT) is dev. */
export function loadTempeval(dir: string, split: Split): TimeDoc[] {
  const dirs = split === 'test' ? [join(dir, 'te3-platinum')] : [join(dir, 'TBAQ-cleaned', 'TimeBank'), join(dir, 'TBAQ-cleaned', 'AQUAINT')];
  const docs: TimeDoc[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(d).filter((x) => x.endsWith('.tml')).sort()) {
      docs.push(parseTimeML(f.replace(/\.tml$/, ''), readFileSync(join(d, f), 'utf8')));
    }
  }
  return docs;
}

/**
 * Cross-check our offsets against `timex3-with-dct.tsv` (made from the same files by the
 * corpus helper): how many of its rows name the same span and text as ours.
 */
export function crossCheckTempeval(dir: string, docs: TimeDoc[]): { rows: number; agree: number; sameText: number } {
  const file = join(dir, 'timex3-with-dct.tsv');
  if (!existsSync(file)) return { rows: 0, agree: 0, sameText: 0 };
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  let rows = 0;
  let agree = 0;
  let sameText = 0;
  const lines = readFileSync(file, 'utf8').split('\n');
  const head = lines[0].split('\t');
  const [di, ti, si, ei, xi] = ['doc', 'tid', 'start', 'end', 'text'].map((h) => head.indexOf(h));
  for (const line of lines.slice(1)) {
    const c = line.split('\t');
    const doc = byDoc.get(c[di]);
    if (!doc) continue;
    rows++;
    const t = doc.timexes.find((x) => x.tid === c[ti]);
    if (!t) continue;
    if (t.text === c[xi]) sameText++;
    if (t.span[0] === +c[si] && t.span[1] === +c[ei]) agree++;
  }
  return { rows, agree, sameText };
}

/** The gold value at its own granularity (YYYY, YYYY-MM, YYYY-MM-DD), or null when unscorable. */
export function scorableValue(value: string): string | null {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(value);
  return m ? m[1] : null;
}
