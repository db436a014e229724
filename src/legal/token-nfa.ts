/**
 * A tiny token automaton: folded text cut into word and punctuation tokens, and a Thompson NFA over
 * them run as a Pike VM (every thread advanced in lock step, one thread per state), so matching
 * never backtracks. Work is counted in steps (thread visits) and is at most tokens × states × states,
 * whatever the text: the article-reference scanner (article-scan.ts) is built on it.
 */

/** Counts the work of a scan: add it to an options object to measure how work grows with input. */
export interface StepCounter {
  steps: number;
}

/** A token of folded text: a run of [a-z0-9], or one other non-space character. */
export interface Token {
  /** Folded offsets [s, e). */
  s: number;
  e: number;
  /** The run's text when it is short (keywords, numbers); '' for a long run or punctuation. */
  word: string;
  /** The punctuation character, '' for a run. */
  punct: string;
  /** A run of letters only. */
  letters: boolean;
}

const MAX_WORD = 24;

/** Whether folded char code c is [a-z0-9]. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Tokens of folded[from, to): spaces separate, other characters stand alone. O(to - from). */
export function tokenize(folded: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = folded.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      tokens.push({ s: i, e: i + 1, word: '', punct: folded[i] as string, letters: false });
      i++;
      continue;
    }
    const s = i;
    let letters = true;
    while (i < to && isWordChar(folded.charCodeAt(i))) {
      if (folded.charCodeAt(i) <= 0x39) letters = false;
      i++;
    }
    tokens.push({ s, e: i, word: i - s <= MAX_WORD ? folded.slice(s, i) : '', punct: '', letters });
  }
  return tokens;
}

/** A pattern over tokens. */
export type Pattern =
  | { t: 'tok'; test: (token: Token) => boolean }
  | { t: 'seq'; xs: Pattern[] }
  | { t: 'alt'; xs: Pattern[] }
  | { t: 'star'; x: Pattern }
  | { t: 'opt'; x: Pattern }
  | { t: 'mark' };

/** Pattern builders. */
export const tok = (test: (token: Token) => boolean): Pattern => ({ t: 'tok', test });
export const word = (...words: string[]): Pattern => {
  const set = new Set(words);
  return tok((token) => set.has(token.word));
};
export const punct = (...chars: string[]): Pattern => tok((token) => chars.includes(token.punct));
export const seq = (...xs: Pattern[]): Pattern => ({ t: 'seq', xs });
export const alt = (...xs: Pattern[]): Pattern => ({ t: 'alt', xs });
export const star = (x: Pattern): Pattern => ({ t: 'star', x });
export const opt = (x: Pattern): Pattern => ({ t: 'opt', x });
/** Up to `max` repetitions of x (unrolled: max stays small). */
export const upTo = (x: Pattern, max: number): Pattern => (max === 0 ? seq() : opt(seq(x, upTo(x, max - 1))));
/** Records where the span of interest ends (the end of the last token consumed). */
export const MARK: Pattern = { t: 'mark' };

interface State {
  test?: (token: Token) => boolean;
  out: number[];
  mark?: boolean;
}

/** The threads at one step: per state the best start and mark (-1: no thread), and the live states. */
interface Threads {
  first: Int32Array;
  mark: Int32Array;
  /** The live states, `size` of them (an array's length set to 0 at every step cost more than the run). */
  list: Int32Array;
  size: number;
}

/** A compiled automaton; state 0 accepts. */
export interface Automaton {
  states: State[];
  start: number;
  /** Two thread sets reused by every run (runs are synchronous, never nested). */
  scratch: [Threads, Threads];
}

const threads = (n: number): Threads => ({ first: new Int32Array(n).fill(-1), mark: new Int32Array(n), list: new Int32Array(n), size: 0 });
function clear(set: Threads): void {
  for (let k = 0; k < set.size; k++) set.first[set.list[k] as number] = -1;
  set.size = 0;
}

