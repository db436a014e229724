/**
 * A single-pass, line-based reader of the Markdown structure qms needs: headings, the ranges that
 * hold no prose (fenced code, HTML comments) and generated regions. A full remark parse of a
 * province-size repository takes minutes; this takes a fraction of the time to read the files.
 * test/markdown/scan.test.ts compares its headings with remark-parse's on the demo agency.
 */

export interface Heading {
  level: number;
  /** Heading text without the markers and closing hashes, trimmed. */
  text: string;
  /** Offset of the first character of the heading line. */
  offset: number;
}

/** A region between `<!-- qms:begin NAME -->` and `<!-- qms:end NAME -->`. */
export interface GeneratedRegion {
  name: string;
  /** Offset of the begin marker. */
  start: number;
  /** Offset just past the end of the begin marker's line. */
  contentStart: number;
  /** Offset of the end marker's line. */
  contentEnd: number;
  /** Offset just past the end marker. */
  end: number;
}

/** A body's structure; shared by every caller that scans the same text (see scanBody), so read-only. */
export interface BodyStructure {
  readonly headings: readonly Heading[];
  /** [start, end) ranges that are not prose: fenced code, HTML comments, generated regions. */
  readonly excluded: ReadonlyArray<readonly [number, number]>;
  readonly regions: readonly GeneratedRegion[];
  /** Markers without a partner, for a finding. */
  readonly strayMarkers: ReadonlyArray<{ readonly name: string; readonly offset: number; readonly kind: 'begin' | 'end' }>;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const MARKER = /<!--\s*qms:(begin|end)\s+([\w.-]+)\s*-->/;
/** A marker without a usable name: reported, never taken for a region. */
const BAD_MARKER = /<!--\s*qms:(begin|end)\b(?![ \t]+[\w.-]+\s*-->)/;

/**
 * Reads the structure of `text` from offset `start` (the body start) to its end. The reader of a
 * document, generated/stale and the processing table each want the structure of the same text one
 * after the other: the last scan is kept and given again for the same text and start.
 */
export function scanBody(text: string, start = 0): BodyStructure {
  if (last !== undefined && last.start === start && last.text === text) return last.structure;
  const structure = scan(text, start);
  last = { text, start, structure };
  return structure;
}

let last: { text: string; start: number; structure: BodyStructure } | undefined;

function scan(text: string, start: number): BodyStructure {
  const headings: Heading[] = [];
  const excluded: Array<[number, number]> = [];
  const regions: GeneratedRegion[] = [];
  const strayMarkers: Array<{ name: string; offset: number; kind: 'begin' | 'end' }> = [];
  let fence: { char: string; length: number; start: number } | null = null;
  let comment: number | null = null;
  let open: { name: string; start: number; contentStart: number } | null = null;
  let previous: { text: string; offset: number } | null = null;

  let lineStart = start;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let next = lineEnd;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10 && (next === lineEnd || text.charCodeAt(next - 1) === 13)) next++;
    const line = text.slice(lineStart, lineEnd);

