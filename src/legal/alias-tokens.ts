/**
 * Tokens of folded text as the alias index (alias-index.ts) compares them, the same for a
 * register's aliases and for a body: so an alias matches wherever its tokens appear in a row.
 *
 * A token is a run of [a-z0-9] (a word), a run of spaces (one symbol whatever its length: the
 * regex-era `[ ]+`), or one other character. The last carries whether a word is glued to it on
 * either side, which is what a regex's `(?<![a-z0-9])…(?![a-z0-9])` around an alias asked: an alias
 * ending in ')' does not end in ")abc". Two kinds of phrase are read as one token each, on both
 * sides: a name abbreviation (HĐND, KH&CN … or the words it stands for) and the date before a year
 * ("ngày 29 tháng 11 năm", "ngày 29/11/"), so "Luật KH&CN" is "Luật Khoa học và Công nghệ" and
 * "… ngày 29/11/2013" ends in the year of "… 2013".
 *
 * A body is read in one pass with a bounded look-ahead and without making a string per word: words
 * are looked up in a character trie of the aliases' words, so a word no alias has costs nothing.
 */
import type { StepCounter } from './token-nfa.js';
import { Vocabulary } from './alias-vocabulary.js';

export { Vocabulary };

/**
 * Abbreviations agencies use in law names, expanded in names only (aliases and the text they are
 * matched against), never in numbers: "Luật Tổ chức CQĐP" is "Luật Tổ chức chính quyền địa
 * phương". Each is the folded expansion and its folded short forms ('&' may have one space on
 * either side: "KH & CN").
 */
export const NAME_ABBREVIATIONS: ReadonlyArray<{ expansion: string; short: readonly string[] }> = [
  { expansion: 'hoi dong nhan dan', short: ['hdnd'] },
  { expansion: 'uy ban nhan dan', short: ['ubnd'] },
  { expansion: 'quy pham phap luat', short: ['qppl'] },
  { expansion: 'khoa hoc va cong nghe', short: ['kh&cn', 'khcn'] },
  { expansion: 'thu tuc hanh chinh', short: ['tthc'] },
  { expansion: 'chinh quyen dia phuong', short: ['cqdp'] },
];

/** Tokens as parallel arrays (a body has millions): folded offsets [s, e) and symbol ids (-1: no alias has it). */
export interface AliasTokens {
  length: number;
  s: Int32Array;
  e: Int32Array;
  id: Int32Array;
}

/** Symbol ids that are not words: a space run, the date before a year, each abbreviation. */
export const SPACE_ID = 0;
export const DATE_ID = 1;
const phraseId = (k: number): number => 2 + k;
/** The first id the vocabulary may give a word or a character. */
export const FIRST_FREE_ID = phraseId(NAME_ABBREVIATIONS.length);

/** Whether folded char code c is [a-z0-9]. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Index past the spaces at i. */
function spacesAt(t: string, i: number): number {
  while (t.charCodeAt(i) === 0x20) i++;
  return i;
}

/** Index past the whole word `w` at i, or -1. */
function wordAt(t: string, i: number, w: string): number {
  return i >= 0 && t.startsWith(w, i) && !isWordChar(t.charCodeAt(i + w.length)) ? i + w.length : -1;
}

/** Index past a whole word of min…max digits at i, or -1. */
function digitsAt(t: string, i: number, min: number, max: number): number {
  if (i < 0) return -1;
  let k = i;
  while (t.charCodeAt(k) >= 0x30 && t.charCodeAt(k) <= 0x39) k++;
  return k - i >= min && k - i <= max && !isWordChar(t.charCodeAt(k)) ? k : -1;
}

/** Index past a '/' or '-' at i, or -1. */
function slashOrDashAt(t: string, i: number): number {
  const c = i >= 0 ? t.charCodeAt(i) : 0;
  return c === 0x2f || c === 0x2d ? i + 1 : -1;
}

/** Index past at least one space at i, or -1. */
function gapAt(t: string, i: number): number {
  const k = i < 0 ? i : spacesAt(t, i);
  return k > i ? k : -1;
}

/** Index past the spaces at i, or -1 when i is. */
function optionalSpacesAt(t: string, i: number): number {
  return i < 0 ? i : spacesAt(t, i);
}

/**
 * The date before a year after "ngay" (ending at j): "ngay D thang M nam " or "ngay D/M/" ('-'
 * too), only when a year of four digits follows. Index where the year begins, or -1.
 */
function dateAfter(t: string, j: number): number {
  const day = digitsAt(t, gapAt(t, j), 1, 2);
  if (day < 0) return -1;
  // Each step reads from the index the previous returned; -1 carries through.
  let k = gapAt(t, wordAt(t, gapAt(t, day), 'thang'));
  k = gapAt(t, wordAt(t, gapAt(t, digitsAt(t, k, 1, 2)), 'nam'));
  if (k < 0) {
    k = slashOrDashAt(t, spacesAt(t, day));
    k = slashOrDashAt(t, optionalSpacesAt(t, digitsAt(t, optionalSpacesAt(t, k), 1, 2)));
    k = optionalSpacesAt(t, k);
  }
  return digitsAt(t, k, 4, 4) < 0 ? -1 : k;
}

/** Each abbreviation's expansion words and short forms, split once: [words, [head, tail?][]]. */
const ABBREVIATION_PARTS = NAME_ABBREVIATIONS.map(({ expansion, short }) => ({
  words: expansion.split(' '),
  short: short.map((form) => form.split('&') as [string, string | undefined]),
}));

