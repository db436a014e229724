import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskRanges } from '../../src/document/read-document.js';

/** The reference: every code unit of the union of the ranges but line breaks blanked, one by one. */
function referenceMask(text: string, from: number, ranges: ReadonlyArray<readonly [number, number]>): string {
  const blank = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of ranges) for (let i = Math.max(start, from); i < end; i++) blank[i] = true;
  let result = '';
  for (let i = from; i < text.length; i++) result += blank[i] && text[i] !== '\r' && text[i] !== '\n' ? ' ' : text[i];
  return result;
}

describe('maskRanges', () => {
  it('blanks the union of the ranges, line breaks kept, code unit for code unit', () => {
    const input = fc
      .array(fc.oneof(fc.constantFrom('\r\n', '\n', '\r', 'Điều ', '\u{1F600}', 'x'.repeat(1500)), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 30 })
      .map((parts) => parts.join(''))
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.nat({ max: text.length }),
          fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const), { maxLength: 6 }),
        ),
      );
    fc.assert(
      fc.property(input, ([text, from, ranges]) => {
        expect(maskRanges(text, from, ranges)).toBe(referenceMask(text, from, ranges));
      }),
      { numRuns: 500 },
    );
  });
});
