/**
 * An example of a string a code pattern accepts, so a refused code is explained with a valid one
 * rather than with the regular expression (which officers do not read).
 */

/**
 * A valid example for `pattern`: `given` when the pattern accepts it, else one built from the
 * pattern (literals kept, classes and escapes as a letter or a digit, each repetition once or its
 * minimum), else undefined when the pattern is beyond this small reader or the built one fails.
 */
export function patternExample(pattern: string, given?: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  if (given !== undefined && regex.test(given)) return given;
  const built = build(pattern);
  return built !== undefined && regex.test(built) ? built : undefined;
}

/** One piece of a pattern: the text it stands for and where the next piece starts. */
interface Piece {
  text: string;
  next: number;
}

function build(pattern: string): string | undefined {
  try {
    const result = sequence(pattern, 0);
    return result.next === pattern.length ? result.text : undefined;
  } catch {
    return undefined;
  }
}

/** Alternatives up to `)` or the end: the first alternative is the example. */
function sequence(pattern: string, start: number): Piece {
  let text = '';
  let first: string | undefined;
  let at = start;
  while (at < pattern.length && pattern[at] !== ')') {
    if (pattern[at] === '|') {
      first ??= text;
      text = '';
      at++;
      continue;
    }
    const atom = atomAt(pattern, at);
    const repeated = quantified(pattern, atom);
    text += repeated.text;
    at = repeated.next;
  }
  return { text: first ?? text, next: at };
}

function atomAt(pattern: string, at: number): Piece {
  const c = pattern[at]!;
  if (c === '^' || c === '$') return { text: '', next: at + 1 };
  if (c === '.') return { text: 'A', next: at + 1 };
  if (c === '\\') return escape(pattern, at);
  if (c === '[') return charClass(pattern, at);
  if (c === '(') {
    let inner = at + 1;
    if (pattern[inner] === '?') {
      const kind = pattern.slice(inner, inner + 3);
      // Lookarounds add nothing; the final test says whether the example passes them.
      if (kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!') {
        const skipped = sequence(pattern, inner + (kind.startsWith('?<') ? 3 : 2));
        return { text: '', next: closing(pattern, skipped.next) };
      }
      if (kind.startsWith('?:')) inner += 2;
      else if (kind.startsWith('?<')) inner = pattern.indexOf('>', inner) + 1;
      else throw new Error('unsupported group');
    }
    const body = sequence(pattern, inner);
    return { text: body.text, next: closing(pattern, body.next) };
  }
  if ('*+?{'.includes(c)) throw new Error('quantifier without an atom');
  return { text: c, next: at + 1 };
}

function closing(pattern: string, at: number): number {
  if (pattern[at] !== ')') throw new Error('unclosed group');
  return at + 1;
}

function escape(pattern: string, at: number): Piece {
  const c = pattern[at + 1];
  if (c === undefined) throw new Error('trailing backslash');
  const classes: Record<string, string> = { d: '1', w: 'A', s: ' ', D: 'A', W: '-', S: 'A' };
  if (c in classes) return { text: classes[c]!, next: at + 2 };
  if (/[bB]/.test(c)) return { text: '', next: at + 2 };
  if (/[a-zA-Z0-9]/.test(c)) throw new Error('unsupported escape');
  return { text: c, next: at + 2 };
}

/** A class gives its first member (a range its first letter or digit); a negated class is not read. */
function charClass(pattern: string, at: number): Piece {
  const end = pattern.indexOf(']', at + 2);
  if (end < 0 || pattern[at + 1] === '^') throw new Error('unsupported class');
  const body = pattern.slice(at + 1, end);
  const first = body[0] === '\\' ? escape(body, 0).text : body[0]!;
  return { text: first, next: end + 1 };
}

/** A repetition: `?`, `*` and `+` once, `{n}` and `{n,m}` n times. */
function quantified(pattern: string, atom: Piece): Piece {
  const q = pattern[atom.next];
  let next = atom.next;
  let times = 1;
  if (q === '?' || q === '*' || q === '+') next++;
  else if (q === '{') {
    const match = /^\{(\d+)(?:,\d*)?\}/.exec(pattern.slice(next));
    if (!match) return atom;
    times = Number(match[1]);
    next += match[0].length;
  }
  if (pattern[next] === '?') next++;
  return { text: atom.text.repeat(times), next };
}
