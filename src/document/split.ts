/**
 * Splits a Markdown file into its YAML front matter and body, by offsets into the original text.
 * Deliberately not gray-matter: gray-matter evaluates `---js` / `---javascript` fences as code,
 * and no document content may ever be executed.
 */

export type FrontMatterSplit =
  | {
      kind: 'ok';
      /** Offset of the first character of the YAML text (after the opening fence line). */
      yamlStart: number;
      /** Offset just past the YAML text (the start of the closing fence line). */
      yamlEnd: number;
      /** Offset of the first character of the body (after the closing fence line). */
      bodyStart: number;
    }
  | { kind: 'missing' }
  | { kind: 'unterminated'; yamlStart: number }
  | { kind: 'foreign-language'; language: string };

const OPENING = /---[ \t]*([^\r\n]*?)[ \t]*(?:\r\n|\r|\n|$)/y;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/gm;

/**
 * Finds the front matter of `text`, which starts at `start` (1 after a BOM, else 0).
 * A fence naming a language other than YAML (`---js`) is reported, never run.
 */
export function splitFrontMatter(text: string, start = 0): FrontMatterSplit {
  OPENING.lastIndex = start;
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'missing' };
  const language = (opening[1] ?? '').trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    // `----` or a thematic break made of dashes is not a fence at all.
    if (/^-+$/.test(language)) return { kind: 'missing' };
    return { kind: 'foreign-language', language };
  }
  const yamlStart = start + opening[0].length;
  CLOSING.lastIndex = yamlStart;
  // With the `m` flag, ^ and $ also match at CR and LF, so LF, CRLF and CR-only files all work.
  const closing = CLOSING.exec(text);
  if (!closing) return { kind: 'unterminated', yamlStart };
  return finish(text, yamlStart, closing.index, closing.index + closing[0].length);
}

function finish(text: string, yamlStart: number, yamlEnd: number, fenceEnd: number): FrontMatterSplit {
  let bodyStart = fenceEnd;
  if (text.charCodeAt(bodyStart) === 13) bodyStart++;
  if (text.charCodeAt(bodyStart) === 10) bodyStart++;
  return { kind: 'ok', yamlStart, yamlEnd: Math.max(yamlStart, yamlEnd), bodyStart };
}
