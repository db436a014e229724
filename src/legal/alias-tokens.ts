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
import { IntList, Vocabulary } from './alias-vocabulary.js';

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

/** Index past one of `chars` at i, or -1. */
function charAt(t: string, i: number, chars: string): number {
  return i >= 0 && i < t.length && chars.includes(t[i] as string) ? i + 1 : -1;
}

/** Index past at least one space at i, or -1. */
function gapAt(t: string, i: number): number {
  const k = i < 0 ? i : spacesAt(t, i);
  return k > i ? k : -1;
}

/**
 * The date before a year after "ngay" (ending at j): "ngay D thang M nam " or "ngay D/M/" ('-'
 * too), only when a year of four digits follows. Index where the year begins, or -1.
 */
function dateAfter(t: string, j: number): number {
  const day = digitsAt(t, gapAt(t, j), 1, 2);
  if (day < 0) return -1;
  // Each step reads from the index the previous returned; -1 carries through.
  let k = [(i: number) => gapAt(t, i), (i: number) => wordAt(t, i, 'thang'), (i: number) => gapAt(t, i), (i: number) => digitsAt(t, i, 1, 2), (i: number) => gapAt(t, i), (i: number) => wordAt(t, i, 'nam'), (i: number) => gapAt(t, i)].reduce((i, read) => read(i), day);
  if (k < 0) {
    k = [(i: number) => charAt(t, spacesAt(t, i), '/-'), (i: number) => digitsAt(t, i < 0 ? i : spacesAt(t, i), 1, 2), (i: number) => charAt(t, i < 0 ? i : spacesAt(t, i), '/-'), (i: number) => (i < 0 ? i : spacesAt(t, i))].reduce((i, read) => read(i), day);
  }
  return digitsAt(t, k, 4, 4) < 0 ? -1 : k;
}

/** Each abbreviation's expansion words and short forms, split once: [words, [head, tail?][]]. */
const ABBREVIATION_PARTS = NAME_ABBREVIATIONS.map(({ expansion, short }) => ({
  words: expansion.split(' '),
  short: short.map((form) => form.split('&') as [string, string | undefined]),
}));

/** The abbreviation phrase whose first word `first` ends at j: index past it and its id, or null. */
function abbreviationAfter(t: string, first: string, j: number): { end: number; id: number } | null {
  for (const [p, { words, short }] of ABBREVIATION_PARTS.entries()) {
    if (words[0] === first) {
      let k = j;
      for (let w = 1; w < words.length && k >= 0; w++) k = wordAt(t, gapAt(t, k), words[w] as string);
      if (k >= 0) return { end: k, id: phraseId(p) };
    }
    for (const [head, tail] of short) {
      if (head !== first) continue;
      if (tail === undefined) return { end: j, id: phraseId(p) };
      // "kh&cn": at most one space on either side of '&'.
      const amp = t.charCodeAt(j) === 0x20 ? j + 1 : j;
      const second = t.charCodeAt(amp + 1) === 0x20 ? amp + 2 : amp + 1;
      const end = t.charCodeAt(amp) === 0x26 ? wordAt(t, second, tail) : -1;
      if (end >= 0) return { end, id: phraseId(p) };
    }
  }
  return null;
}

/** Per vocabulary, the ids of the words a phrase can begin with, and the words. */
const phraseStartsOf = new WeakMap<Vocabulary, Map<number, string>>();

function phraseStarts(vocabulary: Vocabulary): Map<number, string> {
  let starts = phraseStartsOf.get(vocabulary);
  if (starts === undefined) {
    const words = ['ngay', ...ABBREVIATION_PARTS.flatMap(({ words: [first], short }) => [first!, ...short.map(([head]) => head)])];
    starts = new Map(words.map((w) => [vocabulary.internWord(w), w]));
    phraseStartsOf.set(vocabulary, starts);
  }
  return starts;
}

/**
 * The tokens of folded text (a body, or with `learn` a normalised alias: its new words and
 * characters get ids), phrases read as one token each. One pass, a bounded look-ahead at the few
 * words a phrase begins with: each token is counted on `counter`.
 */
export function aliasTokens(folded: string, vocabulary: Vocabulary, learn: boolean, counter?: StepCounter): AliasTokens {
  const starts = phraseStarts(vocabulary);
  const s = new IntList();
  const e = new IntList();
  const ids = new IntList();
  const n = folded.length;
  for (let i = 0; i < n; ) {
    const c = folded.charCodeAt(i);
    const start = i;
    let id: number;
    if (c === 0x20) {
      i = spacesAt(folded, i);
      id = SPACE_ID;
    } else if (isWordChar(c)) {
      let node = 0;
      for (; i < n && isWordChar(folded.charCodeAt(i)); i++) node = vocabulary.step(node, folded.charCodeAt(i), learn);
      id = vocabulary.wordId(node, learn);
      const first = starts.get(id);
      if (first !== undefined) {
        const date = first === 'ngay' ? dateAfter(folded, i) : -1;
        const phrase = date >= 0 ? { end: date, id: DATE_ID } : abbreviationAfter(folded, first, i);
        if (phrase !== null) {
          id = phrase.id;
          // The date keeps its trailing spaces; the year after it is a token of its own.
          i = phrase.end;
        }
      }
    } else {
      i++;
      const glue = (start > 0 && isWordChar(folded.charCodeAt(start - 1)) ? 2 : 0) + (i < n && isWordChar(folded.charCodeAt(i)) ? 1 : 0);
      id = vocabulary.charId(c * 4 + glue, learn);
    }
    s.push(start);
    e.push(i);
    ids.push(id);
  }
  if (counter !== undefined) counter.steps += s.length;
  return { length: s.length, s: s.view(), e: e.view(), id: ids.view() };
}

/** The ids a trailing year is written with after a name: "2013", "năm 2013", "ngày …/2013". */
export function yearForms(year: string, vocabulary: Vocabulary): number[][] {
  const y = vocabulary.internWord(year);
  const nam = vocabulary.internWord('nam');
  return [[SPACE_ID, y], [SPACE_ID, nam, SPACE_ID, y], [SPACE_ID, DATE_ID, y]];
}

