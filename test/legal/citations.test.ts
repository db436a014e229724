import { describe, it, expect } from 'vitest';
import type { ArticleRef, Citation, CitationForm, LexiconEntry } from '../../src/legal/citation-types.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';

const LEXICON: LexiconEntry[] = [
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '63/2010/NĐ-CP', kind: 'Nghị định', aliases: [] }, // not canonical on purpose
  { key: '92/2017/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '1/2018/TT-VPCP', kind: 'Thông tư', aliases: [] },
  { key: '2/2017/TT-BKHCN', kind: 'Thông tư', aliases: [] },
  { key: '2/2017/TT-BTC', kind: 'Thông tư', aliases: [] },
  { key: '26/2014/TT-BKHCN', kind: 'Thông tư', aliases: [] },
  { key: '4/2018/TTLT-VKSNDTC-BCA-BQP', kind: 'Thông tư liên tịch', aliases: [] },
  { key: '19/2014/QD-TTG', kind: 'Quyết định', aliases: [] },
  { key: '101/QD-BKHCN', kind: 'Quyết định', aliases: [] },
  { key: '12/UBND-VX', kind: 'Công văn', aliases: [] },
  { key: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013'] },
  { key: '31/2024/QH15', kind: 'Luật', aliases: ['Luật Đất đai năm 2024'] },
  { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp 2020', 'Luật Doanh nghiệp'] },
  { key: '03/2022/QH15', kind: 'Luật', aliases: ['Luật (sửa đổi) 2022'] }, // regex characters in an alias
  { key: '80/2015/QH13', kind: 'Luật', aliases: ['Luật Ban hành văn bản quy phạm pháp luật 2015'] },
  { key: '2/2019/NQ-HDND', kind: 'Nghị quyết', aliases: [] },
  { key: '5/2019/CT-TTG', kind: 'Chỉ thị', aliases: [] },
  { key: '2/2022/UBTVQH15', kind: 'Pháp lệnh', aliases: [] },
  { key: 'TCVN ISO 9001:2015', kind: 'Tiêu chuẩn', aliases: ['ISO 9001:2015'] },
  { key: 'DUPLICATE-A', kind: 'Khác', aliases: ['Bộ tiêu chí chung'] },
  { key: 'DUPLICATE-B', kind: 'Khác', aliases: ['Bộ tiêu chí chung'] },
];

const recognizer = createCitationRecognizer(LEXICON);

/** Find, and check the invariants every citation must keep. */
function find(text: string): Citation[] {
  const found = recognizer.find(text);
  for (const c of found) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.articlesStart).toBeLessThanOrEqual(c.start);
    if (c.articles.length === 0) expect(c.articlesStart).toBe(c.start);
  }
  for (let i = 1; i < found.length; i++) {
    expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  }
  return found;
}

type Brief = [text: string, form: CitationForm, key: string | null];
const brief = (c: Citation): Brief => [c.text, c.form, c.key];

