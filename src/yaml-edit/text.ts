/**
 * Offset helpers over a text whose lines may end with LF or CRLF. Edits are made on the original
 * text by offsets, so everything here works on offsets and never re-serialises anything.
 */

/** How new text is written so it blends in with the file: its line ending and normalisation. */
export interface TextStyle {
  eol: '\n' | '\r\n' | '\r';
  nfd: boolean;
}

/**
 * The style of a file. The front matter's own line ending wins (it is where new lines go); a file
 * whose front matter has no line break yet uses the ending of its first line. Normalisation follows
 * the front matter when it tells (it holds decomposed text, or text NFD would decompose), else the
 * whole file, so an NFD document does not end up with mixed normalisation.
 */
export function detectStyle(text: string, yaml: string): TextStyle {
  const sample = /\r\n|\r|\n/.exec(yaml) ?? /\r\n|\r|\n/.exec(text);
  const yamlIsNfd = yaml !== yaml.normalize('NFC');
  const yamlIsNfc = yaml !== yaml.normalize('NFD');
  const nfd = yamlIsNfd || (!yamlIsNfc && text !== text.normalize('NFC'));
  return { eol: sample?.[0] === '\r\n' || sample?.[0] === '\r' ? sample[0] : '\n', nfd };
}

/**
 * The text the YAML parser reads: the `yaml` package does not take a lone CR as a line break, so
 * CR-only files are read with LF in its place, as qms reads them. Same length, so offsets hold.
 */
export function parserView(yaml: string): string {
  return yaml.replace(/\r(?!\n)/g, '\n');
}

/** Turns generated text (written with `\n`) into the file's line ending. */
export function withEol(generated: string, style: TextStyle): string {
  return style.eol === '\n' ? generated : generated.replace(/\n/g, style.eol);
}

/** Offset of the first character of the line that holds `offset`. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset of the line break (or the end of the text) of the line that holds `offset`. */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset just past the line break at `offset` (which is a line end), or `offset` at the end. */
export function afterBreak(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  if (text[offset] === '\n' || text[offset] === '\r') return offset + 1;
  return offset;
}

/** Offset of the start of the next line after the line that holds `offset`. */
export function nextLine(text: string, offset: number): number {
  return afterBreak(text, lineEnd(text, offset));
}

/** Column (0-based) of `offset`; YAML indentation is spaces, so this is the indentation width. */
export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Whether only spaces and tabs precede `offset` on its line. */
export function firstOnLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/**
 * Offset past the comment-only lines that follow `offset` (a line start) and are indented deeper
 * than `indent`: such comments sit inside the entry above them, so they go with it.
 */
export function skipNestedComments(text: string, offset: number, indent: number): number {
  let i = offset;
  for (;;) {
    const match = /^([ \t]*)#/.exec(text.slice(i, lineEnd(text, i)));
    if (i >= text.length || !match || (match[1] ?? '').length <= indent) return i;
    i = nextLine(text, i);
  }
}

/** A replacement of `[start, end)` by `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies one splice. */
export function applySplice(source: string, splice: Splice): string {
  return source.slice(0, splice.start) + splice.text + source.slice(splice.end);
}
