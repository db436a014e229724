/**
 * The register's aliases ("Luật Đất đai 2013", "Luật Tổ chức CQĐP") found in a body through an
 * index, not a regex: an Aho–Corasick automaton over the tokens of alias-tokens.ts, built once per
 * register. One alternation of every alias (what this replaces) took minutes on a 100 KB body with
 * a few thousand aliases, and more aliases than V8's regex limits did not compile at all.
 *
 * The automaton is built over the aliases reversed and run over the body from its end, so at each
 * token it knows the longest alias that *starts* there (the deepest accepting state on the
 * current state's suffix chain, precomputed per state). Leftmost-longest matches then take one
 * forward pass. Building is linear in the total size of the aliases, scanning in the body's tokens:
 * every transition and failure step is counted.
 */
import { aliasTokens, FIRST_FREE_ID, NAME_ABBREVIATIONS, TokenBuffer, Vocabulary, yearForms } from './alias-tokens.js';
import type { StepCounter } from './token-nfa.js';

/** One alias found: folded offsets, the register keys it names and its year (trailing, if any). */
export interface AliasHit {
  fs: number;
  fe: number;
  keys: readonly string[];
  year: string | undefined;
}

/** The aliases of one body, leftmost-longest: `next(from)` is the first that starts at or after `from` (non-decreasing). */
export interface AliasCursor {
  next(from: number): AliasHit | null;
}

/**
 * A compiled index: scan a folded body once, then walk its matches. The index reads every body into
 * the same memory, so a cursor is valid until the next scan (a stale one throws).
 */
export interface AliasIndex {
  scan(folded: string, counter?: StepCounter): AliasCursor;
}

/** A year at the end of a normalised alias. */
const TRAILING_YEAR_RE = / (\d{4})$/;

const ABBREVIATION_RES: ReadonlyArray<readonly [RegExp, string]> = NAME_ABBREVIATIONS.flatMap(({ expansion, short }) =>
  short.map((form) => [new RegExp(`(?<![a-z0-9])${form.replace('&', '[ ]?&[ ]?')}(?![a-z0-9])`, 'g'), expansion] as const),
);

/** Normalise folded alias text: single spaces, abbreviations expanded, "năm 2013" / "ngày 29 tháng 11 năm 2013" → "2013". */
export function normaliseAlias(folded: string): string {
  let out = folded.replace(/ {2,}/g, ' ').trim();
  for (const [re, expansion] of ABBREVIATION_RES) out = out.replace(re, expansion);
  return out.replace(/ (?:ngay \d{1,2} thang \d{1,2} nam |nam |ngay \d{1,2} ?[/-] ?\d{1,2} ?[/-] ?)(\d{4})$/, ' $1');
}

/** What an accepting state names. */
interface Accept {
  keys: string[];
  year: string | undefined;
}

/**
 * Builds the index of `aliases` (folded alias text → register key, in register order), or null
 * when there is none. An alias shared by several keys names them all, in order.
 */
