/**
 * The search folds text twice — the index in TypeScript at generation, the query in the browser
 * from FOLD_SEARCH_JS — and both must agree on every Vietnamese letter, composed or decomposed,
 * lower or upper case, or a query would miss what the index holds.
 */
import { describe, expect, it } from 'vitest';
import { FOLD_SEARCH_JS, foldSearch } from '../../src/site/fold.js';

const browserFold = new Function(`${FOLD_SEARCH_JS}; return foldSearch;`)() as (text: string) => string;

/** a ă â e ê i o ô ơ u ư y with the five tone marks and none, and đ: every letter of Vietnamese, both cases. */
function vietnameseLetters(): string[] {
  const bases = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = [...bases.flatMap((base) => tones.map((tone) => `${base}${tone}`.normalize('NFC'))), 'đ', ...'bcdghklmnpqrstvx'];
  return [...lower, ...lower.map((letter) => letter.toUpperCase())];
}

describe('the search fold', () => {
  it('folds every Vietnamese letter the same in the index and in the browser, NFC and NFD alike', () => {
    const letters = vietnameseLetters();
    expect(letters).toHaveLength(2 * (12 * 6 + 1 + 16));
    for (const letter of letters) {
      for (const form of [letter, letter.normalize('NFD')]) {
        const folded = foldSearch(form);
        expect(browserFold(form), `${letter} (${form.length} code units)`).toBe(folded);
        expect(folded).toMatch(/^[a-z]$/);
      }
    }
  });

  it('agrees on separators, digits and the other đ-like letters', () => {
    for (const text of ['QT-KHCN-01/BM.02', 'Ð ð Đ đ', '  Điều 5, khoản 2 — “một cửa”  ', '١٢٣ ½ ²', 'ǅ ǈ ﬁ']) expect(browserFold(text)).toBe(foldSearch(text));
  });
});
