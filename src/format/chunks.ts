/** Reports in pieces: joined, exactly a formatter's text; written one at a time by qms check. */

// A run with tens of thousands of findings then never holds the whole text, nor every finding's rendered object, at once.

/** How many findings one piece of a report renders. */
export const FINDINGS_PER_CHUNK = 1000;

/** A report's pieces joined: the text the formatter stands for. */
export function joinChunks(chunks: Iterable<string>): string {
  return Array.isArray(chunks) ? (chunks as string[]).join('') : [...chunks].join('');
}

/** `items` mapped lazily: each one rendered only when its piece is made. */
export function* mapLazily<T, U>(items: Iterable<T>, render: (item: T) => U): Generator<U> {
  for (const item of items) yield render(item);
}

/**
 * `JSON.stringify(document, null, 2)` and a newline, where the one string `marker` in `document`
 * stands for the array `items`, in pieces of `perChunk` items: the bytes JSON.stringify gives for
 * the whole document with the array in place (an item is indented as deep as its array; JSON text
 * holds line breaks only between its tokens, never inside a string).
 */
export function* jsonWithArrayInPieces(document: unknown, marker: string, items: Iterable<unknown>, perChunk = FINDINGS_PER_CHUNK): Generator<string> {
  const shell = JSON.stringify(document, null, 2);
  const quoted = JSON.stringify(marker);
  const at = shell.indexOf(quoted);
  if (at < 0 || shell.indexOf(quoted, at + 1) >= 0) throw new Error('jsonWithArrayInPieces: the marker must stand once in the document');
  const lineStart = shell.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(shell.slice(lineStart))![0];
  const itemIndent = `${indent}  `;
  let piece = `${shell.slice(0, at)}[`;
  let count = 0;
  for (const item of items) {
    // An item JSON cannot hold (undefined, a function) is null in an array, as JSON.stringify writes it.
    const text = JSON.stringify(item, null, 2) ?? 'null';
    piece += `${count === 0 ? '' : ','}\n${itemIndent}${text.replaceAll('\n', `\n${itemIndent}`)}`;
    count++;
    if (count % perChunk === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${count === 0 ? ']' : `\n${indent}]`}${shell.slice(at + quoted.length)}\n`;
}