    if (fence) {
      const close = mayOpenFence(line) ? FENCE.exec(line) : null;
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && line.trim() === close[1]) {
        excluded.push([fence.start, next]);
        fence = null;
      }
    } else if (comment !== null) {
      const close = line.indexOf('-->');
      if (close >= 0) {
        excluded.push([comment, lineStart + close + 3]);
        // More comments may follow on the same line.
        comment = excludeComments(line, lineStart, close + 3, excluded);
      }
    } else {
      // Markers and comments start with "<!--", fences with ``` or ~~~: most lines are neither,
      // and are ruled out without running the patterns.
      const hasComment = line.includes('<!--');
      const marker = hasComment ? MARKER.exec(line) : null;
      const opening = mayOpenFence(line) ? FENCE.exec(line) : null;
      const bad = marker || !hasComment ? null : BAD_MARKER.exec(line);
      if (bad) {
        strayMarkers.push({ name: '', offset: lineStart + bad.index, kind: bad[1] as 'begin' | 'end' });
        comment = excludeComments(line, lineStart, 0, excluded);
        previous = null;
      } else if (marker) {
        const [, kind, name] = marker as unknown as [string, 'begin' | 'end', string];
        const offset = lineStart + marker.index;
        if (kind === 'begin') {
          if (open) strayMarkers.push({ name: open.name, offset: open.start, kind: 'begin' });
          open = { name, start: offset, contentStart: next };
        } else if (open && open.name === name) {
          regions.push({ name, start: open.start, contentStart: open.contentStart, contentEnd: lineStart, end: offset + marker[0].length });
          excluded.push([open.start, offset + marker[0].length]);
          open = null;
        } else {
          strayMarkers.push({ name, offset, kind: 'end' });
        }
        previous = null;
      } else if (opening && !(opening[1]![0] === '`' && line.slice(opening.index + opening[0].length).includes('`'))) {
        fence = { char: opening[1]![0]!, length: opening[1]!.length, start: lineStart };
        previous = null;
      } else if (hasComment) {
        comment = excludeComments(line, lineStart, 0, excluded);
        previous = null;
      } else {
        const atx = atxHeading(line);
        // Whether the line before can be a setext heading's text is asked only under a "===" or "---".
        const setext = previous !== null && mayBeSetext(line) && isParagraphLine(previous.text) ? SETEXT.exec(line) : null;
        if (atx) {
          headings.push({ level: atx.level, text: atx.text, offset: lineStart });
          previous = null;
        } else if (setext && previous) {
          headings.push({ level: setext[1]![0] === '=' ? 1 : 2, text: previous.text.trim(), offset: previous.offset });
          previous = null;
        } else {
          const blank = line.trim() === '';
          previous = blank ? null : { text: line, offset: lineStart };
        }
      }
    }
    if (next === lineStart) break;
    lineStart = next;
  }
  if (fence) excluded.push([fence.start, text.length]);
  if (comment !== null) excluded.push([comment, text.length]);
  if (open) strayMarkers.push({ name: open.name, offset: open.start, kind: 'begin' });
  return { headings, excluded, regions, strayMarkers };
}

/**
 * Excludes every `<!-- … -->` of a line from `from` on; returns the offset of a comment left open
 * at the end of the line, or null.
 */
function excludeComments(line: string, lineStart: number, from: number, excluded: Array<[number, number]>): number | null {
  let cursor = from;
  for (;;) {
    const open = line.indexOf('<!--', cursor);
    if (open < 0) return null;
    const close = line.indexOf('-->', open + 4);
    if (close < 0) return lineStart + open;
    excluded.push([lineStart + open, lineStart + close + 3]);
    cursor = close + 3;
  }
}

/** The first character after up to three spaces (what FENCE and SETEXT look at first), or NaN. */
function firstAfterIndent(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}

/** Whether FENCE can match: "`" or "~" after up to three spaces. */
function mayOpenFence(line: string): boolean {
  const c = firstAfterIndent(line);
  return c === 0x60 || c === 0x7e;
}

/** Whether SETEXT can match: "=" or "-" after up to three spaces. */
function mayBeSetext(line: string): boolean {
  const c = firstAfterIndent(line);
  return c === 0x3d || c === 0x2d;
}

/** A line that can be the text of a setext heading: not a list item, quote, table row or indented code. */
function isParagraphLine(line: string): boolean {
  return !/^(?: {4}|\t| {0,3}(?:[-*+>|]|\d{1,9}[.)])(?:\s|$))/.test(line) && !line.trimStart().startsWith('|');
}

/**
 * An ATX heading (`## 1. Mục đích ##`), parsed by hand: a regex for it backtracks quadratically on a
 * line of many spaces. Up to three spaces, one to six `#`, then a space, a tab or the line's end;
 * the text without an optional closing run of `#` preceded by a space.
 */
function atxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let level = 0;
  while (line.charCodeAt(i + level) === 35 && level < 7) level++;
  if (level === 0 || level > 6) return null;
  const after = i + level;
  if (after < line.length && line[after] !== ' ' && line[after] !== '\t') return null;
  let end = line.length;
  while (end > after && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let closing = end;
  while (closing > after && line[closing - 1] === '#') closing--;
  if (closing < end && (closing === after || line[closing - 1] === ' ' || line[closing - 1] === '\t')) end = closing;
  return { level, text: line.slice(after, end).trim() };
}
