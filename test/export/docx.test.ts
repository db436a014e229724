/**
 * `qms export --format docx` on the demo agency, read back as Word would: the package unzipped,
 * the page (A4, Nghị định 30/2020 margins), the fonts, the identification header with its page
 * fields, the approval grid, the history, the body's tables and lists, the forms, and the Quyết
 * định's "Căn cứ" lines, articles, signature and Nơi nhận.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY, makeRepo, ND_61_2018, procedure, runBin, SHORT_CONFIG, tempFolder } from '../helpers/index.js';
import { paragraphTexts, unzipPart, wellFormedProblems, zipEntries } from './support.js';

const DEMO = resolve(DEMO_AGENCY);
const DECISION_OPTIONS = ['--number', '15', '--parent', 'UBND tỉnh Phú Thọ', '--place', 'Phú Thọ', '--symbol', 'SKHCN'];

function exportDocx(args: string[], root = DEMO): { file: string; code: number; stderr: string; stdout: string } {
  const out = join(tempFolder(), 'out.docx');
  const result = runBin(['export', ...args, '-C', root, '--out', out], tempFolder());
  return { file: out, ...result };
}

describe('qms export --format docx: the procedure', () => {
  const { file, code, stderr } = exportDocx(['QT-KHCN-01']);
  const document = (): string => unzipPart(file, 'word/document.xml');

  it('writes a zip Word opens: every part present, CRCs right, XML well formed', () => {
    expect(code, stderr).toBe(0);
    const entries = zipEntries(file);
    expect(entries).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels', 'word/header1.xml']));
    for (const part of entries) expect(wellFormedProblems(unzipPart(file, part)), part).toEqual([]);
    const types = unzipPart(file, '[Content_Types].xml');
    for (const part of entries.filter((e) => e.startsWith('word/') && e.endsWith('.xml'))) expect(types).toContain(`PartName="/${part}"`);
  });

  it('lays out an A4 page with the margins of Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm) in twips', () => {
    const xml = document();
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman in every font slot, 13 pt', () => {
    const styles = unzipPart(file, 'word/styles.xml');
    expect(styles).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>');
    expect(styles).toMatch(/<w:rPrDefault>.*<w:sz w:val="26"\/>/);
  });

  it('repeats the identification header on every page: mã hiệu, lần ban hành, ngày hiệu lực, Trang PAGE/NUMPAGES', () => {
    const header = unzipPart(file, 'word/header1.xml');
    expect(header).toContain('<w:tbl>');
    const text = paragraphTexts(header).join('|');
    expect(text).toContain('Sở Khoa học và Công nghệ tỉnh Phú Thọ');
    expect(text).toContain('Quy trình đăng ký chuyển giao công nghệ (trừ trường hợp thuộc thẩm quyền của Bộ Khoa học và Công nghệ)');
    expect(text).toContain('Mã hiệu: QT-KHCN-01');
    expect(text).toContain('Lần ban hành: 04');
    expect(text).toContain('Ngày hiệu lực: 01/06/2026');
    expect(header).toContain('w:instr=" PAGE "');
    expect(header).toContain('w:instr=" NUMPAGES "');
    expect(document()).toContain('r:id="rIdProcedureHeader"');
  });

  it('has the approval grid with names and titles from the front matter and an empty signature row', () => {
    const rows = [...document().matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0]));
    expect(rows).toContainEqual(['Trách nhiệm', 'Soạn thảo', 'Xem xét', 'Phê duyệt']);
    expect(rows).toContainEqual(['Họ và tên', 'Lò Văn Sơn', 'Xa Văn Hùng', 'Đinh Thị Thu Hà']);
    expect(rows).toContainEqual(['Chữ ký', '', '', '']);
    expect(rows).toContainEqual(['Chức vụ', 'Chuyên viên', 'Trưởng phòng', 'Phó Giám đốc']);
    // The change history, with the legal document behind a revision.
    expect(rows).toContainEqual(['2', '25/04/2022', 'Cập nhật cách thức nộp, số hóa hồ sơ theo Nghị định 107/2021/NĐ-CP', 'Nghị định số 107/2021/NĐ-CP']);
  });

  it('carries the body: headings as styles, the processing table, bold text, numbered lists; no generated-region comment leaks', () => {
    const xml = document();
    const texts = paragraphTexts(xml);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/><\/w:pPr><w:r><w:t xml:space="preserve">5\. Nội dung quy trình</);
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0]));
    expect(rows).toContainEqual(['Bước', 'Nội dung', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu/Kết quả']);
    expect(rows.find((row) => row[0] === 'B3')?.[4]).toBe('BM-01/QT-KHCN-01; dự thảo GCN');
    expect(xml).toMatch(/<w:b\/><w:bCs\/>(?:<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>)?<\/w:rPr><w:t xml:space="preserve">05 ngày làm việc</);
    // The bullet list of section 4 is numbered by numbering.xml.
    const definition = xml.indexOf('CGCN: chuyển giao công nghệ.');
    expect(xml.slice(xml.lastIndexOf('<w:p>', definition), definition)).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="1"\/><\/w:numPr>/);
    expect(unzipPart(file, 'word/numbering.xml')).toContain('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    expect(texts.join('\n')).not.toMatch(/qms:begin|qms:end|<!--/);
    // The legal-basis region's content stays; the identification region is laid out, not repeated.
    expect(texts).toContain('Nghị định số 76/2018/NĐ-CP ngày 15/05/2018 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ');
    expect(texts.filter((t) => t === 'Thông tin')).toEqual([]);
  });

  it('lists the forms the procedure names, with their codes and titles', () => {
    const rows = [...document().matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0]));
    expect(rows).toContainEqual(['1', 'BM-01/QT-KHCN-01', 'Phiếu thẩm định hồ sơ đăng ký chuyển giao công nghệ']);
    expect(rows.some((row) => row[1] === 'BM-01/QT-VP-01')).toBe(true);
  });

  it('gives the same bytes on a second run (no clock in the package)', () => {
    const again = exportDocx(['QT-KHCN-01']);
    expect(readFileSync(again.file).equals(readFileSync(file))).toBe(true);
  });
});

describe('qms export --decision: the Quyết định ban hành (Nghị định 30/2020/NĐ-CP, Phụ lục I)', () => {
  const { file, code, stderr } = exportDocx(['QT-KHCN-01', '--decision', ...DECISION_OPTIONS]);
  const xml = (): string => unzipPart(file, 'word/document.xml');

  it('puts the decision in its own section before the procedure: no page number on its first page, centred after', () => {
    expect(code, stderr).toBe(0);
    const sections = [...xml().matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[0]).toContain('w:type="first" r:id="rIdDecisionFirst"');
    const rels = unzipPart(file, 'word/_rels/document.xml.rels');
    const target = (id: string): string => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const pageHeader = unzipPart(file, `word/${target('rIdDecisionHeader')}`);
    expect(pageHeader).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:fldSimple w:instr=" PAGE "/);
    expect(paragraphTexts(unzipPart(file, `word/${target('rIdDecisionFirst')}`)).join('')).toBe('');
    // The procedure's pages count its own section.
    expect(unzipPart(file, `word/${target('rIdProcedureHeader')}`)).toContain('w:instr=" SECTIONPAGES "');
    expect(sections[1]).toContain('<w:pgNumType w:fmt="decimal" w:start="1"/>');
  });

  it('has the header: parent and agency in capitals, quốc hiệu, tiêu ngữ, number, place and date', () => {
    const texts = paragraphTexts(xml()).filter((t) => t !== '');
    expect(texts.slice(0, 6)).toEqual([
      'UBND TỈNH PHÚ THỌ',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/QĐ-SKHCN',
      // The approval date, written as Phụ lục I writes dates: day with a leading zero, May without.
      'Phú Thọ, ngày 15 tháng 5 năm 2026',
    ]);
    expect(texts).toContain('QUYẾT ĐỊNH');
    expect(texts).toContain('Ban hành Quy trình đăng ký chuyển giao công nghệ (trừ trường hợp thuộc thẩm quyền của Bộ Khoa học và Công nghệ)');
  });

  it('draws one italic "Căn cứ" line per legal basis item from the register, each ending ";", the last "."', () => {
    const body = xml();
    const texts = paragraphTexts(body);
    const lines = texts.slice(0, texts.indexOf('QUYẾT ĐỊNH:')).filter((t) => t.startsWith('Căn cứ '));
    expect(lines).toEqual([
      'Căn cứ Điều 31 Luật Chuyển giao công nghệ số 07/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội;',
      'Căn cứ Nghị định số 76/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ;',
      'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia.',
    ]);
    for (const line of lines) expect(body).toMatch(new RegExp(`<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">${line.slice(0, 30).replace(/[()]/g, '.')}`));
  });

  it('has Điều 1–3 in bold, the deputy signing for the head (KT.), and Nơi nhận ending with the archive', () => {
    const texts = paragraphTexts(xml());
    expect(texts.find((t) => t.startsWith('Điều 1. '))).toBe('Điều 1. Ban hành kèm theo Quyết định này Quy trình đăng ký chuyển giao công nghệ (trừ trường hợp thuộc thẩm quyền của Bộ Khoa học và Công nghệ) (mã hiệu QT-KHCN-01, lần ban hành 04).');
    expect(texts.find((t) => t.startsWith('Điều 2. '))).toContain('có hiệu lực kể từ ngày 01 tháng 6 năm 2026');
    expect(texts.find((t) => t.startsWith('Điều 2. '))).toContain('(mã hiệu QT-KHCN-01, lần ban hành 03) hết hiệu lực');
    expect(texts.find((t) => t.startsWith('Điều 3. '))).toBe('Điều 3. Phòng Quản lý công nghệ và Chuyên ngành và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.');
    expect(xml()).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t xml:space="preserve">Điều 1\. </);
    const signature = texts.indexOf('KT. GIÁM ĐỐC');
    expect(texts.slice(signature, signature + 4)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Đinh Thị Thu Hà']);
    const recipients = texts.indexOf('Nơi nhận:');
    expect(texts.slice(recipients, recipients + 3)).toEqual(['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.']);
  });

  it('takes what the options do not give from issue.* in the config, and --decision-only leaves the procedure out', () => {
    const root = makeRepo({
      'qms.config.yaml': `${SHORT_CONFIG}issue:\n  parent: UBND tỉnh Phú Thọ\n  place: Phú Thọ\n  symbol: SKHCN\n  proposer: Chánh Văn phòng Sở\n  recipients: [Giám đốc Sở, Các phòng thuộc Sở]\n  basis: ["Quyết định số 12/2025/QĐ-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Phú Thọ quy định chức năng, nhiệm vụ của Sở;"]\n`,
      'legal/nd-61-2018.md': ND_61_2018,
      'procedures/QT-KHCN-01.md': procedure({ code: 'QT-KHCN-01', status: 'effective', revision: 1, legalBasis: '  - id: 61/2018/NĐ-CP' }),
    });
    const result = exportDocx(['QT-KHCN-01', '--decision-only', '--number', '7'], root);
    expect(result.code, result.stderr).toBe(0);
    const texts = paragraphTexts(unzipPart(result.file, 'word/document.xml'));
    expect(texts).toContain('UBND TỈNH PHÚ THỌ');
    expect(texts).toContain('Số: 7/QĐ-SKHCN');
    const bases = texts.filter((t) => t.startsWith('Căn cứ '));
    expect(bases).toEqual([
      'Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Phú Thọ quy định chức năng, nhiệm vụ của Sở;',
      'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.',
    ]);
    expect(texts).toContain('Theo đề nghị của Chánh Văn phòng Sở.');
    expect(texts).toEqual(expect.arrayContaining(['- Như Điều 3;', '- Giám đốc Sở;', '- Các phòng thuộc Sở;', '- Lưu: VT.']));
    expect(texts).not.toContain('PHÊ DUYỆT TÀI LIỆU');
    expect(unzipPart(result.file, 'word/document.xml').match(/<w:sectPr>/g)).toHaveLength(1);
  });

  it('refuses, naming every missing piece, when neither the options nor the config give them; nothing is written', () => {
    const out = join(tempFolder(), 'x.docx');
    const result = runBin(['export', 'QT-KHCN-01', '--decision', '-C', DEMO, '--out', out, '--json'], tempFolder());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('số quyết định (--number)');
    expect(result.stderr).toContain('cơ quan chủ quản (--parent hoặc issue.parent');
    expect(result.stderr).toContain('địa danh (--place hoặc issue.place)');
    expect(JSON.parse(result.stdout).error.reason).toBe('missing-decision-data');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('qms export: document text stays text', () => {
  it('escapes markup and drops HTML from the body: no raw tag, no comment, the XML stays well formed', () => {
    const root = makeRepo({
      'qms.config.yaml': SHORT_CONFIG,
      'procedures/QT-KHCN-02.md': procedure({
        code: 'QT-KHCN-02',
        title: 'Quy trình <b>thử</b> & "kiểm tra"',
        body: '# Tiêu đề\n\n## 1. Mục đích\n\nA & B < C <script>alert(1)</script> **đậm**\n\n<!-- ghi chú nội bộ -->\n\n<div onclick="x()">khối</div>\n',
      }),
    });
    const result = exportDocx(['QT-KHCN-02'], root);
    expect(result.code, result.stderr).toBe(0);
    const xml = unzipPart(result.file, 'word/document.xml');
    expect(wellFormedProblems(xml)).toEqual([]);
    expect(xml).not.toMatch(/<script|<b>|<div|ghi chú nội bộ|onclick/);
    const texts = paragraphTexts(xml);
    expect(texts).toContain('A & B < C alert(1) đậm');
    expect(texts).toContain('Quy trình <b>thử</b> & "kiểm tra"');
  });
});
