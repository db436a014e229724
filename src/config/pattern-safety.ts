/**
 * Whether a code pattern of qms.config.yaml can be matched one way only: a repeated alternation
 * whose branches can begin with the same character (`(A|A)+`), or a repetition followed by something
 * that can match the same character (`A*A*`, `\d+\d`), gives a backtracking engine many ways to
 * split one input — exponential or polynomial time. Together with the nested-repetition check of
 * load.ts this accepts only patterns that are unambiguous by construction.
 */
import { parseRegex, type RegexGroup, type RegexNode } from './regex-parse.js';

/**
 * The characters the check compares atoms on: ASCII, Latin-1, the Latin Extended blocks and
 * Vietnamese (U+1EA0–U+1EF9), general punctuation: every character a document code is written in.
 * (Astral characters are not codes; an atom matching only them is compared on what it matches here.)
 */
const ALPHABET: string[] = [];
for (let c = 0; c < 0x250; c++) ALPHABET.push(String.fromCharCode(c));
for (let c = 0x1e00; c < 0x2070; c++) ALPHABET.push(String.fromCharCode(c));

type CharSet = Uint8Array;

const atomSets = new Map<string, CharSet>();
/** Which characters of ALPHABET one atom matches; every character when it cannot be tested alone. */
function atomSet(source: string): CharSet {
  let set = atomSets.get(source);
  if (set !== undefined) return set;
  set = new Uint8Array(ALPHABET.length);
  let regex: RegExp | null = null;
  try {
    regex = new RegExp(`^(?:${source})$`, 'u');
  } catch {
    regex = null; // a back reference or the like: assume it can match anything
  }
  for (let i = 0; i < ALPHABET.length; i++) set[i] = regex === null || regex.test(ALPHABET[i]!) ? 1 : 0;
  atomSets.set(source, set);
  return set;
}

const union = (a: CharSet, b: CharSet): CharSet => a.map((x, i) => x | (b[i] as number));
const overlaps = (a: CharSet, b: CharSet): boolean => a.some((x, i) => x === 1 && b[i] === 1);
const empty = (): CharSet => new Uint8Array(ALPHABET.length);

function nullable(node: RegexNode): boolean {
  if (node.zeroWidth === true || node.min === 0) return true;
  return node.kind === 'group' && node.alternatives.some((seq) => seq.every(nullable));
}

/** Characters a node can begin with. */
function first(node: RegexNode): CharSet {
  if (node.zeroWidth === true) return empty();
  if (node.kind === 'atom') return atomSet(node.source);
  return node.alternatives.reduce((set, seq) => union(set, firstOfSequence(seq, 0)), empty());
}

/** Characters the nodes seq[from…] can begin with (through nullable nodes). */
function firstOfSequence(seq: readonly RegexNode[], from: number): CharSet {
  let set = empty();
  for (let i = from; i < seq.length; i++) {
    set = union(set, first(seq[i]!));
    if (!nullable(seq[i]!)) break;
  }
  return set;
}

/** Every character a node can match anywhere in it. */
function all(node: RegexNode): CharSet {
  if (node.zeroWidth === true) return empty();
  if (node.kind === 'atom') return atomSet(node.source);
  return node.alternatives.reduce((set, seq) => seq.reduce((s, n) => union(s, all(n)), set), empty());
}

/**
 * What makes a pattern ambiguous — a repeated alternation whose branches overlap, or a repetition
 * followed by what can match the same character — or null when every character of an input can be
 * matched one way only.
 */
export function overlappingRepetition(source: string): Overlap | null {
  const root = parsed(source);
  return root === null ? null : overlapIn(root);
}

/** The two ways a pattern can be ambiguous (config.pattern-overlap words each). */
export type Overlap = 'alternation' | 'repetition';

/** What makes a code pattern unsafe to run on a backtracking engine, parsed once; null when it is safe (or not a valid expression: reported as such). */
export function patternHazard(source: string): 'nested' | Overlap | null {
  const root = parsed(source);
  if (root === null) return null;
  return nestedIn(root) ? 'nested' : overlapIn(root);
}

