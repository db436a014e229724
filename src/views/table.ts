/**
 * Tables as text, Markdown and CSV. The CSV is what Excel opens correctly with Vietnamese text:
 * UTF-8 with a byte-order mark, CRLF line endings and RFC 4180 quoting.
 */

/** A table: headings and rows of cells (already in the output's language). */
export interface Table {
  headings: string[];
  rows: string[][];
}

/** The display width of a cell: code points of its NFC form (Vietnamese letters are one column each). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/**
 * Aligned columns separated by two spaces; the last column is not padded (long titles go last).
 * Line breaks inside cells become spaces.
 */
export function textTable(table: Table): string {
  const flat = (cell: string): string => cell.replace(/\s*[\r\n]+\s*/g, ' ');
  const rows = [table.headings, ...table.rows].map((row) => row.map(flat));
  const widths = table.headings.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - width(cell))))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, column) => '-'.repeat(column === widths.length - 1 ? Math.min(w, 40) : w)).join('  ');
  return `${[line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n')}\n`;
}

/** A GitHub-flavoured Markdown table; `|` and line breaks in cells are escaped. */
export function markdownTable(table: Table): string {
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
  const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return `${[row(table.headings), `|${table.headings.map(() => '---').join('|')}|`, ...table.rows.map(row)].join('\n')}\n`;
}

export const BOM = '\uFEFF';

/** The CSV field separators qms writes: `,` (RFC 4180), or `;` for a Vietnamese Windows Excel. */
export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * RFC 4180 CSV: a BOM (so Excel reads UTF-8), CRLF after every record, fields quoted with the quote
 * doubled when they hold a double quote, CR, LF or either separator — both, whichever is used, since
 * Excel splits on the one its regional settings name. A field starting with = + - or @ would be
 * taken for a formula by a spreadsheet: it is prefixed with an apostrophe (OWASP "CSV injection").
 */
export function csvTable(table: Table, delimiter: CsvDelimiter = ','): string {
  const field = (text: string): string => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return BOM + [table.headings, ...table.rows].map((row) => `${row.map(field).join(delimiter)}\r\n`).join('');
}
