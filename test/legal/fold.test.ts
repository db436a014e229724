import { describe, it, expect } from 'vitest';
import { foldForSearch, foldPlain } from '../../src/legal/fold.js';

/** Check the map invariants: one entry per folded char plus the end, non-decreasing, in range. */
function expectValidMap(original: string, folded: { text: string; map: Int32Array }): void {
  expect(folded.map.length).toBe(folded.text.length + 1);
  expect(folded.map[folded.text.length]).toBe(original.length);
  for (let i = 0; i < folded.text.length; i++) {
    const at = folded.map[i] as number;
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(original.length);
    if (i > 0) expect(at).toBeGreaterThanOrEqual(folded.map[i - 1] as number);
  }
}

describe('foldForSearch', () => {
  it.each([
    ['ASCII is lower-cased', 'Nghi Dinh ND-CP', 'nghi dinh nd-cp'],
    ['Vietnamese diacritics are dropped', 'Nghị định Thông tư Quyết định Luật', 'nghi dinh thong tu quyet dinh luat'],
    ['upper-case Vietnamese', 'ĐIỀU KHOẢN ĐIỂM', 'dieu khoan diem'],
    ['đ and Đ', 'đĐ', 'dd'],
    ['Ð U+00D0 and ð U+00F0', '\u00d0\u00f0', 'dd'],
    ['Ɖ U+0189, ɖ U+0256, ᵭ U+1D6D', '\u0189\u0256\u1d6d', 'ddd'],
    ['fraction, division, fullwidth and big solidus', '\u2044\u2215\uff0f\u29f8', '////'],
    ['hyphens and dashes U+2010–U+2015', '\u2010\u2011\u2012\u2013\u2014\u2015', '------'],
    ['minus, small and fullwidth hyphen-minus', '\u2212\ufe58\ufe63\uff0d', '----'],
    ['NBSP, en quad … hair space, narrow NBSP, math space, ideographic space', '\u00a0\u2000\u2005\u200a\u202f\u205f\u3000', '       '],
    ['tab, CR, LF', 'a\tb\r\nc', 'a b  c'],
    ['zero-width chars are dropped', 'N\u200bĐ\u200c-\u200dC\ufeffP', 'nd-cp'],
    ['fullwidth digits and letters', '\uff16\uff11\uff0f\uff12\uff10\uff11\uff18\uff0f\uff2e\uff24', '61/2018/nd'],
    ['astral chars pass through', 'a\u{1F600}b', 'a\u{1F600}b'],
  ])('%s', (_name, input, expected) => {
    const folded = foldForSearch(input);
    expect(folded.text).toBe(expected);
    expectValidMap(input, folded);
  });

  it('folds NFC and NFD text the same', () => {
    const nfc = 'Căn cứ khoản 2 Điều 9 Nghị định số 61/2018/NĐ-CP của Chính phủ; Luật Đất đai năm 2013';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldForSearch(nfd).text).toBe(foldForSearch(nfc).text);
    expect(foldForSearch(nfc).text).toBe('can cu khoan 2 dieu 9 nghi dinh so 61/2018/nd-cp cua chinh phu; luat dat dai nam 2013');
  });

  it('maps each folded char back to the original code unit', () => {
    const original = 'Đi\u0300e\u0302\u0300u 9';
    const folded = foldForSearch(original);
    expect(folded.text).toBe('dieu 9');
    expect(Array.from(folded.map)).toEqual([0, 1, 3, 6, 7, 8, 9]);
    expectValidMap(original, folded);
  });

  it('maps past dropped zero-width chars', () => {
    const original = '\ufeff61\u200b/2018';
    const folded = foldForSearch(original);
    expect(folded.text).toBe('61/2018');
    expect(folded.map[0]).toBe(1);
    expect(folded.map[2]).toBe(4);
    expect(original.slice(folded.map[0], folded.map[folded.text.length])).toBe('61\u200b/2018');
  });

  it('handles empty text', () => {
    const folded = foldForSearch('');
    expect(folded.text).toBe('');
    expect(Array.from(folded.map)).toEqual([0]);
  });

  it('handles chars that fold to more than one char', () => {
    // U+0130 (İ) lower-cases to i + U+0307; the mark is stripped again.
    const folded = foldForSearch('\u0130x');
    expect(folded.text).toBe('ix');
    expectValidMap('\u0130x', folded);
  });

  it('keeps folding correctly after a cache fill (second call same result)', () => {
    const s = 'Ệ ờ ữ ẳ';
    expect(foldForSearch(s).text).toBe('e o u a');
    expect(foldForSearch(s).text).toBe('e o u a');
  });
});

describe('foldPlain', () => {
  it('collapses whitespace runs and trims', () => {
    expect(foldPlain('  Luật\u00a0 Đất\r\nđai  ')).toBe('luat dat dai');
    expect(foldPlain(' \t ')).toBe('');
  });
});
