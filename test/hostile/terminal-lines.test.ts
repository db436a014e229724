/**
 * The terminal-safe writer takes the lines that need care one at a time (a long report with one
 * hostile title is not walked character by character): what it writes must be exactly what the
 * character-by-character reading wrote, on any text and across writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafeWriter } from '../../src/util/terminal.js';

/** The writer as it was before it went line by line: every character of a text that needs care. */
function referenceWriter(progress: boolean): (text: string) => string {
  const hostile = (c: number): boolean =>
    c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  // eslint-disable-next-line no-control-regex
  const sgr = /^\u001b\[([0-9;]{0,16})m/;
  // eslint-disable-next-line no-control-regex
  const erase = /^\u001b\[K/;
  let lineStart = true;
  return (text) => {
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
        const m = sgr.exec(rest);
        const sequence = m !== null && !m[1]!.split(';').includes('8') ? m[0] : progress ? (erase.exec(rest)?.[0] ?? null) : null;
        if (sequence !== null) {
          out += sequence;
          i += sequence.length - 1;
          continue;
        }
      }
      if (ch === '\r' && (text[i + 1] === '\n' || progress)) {
        out += ch;
        lineStart = true;
        continue;
      }
      if (ch === '\t') {
        out += ch;
        continue;
      }
      if (hostile(c)) {
        out += `\\u${c.toString(16).padStart(4, '0')}`;
        lineStart = false;
        continue;
      }
      if (/^\s$/u.test(ch)) {
        out += ch;
        continue;
      }
      if (lineStart && ch === ':') out += '\\';
      lineStart = false;
      out += ch;
    }
    return out;
  };
}

const PIECES = ['a', 'Đề', ' ', '\u3000', '\t', ':', '::error', '\n', '\r\n', '\r', '\u001b[31m', '\u001b[8m', '\u001b[K', '\u001b]52;c;x\u0007', '\u202e', '\u2028', '\u0085', '"', '{', '  "file": "x"'];

describe('the terminal-safe writer, line by line', () => {
  it('writes what the character-by-character writer wrote, for any texts written one after another', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.boolean(), (writes, progress) => {
        const writer = terminalSafeWriter(progress ? { progress: true } : {});
        const reference = referenceWriter(progress);
        for (const write of writes) expect(writer(write)).toBe(reference(write));
      }),
      { seed: 21, numRuns: 2000 },
    );
  });
});
