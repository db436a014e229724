/**
 * The master lists for Excel: an .xlsx workbook, and CSV with the `;` separator of Vietnamese Windows.
 * The workbooks are written by the built CLI (a child process); the CSV and the refusals run in-process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, legalEntry, makeRepo, ND_61_2018, procedure, runBin, runMain, tempFolder, TODAY } from '../helpers/index.js';

const repo = (): string =>
  makeRepo({
    'qms.config.yaml': BARE_CONFIG,
    'legal/nd-61-2018.md': ND_61_2018,
    'legal/tt-x.md': legalEntry('01/2018/TT-VPCP', { kind: 'Thông tư', title: '"x;=1+2"', signed: '2018-11-23', effective: '2019-01-08' }),
    'procedures/QT-KHCN-01.md': procedure({ title: 'Quy trình đánh giá; "đ" và Đ' }),
  });

async function readWorkbook(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('qms list -f xlsx', () => {
  it('writes a workbook with bold headings, widths, Vietnamese intact and dates as dates', async () => {
    const root = repo();
    const file = join(tempFolder(), 'danh-muc.xlsx');
    const result = runBin(['list', '-f', 'xlsx', '-o', file, '--today', TODAY, '--no-cache'], root);
    expect(result.code, result.stderr).toBe(0);
    const sheet = await readWorkbook(file);
    expect(sheet.name.toLocaleLowerCase('vi')).toBe('danh mục tài liệu nội bộ');
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toContain('Mã hiệu');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row).toContain('QT-KHCN-01');
    expect(row).toContain('Quy trình đánh giá; "đ" và Đ');
    expect(row.find((value) => value instanceof Date)).toEqual(new Date('2026-03-01T00:00:00Z'));
    const titleColumn = headings.indexOf('Tên tài liệu') + 1;
    expect(sheet.getColumn(titleColumn).width).toBeGreaterThan(20);
  });

  it('writes the external list too, a formula-looking title as text', async () => {
    const file = join(tempFolder(), 'ben-ngoai.xlsx');
    expect(runBin(['legal', 'list', '-f', 'xlsx', '-o', file, '--today', TODAY], repo()).code).toBe(0);
    const sheet = await readWorkbook(file);
    const values = sheet.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(values).toContain('x;=1+2');
  });

  it('needs -o: a workbook is not printed on the screen', async () => {
    const result = await runMain(['list', '-f', 'xlsx', '--lang', 'en'], repo());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/-o/);
  });
});

describe('qms list -f csv --delimiter ";"', () => {
  it('separates fields with ";" and quotes any field holding either separator', async () => {
    const result = await runMain(['legal', 'list', '-f', 'csv', '--delimiter', ';', '--today', TODAY], repo());
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.split(';').length).toBeGreaterThan(5);
    expect(lines.some((line) => line.includes(';"x;=1+2";'))).toBe(true);
  });

  it('refuses another separator, and a separator for another format', async () => {
    expect((await runMain(['list', '-f', 'csv', '--delimiter', '|'], repo())).code).toBe(2);
    expect((await runMain(['list', '-f', 'md', '--delimiter', ';'], repo())).code).toBe(2);
  });
});
