import { describe, expect, it } from 'vitest';
import { articleText, parseArticlesOption } from '../../src/register/articles.js';
import { entryFileName, newEntryText } from '../../src/register/entry-text.js';
import { impactCommand } from '../../src/register/edit.js';
import { csvTable, markdownTable, textTable } from '../../src/views/table.js';
import { parseCsv } from '../helpers/index.js';

describe('--articles', () => {
  it('reads articles, clauses and points, and bare numbers', () => {
    expect(parseArticlesOption('Điều 1, Điều 5', 'vi').map(articleText)).toEqual(['Điều 1', 'Điều 5']);
    expect(parseArticlesOption('khoản 1, khoản 2 Điều 5 và Điều 7', 'vi').map(articleText)).toEqual(['khoản 1 Điều 5', 'khoản 2 Điều 5', 'Điều 7']);
    expect(parseArticlesOption('điểm a khoản 2 Điều 3; Điều 3', 'vi').map(articleText)).toEqual(['điểm a khoản 2 Điều 3', 'Điều 3']);
    expect(parseArticlesOption('1, 05, 1', 'vi').map(articleText)).toEqual(['Điều 1', 'Điều 5']);
    expect(parseArticlesOption('ĐIỀU 9'.normalize('NFD'), 'vi').map(articleText)).toEqual(['Điều 9']);
  });

  it('refuses what it cannot read instead of dropping it', () => {
    expect(() => parseArticlesOption('Điều 1, Phụ lục II', 'en')).toThrow('cannot read "Phụ lục II" in --articles');
    expect(() => parseArticlesOption('', 'vi')).toThrow('--articles không có điều nào');
  });
});

describe('new register entries', () => {
  it('are named like the demo register', () => {
    expect(entryFileName('61/2018/NĐ-CP', 'Nghị định')).toBe('nd-61-2018-nd-cp.md');
    expect(entryFileName('45/2013/QH13', 'Luật')).toBe('luat-45-2013-qh13.md');
    expect(entryFileName('01/2018/TT-VPCP', 'Thông tư')).toBe('tt-01-2018-tt-vpcp.md');
    expect(entryFileName('04/2018/TTLT-VKSNDTC-BCA-BQP', 'Thông tư liên tịch')).toBe('ttlt-04-2018-ttlt-vksndtc-bca-bqp.md');
    expect(entryFileName('101/QĐ-BKHCN', 'Quyết định')).toBe('qd-101-qd-bkhcn.md');
    expect(entryFileName('TCVN ISO 9001:2015', 'Tiêu chuẩn')).toBe('tcvn-iso-9001-2015.md');
  });

  it('quote what YAML would read as something else', () => {
    const text = newEntryText('61/2018/NĐ-CP', { kind: 'Nghị định', title: 'Về: một cửa # liên thông', issuer: 'true', signed: '2018-04-23', effective: '2018-06-21' }, ['NĐ "một cửa"']);
    expect(text).toBe('---\nid: 61/2018/NĐ-CP\nkind: Nghị định\ntitle: "Về: một cửa # liên thông"\nissuer: "true"\nsigned: 2018-04-23\neffective: 2018-06-21\naliases: [NĐ "một cửa"]\n---\n\n');
  });

  it('name the impact command to copy, quoted when a shell needs it', () => {
    expect(impactCommand('107/2021/NĐ-CP')).toBe('qms impact 107/2021/NĐ-CP');
    expect(impactCommand('TCVN ISO 9001:2015')).toBe('qms impact "TCVN ISO 9001:2015"');
  });
});

describe('tables', () => {
  const table = { headings: ['Mã hiệu', 'Tên tài liệu'], rows: [['QT-01', 'Quy trình "A", bản 2\ndòng hai'], ['=SUM(A1)', 'a|b']] };

  it('CSV: BOM, CRLF, RFC 4180 quoting, formulas defused', () => {
    const csv = csvTable(table);
    expect(csv.startsWith('\uFEFFMã hiệu,Tên tài liệu\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([['Mã hiệu', 'Tên tài liệu'], ['QT-01', 'Quy trình "A", bản 2\ndòng hai'], ["'=SUM(A1)", 'a|b']]);
  });

  it('Markdown escapes pipes and line breaks; text aligns by characters', () => {
    expect(markdownTable(table)).toBe('| Mã hiệu | Tên tài liệu |\n|---|---|\n| QT-01 | Quy trình "A", bản 2<br>dòng hai |\n| =SUM(A1) | a\\|b |\n');
    expect(textTable({ headings: ['Mã', 'Tên'], rows: [['Đ'.normalize('NFD'), 'x'], ['QT-01', 'y']] })).toBe('Mã     Tên\n-----  ---\nĐ      x\nQT-01  y\n');
  });
});
