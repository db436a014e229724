/**
 * qms tthc import of CSV (BOM, `;` or `,`, quotes, CRLF) and XLSX lists in real git repositories: the
 * CSV cases end to end with the built CLI, the XLSX and refusal cases in-process (main(argv, io)).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/tthc/csv.js';
import { git, makeGitRepo, readText, runBin, runMain, TODAY } from '../helpers/index.js';
import { tthcAgency } from './support.js';

const HEADER = ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Căn cứ pháp lý', 'Cơ quan thực hiện'];

describe('the CSV reader', () => {
  it('reads a BOM, ; separators, quoted cells with separators, quotes and line breaks, and CRLF; blank lines keep row numbers', () => {
    const text = '\uFEFFa;b;c\r\n1;"x; y";"say ""hi""\r\nthere"\r\n\r\n2;z;\r\n';
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['1', 'x; y', 'say "hi"\r\nthere'], [''], ['2', 'z', '']]);
    expect(parseCsv('a,b\n"1,5",2')).toEqual([['a', 'b'], ['1,5', '2']]);
  });
});

describe('qms tthc import', () => {
  const csv = (rows: string[][], separator = ';'): string => `\uFEFF${[HEADER, ...rows].map((row) => row.map((cell) => (/[;,"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator)).join('\r\n')}\r\n`;
  const good = ['1', 'VD.000301', 'Thủ tục mẫu; thứ nhất', '15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', '- Điều 5 Nghị định số 76/2018/NĐ-CP\n- Luật Chuyển giao công nghệ số 07/2017/QH14', 'Sở Khoa học và Công nghệ'];
  const bad = ['2', 'VD.000302', 'Thủ tục mẫu thứ hai', 'theo quy định', 'Lệ phí: 50.000 đồng (mẫu)', '', ''];
  const third = ['3', 'VD.000303', 'Thủ tục mẫu thứ ba', '05 ngày làm việc', 'Lệ phí: 50.000 đồng (mẫu)', '', ''];

  it('writes nothing while a row cannot be read, naming its row number; --skip-invalid writes the others and exits 1', () => {
    const root = makeGitRepo({ ...tthcAgency(), 'list.csv': csv([good, bad, third]) });
    const refused = runBin(['tthc', 'import', 'list.csv', '--lang', 'en', '--today', TODAY], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('list.csv: row 3: VD.000302: time limit "theo quy định" cannot be read');
    expect(git(root, 'status', '--porcelain')).toBe('');

    const skipped = runBin(['tthc', 'import', 'list.csv', '--skip-invalid', '--lang', 'en', '--today', TODAY], root);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toContain('2 new records');
    const record = readText(root, 'tthc/VD.000301.md');
    expect(record).toContain('name: Thủ tục mẫu; thứ nhất');
    expect(record).toContain('time_limit: { value: 15, unit: working-days }');
    expect(record).toContain('  - { id: 76/2018/NĐ-CP, articles: [Điều 5] }\n  - { id: 07/2017/QH14 }');
    expect(readText(root, 'tthc/VD.000303.md')).toContain('  - { name: Lệ phí, amount: 50.000 đồng (mẫu) }');
    // The organization of the config stands in for an empty agency cell of a new record.
    expect(readText(root, 'tthc/VD.000303.md')).toContain('agency: Sở Khoa học và Công nghệ tỉnh Hòa Bình');
    expect(runBin(['check', '--today', TODAY], root).code).toBe(0);
    // Importing the same list again changes nothing.
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'imported');
    expect(runBin(['tthc', 'import', 'list.csv', '--skip-invalid', '--today', TODAY], root).code).toBe(1);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('reads the first sheet of an XLSX workbook with a title above the header, and updates a recorded TTHC with a change row', async () => {
    const root = makeGitRepo(tthcAgency());
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh mục');
    sheet.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH (dữ liệu mẫu)']);
    sheet.addRow(HEADER);
    sheet.addRow(good);
    sheet.addRow(['2', 'VD.000101', 'Cấp giấy phép chuyển giao công nghệ (thủ tục mẫu)', '8 ngày làm việc', '', '', '']);
    await workbook.xlsx.writeFile(join(root, 'list.xlsx'));
    const result = await runMain(['tthc', 'import', 'list.xlsx', '--lang', 'en', '--today', TODAY], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 new records, 1 updated');
    const updated = readText(root, 'tthc/VD.000101.md');
    expect(updated).toContain('time_limit: { value: 8, unit: working-days }');
    expect(updated).toContain('summary: Cập nhật từ danh mục list.xlsx');
    // The existing fees stay: the list's fee cell was empty.
    expect(updated).toContain('  - { name: Phí thẩm định (số liệu mẫu), amount: Không thu }');
    expect(readText(root, 'tthc/VD.000301.md')).toContain('name: Thủ tục mẫu; thứ nhất');
  });

  it('refuses a list without the needed columns and a file that is neither CSV nor XLSX', async () => {
    const root = makeGitRepo({ ...tthcAgency(), 'a.csv': 'Tên;Ghi chú\nx;y\n', 'a.txt': 'x' });
    const noColumns = await runMain(['tthc', 'import', 'a.csv', '--lang', 'en', '--today', TODAY], root);
    expect(noColumns.code).toBe(2);
    expect(noColumns.stderr).toContain('the header row has no column Mã TTHC');
    expect((await runMain(['tthc', 'import', 'a.txt', '--today', TODAY], root)).code).toBe(2);
    writeFileSync(join(root, 'b.csv'), Buffer.from([0x4d, 0xe3, 0x0a]));
    expect((await runMain(['tthc', 'import', 'b.csv', '--lang', 'en', '--today', TODAY], root)).stderr).toContain('is not UTF-8');
  });
});
