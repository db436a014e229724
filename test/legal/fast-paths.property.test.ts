import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../src/legal/citation-types.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { foldForSearch } from '../../src/legal/fold.js';

/**
 * The fold's shared identity map and the recognizer's `articles: false` are speed paths: each must
 * give what the reference reading gives. Texts are drawn from fragments that exercise both paths
 * (ASCII, NFC and NFD Vietnamese, dropped, wide and multi-unit folds, citations with articles).
 */
const FRAGMENTS = [
  'Căn cứ ', 'khoản 2 Điều 9 ', 'điểm a khoản 1 Điều 5, Điều 7 của ', 'Nghị định số 61/2018/NĐ-CP', ' ngày 23/4/2018',
  'Luật Đất đai 2013', 'Luật Doanh nghiệp số 59/2020/QH14', 'NĐ 61/2018', '61 / 2018 / ND-CP', 'Thông tư 2/2017/TT-BKHCN',
  'QT-TP-001', 'BM-01/QT-TP-001', '\r\n', '\n\n', ' ', '\u00a0', '\u200b', '\ufeff', 'Đ', 'đ', 'Nghi\u0323 đi\u0323nh',
  '\u0130', '\u0149', 'ＱＤ', '\uff16\uff11', '日本', '\u{1F600}', '—', '/', '12/UBND-VX', 'https://x.vn/61/2018/nd-cp', 'Ệ ờ ữ ẳ',
];
const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** The fold of each code unit alone, joined: what folding a text must give, with its map. */
function referenceFold(original: string): { text: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const one = foldForSearch(original[i] as string).text;
    folded += one;
    for (let k = 0; k < one.length; k++) map.push(i);
  }
  map.push(original.length);
  return { text: folded, map };
}

describe('foldForSearch fast path', () => {
  it('folds a text as its code units one by one, with the same map', () => {
    fc.assert(
      fc.property(text, (original) => {
        const folded = foldForSearch(original);
        const expected = referenceFold(original);
        expect(folded.text).toBe(expected.text);
        expect(Array.from(folded.map)).toEqual(expected.map);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a returned identity map intact across later folds', () => {
    const first = foldForSearch('Nghị định 61/2018');
    const copy = Array.from(first.map);
    foldForSearch('Nghi\u0323 \u200bđịnh '.repeat(50));
    expect(Array.from(first.map)).toEqual(copy);
  });
});

const LEXICON: LexiconEntry[] = [
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '2/2017/TT-BKHCN', kind: 'Thông tư', aliases: [] },
  { key: '12/UBND-VX', kind: 'Công văn', aliases: [] },
  { key: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013'] },
  { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp'] },
];
const recognizer = createCitationRecognizer(LEXICON);

describe('find without article references', () => {
  it('finds the same citations, each without its articles', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, papers) => {
        const reference = recognizer.find(body, { papers }).map((c) => ({ ...c, articles: [], articlesStart: c.start }));
        expect(recognizer.find(body, { papers, articles: false })).toEqual(reference);
      }),
      { numRuns: 500 },
    );
  });
});
