/** Turning offsets of a file's text into line and column, as LineIndex counts them, at the cost of a few native searches. */
import { LineIndex, type Position } from '../util/lines.js';

/**
 * Line and column of offsets in `text` (CRLF, LF and a lone CR each end a line, as LineIndex
 * counts them), built lazily: a file whose positions are never asked costs nothing. Text without
 * a CR (most files) finds its line starts with indexOf, not a loop over every character.
 */
export class TextLocator {
  private starts: Int32Array | LineIndex | null = null;
  /** The line of the last answer (0-based): offsets are mostly asked in order. */
  private last = 0;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    this.starts ??= lineStarts(this.text);
    const starts = this.starts;
    if (!(starts instanceof Int32Array)) return starts.position(offset);
    let line = this.last;
    if (!(starts[line]! <= offset && (line + 1 === starts.length || starts[line + 1]! > offset))) {
      // Binary search for the last start at or before the offset (the first line when before all).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      line = lo;
      this.last = line;
    }
    return { line: line + 1, column: offset - starts[line]! + 1 };
  }
}

/** Offsets where lines start, or a LineIndex when the text holds a CR (its rules for CR, CRLF). */
function lineStarts(text: string): Int32Array | LineIndex {
  if (text.includes('\r')) return new LineIndex(text);
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  return starts;
}
