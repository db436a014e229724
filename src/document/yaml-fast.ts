/** A fast reader for the plain YAML subset of front matter, giving byte-for-byte the full parser's result or null to fall back. */
import { ownCopy } from '../util/strings.js';
import type { YamlData } from './yaml.js';

/**
 * A fast reader for the YAML that front matter is written in, with the `yaml` package as the
 * exact fallback.
 *
 * `readYamlFast` reads block mappings and sequences nested by indentation (including compact
 * `- key: value` items and sequences written at their key's column), single-line flow mappings
 * and sequences (one level of `[...]` inside `{...}`), single-line plain, single- and
 * double-quoted scalars, comments and empty values, and resolves plain scalars with the YAML 1.2
 * core schema exactly as the `yaml` package does. Its result (data, offsets, raw scalars) is the
 * one `readYaml` gives through the full parser, byte for byte.
 *
 * Whenever the text leaves that subset, or anything is doubtful (anchors, aliases, tags, block
 * scalars, multi-line scalars, complex keys, directives, document markers, tabs, control
 * characters, duplicate keys, anything the full parser would report), it returns null and the
 * caller uses the full parser. Returning null is always correct; returning data is only allowed
 * when the full parser would give the same data without problems.
 */
export function readYamlFast(source: string): YamlData | null {
  if (!plainCharacters(source)) return null;
  const reader = new FastReader(source);
  try {
    const data = reader.document();
    return { data, offsets: reader.offsets, rawScalars: reader.rawScalars, problems: [] };
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
}

/** Thrown (always this one instance) when the text leaves the subset; never escapes readYamlFast. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset('outside the fast YAML subset');

function outside(): never {
  throw OUTSIDE;
}

/** Deeper than any front matter; far below the full reader's limit of 64. */
const MAX_DEPTH = 48;
/** The full parser reports an implicit key whose ":" is more than 1024 characters after its start. */
const MAX_KEY_LENGTH = 1000;

const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const SQUOTE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/**
 * False for text with tabs, control characters other than LF (and CR before LF), C1 controls,
 * U+2028/U+2029 or a byte-order mark: the full parser decides what those mean.
 */
function plainCharacters(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < SPACE) {
      if (c === LF) continue;
      if (c === CR && source.charCodeAt(i + 1) === LF) continue;
      return false;
    }
    if (c >= 0x7f && (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff)) return false;
  }
  return true;
}

/**
 * Whether a plain scalar may start with `c` (followed by `next`) without the full parser seeing
 * an indicator, a reserved character or an error. Deliberately stricter than YAML: `?x` and `:x`
 * are left to the full parser.
 */
function plainStart(c: number, next: number, inFlow: boolean): boolean {
  switch (c) {
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case COMMA:
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case SQUOTE:
    case DQUOTE:
    case PERCENT:
    case 64: // @
    case 96: // `
    case 63: // ?
    case COLON:
      return false;
    case DASH:
      // "- " starts a sequence; "-" must be followed by a character of the scalar.
      if (Number.isNaN(next) || next === SPACE || next === LF || next === CR) return false;
      return !(inFlow && (next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE));
    default:
      return true;
  }
}

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const HEX = /^[0-9a-fA-F]+$/;

/**
 * The value of a non-empty plain scalar under the YAML 1.2 core schema, as the `yaml` package
 * resolves it: the same tests in the same order (null, bool, 0o, int, 0x, .inf/.nan, exp, float)
 * and the same conversions (`0012` is 12, `1e3` is 1000, dates stay strings).
 */
export function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // Only these first characters start a null, boolean or number: + - . 0-9 ~ n N t T f F.
  if (
    !(c >= 48 && c <= 57) &&
    c !== 43 &&
    c !== DASH &&
    c !== DOT &&
    c !== 126 &&
    c !== 110 &&
    c !== 78 &&
    c !== 116 &&
    c !== 84 &&
    c !== 102 &&
    c !== 70
  ) {
    return raw;
  }
  if (NULL.test(raw)) return null;
  if (BOOL.test(raw)) return c === 116 || c === 84;
  if (INT_OCT.test(raw)) return parseInt(raw.substring(2), 8);
  if (INT.test(raw)) return parseInt(raw, 10);
  if (INT_HEX.test(raw)) return parseInt(raw.substring(2), 16);
  if (FLOAT_NAN.test(raw)) {
    return raw.slice(-3).toLowerCase() === 'nan' ? NaN : c === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(raw) || FLOAT.test(raw)) return parseFloat(raw);
  return raw;
}

