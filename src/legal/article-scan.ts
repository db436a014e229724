/**
 * Finding article references ("điểm a khoản 2 Điều 5, Điều 7 của") in folded text without regular
 * expressions: the grammar is a token automaton (token-nfa.ts) run without backtracking, so a line
 * of a thousand "Điều k," costs a thousand steps, not 2^1000. Windows are bounded in characters by
 * the caller and in tokens here.
 */
import { alt, compile, MARK, opt, punct, run, seq, star, tok, tokenize, upTo, word, type Pattern, type StepCounter, type Token } from './token-nfa.js';

export type { StepCounter };

/** The most tokens read before a citation: a reference list longer than this is cut at its start. */
export const MAX_WINDOW_TOKENS = 160;

const NUM = /^\d{1,4}[a-z]?$/;
const number = tok((t) => t.word !== '' && NUM.test(t.word));
const letter = tok((t) => t.word.length === 1 && t.letters);
/** ",", ";", ", và", "và", "hoặc". */
const SEP = alt(seq(punct(',', ';'), opt(word('va', 'hoac'))), word('va', 'hoac'));
const list = (head: string, item: Pattern): Pattern => seq(opt(word('cac')), word(head), item, star(seq(SEP, opt(word(head)), item)));
const UNIT = seq(opt(seq(list('diem', letter), opt(punct(',')))), opt(seq(list('khoan', number), opt(punct(',')))), list('dieu', number));
/** A sequence of article references (the grammar of articles.ts). */
const SEQUENCE = seq(UNIT, star(seq(SEP, UNIT)));

/** Kind words, folded, as the citation recognizer knows them. */
const KINDS = ['thong tu lien tich', 'ttlt', 'nghi quyet lien tich', 'nghi dinh', 'nd', 'thong tu', 'tt', 'quyet dinh', 'qd', 'bo luat', 'luat', 'nghi quyet', 'nq', 'chi thi', 'phap lenh'];
const KIND = alt(...KINDS.map((kind) => seq(...kind.split(' ').map((w) => word(w)))));
/** Words that end a law's name ("Luật Doanh nghiệp số …"). */
const NOT_NAME = new Set(['va', 'hoac', 'cua', 'tai', 'theo', 'nay', 'do', 'dieu', 'khoan', 'diem', 'so', 'ngay']);
const NAME_WORD = tok((t: Token) => t.letters && t.word !== '' && !NOT_NAME.has(t.word));
const OF = seq(opt(punct(',')), opt(word('cua', 'tai')));

/** References ending exactly at a citation that starts with its kind word or name. */
const BEFORE = compile(seq(SEQUENCE, MARK, OF));
/** The same before a bare number: the kind word, a law's name (≤ 12 words) and "số" may come in between. */
const BEFORE_NUMBER = compile(seq(SEQUENCE, MARK, OF, opt(seq(KIND, upTo(NAME_WORD, 12), opt(punct(',')))), opt(seq(word('so'), opt(punct(':'))))));
const SEQUENCE_ONLY = compile(SEQUENCE);
/** The words a sequence can begin with. */
const FIRST_WORDS = new Set(['cac', 'diem', 'khoan', 'dieu']);
/** The first letter (c, d or k) is tested first: most tokens are ruled out without hashing their word. */
const canStart = (token: Token): boolean => {
  const c = token.word.charCodeAt(0);
  return (c === 0x63 || c === 0x64 || c === 0x6b) && FIRST_WORDS.has(token.word);
};

/**
 * The references that end at `lead` (folded offset), read in folded[windowStart, lead): the span
 * [start, end) of the sequence, or null. `bareNumber`: the citation is a bare number, so a kind
 * word, name and "số" may stand between. Reads at most MAX_WINDOW_TOKENS tokens.
 */
export function articlesBefore(folded: string, windowStart: number, lead: number, bareNumber: boolean, counter?: StepCounter): { start: number; end: number } | null {
  // Every sequence holds "dieu": most citations stand without one, and cost no tokens.
  const dieu = folded.indexOf('dieu', windowStart);
  if (dieu < 0 || dieu + 4 > lead) return null;
  if (!lastArticleNumbered(folded, windowStart, lead, counter)) return null;
  return readArticlesBefore(folded, windowStart, lead, bareNumber, counter);
}

/** articlesBefore without its quick rule-outs: the automaton over every token of the window. */
export function readArticlesBefore(folded: string, windowStart: number, lead: number, bareNumber: boolean, counter?: StepCounter): { start: number; end: number } | null {
  let tokens = tokenize(folded, windowStart, lead);
  if (tokens.length > MAX_WINDOW_TOKENS) tokens = tokens.slice(tokens.length - MAX_WINDOW_TOKENS);
  if (counter !== undefined) counter.steps += tokens.length;
  const match = run(bareNumber ? BEFORE_NUMBER : BEFORE, tokens, 0, true, counter, canStart);
  return match === null ? null : { start: tokens[match.first]!.s, end: match.mark };
}

/**
 * Whether the last "dieu" token of folded[windowStart, lead) is followed by a number token (NUM),
 * as tokenize cuts them. Every "dieu" of a match is (list('dieu', number)), and the last one of the
 * window lies in any match that ends at `lead` (what may follow a sequence, OF, a kind word, name
 * words and "số", holds no "dieu"), so without it there is no match: most windows are ruled out so,
 * without making their tokens.
 */
function lastArticleNumbered(folded: string, windowStart: number, lead: number, counter?: StepCounter): boolean {
  let at = lead - 4;
  for (;;) {
    // lastIndexOf takes a negative position for 0: below the window, stop.
    at = at < windowStart ? -1 : folded.lastIndexOf('dieu', at);
    // A whole token: tokenize starts a run at windowStart and ends every run at lead.
    if (at < windowStart || ((at === windowStart || !isWordChar(folded.charCodeAt(at - 1))) && (at + 4 === lead || !isWordChar(folded.charCodeAt(at + 4))))) break;
    at--;
  }
  // Like the tokens' characters (tokenize), the characters read here are not steps; the tokens
  // looked at ("dieu" and the one after it) are.
  if (counter !== undefined) counter.steps += at < windowStart ? 1 : 2;
  if (at < windowStart) return false;
  let p = at + 4;
  while (p < lead && folded.charCodeAt(p) === 0x20) p++;
  let q = p;
  while (q < lead && isWordChar(folded.charCodeAt(q))) q++;
  let digits = p;
  while (digits < q && folded.charCodeAt(digits) <= 0x39) digits++;
  // NUM: one to four digits, then at most one letter.
  return digits > p && digits - p <= 4 && q - digits <= 1;
}

/** Whether folded char code c is [a-z0-9]. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Every sequence of article references in folded text, leftmost-longest, in order: folded spans. */
export function articleSequences(folded: string, counter?: StepCounter): Array<{ start: number; end: number }> {
  const tokens = tokenize(folded, 0, folded.length);
  if (counter !== undefined) counter.steps += tokens.length;
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (from < tokens.length) {
    const match = run(SEQUENCE_ONLY, tokens, from, false, counter, canStart);
    if (match === null) break;
    spans.push({ start: tokens[match.first]!.s, end: tokens[match.last]!.e });
    from = match.last + 1;
  }
  return spans;
}