describe('numbered citations', () => {
  it.each<[string, Brief[]]>([
    ['Nghị định số 61/2018/NĐ-CP ngày 23/4/2018', [['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['theo 61/2018/ND-CP.', [['61/2018/ND-CP', 'numbered', '61/2018/ND-CP']]],
    ['Nghị định 61/2018/NĐ-CP', [['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['nghị định 61/2018/nđ-cp', [['61/2018/nđ-cp', 'numbered', '61/2018/ND-CP']]],
    ['NGHỊ ĐỊNH 61/2018/NĐ-CP', [['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['theo 61 / 2018 / nđ – cp thì', [['61 / 2018 / nđ – cp', 'numbered', '61/2018/ND-CP']]],
    ['61/2018/N\u00d0-CP', [['61/2018/N\u00d0-CP', 'numbered', '61/2018/ND-CP']]],
    ['61\uff0f2018\uff0fNĐ-CP', [['61\uff0f2018\uff0fNĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['61\u22152018\u2215NĐ-CP', [['61\u22152018\u2215NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['61/2018/NĐ\u2013CP', [['61/2018/NĐ\u2013CP', 'numbered', '61/2018/ND-CP']]],
    ['61/2018/NĐ\u2014CP', [['61/2018/NĐ\u2014CP', 'numbered', '61/2018/ND-CP']]],
    ['Nghị định số\u00a061/2018/NĐ-CP', [['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['61/2018/NĐ-\nCP', [['61/2018/NĐ-\nCP', 'numbered', '61/2018/ND-CP']]],
    ['61/\n2018/NĐ-CP', [['61/\n2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['Nghị định số\r\n61/2018/NĐ-\r\nCP ngày', [['61/2018/NĐ-\r\nCP', 'numbered', '61/2018/ND-CP']]],
    ['“61/2018/NĐ-CP”', [['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['(61/2018/NĐ-CP)', [['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['6\u200b1/2018/NĐ-CP', [['6\u200b1/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['61//2018/NĐ-CP', [['61//2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]],
    ['Thông tư số 01/2018/TT-VPCP', [['01/2018/TT-VPCP', 'numbered', '1/2018/TT-VPCP']]],
    ['Quyết định 19/2014/QĐ-TTg', [['19/2014/QĐ-TTg', 'numbered', '19/2014/QD-TTG']]],
    ['Quyết định 19/2014/QĐ – TTg', [['19/2014/QĐ – TTg', 'numbered', '19/2014/QD-TTG']]],
    ['Thông tư liên tịch 04/2018/TTLT-VKSNDTC-BCA-BQP', [
      ['04/2018/TTLT-VKSNDTC-BCA-BQP', 'numbered', '4/2018/TTLT-VKSNDTC-BCA-BQP'],
    ]],
    ['Luật số 45/2013/QH13', [['45/2013/QH13', 'numbered', '45/2013/QH13']]],
    ['Pháp lệnh 02/2022/UBTVQH15', [['02/2022/UBTVQH15', 'numbered', '2/2022/UBTVQH15']]],
    ['Lệnh số 12/2018/L-CTN', [['12/2018/L-CTN', 'numbered', '12/2018/L-CTN']]],
    ['Nghị định 99/2099/NĐ-CP chưa có trong danh mục', [['99/2099/NĐ-CP', 'numbered', '99/2099/ND-CP']]],
  ])('%j', (text, expected) => {
    expect(find(text).map(brief)).toEqual(expected);
  });

  it('recognises NFD text with exact offsets', () => {
    const text = 'Căn cứ Nghị định 61/2018/NĐ-CP của Chính phủ'.normalize('NFD');
    const [c, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(c?.key).toBe('61/2018/ND-CP');
    expect(c?.start).toBe(text.indexOf('61/'));
    expect(c?.text).toBe('61/2018/NĐ-CP');
  });

  it('stops the symbol before the next word after a spaced dash', () => {
    expect(find('Nghị định 61/2018/NĐ-CP - Nghị định về một cửa').map(brief)).toEqual([
      ['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP'],
    ]);
    expect(find('61/2018/NĐ-CP – về việc').map(brief)).toEqual([['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]);
    expect(find('số 61/2018/NĐ-CP - 15 ngày').map(brief)).toEqual([['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]);
    // All lower case: the register decides where the symbol ends.
    expect(find('61/2018/nđ-cp - nghị định').map(brief)).toEqual([['61/2018/nđ-cp', 'numbered', '61/2018/ND-CP']]);
  });

  it('reads a law number after the law name as one numbered citation', () => {
    expect(find('Luật Doanh nghiệp số 59/2020/QH14').map(brief)).toEqual([['59/2020/QH14', 'numbered', '59/2020/QH14']]);
    expect(find('Luật Doanh nghiệp 59/2020/QH14').map(brief)).toEqual([['59/2020/QH14', 'numbered', '59/2020/QH14']]);
    expect(find('Luật Đất đai 2013 số 45/2013/QH13').map(brief)).toEqual([['45/2013/QH13', 'numbered', '45/2013/QH13']]);
    expect(find('Luật Đất đai số 45/2013/QH13 ngày 29/11/2013').map(brief)).toEqual([
      ['45/2013/QH13', 'numbered', '45/2013/QH13'],
    ]);
  });

  it('repairs a missing dash only when the register knows the result', () => {
    expect(find('61/2018/NĐ CP quy định').map(brief)).toEqual([['61/2018/NĐ CP', 'numbered', '61/2018/ND-CP']]);
    expect(find('62/2018/NĐ CP quy định').map(brief)).toEqual([['62/2018/NĐ', 'numbered', '62/2018/ND']]);
  });

  it('reads the link text of a Markdown link but not its URL', () => {
    const text = '[Nghị định 61/2018/NĐ-CP](https://vbpl.vn/van-ban/61/2018/ND-CP?so=63/2010/ND-CP)';
    expect(find(text).map(brief)).toEqual([['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP']]);
  });

  it('finds several citations in one sentence, sorted', () => {
    const text =
      'Căn cứ Nghị định 63/2010/NĐ-CP, Nghị định số 92/2017/NĐ-CP và 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP.';
    expect(find(text).map((c) => c.key)).toEqual(['63/2010/ND-CP', '92/2017/ND-CP', '61/2018/ND-CP', '1/2018/TT-VPCP']);
  });

  it('returns empty candidates and no articles for a plain numbered citation', () => {
    const [c] = find('61/2018/NĐ-CP');
    expect(c).toEqual({
      start: 0,
      end: 13,
      text: '61/2018/NĐ-CP',
      form: 'numbered',
      key: '61/2018/ND-CP',
      candidates: [],
      articles: [],
      articlesStart: 0,
    });
  });
});

describe('no-year citations', () => {
  it.each<[string, Brief[]]>([
    ['Quyết định số 101/QĐ-BKHCN ngày 21/01/2019', [['101/QĐ-BKHCN', 'no-year', '101/QD-BKHCN']]],
    ['Quyết định số 101/QD-BKHCN', [['101/QD-BKHCN', 'no-year', '101/QD-BKHCN']]],
    ['Quyết định 15/QĐ-BNV', [['15/QĐ-BNV', 'no-year', '15/QD-BNV']]],
    ['Văn bản hợp nhất 604/VBHN-BVHTTDL', [['604/VBHN-BVHTTDL', 'no-year', '604/VBHN-BVHTTDL']]],
    ['Quy định 03/QyĐ-UBND', [['03/QyĐ-UBND', 'no-year', '3/QYD-UBND']]],
    ['Công văn 12/UBND-VX', [['12/UBND-VX', 'no-year', '12/UBND-VX']]], // a register key
  ])('%j', (text, expected) => {
    expect(find(text).map(brief)).toEqual(expected);
  });

  it('reads Kế hoạch and Tờ trình numbers as papers, returned only on request', () => {
    for (const [text, key] of [['Kế hoạch 25/KH-UBND', '25/KH-UBND'], ['Tờ trình 07/TTr-STP', '7/TTR-STP']] as const) {
      expect(find(text)).toEqual([]);
      expect(recognizer.find(text, { papers: true }).map((c) => [c.form, c.key, c.kind])).toEqual([['no-year', key, 'paper']]);
    }
  });
});

describe('short citations', () => {
  it.each<[string, Brief[]]>([
    ['Nghị định 61/2018', [['Nghị định 61/2018', 'short', '61/2018/ND-CP']]],
    ['Nghị định số 61/2018', [['Nghị định số 61/2018', 'short', '61/2018/ND-CP']]],
    ['nghị định số 61/2018 quy định', [['nghị định số 61/2018', 'short', '61/2018/ND-CP']]],
    ['NĐ 61/2018', [['NĐ 61/2018', 'short', '61/2018/ND-CP']]],
    ['ND 61/2018', [['ND 61/2018', 'short', '61/2018/ND-CP']]],
    ['Thông tư 01/2018', [['Thông tư 01/2018', 'short', '1/2018/TT-VPCP']]],
    ['Thông tư 1/2018', [['Thông tư 1/2018', 'short', '1/2018/TT-VPCP']]],
    ['TT 01/2018', [['TT 01/2018', 'short', '1/2018/TT-VPCP']]],
    ['Quyết định 19/2014', [['Quyết định 19/2014', 'short', '19/2014/QD-TTG']]],
    ['QĐ 19/2014', [['QĐ 19/2014', 'short', '19/2014/QD-TTG']]],
    ['Luật 45/2013', [['Luật 45/2013', 'short', '45/2013/QH13']]],
    ['Nghị quyết 02/2019', [['Nghị quyết 02/2019', 'short', '2/2019/NQ-HDND']]],
    ['NQ 02/2019', [['NQ 02/2019', 'short', '2/2019/NQ-HDND']]],
    ['Thông tư liên tịch 04/2018', [['Thông tư liên tịch 04/2018', 'short', '4/2018/TTLT-VKSNDTC-BCA-BQP']]],
    ['TTLT 04/2018', [['TTLT 04/2018', 'short', '4/2018/TTLT-VKSNDTC-BCA-BQP']]],
    ['Chỉ thị 05/2019', [['Chỉ thị 05/2019', 'short', '5/2019/CT-TTG']]],
    ['Pháp lệnh 02/2022', [['Pháp lệnh 02/2022', 'short', '2/2022/UBTVQH15']]],
    ['Nghị định\n61/2018', [['Nghị định\n61/2018', 'short', '61/2018/ND-CP']]],
    ['Nghị định 61/2018'.normalize('NFD'), [['Nghị định 61/2018'.normalize('NFD'), 'short', '61/2018/ND-CP']]],
    ['Nghị định 61\u22152018', [['Nghị định 61\u22152018', 'short', '61/2018/ND-CP']]],
    ['Nghị \u00d0ịnh 61/2018', [['Nghị \u00d0ịnh 61/2018', 'short', '61/2018/ND-CP']]],
    ['Quyết định số: 19/2014', [['Quyết định số: 19/2014', 'short', '19/2014/QD-TTG']]],
    ['Nghị định 61/2018 ngày 23/4/2018', [['Nghị định 61/2018', 'short', '61/2018/ND-CP']]],
    ['Nghị định 61/2018 và Nghị định 63/2010', [
      ['Nghị định 61/2018', 'short', '61/2018/ND-CP'],
      ['Nghị định 63/2010', 'short', '63/2010/ND-CP'],
    ]],
  ])('%j', (text, expected) => {
    expect(find(text).map(brief)).toEqual(expected);
  });

  it('is numbered, not short, when /SYMBOL follows', () => {
    expect(find('Nghị định 61/2018/NĐ-CP').map((c) => c.form)).toEqual(['numbered']);
    expect(find('NĐ 61/2018/NĐ-CP').map((c) => c.form)).toEqual(['numbered']);
  });

  it('lists all candidates when several entries fit', () => {
    const [c] = find('Thông tư 02/2017');
    expect(c).toMatchObject({ form: 'short', key: null, candidates: ['2/2017/TT-BKHCN', '2/2017/TT-BTC'] });
  });

  it('has no key and no candidates when nothing fits', () => {
    expect(find('Nghị định 99/2019')).toMatchObject([{ form: 'short', key: null, candidates: [] }]);
  });

  it('matches the kind: a Thông tư number is not a Nghị định', () => {
    expect(find('Nghị định 01/2018')).toMatchObject([{ key: null, candidates: [] }]);
  });

  it('resolves with a resolved key and empty candidates', () => {
    expect(find('Nghị định 61/2018')[0]?.candidates).toEqual([]);
  });
});

describe('aliases', () => {
  it.each<[string, Brief[]]>([
    ['Luật Đất đai 2013', [['Luật Đất đai 2013', 'alias', '45/2013/QH13']]],
    ['Luật Đất đai năm 2013', [['Luật Đất đai năm 2013', 'alias', '45/2013/QH13']]],
    ['Luật Đất đai ngày 29 tháng 11 năm 2013', [['Luật Đất đai ngày 29 tháng 11 năm 2013', 'alias', '45/2013/QH13']]],
    ['Luật Đất đai ngày 29/11/2013', [['Luật Đất đai ngày 29/11/2013', 'alias', '45/2013/QH13']]],
    ['luật đất đai 2013', [['luật đất đai 2013', 'alias', '45/2013/QH13']]],
    ['LUẬT ĐẤT ĐAI NĂM 2013', [['LUẬT ĐẤT ĐAI NĂM 2013', 'alias', '45/2013/QH13']]],
    ['Luật  Đất\u00a0đai\n2013', [['Luật  Đất\u00a0đai\n2013', 'alias', '45/2013/QH13']]],
    ['Luật Đất đai 2024', [['Luật Đất đai 2024', 'alias', '31/2024/QH15']]], // alias written with "năm"
    ['Luật Doanh nghiệp', [['Luật Doanh nghiệp', 'alias', '59/2020/QH14']]],
    ['Luật Doanh nghiệp năm 2020', [['Luật Doanh nghiệp năm 2020', 'alias', '59/2020/QH14']]],
    ['Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015', [
      ['Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015', 'alias', '80/2015/QH13'],
    ]],
    ['áp dụng TCVN ISO 9001:2015', [['ISO 9001:2015', 'alias', 'TCVN ISO 9001:2015']]],
    ['Luật (sửa đổi) năm 2022', [['Luật (sửa đổi) năm 2022', 'alias', '3/2022/QH15']]],
  ])('%j', (text, expected) => {
    expect(find(text).map(brief)).toEqual(expected);
  });

  it('matches an NFD alias with exact offsets (trailing marks included)', () => {
    const text = 'theo Luật Đất đai năm 2013.'.normalize('NFD');
    const [c] = find(text);
    expect(c?.key).toBe('45/2013/QH13');
    expect(c?.text).toBe('Luật Đất đai năm 2013'.normalize('NFD'));
  });

  it('does not take another year for a registered year', () => {
    expect(find('Luật Đất đai 2003')).toEqual([]);
    // A name registered without a year does not match a named edition.
    expect(find('Luật Doanh nghiệp 2014')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(find('Luật Doanh nghiệpxyz')).toEqual([]);
  });

  it('gives candidates for an alias shared by several entries', () => {
    expect(find('Bộ tiêu chí chung')).toMatchObject([
      { form: 'alias', key: null, candidates: ['DUPLICATE-A', 'DUPLICATE-B'] },
    ]);
  });

  it('keeps an alias followed by a different citation', () => {
    expect(find('Luật Đất đai 2013, 61/2018/NĐ-CP').map(brief)).toEqual([
      ['Luật Đất đai 2013', 'alias', '45/2013/QH13'],
      ['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP'],
    ]);
  });

  it('works with an empty lexicon', () => {
    const bare = createCitationRecognizer([]);
    expect(bare.find('Luật Đất đai 2013 và 61/2018/NĐ-CP, Nghị định 61/2018').map(brief)).toEqual([
      ['61/2018/NĐ-CP', 'numbered', '61/2018/ND-CP'],
      ['Nghị định 61/2018', 'short', null],
    ]);
  });
});

describe('article references', () => {
  it.each<[string, string, ArticleRef[], string]>([
    ['khoản 2 Điều 9 Nghị định số 63/2010/NĐ-CP', '63/2010/ND-CP', [{ article: '9', clause: '2' }], 'khoản 2 Điều 9'],
    ['Điều 4 Quyết định 19/2014/QĐ-TTg', '19/2014/QD-TTG', [{ article: '4' }], 'Điều 4'],
    ['điểm a khoản 2 Điều 5 của Nghị định 61/2018/NĐ-CP', '61/2018/ND-CP', [{ article: '5', clause: '2', point: 'a' }], 'điểm a khoản 2 Điều 5'],
    ['Điều 9 của Nghị định 63/2010/NĐ-CP', '63/2010/ND-CP', [{ article: '9' }], 'Điều 9'],
    ['quy định tại Điều 9 tại 63/2010/NĐ-CP', '63/2010/ND-CP', [{ article: '9' }], 'Điều 9'],
    ['khoản 1, khoản 2 Điều 5 Nghị định 61/2018/NĐ-CP', '61/2018/ND-CP', [
      { article: '5', clause: '1' },
      { article: '5', clause: '2' },
    ], 'khoản 1, khoản 2 Điều 5'],
    ['Điều 5 và Điều 7 Nghị định 61/2018/NĐ-CP', '61/2018/ND-CP', [{ article: '5' }, { article: '7' }], 'Điều 5 và Điều 7'],
    ['các Điều 3, 4 Thông tư 01/2018/TT-VPCP', '1/2018/TT-VPCP', [{ article: '3' }, { article: '4' }], 'các Điều 3, 4'],
    ['Điều 5 Luật Doanh nghiệp số 59/2020/QH14', '59/2020/QH14', [{ article: '5' }], 'Điều 5'],
    ['Điều 252 Luật Đất đai số 31/2024/QH15', '31/2024/QH15', [{ article: '252' }], 'Điều 252'],
    ['khoản 3 Điều 8 Nghị định 61/2018', '61/2018/ND-CP', [{ article: '8', clause: '3' }], 'khoản 3 Điều 8'],
    ['Điều 4 của Quyết định số 19/2014', '19/2014/QD-TTG', [{ article: '4' }], 'Điều 4'],
    ['Điều 12 Luật Đất đai 2013', '45/2013/QH13', [{ article: '12' }], 'Điều 12'],
    ['ĐIỀU 9 NGHỊ ĐỊNH 63/2010/NĐ-CP', '63/2010/ND-CP', [{ article: '9' }], 'ĐIỀU 9'],
    ['Khoản 2,\nĐiều 9 Nghị định\n63/2010/NĐ-CP', '63/2010/ND-CP', [{ article: '9', clause: '2' }], 'Khoản 2,\nĐiều 9'],
  ])('%j', (text, key, articles, articlesText) => {
    const found = find(text);
    expect(found).toHaveLength(1);
    const c = found[0]!;
    expect(c.key).toBe(key);
    expect(c.articles).toEqual(articles);
    expect(text.slice(c.articlesStart, c.articlesStart + articlesText.length)).toBe(articlesText);
  });

  it('reads articles in NFD text with exact offsets', () => {
    const text = 'Căn cứ điểm đ khoản 2 Điều 5 của Nghị định 61/2018/NĐ-CP'.normalize('NFD');
    const [c] = find(text);
    expect(c?.articles).toEqual([{ article: '5', clause: '2', point: 'đ' }]);
    expect(c?.articlesStart).toBe(text.indexOf('đi'));
  });

  it('gives each citation its own articles', () => {
    const text = 'Điều 9 Nghị định 63/2010/NĐ-CP và khoản 2 Điều 3 Nghị định 61/2018/NĐ-CP';
    const found = find(text);
    expect(found.map((c) => [c.key, c.articles])).toEqual([
      ['63/2010/ND-CP', [{ article: '9' }]],
      ['61/2018/ND-CP', [{ article: '3', clause: '2' }]],
    ]);
  });

  it('does not take articles of "this" document', () => {
    expect(find('Điều 3 Luật này và Luật Đất đai số 45/2013/QH13')[0]?.articles).toEqual([]);
  });

  it('does not take articles separated by other words', () => {
    expect(find('Điều 9 được sửa đổi theo Nghị định 61/2018/NĐ-CP')[0]?.articles).toEqual([]);
  });
});

describe('not citations', () => {
  it.each([
    'ngày 23/4/2018',
    'ngày 23/04/2018',
    'tháng 4/2018',
    '4/2018',
    'Nghị định ngày 23/4/2018',
    'năm 2018/2019',
    'mã TTHC 1.004227',
    '1.001193.000.00.00.H35',
    '2.000001',
    'mẫu BM-01/QT-KHCN-01',
    'QT-KHCN-01',
    'QT 01/BTNN',
    'QT 02/CX-HCTP',
    'QT 01/2018/BTNN',
    'BM.01.02',
    'QT-01-KSTL',
    'https://vbpl.vn/61/2018/ND-CP',
    'xem https://example.vn/tra-cuu?so=61/2018/ND-CP&x=1',
    'www.example.vn/q?so=101/QĐ-BKHCN',
    '61/2018',
    'Số: 15/BC',
    '50.000 đồng/hồ sơ',
    '3/5 thành viên',
    '12/người',
    'ABC61/2018/NĐ-CP',
    'x-61/2018/NĐ-CP',
    '1.61/2018/NĐ-CP',
    '9/61/2018/NĐ-CP',
    '15/UBND-VX', // no-year, not a type abbreviation, not in the register
    '30/HD', // a type abbreviation alone
    'Điều 9 khoản 2',
    'Luật',
  ])('%j', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('offsets in larger text', () => {
  it('keeps offsets exact with CRLF, NBSP, zero-width chars and NFD before the citation', () => {
    const head = 'Căn cứ\r\nQuy trình\u00a0\u200bnày,'.normalize('NFD') + '\r\n';
    const text = `${head}khoản 2 Điều 9 Nghị định số 63/2010/NĐ-CP và Luật Đất đai năm 2013.\r\n`;
    const found = find(text);
    expect(found.map(brief)).toEqual([
      ['63/2010/NĐ-CP', 'numbered', '63/2010/ND-CP'],
      ['Luật Đất đai năm 2013', 'alias', '45/2013/QH13'],
    ]);
    expect(found[0]?.articlesStart).toBe(head.length);
  });

  it('handles a Markdown table', () => {
    const text = '| 1 | Nghị định 61/2018/NĐ-CP | Chính phủ |\n| 2 | Luật Đất đai 2013 | Quốc hội |\n';
    expect(find(text).map((c) => c.key)).toEqual(['61/2018/ND-CP', '45/2013/QH13']);
  });

  it('can be called repeatedly', () => {
    const text = 'Nghị định 61/2018/NĐ-CP';
    expect(find(text)).toEqual(find(text));
  });
});