/** Compiles a pattern into a Thompson NFA. */
export function compile(pattern: Pattern): Automaton {
  const states: State[] = [{ out: [] }];
  const add = (state: State): number => states.push(state) - 1;
  const build = (p: Pattern, next: number): number => {
    switch (p.t) {
      case 'tok':
        return add({ test: p.test, out: [next] });
      case 'mark':
        return add({ mark: true, out: [next] });
      case 'seq':
        return p.xs.reduceRight((n, x) => build(x, n), next);
      case 'alt':
        return add({ out: p.xs.map((x) => build(x, next)) });
      case 'opt':
        return add({ out: [build(p.x, next), next] });
      case 'star': {
        const loop = add({ out: [] });
        states[loop]!.out = [build(p.x, loop), next];
        return loop;
      }
    }
  };
  const start = build(pattern, 0);
  return { states, start, scratch: [threads(states.length), threads(states.length)] };
}

/** Whether a live thread other than the accepting one started at or before token `first`. */
function liveBefore(set: Threads, first: number): boolean {
  for (let k = 0; k < set.size; k++) {
    const state = set.list[k] as number;
    if (state !== 0 && (set.first[state] as number) <= first) return true;
  }
  return false;
}

/** A match: token indexes [first, last] and the folded offset of the MARK (or of the end). */
export interface TokenMatch {
  first: number;
  last: number;
  mark: number;
}

/**
 * Runs the automaton over tokens[from…], starting a thread at every token. Threads that reach one
 * state keep only the best (earliest start, then latest mark), which is all a later step can use.
 * `anchored`: only a match ending at the last token counts (the regex `$`). Otherwise the leftmost
 * match is returned as soon as no live thread can start before it, longest among those.
 * `canStart`, when given, must hold for every token a match can begin with (it saves work only).
 */
export function run(automaton: Automaton, tokens: readonly Token[], from: number, anchored: boolean, counter?: StepCounter, canStart?: (token: Token) => boolean): TokenMatch | null {
  const { states, start: entry } = automaton;
  let [current, next] = automaton.scratch;
  let steps = 0;
  let best: TokenMatch | null = null;

  const better = (set: Threads, state: number, first: number, mark: number): boolean => {
    const had = set.first[state] as number;
    return had === -1 || first < had || (first === had && mark > (set.mark[state] as number));
  };
  /** Adds a thread and follows the empty moves; `end` is the offset just past the last consumed token. */
  const addThread = (set: Threads, state: number, first: number, mark: number, end: number): void => {
    steps++;
    if (!better(set, state, first, mark)) return;
    if ((set.first[state] as number) === -1) set.list[set.size++] = state;
    set.first[state] = first;
    set.mark[state] = mark;
    const s = states[state]!;
    if (s.test !== undefined) return;
    const nextMark = s.mark === true ? end : mark;
    for (const out of s.out) addThread(set, out, first, nextMark, end);
  };

  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (best === null && (canStart === undefined || canStart(token))) addThread(current, entry, i, -1, i > 0 ? tokens[i - 1]!.e : token.s);
    for (let k = 0; k < current.size; k++) {
      const state = current.list[k] as number;
      const s = states[state]!;
      steps++;
      if (s.test !== undefined && s.test(token)) addThread(next, s.out[0]!, current.first[state] as number, current.mark[state] as number, token.e);
    }
    [current, next] = [next, current];
    clear(next);
    if (!anchored) {
      const accepted = current.first[0] as number;
      if (accepted !== -1 && (best === null || accepted < best.first || (accepted === best.first && i > best.last))) {
        best = { first: accepted, last: i, mark: token.e };
      }
      if (best !== null && !liveBefore(current, best.first)) break;
    }
  }
  if (counter !== undefined) counter.steps += steps;
  const accepted = current.first[0] as number;
  const mark = current.mark[0] as number;
  clear(current);
  if (!anchored) return best;
  if (accepted === -1 || tokens.length === from) return null;
  return { first: accepted, last: tokens.length - 1, mark };
}
