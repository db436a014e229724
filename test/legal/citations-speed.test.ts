import { describe, it, expect } from 'vitest';
import type { LexiconEntry } from '../../src/legal/citation-types.js';
import { parseArticleRefs } from '../../src/legal/articles.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { HANG_LIMIT_MS } from '../helpers/index.js';

const LEXICON: LexiconEntry[] = [
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '63/2010/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '1/2018/TT-VPCP', kind: 'Thông tư', aliases: [] },
  { key: '19/2014/QD-TTG', kind: 'Quyết định', aliases: [] },
  { key: '101/QD-BKHCN', kind: 'Quyết định', aliases: [] },
  { key: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013'] },
  { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp 2020', 'Luật Doanh nghiệp'] },
  { key: 'TCVN ISO 9001:2015', kind: 'Tiêu chuẩn', aliases: ['ISO 9001:2015'] },
  { key: '77/2015/QH13', kind: 'Luật', aliases: ['Luật Tổ chức chính quyền địa phương 2015'] },
  { key: '29/2013/QH13', kind: 'Luật', aliases: ['Luật Khoa học và Công nghệ', 'Luật Tổ chức HĐND và UBND'] },
];

/** Realistic procedure sentences and how many citations each holds. */
const SENTENCES: [string, number][] = [
  ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;', 1],
  ['Thành phần hồ sơ gồm: đơn đề nghị theo mẫu BM-01/QT-KHCN-01, bản sao giấy tờ tùy thân; thời hạn giải quyết 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.', 0],
  ['Theo khoản 2 Điều 9 Nghị định 63/2010/NĐ-CP và Thông tư 01/2018, Luật Đất đai năm 2013, mã TTHC 1.004227 (https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227).', 3],
  ['Bộ phận Một cửa tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ và chuyển cho phòng chuyên môn xử lý trong 02 ngày làm việc; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn tổ chức, cá nhân bổ sung một lần.', 0],
  ['Quy trình QT 02/CX-HCTP được ban hành kèm theo Quyết định số 101/QĐ-BKHCN và áp dụng TCVN ISO 9001:2015; phí, lệ phí: 50.000 đồng/hồ sơ.', 2],
  ['Lãnh đạo Sở xem xét, ký duyệt kết quả giải quyết thủ tục hành chính; văn thư vào sổ, đóng dấu và chuyển Bộ phận Một cửa trả kết quả cho tổ chức, cá nhân theo quy định.', 0],
  ['Điều 4 Quyết định 19/2014/QĐ-TTg quy định việc cập nhật hệ thống quản lý chất lượng khi có sự thay đổi của văn bản quy phạm pháp luật liên quan.', 1],
];

// How fast the recognizer scans is measured by `npm run bench` (whole runs over province-size
// repositories), never here: these tests assert what is found, and guard against hangs.
describe('a large text', () => {
  it('scans 5 MB of realistic text, NFC and NFD mixed, and finds every citation', () => {
    const recognizer = createCitationRecognizer(LEXICON);
    const parts: string[] = [];
    let length = 0;
    let expected = 0;
    for (let i = 0; length < 5 * 1024 * 1024; i++) {
      const [sentence, count] = SENTENCES[i % SENTENCES.length]!;
      // Mix NFD paragraphs in, as pasted texts do.
      parts.push(i % 5 === 0 ? sentence.normalize('NFD') : sentence);
      length += sentence.length + 2;
      expected += count;
    }
    const text = parts.join('\r\n');
    const found = recognizer.find(text);
    expect(found).toHaveLength(expected);
    // Every citation is found where it stands, not only counted.
    for (const citation of found.slice(0, 50)) expect(text.slice(citation.start, citation.end)).toMatch(/\d/);
  });
});

describe('hostile input', () => {
  // Long enough that a quadratic scan would take hours (4·10^10 steps and more), while the linear
  // one takes well under a second. No test reads the clock: each has the test timeout
  // HANG_LIMIT_MS, so only a real hang fails it, however busy the machine.
  const N = 200_000;
  const spaces = ' '.repeat(N);
  // Each of these once cost quadratic time (nested or adjacent quantifiers over a long run).
  it.each<[string, string]>([
    ['kind word then spaces', `Nghị định${spaces}x`],
    ['law word then spaces', `Luật${spaces}x`],
    ['symbol then spaces', `61/2018/NĐ${spaces}x`],
    ['number then spaces', `61 /${spaces}x`],
    ['endless symbol', `61/2018/${'ab - '.repeat(N)}`],
    ['endless slashes', '1/'.repeat(N)],
    ['many article lists', `${'khoản 1 Điều 2 '.repeat(N / 10)}61/2018/NĐ-CP`],
    // Patterns added for citations as agencies write them.
    ['glued symbol', `61/2018/${'ndcp'.repeat(N / 4)}`],
    ['many glued symbols', '61/2018/NĐCP '.repeat(N / 13)],
    ['number then line breaks', `61/2018/${'\n'.repeat(N)}NĐ-CP`],
    ['symbol then blank lines', `61/2018/NĐ${' -\n\n'.repeat(N / 4)}CP`],
    ['many papers', '1234/UBND-KT, 10/TTr-HĐND '.repeat(N / 27)],
    ['paper then spaces', `325/KH${spaces}-UBND`],
    ['abbreviated name then spaces', `Luật Tổ chức CQĐP${spaces}ngày${spaces}19/6/2015`],
    ['abbreviations repeated', 'Luật Tổ chức HĐND và UBND KH&CN KH & CN '.repeat(N / 40)],
    ['name then date pieces', `Luật Khoa học và Công nghệ ngày 1${' /'.repeat(N / 2)}`],
  ])('%s is scanned in linear time', (_name, text) => {
    const recognizer = createCitationRecognizer(LEXICON);
    // The scans end, and give each citation once, inside the text.
    for (const citation of [...recognizer.find(text), ...recognizer.find(text, { papers: true })]) expect(citation.end).toBeLessThanOrEqual(text.length);
    expect(parseArticleRefs(text).length).toBeGreaterThanOrEqual(0);
  }, HANG_LIMIT_MS);
});