const ESCAPES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
});

/** A recursive-descent reader over lines; every method throws OUTSIDE when in doubt. */
class FastReader {
  readonly offsets = new Map<string, number>();
  readonly rawScalars = new Map<string, string>();
  /** No content line is left. */
  private eof = false;
  /** Indentation (spaces) of the current content line. */
  private ind = 0;
  /** Offset of the first non-space character of the current content line. */
  private cs = 0;
  /** Offset just past the current line's content (before its CR LF or LF). */
  private le = 0;
  /** Offset of the line after the current one. */
  private next = 0;
  /** Cursor within the current line. */
  private p = 0;

  constructor(private readonly s: string) {}

  document(): unknown {
    this.nextLine();
    if (this.eof) return null;
    if (this.ind !== 0) outside();
    const data = this.block(0, '', 1);
    if (!this.eof) outside();
    return data;
  }

  /** Moves to the next line that is neither blank nor a comment. */
  private nextLine(): void {
    const s = this.s;
    let start = this.next;
    while (start < s.length) {
      const nl = s.indexOf('\n', start);
      const end = nl === -1 ? s.length : nl;
      const le = end > start && s.charCodeAt(end - 1) === CR ? end - 1 : end;
      const next = nl === -1 ? s.length : nl + 1;
      let cs = start;
      while (cs < le && s.charCodeAt(cs) === SPACE) cs++;
      if (cs === le || s.charCodeAt(cs) === HASH) {
        start = next;
        continue;
      }
      if (cs === start) {
        // Directives and document markers are the full parser's business.
        const c = s.charCodeAt(cs);
        if (c === PERCENT || (c === DASH && s.startsWith('---', cs)) || (c === DOT && s.startsWith('...', cs))) outside();
      }
      this.ind = cs - start;
      this.cs = cs;
      this.le = le;
      this.next = next;
      this.p = cs;
      return;
    }
    this.eof = true;
    this.next = s.length;
  }

  private skipSpaces(p: number): number {
    const s = this.s;
    while (s.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** The current line starts a block sequence item: "-" followed by a space or the line end. */
  private isSeqItem(): boolean {
    const cs = this.cs;
    return this.s.charCodeAt(cs) === DASH && (cs + 1 === this.le || this.s.charCodeAt(cs + 1) === SPACE);
  }

  /** The block collection that starts on the current line, at indentation `indent`. */
  private block(indent: number, path: string, depth: number): unknown {
    return this.isSeqItem() ? this.seq(indent, path, depth) : this.map(indent, path, depth);
  }

  /** A block mapping whose entries start at column `indent`; the first one at the cursor. */
  private map(indent: number, path: string, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) outside();
    const map = Object.create(null) as Record<string, unknown>;
    for (;;) {
      this.entry(map, indent, path, depth);
      if (this.eof || this.ind < indent) return map;
      if (this.ind > indent) outside();
    }
  }

  /** One `key: value` entry at the cursor, with its value (inline, or the block on the next lines). */
  private entry(map: Record<string, unknown>, indent: number, path: string, depth: number): void {
    const s = this.s;
    const le = this.le;
    const keyStart = this.p;
    const c = s.charCodeAt(keyStart);
    let key: string;
    let colon: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quoted(keyStart);
      colon = this.p;
      if (s.charCodeAt(colon) !== COLON || colon >= le) outside();
    } else {
      colon = this.plainKeyEnd(keyStart);
      if (colon === -1 || !plainStart(c, s.charCodeAt(keyStart + 1), false)) outside();
      for (let i = keyStart; i < colon; i++) {
        const k = s.charCodeAt(i);
        if (k === LBRACKET || k === RBRACKET || k === LBRACE || k === RBRACE) outside();
      }
      if (s.charCodeAt(colon - 1) === SPACE) outside();
      key = keyString(s.slice(keyStart, colon));
    }
    key = sharedName(key);
    if (colon - keyStart > MAX_KEY_LENGTH) outside();
    if (colon + 1 < le && s.charCodeAt(colon + 1) !== SPACE) outside();
    if (key in map) outside();
    const childPath = pathOf(path, key);
    this.offsets.set(childPath, keyStart);
    const p = this.skipSpaces(colon + 1);
    if (p >= le || s.charCodeAt(p) === HASH) {
      // No inline value: a nested block (deeper, or a sequence at the key's own column), or null.
      this.nextLine();
      if (!this.eof && (this.ind > indent || (this.ind === indent && this.isSeqItem()))) {
        map[key] = this.block(this.ind, childPath, depth + 1);
      } else {
        map[key] = null;
        this.rawScalars.set(childPath, '');
      }
      return;
    }
    this.p = p;
    map[key] = this.inlineValue(childPath);
  }

