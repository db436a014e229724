/** A position in a text file: 1-based line and 1-based column (UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps offsets to line/column. Line starts are computed once per file, so many look-ups stay cheap.
 * CRLF, LF and lone CR all end a line, as editors count them.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Line and column of an offset (clamped to the text). */
  position(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
