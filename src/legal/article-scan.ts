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
  let tokens = tokenize(folded, windowStart, lead);
  if (tokens.length > MAX_WINDOW_TOKENS) tokens = tokens.slice(tokens.length - MAX_WINDOW_TOKENS);
  if (counter !== undefined) counter.steps += tokens.length;
  const match = run(bareNumber ? BEFORE_NUMBER : BEFORE, tokens, 0, true, counter, canStart);
  return match === null ? null : { start: tokens[match.first]!.s, end: match.mark };
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
