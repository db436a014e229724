/** A master list as an Excel workbook (exceljs): the table on one sheet, bold header row, column widths, ISO dates as real dates. */
import type { Table } from './table.js';

/** What the workbook records besides the table. */
export interface WorkbookInfo {
  /** The sheet's name (the list's title), cut to Excel's 31 characters. */
  title: string;
  organization: string;
  /** The day the list is drawn for (ISO): the workbook's date. */
  today: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WHOLE_NUMBER = /^(0|[1-9]\d{0,8})$/;

/**
 * The table as the bytes of an .xlsx file. ISO dates become date cells shown dd/mm/yyyy, whole
 * numbers (the row number, the revision) number cells; everything else stays text, so a code such
 * as 01 or a formula-looking title is never evaluated.
 */
export async function xlsxTable(table: Table, info: WorkbookInfo): Promise<Buffer> {
  // Loaded on demand: only this format pays for the library.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'qms';
  workbook.created = new Date(`${info.today}T00:00:00Z`);
  if (info.organization) workbook.company = info.organization;
  const sheet = workbook.addWorksheet(sheetName(info.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headings);
  for (const row of table.rows) sheet.addRow(row.map(cellValue));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  table.headings.forEach((heading, index) => {
    const column = sheet.getColumn(index + 1);
    const longest = Math.max(heading.length, ...table.rows.map((row) => (row[index] ?? '').length));
    column.width = Math.min(60, Math.max(6, longest + 2));
    if (table.rows.some((row) => ISO_DATE.test(row[index] ?? ''))) column.numFmt = 'dd/mm/yyyy';
    if (longest > 60) column.alignment = { wrapText: true, vertical: 'top' };
  });
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headings.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(text: string): string | number | Date {
  const date = ISO_DATE.exec(text);
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  if (WHOLE_NUMBER.test(text)) return Number(text);
  return text;
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'qms';
}
