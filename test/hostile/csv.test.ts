/**
 * CSV for Excel cannot carry a formula (issue 20, smaller items): a cell that begins with = + - @
 * is prefixed with an apostrophe, and a cell holding ';' or a tab is quoted, so an Excel set to
 * the ';' separator does not split "x;=1+2" into a formula cell.
 */
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../src/views/table.js';

/** The cells Excel would see when it splits each record at `separator`, honouring quotes (RFC 4180). */
function cells(csv: string, separator: string): string[] {
  const out: string[] = [];
  for (const record of csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)) {
    let cell = '';
    let quoted = false;
    for (let i = 0; i < record.length; i++) {
      const ch = record[i]!;
      if (ch === '"') quoted = !quoted;
      else if (ch === separator && !quoted) {
        out.push(cell);
        cell = '';
      } else cell += ch;
    }
    out.push(cell);
  }
  return out;
}

describe('CSV formula injection', () => {
  it.each([',', ';', '\t'])('no cell starts with a formula character when Excel splits at %j', (separator) => {
    const csv = csvTable({ headings: ['Mã', 'Tên'], rows: [['x;=1+2', 'a;+cmd|"/c calc"!A0'], ['=HYPERLINK("http://x")', 'b\t@SUM(1)'], ['-2+3', 'c,=1']] });
    for (const cell of cells(csv, separator)) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@]/);
  });
});
