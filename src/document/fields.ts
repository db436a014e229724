/** FieldReader: lenient, typed and located reads of front matter values (text, integer, date, lists) by dotted path. */
import { isoDateOrUndefined } from '../util/dates.js';
import type { Position } from '../util/lines.js';
import type { Located, RawFrontMatter } from '../model/document.js';
import { positionFinder } from './frontmatter.js';

/**
 * Lenient readers of front matter values: a value of the wrong type reads as undefined (the
 * frontmatter/schema rule reports it), so every other rule can trust what it gets.
 */
export class FieldReader {
  /** Whether any scalar is kept as written (most front matter has none: no look-up then). */
  private readonly anyRaw: boolean;

  /** `frontMatter.positions[path]`, without making them all (see positionFinder). */
  private readonly positionOf: (path: string) => Position | undefined;

  constructor(readonly frontMatter: RawFrontMatter) {
    this.anyRaw = Object.keys(frontMatter.rawScalars).length > 0;
    this.positionOf = positionFinder(frontMatter);
  }

  /** Position of a path, falling back to its parent and then to the opening fence. */
  position(path: string): Position {
    let current = path;
    for (;;) {
      const found = this.positionOf(current);
      if (found) return found;
      const dot = current.lastIndexOf('.');
      if (dot < 0) return this.frontMatter.start;
      current = current.slice(0, dot);
    }
  }

  value(path: string): unknown {
    // Part by part as path.split('.') gives them, without making the array.
    let current: unknown = this.frontMatter.data;
    let start = 0;
    for (;;) {
      if (current === null || typeof current !== 'object') return undefined;
      const dot = path.indexOf('.', start);
      current = (current as Record<string, unknown>)[dot < 0 ? (start === 0 ? path : path.slice(start)) : path.slice(start, dot)];
      if (dot < 0) return current;
      start = dot + 1;
    }
  }

  /** A string, or a number written where text was meant, in its source form ("0012"). */
  text(path: string): string | undefined {
    const raw = this.anyRaw ? this.frontMatter.rawScalars[path] : undefined;
    return raw !== undefined ? raw : textOf(this.value(path));
  }

  located<T>(path: string, value: T | undefined): Located<T> | undefined {
    return value === undefined ? undefined : { value, position: this.position(path) };
  }

  locatedText(path: string): Located<string> | undefined {
    return this.located(path, this.text(path));
  }

  integer(path: string): number | undefined {
    const value = this.value(path);
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
  }

  date(path: string): string | undefined {
    return isoDateOrUndefined(this.value(path));
  }

  locatedDate(path: string): Located<string> | undefined {
    return this.located(path, this.date(path));
  }

  /** A list's length, or 0 when the value is not a list. */
  listLength(path: string): number {
    const value = this.value(path);
    return Array.isArray(value) ? value.length : 0;
  }

  /** Strings of a list, or of a single string written where a list was meant. */
  texts(path: string): Array<Located<string>> {
    const value = this.value(path);
    if (typeof value === 'string') return [{ value, position: this.position(path) }];
    const result: Array<Located<string>> = [];
    if (!Array.isArray(value)) return result;
    // The items are read from the list in hand, not looked up again path by path.
    for (let i = 0; i < value.length; i++) {
      const itemPath = `${path}.${i}`;
      const raw = this.anyRaw ? this.frontMatter.rawScalars[itemPath] : undefined;
      const text = raw !== undefined ? raw : textOf(value[i]);
      if (text !== undefined) result.push({ value: text, position: this.position(itemPath) });
    }
    return result;
  }
}

/** A value as text (see FieldReader.text): a non-blank string, or a number in its string form. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
