/**
 * What the alias index (src/legal/alias-index.ts) reads as the same name, through the recognizer:
 * the behaviour of the one-regex matcher it replaced, and the few places it is deliberately stricter.
 */
import { describe, expect, it } from 'vitest';
import { createCitationRecognizer } from '../../src/legal/citations.js';

const recognizer = createCitationRecognizer([
  { key: '29/2013/QH13', kind: 'Luật', aliases: ['Luật Khoa học và Công nghệ', 'Luật Khoa học'] },
  { key: '3/2022/QH15', kind: 'Luật', aliases: ['Luật (sửa đổi)', 'Luật (sửa đổi) mới'] },
  { key: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013'] },
  { key: '95/2015/QH13', kind: 'Bộ luật', aliases: ['Bộ luật Hàng hải Việt Nam', 'Bộ luật Hàng hải Việt Nam 2015'] },
  { key: '11/2003/QH11', kind: 'Luật', aliases: ['Luật Tổ chức HĐND và UBND 2003'] },
]);
const found = (text: string): Array<[string, string | null]> => recognizer.find(text).map((c) => [c.text, c.key]);

describe('the alias index reads names as the alternation did', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // An abbreviation and the words it stands for are one name, either way round.
    ['Luật KH&CN', [['Luật KH&CN', '29/2013/QH13']]],
    ['Luật KH & CN', [['Luật KH & CN', '29/2013/QH13']]],
    ['Luật KHCN', [['Luật KHCN', '29/2013/QH13']]],
    ['Luật Tổ chức Hội đồng nhân dân và UBND năm 2003', [['Luật Tổ chức Hội đồng nhân dân và UBND năm 2003', '11/2003/QH11']]],
    ['Luật Tổ chức HĐND và Ủy ban nhân dân ngày 26/11/2003', [['Luật Tổ chức HĐND và Ủy ban nhân dân ngày 26/11/2003', '11/2003/QH11']]],
    // More than one space around '&' is not the abbreviation, and "Luật KH" is no name.
    ['Luật KH  &  CN', []],
    // Longest name wins; a name ending in ')' does not end inside a word glued to it.
    ['Luật (sửa đổi) mới', [['Luật (sửa đổi) mới', '3/2022/QH15']]],
    ['Luật (sửa đổi)mới', []],
    ['Luật (sửa đổi), mới', [['Luật (sửa đổi)', '3/2022/QH15']]],
    // A trailing year, also after "năm" or a date; "Nam" before a year stays the country's name.
    ['Luật Đất đai ngày 29 / 11 / 2013', [['Luật Đất đai ngày 29 / 11 / 2013', '45/2013/QH13']]],
    ['Luật Đất đai ngày 29 tháng 11 năm 2014', []],
    ['Bộ luật Hàng hải Việt Nam 2015', [['Bộ luật Hàng hải Việt Nam 2015', '95/2015/QH13']]],
    ['Bộ luật Hàng hải Việt Nam năm 2015', [['Bộ luật Hàng hải Việt Nam năm 2015', '95/2015/QH13']]],
    ['Bộ luật Hàng hải Việt Nam 2005', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads an abbreviation written out as one unit: a shorter name does not end inside it', () => {
    // "Luật Khoa học" is a different name from "Luật Khoa học và Công nghệ", however registered.
    expect(found('Luật Khoa học và Công nghệ')).toEqual([['Luật Khoa học và Công nghệ', '29/2013/QH13']]);
    expect(found('Luật Khoa học, Luật Khoa học và Công nghệ')).toEqual([
      ['Luật Khoa học', '29/2013/QH13'],
      ['Luật Khoa học và Công nghệ', '29/2013/QH13'],
    ]);
  });
});