  /**
   * The offset of the ":" (followed by a space or the line end) that ends a plain implicit key
   * starting at `start`, or -1 when the line holds no such key before a comment.
   */
  private plainKeyEnd(start: number): number {
    const s = this.s;
    const le = this.le;
    for (let i = start; i < le; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON) {
        if (i + 1 === le || s.charCodeAt(i + 1) === SPACE) return i;
      } else if (c === HASH && i > start && s.charCodeAt(i - 1) === SPACE) {
        return -1;
      }
    }
    return -1;
  }

  /** A block sequence whose "-" indicators are at column `indent`; the first on the current line. */
  private seq(indent: number, path: string, depth: number): unknown[] {
    if (depth > MAX_DEPTH) outside();
    const s = this.s;
    const items: unknown[] = [];
    for (;;) {
      const itemPath = itemPathOf(path, items.length);
      const lineStart = this.cs - this.ind;
      const p = this.skipSpaces(this.cs + 1);
      if (p >= this.le || s.charCodeAt(p) === HASH) {
        // "-" alone: its item is the block on the next lines. An empty item is left to the full parser.
        this.nextLine();
        if (this.eof || this.ind <= indent) outside();
        this.offsets.set(itemPath, this.cs);
        items.push(this.block(this.ind, itemPath, depth + 1));
      } else {
        this.p = p;
        items.push(this.item(itemPath, p - lineStart, depth + 1));
      }
      if (this.eof || this.ind < indent) return items;
      if (this.ind > indent) outside();
      if (!this.isSeqItem()) return items;
    }
  }

  /** The inline content of a "- " item at the cursor (column `column`): a compact mapping or a value. */
  private item(itemPath: string, column: number, depth: number): unknown {
    const s = this.s;
    const start = this.p;
    const c = s.charCodeAt(start);
    let isEntry: boolean;
    if (c === DQUOTE || c === SQUOTE) {
      this.quoted(start);
      isEntry = this.p < this.le && s.charCodeAt(this.p) === COLON;
    } else if (c === LBRACKET || c === LBRACE) {
      isEntry = false;
    } else {
      isEntry = this.plainKeyEnd(start) !== -1;
    }
    this.offsets.set(itemPath, start);
    this.p = start;
    return isEntry ? this.map(column, itemPath, depth) : this.inlineValue(itemPath);
  }

  /** A value that starts at the cursor and ends on this line (flow, quoted or plain); moves to the next line. */
  private inlineValue(path: string): unknown {
    const s = this.s;
    const le = this.le;
    const start = this.p;
    const c = s.charCodeAt(start);
    let value: unknown;
    if (c === LBRACKET) {
      value = this.flowSeq(path);
    } else if (c === LBRACE) {
      value = this.flowMap(path);
    } else if (c === DQUOTE || c === SQUOTE) {
      value = this.quoted(start);
    } else {
      if (!plainStart(c, s.charCodeAt(start + 1), false)) outside();
      let end = start;
      let i = start;
      for (; i < le; i++) {
        const ch = s.charCodeAt(i);
        if (ch === SPACE) {
          if (s.charCodeAt(i + 1) === HASH) break;
          continue;
        }
        // "key: a: b" and "key: a:" are errors for the full parser.
        if (ch === COLON && (i + 1 === le || s.charCodeAt(i + 1) === SPACE)) outside();
        end = i + 1;
      }
      value = this.plain(s.slice(start, end), path);
      this.p = i;
    }
    // Only spaces and a comment may follow on the line.
    let p = this.p;
    if (p < le) {
      if (s.charCodeAt(p) !== SPACE) outside();
      p = this.skipSpaces(p);
      if (p < le && s.charCodeAt(p) !== HASH) outside();
    }
    this.nextLine();
    return value;
  }

  /** Resolves a plain scalar and records its source when that differs from the value's string form. */
  private plain(raw: string, path: string): unknown {
    const value = resolvePlain(raw);
    if (value !== raw && String(value) !== raw) this.rawScalars.set(path, raw);
    return value;
  }

  /** A quoted scalar starting at `start` and closed on this line; leaves the cursor after it. */
  private quoted(start: number): string {
    const s = this.s;
    const le = this.le;
    let out = '';
    let from = start + 1;
    if (s.charCodeAt(start) === SQUOTE) {
      for (let i = start + 1; i < le; i++) {
        if (s.charCodeAt(i) !== SQUOTE) continue;
        if (i + 1 < le && s.charCodeAt(i + 1) === SQUOTE) {
          out += s.slice(from, i + 1);
          i++;
          from = i + 1;
          continue;
        }
        this.p = i + 1;
        return out + s.slice(from, i);
      }
      return outside();
    }
    for (let i = start + 1; i < le; i++) {
      const ch = s.charCodeAt(i);
      if (ch === DQUOTE) {
        this.p = i + 1;
        return out + s.slice(from, i);
      }
      if (ch !== BACKSLASH) continue;
      out += s.slice(from, i);
      if (i + 1 >= le) outside();
      const e = s.charAt(i + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        i += 1;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        const length = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = s.slice(i + 2, i + 2 + length);
        if (i + 2 + length > le || !HEX.test(hex)) outside();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) outside();
        out += String.fromCodePoint(code);
        i += 1 + length;
      } else {
        outside();
      }
      from = i + 1;
    }
    return outside();
  }

  /** A one-line flow mapping `{ a: b, c: [d, e] }` at the cursor; leaves the cursor after "}". */
  private flowMap(path: string): Record<string, unknown> {
    const s = this.s;
    const le = this.le;
    const map = Object.create(null) as Record<string, unknown>;
    let p = this.skipSpaces(this.p + 1);
    if (p < le && s.charCodeAt(p) === RBRACE) {
      this.p = p + 1;
      return map;
    }
    for (;;) {
      if (p >= le) outside();
      const keyStart = p;
      const c = s.charCodeAt(p);
      let key: string;
      if (c === DQUOTE || c === SQUOTE) {
        key = this.quoted(p);
        p = this.p;
      } else {
        if (!plainStart(c, s.charCodeAt(p + 1), true)) outside();
        let end = p;
        let i = p;
        for (; i < le; i++) {
          const ch = s.charCodeAt(i);
          if (ch === COLON) break;
          if (ch === COMMA || ch === LBRACKET || ch === RBRACKET || ch === LBRACE || ch === RBRACE) outside();
          if (ch === SPACE) continue;
          if (ch === HASH && s.charCodeAt(i - 1) === SPACE) outside();
          end = i + 1;
        }
        if (end !== i) outside();
        key = keyString(s.slice(p, end));
        p = i;
      }
      key = sharedName(key);
      if (p + 1 >= le || s.charCodeAt(p) !== COLON || s.charCodeAt(p + 1) !== SPACE) outside();
      if (p - keyStart > MAX_KEY_LENGTH) outside();
      if (key in map) outside();
      const childPath = pathOf(path, key);
      this.offsets.set(childPath, keyStart);
      p = this.skipSpaces(p + 1);
      if (p >= le) outside();
      const v = s.charCodeAt(p);
      this.p = p;
      if (v === LBRACKET) map[key] = this.flowSeq(childPath);
      else if (v === DQUOTE || v === SQUOTE) map[key] = this.quoted(p);
      else map[key] = this.flowPlain(childPath);
      p = this.skipSpaces(this.p);
      if (p >= le) outside();
      const d = s.charCodeAt(p);
      if (d === RBRACE) {
        this.p = p + 1;
        return map;
      }
      if (d !== COMMA) outside();
      p = this.skipSpaces(p + 1);
      // A trailing comma is left to the full parser.
      if (p >= le || s.charCodeAt(p) === RBRACE) outside();
    }
  }

  /** A one-line flow sequence of scalars `[a, "b", 1.5]` at the cursor; leaves the cursor after "]". */
  private flowSeq(path: string): unknown[] {
    const s = this.s;
    const le = this.le;
    const items: unknown[] = [];
    let p = this.skipSpaces(this.p + 1);
    if (p < le && s.charCodeAt(p) === RBRACKET) {
      this.p = p + 1;
      return items;
    }
    for (;;) {
      if (p >= le) outside();
      const itemPath = itemPathOf(path, items.length);
      this.offsets.set(itemPath, p);
      const c = s.charCodeAt(p);
      this.p = p;
      items.push(c === DQUOTE || c === SQUOTE ? this.quoted(p) : this.flowPlain(itemPath));
      p = this.skipSpaces(this.p);
      if (p >= le) outside();
      const d = s.charCodeAt(p);
      if (d === RBRACKET) {
        this.p = p + 1;
        return items;
      }
      if (d !== COMMA) outside();
      p = this.skipSpaces(p + 1);
      if (p >= le || s.charCodeAt(p) === RBRACKET) outside();
    }
  }

  /** A plain scalar inside a flow collection, at the cursor; leaves the cursor on the "," "]" or "}" after it. */
  private flowPlain(path: string): unknown {
    const s = this.s;
    const le = this.le;
    const start = this.p;
    if (!plainStart(s.charCodeAt(start), s.charCodeAt(start + 1), true)) outside();
    let end = start;
    let i = start;
    for (; i < le; i++) {
      const ch = s.charCodeAt(i);
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break;
      if (ch === SPACE) continue;
      if (ch === LBRACKET || ch === LBRACE) outside();
      if (ch === HASH && s.charCodeAt(i - 1) === SPACE) outside();
      if (ch === COLON) {
        const n = i + 1 < le ? s.charCodeAt(i + 1) : SPACE;
        if (n === SPACE || n === COMMA || n === LBRACKET || n === RBRACKET || n === LBRACE || n === RBRACE) outside();
      }
      end = i + 1;
    }
    if (i >= le) outside();
    this.p = i;
    return this.plain(s.slice(start, end), path);
  }
}

