/**
 * Citations as agencies really write them: symbols whose hyphen was lost in PDF text, headings in
 * capitals, numbers broken across lines, administrative papers that are not legal documents, and
 * law names with the usual abbreviations. Each case is a sentence from a published procedure or
 * resolution; the tests assert the key found and where it stands.
 */
import { describe, it, expect } from 'vitest';
import type { Citation, LexiconEntry } from '../../src/legal/citation-types.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';

const LEXICON: LexiconEntry[] = [
  { key: '63/2010/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '1/2018/TT-VPCP', kind: 'Thông tư', aliases: [] },
  { key: '21/2024/TT-BYT', kind: 'Thông tư', aliases: [] },
  { key: '124/2019/NQ-HDND', kind: 'Nghị quyết', aliases: [] },
  { key: '19/2014/QD-TTG', kind: 'Quyết định', aliases: [] },
  { key: '12/UBND-VX', kind: 'Công văn', aliases: [] },
  { key: '77/2015/QH13', kind: 'Luật', aliases: ['Luật Tổ chức chính quyền địa phương 2015'] },
  { key: '72/2025/QH15', kind: 'Luật', aliases: ['Luật Tổ chức chính quyền địa phương năm 2025'] },
  { key: '80/2015/QH13', kind: 'Luật', aliases: ['Luật Ban hành văn bản quy phạm pháp luật 2015'] },
  { key: '11/2003/QH11', kind: 'Luật', aliases: ['Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân 2003'] },
  { key: '29/2013/QH13', kind: 'Luật', aliases: ['Luật Khoa học và Công nghệ'] },
  { key: 'TCVN ISO 9001:2015', kind: 'Tiêu chuẩn', aliases: ['TCVN ISO 9001:2015'] },
];

const recognizer = createCitationRecognizer(LEXICON);

/** [key, start, end] of each citation. */
type Spot = [key: string | null, start: number, end: number];
const spot = (c: Citation): Spot => [c.key, c.start, c.end];
/** Where `piece` stands in `text` (its first occurrence). */
function at(text: string, piece: string, key: string): Spot {
  const start = text.indexOf(piece);
  expect(start, piece).toBeGreaterThanOrEqual(0);
  return [key, start, start + piece.length];
}

describe('symbols whose hyphen was lost in PDF text', () => {
  it.each<[string, string, string]>([
    ['Căn cứ Nghị định số 63/2010/NĐCP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;', '63/2010/NĐCP', '63/2010/ND-CP'],
    ['Căn cứ Thông tư số 01/2018/TTVPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành;', '01/2018/TTVPCP', '1/2018/TT-VPCP'],
    ['Căn cứ Nghị quyết số 124/2019/NQHĐND ngày 13/12/2019 của Hội đồng nhân dân tỉnh;', '124/2019/NQHĐND', '124/2019/NQ-HDND'],
    ['Thực hiện Thông tư số 21/2024/TTBYT của Bộ Y tế, Sở hướng dẫn như sau:', '21/2024/TTBYT', '21/2024/TT-BYT'],
    ['Điều 4 Quyết định số 19/2014/QĐTTg quy định việc cập nhật tài liệu.', '19/2014/QĐTTg', '19/2014/QD-TTG'],
    ['CĂN CỨ NGHỊ ĐỊNH SỐ 63/2010/NĐCP NGÀY 08 THÁNG 6 NĂM 2010 CỦA CHÍNH PHỦ;', '63/2010/NĐCP', '63/2010/ND-CP'],
  ])('%s', (text, piece, key) => {
    expect(recognizer.find(text).map(spot)).toEqual([at(text, piece, key)]);
  });

  it('reads the glued and the hyphenated forms as the same registered document', () => {
    const text = 'Nghị định 63/2010/NĐ-CP được sửa đổi; bản PDF ghi 63/2010/NĐCP.';
    expect(recognizer.find(text).map((c) => c.key)).toEqual(['63/2010/ND-CP', '63/2010/ND-CP']);
  });

  it('reads a heading in capitals', () => {
    const text = 'NGHỊ QUYẾT SỐ 124/2019/NQ-HĐND NGÀY 13 THÁNG 12 NĂM 2019 VỀ VIỆC QUY ĐỊNH MỨC THU PHÍ';
    expect(recognizer.find(text).map(spot)).toEqual([at(text, '124/2019/NQ-HĐND', '124/2019/NQ-HDND')]);
  });

  it('reads a number broken across lines within a paragraph', () => {
    const text = 'Căn cứ Nghị định số 61/2018/\nNĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;';
    expect(recognizer.find(text).map(spot)).toEqual([at(text, '61/2018/\nNĐ-CP', '61/2018/ND-CP')]);
    const crlf = 'Căn cứ Nghị định số 61/\r\n2018/NĐCP ngày 23/4/2018;';
    expect(recognizer.find(crlf).map(spot)).toEqual([at(crlf, '61/\r\n2018/NĐCP', '61/2018/ND-CP')]);
  });

  it('does not join a number across a paragraph break', () => {
    expect(recognizer.find('Số hồ sơ lưu: 61/2018/\n\nNĐ-CP là ký hiệu ở trang sau')).toEqual([]);
    const text = 'theo 61/2018/NĐ-\n \nCP';
    expect(recognizer.find(text).map(spot)).toEqual([at(text, '61/2018/NĐ', '61/2018/ND')]);
  });
});

describe('administrative papers', () => {
  const text =
    'Thực hiện Kế hoạch số 325/KH-UBND ngày 15/3/2024 của UBND tỉnh, Tờ trình số 10/TTr-HĐND và Công văn số ' +
    '1234/UBND-KT ngày 20/5/2025, Sở tổ chức thực hiện theo Nghị định số 61/2018/NĐ-CP; kết quả nêu tại Báo cáo số ' +
    '12/BC-UBND và Thông báo số 45/TB-VP.';

  it('are not legal citations by default', () => {
    expect(recognizer.find(text).map(spot)).toEqual([at(text, '61/2018/NĐ-CP', '61/2018/ND-CP')]);
  });

  it('are returned with kind "paper" when asked for, in order among the citations', () => {
    const found = recognizer.find(text, { papers: true });
    expect(found.map((c) => [...spot(c), c.kind])).toEqual([
      [...at(text, '325/KH-UBND', '325/KH-UBND'), 'paper'],
      [...at(text, '10/TTr-HĐND', '10/TTR-HDND'), 'paper'],
      [...at(text, '1234/UBND-KT', '1234/UBND-KT'), 'paper'],
      [...at(text, '61/2018/NĐ-CP', '61/2018/ND-CP'), undefined],
      [...at(text, '12/BC-UBND', '12/BC-UBND'), 'paper'],
      [...at(text, '45/TB-VP', '45/TB-VP'), 'paper'],
    ]);
    expect(found.every((c) => c.kind !== 'paper' || c.form === 'no-year')).toBe(true);
  });

  it('keeps a registered paper as a legal citation', () => {
    const cv = 'Theo Công văn số 12/UBND-VX ngày 05/01/2024 của UBND tỉnh.';
    const [c] = recognizer.find(cv);
    expect(spot(c!)).toEqual(at(cv, '12/UBND-VX', '12/UBND-VX'));
    expect(c).not.toHaveProperty('kind');
  });

  it('reads Báo cáo of a National Assembly committee and Thông báo of a Sở as papers', () => {
    const t = 'Báo cáo số 2734/BC-UBPL15 của Ủy ban Pháp luật; Thông báo số 919/TB-SKHCN của Sở.';
    expect(recognizer.find(t)).toEqual([]);
    expect(recognizer.find(t, { papers: true }).map(spot)).toEqual([
      at(t, '2734/BC-UBPL15', '2734/BC-UBPL15'),
      at(t, '919/TB-SKHCN', '919/TB-SKHCN'),
    ]);
  });

  it('gives articles before a paper to no legal citation', () => {
    const t = 'khoản 2 Điều 3 Kế hoạch 325/KH-UBND và Nghị định 61/2018/NĐ-CP';
    expect(recognizer.find(t).map((c) => [c.key, c.articles])).toEqual([['61/2018/ND-CP', []]]);
  });

  it.each([
    'Ngày 23/4/2018, ngày 10/11//2025',
    'Bản đồ địa chính tỷ lệ 1/2000 và 1/500',
    'Mã TTHC 1.004227; mã địa phương 1.001193.000.00.00.H35',
    'Mẫu đơn BM-01/QT-KHCN-01, quy trình QT 02/CX-HCTP',
    'Số: 15/BC',
    'Giấy chứng nhận số 3/5 thành viên',
  ])('finds no paper in %j', (t) => {
    expect(recognizer.find(t, { papers: true })).toEqual([]);
  });

  it('keeps TCVN ISO 9001:2015 a standard, not a paper', () => {
    const t = 'Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở.';
    expect(recognizer.find(t, { papers: true }).map((c) => [...spot(c), c.form, c.kind])).toEqual([
      [...at(t, 'TCVN ISO 9001:2015', 'TCVN ISO 9001:2015'), 'alias', undefined],
    ]);
  });
});

describe('law names with the usual abbreviations', () => {
  it.each<[string, string, string]>([
    ['Căn cứ Luật Tổ chức CQĐP ngày 19 tháng 6 năm 2015;', 'Luật Tổ chức CQĐP ngày 19 tháng 6 năm 2015', '77/2015/QH13'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', 'Luật Tổ chức chính quyền địa phương ngày 19/6/2015', '77/2015/QH13'],
    ['Căn cứ Luật Tổ chức CQĐP năm 2025;', 'Luật Tổ chức CQĐP năm 2025', '72/2025/QH15'],
    ['Căn cứ Luật ban hành văn bản QPPL ngày 22/6/2015;', 'Luật ban hành văn bản QPPL ngày 22/6/2015', '80/2015/QH13'],
    ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;', 'Luật Ban hành văn bản quy phạm pháp luật năm 2015', '80/2015/QH13'],
    ['Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;', 'Luật Tổ chức HĐND và UBND ngày 26/11/2003', '11/2003/QH11'],
    ['Căn cứ Luật Tổ chức HĐND và Ủy ban nhân dân năm 2003;', 'Luật Tổ chức HĐND và Ủy ban nhân dân năm 2003', '11/2003/QH11'],
    ['Căn cứ Luật KH&CN;', 'Luật KH&CN', '29/2013/QH13'],
    ['Căn cứ Luật KH&CN năm 2013;', 'Luật KH&CN năm 2013', '29/2013/QH13'],
    ['Căn cứ Luật Khoa học và Công nghệ ngày 18/6/2013;', 'Luật Khoa học và Công nghệ ngày 18/6/2013', '29/2013/QH13'],
  ])('%s', (text, piece, key) => {
    expect(recognizer.find(text).map(spot)).toEqual([at(text, piece, key)]);
  });

  it('does not take a name for another edition when a year or date follows', () => {
    expect(recognizer.find('Luật Tổ chức CQĐP ngày 16/6/2019')).toEqual([]);
    expect(recognizer.find('Luật Khoa học và Công nghệ ngày 27/6/2025')).toEqual([]);
    expect(recognizer.find('Luật KH&CN năm 2000')).toEqual([]);
  });

  it('keeps a law name right before the number of a paper as the law', () => {
    const t = 'Triển khai Luật KH&CN số 325/KH-UBND';
    expect(recognizer.find(t).map(spot)).toEqual([at(t, 'Luật KH&CN', '29/2013/QH13')]);
  });

  it('does not let another alias start inside the year taken after a name', () => {
    const odd = createCitationRecognizer([...LEXICON, { key: 'GHI-CHU', kind: 'Khác', aliases: ['2013 sửa đổi'] }]);
    const t = 'Luật Khoa học và Công nghệ năm 2013 sửa đổi';
    expect(odd.find(t).map(spot)).toEqual([at(t, 'Luật Khoa học và Công nghệ năm 2013', '29/2013/QH13')]);
  });

  it('expands abbreviations in names only', () => {
    expect(recognizer.find('UBND tỉnh, HĐND tỉnh, TTHC, QPPL')).toEqual([]);
    const t = 'Nghị quyết 124/2019/NQ-HĐND của HĐND tỉnh';
    expect(recognizer.find(t).map(spot)).toEqual([at(t, '124/2019/NQ-HĐND', '124/2019/NQ-HDND')]);
  });
});