/** The abbreviation phrase whose first word `first` ends at j: index past it and its id, or -1 (the id in `phrase.id`). */
function abbreviationAfter(t: string, first: string, j: number, phrase: { id: number }): number {
  for (let p = 0; p < ABBREVIATION_PARTS.length; p++) {
    const { words, short } = ABBREVIATION_PARTS[p]!;
    if (words[0] === first) {
      let k = j;
      for (let w = 1; w < words.length && k >= 0; w++) k = wordAt(t, gapAt(t, k), words[w] as string);
      if (k >= 0) {
        phrase.id = phraseId(p);
        return k;
      }
    }
    for (const [head, tail] of short) {
      if (head !== first) continue;
      phrase.id = phraseId(p);
      if (tail === undefined) return j;
      // "kh&cn": at most one space on either side of '&'.
      const amp = t.charCodeAt(j) === 0x20 ? j + 1 : j;
      const second = t.charCodeAt(amp + 1) === 0x20 ? amp + 2 : amp + 1;
      const end = t.charCodeAt(amp) === 0x26 ? wordAt(t, second, tail) : -1;
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** Per vocabulary, by id, the words a phrase can begin with (undefined for the others). */
const phraseStartsOf = new WeakMap<Vocabulary, Array<string | undefined>>();

function phraseStarts(vocabulary: Vocabulary): Array<string | undefined> {
  let starts = phraseStartsOf.get(vocabulary);
  if (starts === undefined) {
    const words = ['ngay', ...ABBREVIATION_PARTS.flatMap(({ words: [first], short }) => [first!, ...short.map(([head]) => head)])];
    starts = [];
    for (const word of words) starts[vocabulary.internWord(word)] = word;
    // Dense, so a look-up by id stays a plain element load.
    for (let id = 0; id < starts.length; id++) starts[id] ??= undefined;
    phraseStartsOf.set(vocabulary, starts);
  }
  return starts;
}

/**
 * Room for the tokens of one text, reused by a caller that reads many (a body's tokens cost no
 * allocation then). Tokens read into a buffer are valid until it reads the next text.
 */
export class TokenBuffer implements AliasTokens {
  length = 0;
  s = new Int32Array(0);
  e = new Int32Array(0);
  id = new Int32Array(0);

  /** Room for `count` tokens (the previous ones are dropped). */
  reserve(count: number): void {
    if (this.s.length >= count) return;
    const capacity = Math.max(count, this.s.length * 2);
    this.s = new Int32Array(capacity);
    this.e = new Int32Array(capacity);
    this.id = new Int32Array(capacity);
  }
}

/**
 * The tokens of folded text (a body, or with `learn` a normalised alias: its new words and
 * characters get ids), phrases read as one token each. One pass, a bounded look-ahead at the few
 * words a phrase begins with: each token is counted on `counter`.
 * @param into room to read into (then the tokens are its arrays, longer than `length`); else new arrays of `length`
 */
export function aliasTokens(folded: string, vocabulary: Vocabulary, learn: boolean, counter?: StepCounter, into?: TokenBuffer): AliasTokens {
  const starts = phraseStarts(vocabulary);
  const buffer = into ?? new TokenBuffer();
  // A token is at least one character.
  buffer.reserve(folded.length);
  const { s, e, id: ids } = buffer;
  const phrase = { id: 0 };
  const n = folded.length;
  let count = 0;
  for (let i = 0; i < n; ) {
    const c = folded.charCodeAt(i);
    const start = i;
    let id: number;
    if (c === 0x20) {
      i = spacesAt(folded, i);
      id = SPACE_ID;
    } else if (isWordChar(c)) {
      let node = 0;
      for (; i < n && isWordChar(folded.charCodeAt(i)); i++) {
        node = vocabulary.step(node, folded.charCodeAt(i), learn);
        if (node < 0) {
          // No alias has a word that begins so: the rest of the word is only skipped.
          while (i + 1 < n && isWordChar(folded.charCodeAt(i + 1))) i++;
        }
      }
      id = vocabulary.wordId(node, learn);
      const first = id >= 0 && id < starts.length ? starts[id] : undefined;
      if (first !== undefined) {
        const date = first === 'ngay' ? dateAfter(folded, i) : -1;
        const end = date >= 0 ? date : abbreviationAfter(folded, first, i, phrase);
        if (end >= 0) {
          id = date >= 0 ? DATE_ID : phrase.id;
          // The date keeps its trailing spaces; the year after it is a token of its own.
          i = end;
        }
      }
    } else {
      i++;
      const glue = (start > 0 && isWordChar(folded.charCodeAt(start - 1)) ? 2 : 0) + (i < n && isWordChar(folded.charCodeAt(i)) ? 1 : 0);
      id = vocabulary.charId(c * 4 + glue, learn);
    }
    s[count] = start;
    e[count] = i;
    ids[count] = id;
    count++;
  }
  if (counter !== undefined) counter.steps += count;
  buffer.length = count;
  return into !== undefined ? buffer : { length: count, s: s.subarray(0, count), e: e.subarray(0, count), id: ids.subarray(0, count) };
}

/** The ids a trailing year is written with after a name: "2013", "năm 2013", "ngày …/2013". */
export function yearForms(year: string, vocabulary: Vocabulary): number[][] {
  const y = vocabulary.internWord(year);
  const nam = vocabulary.internWord('nam');
  return [[SPACE_ID, y], [SPACE_ID, nam, SPACE_ID, y], [SPACE_ID, DATE_ID, y]];
}