/**
 * Keys and paths met before, so that front matter after front matter uses the same strings: a key
 * then costs one hashed look-up instead of a new string that every map and object it lands in
 * hashes and interns again. Bounded, so hostile front matter cannot grow them.
 */
const MAX_NAMES = 4096;
const names = new Map<string, string>();
const paths = new Map<string, Map<string, string>>();
let pathCount = 0;

/** The string met before equal to `name`, else `name`. */
function sharedName(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMES) return name;
  // An own copy: `name` is a slice of the front matter, which the map would keep alive with its whole file.
  const own = ownCopy(name);
  names.set(own, own);
  return own;
}

/** The path of `key` under `path` ("" at the top): "approval.prepared". */
function pathOf(path: string, key: string): string {
  return path === '' ? key : sharedPath(path, key);
}

/** The path of item `index` of the sequence at `path`: "history.0" (".0" at the top, as the full reader names it). */
function itemPathOf(path: string, index: number): string {
  return sharedPath(path, String(index));
}

/** `${path}.${key}`, the same string each time. */
function sharedPath(path: string, key: string): string {
  let children = paths.get(path);
  if (children === undefined) {
    if (pathCount >= MAX_NAMES) return `${path}.${key}`;
    children = new Map();
    paths.set(path, children);
  }
  let child = children.get(key);
  if (child === undefined) {
    child = `${path}.${key}`;
    if (pathCount < MAX_NAMES) {
      child = ownCopy(child);
      children.set(ownCopy(key), child);
      pathCount++;
    }
  }
  return child;
}

/** A plain key as the full reader names it: the string form of its core-schema value (`0012` → "12"). */
function keyString(raw: string): string {
  // "<<" is a merge key in some schemas; leave it to the full parser.
  if (raw === '<<') outside();
  const value = resolvePlain(raw);
  return typeof value === 'string' ? value : String(value);
}
