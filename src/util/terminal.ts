/**
 * Text that reaches a terminal or a CI log, made harmless in one place: control characters (C0 but
 * line feed, tab and the CR of CRLF, DEL, C1, escape sequences other than qms's own colours), line and paragraph
 * separators and bidirectional overrides are shown escaped (`\u001b`), and a line that would begin
 * with ':' — GitHub Actions runs any line whose first non-blank characters are `::` as a workflow
 * command — gets a backslash in front. Applied to every text output by the CLI's writer.
 */

/** What a stream may carry besides text. */
export interface TerminalOptions {
  /** Let `\r` and the erase-line sequence through (the progress line on stderr). */
  progress?: boolean;
}

/** Colour (SGR) sequences as chalk writes them; 8 (conceal), which could hide text, is refused below. */
// eslint-disable-next-line no-control-regex
const SGR = /^\u001b\[([0-9;]{0,16})m/;
// eslint-disable-next-line no-control-regex
const ERASE_LINE = /^\u001b\[K/;
/** Blanks the GitHub runner trims before looking for `::` (.NET TrimStart: Unicode white space). */
const BLANK = /^\s$/u;

/** A colour sequence at the start of `rest`, or null. */
function colour(rest: string): string | null {
  const m = SGR.exec(rest);
  return m !== null && !(m[1] as string).split(';').includes('8') ? m[0] : null;
}

/** Whether code point c must be escaped. */
function isHostile(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** The text without any character terminalSafe would escape (for a cell that must stay one plain line). */
export function stripHostile(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isHostile(text.charCodeAt(i))) out += text[i];
  return out;
}

const escape = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * One value shown on a line (a title, a code, a file name): every control character and bidi
 * override escaped, line feeds and tabs too, so it can neither break the line nor restyle it.
 */
export function terminalSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHostile(c)) continue;
    out += text.slice(from, i) + escape(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * What the writer may change: a hostile character (isHostile, but for the tab and line feed kept
 * as they are; a carriage return too, which the writer treats by context), an escape sequence, or
 * a colon that begins a line after blanks.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NEEDS_CARE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|(?:^|\n)[^\S\n]*:/u;

/** Whether only blanks follow the last line feed of `text` (else `before`, when it has only blanks). */
function lineStartAfter(text: string, before: boolean): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n') return true;
    if (!BLANK.test(ch)) return false;
  }
  return before;
}

/**
 * A writer that neutralises what `write` is given, keeping line feeds, tabs and qms's colours;
 * it remembers across writes whether a line has begun, for the `::` rule.
 */
export function terminalSafeWriter(options: TerminalOptions = {}): (text: string) => string {
  /** Only blanks so far on the current line. */
  let lineStart = true;
  return (text) => {
    // Most output (a JSON report of many findings, say) has nothing to neutralise: checked with
    // one regular expression instead of character by character.
    if (!NEEDS_CARE.test(text)) {
      lineStart = lineStartAfter(text, lineStart);
      return text;
    }
    // Else line by line: only the lines that need it go through the character loop (one title
    // with a bidi mark in a 29 MB report is one line, not the whole report).
    let out = '';
    for (let from = 0; from < text.length; ) {
      const next = text.indexOf('\n', from);
      const end = next < 0 ? text.length : next + 1;
      const line = text.slice(from, end);
      if (NEEDS_CARE.test(line)) out += careful(line);
      else {
        out += line;
        lineStart = lineStartAfter(line, lineStart);
      }
      from = end;
    }
    return out;
  };

  /** One line (with its line feed, if any) character by character. */
  function careful(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const c = text.charCodeAt(i);
      if (ch === '\n') {
        out += ch;
        lineStart = true;
        continue;
      }
      if (c === 0x1b) {
        const rest = text.slice(i, i + 24);
        const sequence = colour(rest) ?? (options.progress === true ? (ERASE_LINE.exec(rest)?.[0] ?? null) : null);
        if (sequence !== null) {
          out += sequence;
          i += sequence.length - 1;
          continue;
        }
      }
      // CRLF (CSV for Excel) keeps its CR; a bare CR, which overwrites the line, only on the progress stream.
      if (ch === '\r' && (text[i + 1] === '\n' || options.progress === true)) {
        out += ch;
        lineStart = true;
        continue;
      }
      if (ch === '\t') {
        out += ch;
        continue;
      }
      if (isHostile(c)) {
        out += escape(c);
        lineStart = false;
        continue;
      }
      if (BLANK.test(ch)) {
        out += ch;
        continue;
      }
      if (lineStart && ch === ':') out += '\\';
      lineStart = false;
      out += ch;
    }
    return out;
  }
}
