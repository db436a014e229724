import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesBefore, readArticlesBefore } from '../../src/legal/article-scan.js';
import { foldForSearch } from '../../src/legal/fold.js';

/**
 * articlesBefore rules most windows out before making their tokens (the last "Điều" of a window
 * must be followed by a number): it must give what the automaton over every token gives. Windows
 * are drawn from fragments of reference lists, kind words, names and near misses ("điều kiện",
 * "Điều 12345", "dieux"), ending at any offset.
 */
const FRAGMENTS = [
  'Điều', 'điều', 'Điều 5', 'Điều 12a', 'Điều 12345', 'khoản 2', 'điểm a', 'các', 'và', 'hoặc', ',', ';', ':', ' ', '  ', '\n',
  'của', 'tại', 'số', 'Nghị định', 'Luật', 'Doanh nghiệp', 'Thông tư liên tịch', 'NĐ', '5', '7b', '2018', 'a', 'điều kiện',
  'dieux', 'xđiều', 'Điều5', '@', '-', 'theo', 'này', 'ngày',
];
const parts = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 30 });
/** A folded text and a lead: at the end of one of its parts (where citations start) or anywhere. */
const window = fc.tuple(parts, fc.nat(), fc.boolean()).map(([list, n, atPart]) => {
  const folded = foldForSearch(list.join(' ')).text;
  // Folding is per code unit, so a prefix folds to a prefix.
  const lead = atPart ? foldForSearch(list.slice(0, n % (list.length + 1)).join(' ')).text.length : n % (folded.length + 1);
  return { folded, lead };
});

describe('articlesBefore quick rule-out', () => {
  it('finds what the automaton over every token finds', () => {
    fc.assert(
      fc.property(window, fc.nat(), fc.boolean(), ({ folded, lead }, a, bareNumber) => {
        const windowStart = lead === 0 ? 0 : a % (lead + 1);
        const hasDieu = folded.slice(windowStart, lead).includes('dieu');
        const expected = hasDieu ? readArticlesBefore(folded, windowStart, lead, bareNumber) : null;
        expect(articlesBefore(folded, windowStart, lead, bareNumber)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('still reads the references that end at a citation', () => {
    const folded = foldForSearch('theo khoản 2 Điều 21, Điều 7 của Nghị định số 34/2016/NĐ-CP').text;
    const lead = folded.indexOf('34/');
    expect(articlesBefore(folded, 0, lead, true)).toEqual(readArticlesBefore(folded, 0, lead, true));
    expect(articlesBefore(folded, 0, lead, true)).not.toBeNull();
  });

  it('ends on a window that opens with a word only beginning like "dieu"', () => {
    const folded = 'dieux 5 nghi dinh 61/2018/nd-cp';
    expect(articlesBefore(folded, 0, folded.indexOf('61/'), true)).toBeNull();
  });
});