export function createAliasIndex(aliases: Iterable<readonly [string, string]>, counter?: StepCounter): AliasIndex | null {
  const byAlias = new Map<string, string[]>();
  for (const [folded, key] of aliases) {
    const alias = normaliseAlias(folded);
    if (alias.length === 0) continue;
    const keys = byAlias.get(alias);
    if (keys === undefined) byAlias.set(alias, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }
  if (byAlias.size === 0) return null;

  let steps = 0;
  const vocabulary = new Vocabulary(FIRST_FREE_ID);
  /** Each alias's forms as symbol ids, with what they name. */
  const patterns: Array<{ ids: ArrayLike<number>; accept: Accept }> = [];
  for (const [alias, keys] of byAlias) {
    const year = TRAILING_YEAR_RE.exec(alias);
    const head = aliasTokens(year === null ? alias : alias.slice(0, year.index), vocabulary, true, counter).id;
    const forms = year === null ? [head] : yearForms(year[1] as string, vocabulary).map((tail) => [...head, ...tail]);
    const accept = { keys, year: year?.[1] };
    for (const form of forms) patterns.push({ ids: form, accept });
  }

  // The trie of the reversed forms: one map from (state, symbol) to state.
  const width = vocabulary.size;
  const edges = new Map<number, number>();
  const depth = [0];
  const accepts: Array<Accept | undefined> = [undefined];
  const children: number[][] = [[]];
  const symbolOf = [-1];
  for (const { ids, accept } of patterns) {
    let state = 0;
    for (let i = ids.length - 1; i >= 0; i--) {
      steps++;
      const id = ids[i] as number;
      let child = edges.get(state * width + id);
      if (child === undefined) {
        child = depth.length;
        edges.set(state * width + id, child);
        depth.push((depth[state] as number) + 1);
        accepts.push(undefined);
        children.push([]);
        symbolOf.push(id);
        children[state]!.push(child);
      }
      state = child;
    }
    const had = accepts[state];
    if (had === undefined) accepts[state] = { keys: [...accept.keys], year: accept.year };
    else for (const key of accept.keys) if (!had.keys.includes(key)) had.keys.push(key);
  }

  // Failure links breadth first, and per state the deepest accepting state on its suffix chain.
  const fail = new Int32Array(depth.length);
  const longest = new Int32Array(depth.length).fill(-1);
  const queue = [...children[0]!];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (const child of children[state]!) {
      const id = symbolOf[child] as number;
      let f = fail[state] as number;
      let target = edges.get(f * width + id);
      while (target === undefined && f !== 0) {
        steps++;
        f = fail[f] as number;
        target = edges.get(f * width + id);
      }
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
    longest[state] = accepts[state] !== undefined ? state : (longest[fail[state] as number] as number);
  }
  if (counter !== undefined) counter.steps += steps;

  // The root has the most edges and every failure chain ends there: its row is a table.
  const rootEdges = new Int32Array(width);
  for (const child of children[0]!) rootEdges[symbolOf[child] as number] = child;
  const transition = (state: number, id: number, count: { steps: number }): number => {
    let s = state;
    for (;;) {
      count.steps++;
      if (s === 0) return rootEdges[id] as number;
      const next = edges.get(s * width + id);
      if (next !== undefined) return next;
      s = fail[s] as number;
    }
  };

  const tokens = new TokenBuffer();
  /** Per scan, the tokens where an alias starts (in order) and the accepting state there. */
  let starts = new Int32Array(0);
  let states = new Int32Array(0);
  let scans = 0;
  return {
    scan(folded: string, scanCounter?: StepCounter): AliasCursor {
      const count = { steps: 0 };
      aliasTokens(folded, vocabulary, false, count, tokens);
      const length = tokens.length;
      if (starts.length < length) {
        starts = new Int32Array(Math.max(length, starts.length * 2));
        states = new Int32Array(starts.length);
      }
      // Filled from the end, so the hits sit in order in [first, length).
      let first = length;
      let state = 0;
      for (let i = length - 1; i >= 0; i--) {
        const id = tokens.id[i] as number;
        state = id < 0 ? 0 : transition(state, id, count);
        const accepting = longest[state] as number;
        if (accepting !== -1) {
          first--;
          starts[first] = i;
          states[first] = accepting;
        }
      }
      if (scanCounter !== undefined) scanCounter.steps += count.steps;
      const scan = ++scans;
      let at = first;
      return {
        next(from: number): AliasHit | null {
          if (scan !== scans) throw new Error('an alias cursor was used after the next scan');
          while (at < length && (tokens.s[starts[at] as number] as number) < from) at++;
          if (at === length) return null;
          const token = starts[at] as number;
          const accepting = states[at] as number;
          const accept = accepts[accepting] as Accept;
          const hit = { fs: tokens.s[token] as number, fe: tokens.e[token + (depth[accepting] as number) - 1] as number, keys: accept.keys, year: accept.year };
          at++;
          return hit;
        },
      };
    },
  };
}