function parsed(source: string): RegexGroup | null {
  try {
    return parseRegex(source);
  } catch {
    return null;
  }
}

function overlapIn(root: RegexGroup): Overlap | null {
  const visit = (group: RegexGroup): Overlap | null => {
    if (group.max > 1 && group.alternatives.length > 1) {
      const firsts = group.alternatives.map((seq) => firstOfSequence(seq, 0));
      for (let a = 0; a < firsts.length; a++) for (let b = a + 1; b < firsts.length; b++) if (overlaps(firsts[a]!, firsts[b]!)) return 'alternation';
    }
    for (const seq of group.alternatives) {
      for (let i = 0; i < seq.length; i++) {
        const node = seq[i]!;
        if (node.max > 1 && overlaps(all(node), firstOfSequence(seq, i + 1))) return 'repetition';
        if (node.kind === 'group') {
          const inner = visit(node);
          if (inner !== null) return inner;
        }
      }
    }
    return null;
  };
  return visit(root);
}

/**
 * Whether a regular expression repeats a group that itself holds a repetition — `(a+)+`, `(a*)*`,
 * `(\w+\s?)*`, `((ab)+c)*`, `(x|a+)+`, `(a\w*)*` — the shape of catastrophic backtracking (star
 * height 2). One shape is allowed: a group that begins with a single separator character nothing else
 * in the group can match, `(?:[-. /][A-Z0-9Đ]+)*` as in the default patterns, splits its input one
 * way only. Codes and whole document bodies are matched against config patterns, and a pull request
 * can change the config.
 */
export function hasNestedRepetition(source: string): boolean {
  const root = parsed(source);
  return root !== null && nestedIn(root);
}

function nestedIn(root: RegexGroup): boolean {
  const nested = (group: RegexGroup): boolean =>
    group.alternatives.some((nodes) =>
      nodes.some((node) => node.kind === 'group' && ((node.max > 1 && holdsRepetition(node) && !delimited(node)) || nested(node))),
    );
  return nested(root);
}

function holdsRepetition(group: RegexGroup): boolean {
  return group.alternatives.some((nodes) => nodes.some((node) => node.max > 1 || (node.kind === 'group' && holdsRepetition(node))));
}

/** One alternative that begins with a single separator character that no other atom of the group matches. */
function delimited(group: RegexGroup): boolean {
  if (group.alternatives.length !== 1) return false;
  const [first, ...rest] = group.alternatives[0]!;
  if (!first || first.kind !== 'atom' || first.max !== 1) return false;
  const separators = separatorChars(first.source);
  if (!separators) return false;
  const atoms: string[] = [];
  const collect = (nodes: RegexNode[]): void => {
    for (const node of nodes) if (node.kind === 'atom') atoms.push(node.source);
    else node.alternatives.forEach(collect);
  };
  collect(rest);
  return atoms.every((atom) => {
    try {
      const regex = new RegExp(`^(?:${atom})$`, 'u');
      return separators.every((char) => !regex.test(char));
    } catch {
      return false; // a back reference or the like: cannot tell
    }
  });
}

/** The characters of a literal or a class of literal punctuation (`-`, `[-. /]`, `\.`); null otherwise. */
function separatorChars(atom: string): string[] | null {
  const body = atom.startsWith('[') && atom.endsWith(']') && atom[1] !== '^' ? atom.slice(1, -1) : atom.startsWith('[') ? null : atom;
  if (body === null || body.length === 0 || body === '.' || body === '^' || body === '$') return null;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let char = body[i]!;
    if (char === '\\') char = body[++i] ?? '';
    if (!/^[\p{P}\p{S}\p{Zs}]$/u.test(char)) return null; // letters, digits, \\d, \\w, ranges with letters…
    if (atom.startsWith('[') && char === '-' && i > 0 && i < body.length - 1 && body[i - 1] !== '\\') return null; // a range
    chars.push(char);
  }
  return chars;
}
