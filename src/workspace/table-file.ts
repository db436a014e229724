/** Reading a table file for `qms tthc import`: a CSV (any UTF-8, with or without BOM) or the first sheet of an XLSX workbook, as rows of cell texts. */
import { extname, resolve } from 'node:path';
import { type Language } from '../i18n/language.js';
import { parseCsv } from '../tthc/csv.js';
import { QmsError } from '../util/errors.js';
import { MAX_DOCUMENT_BYTES, readRegularFile, UnsafeFileError, unsafeFileText } from './safe-read.js';
import { t } from '../i18n/messages/index.js';

/**
 * The rows of `file` (relative to `cwd`): every row of the first worksheet of an `.xlsx` (row n of
 * the sheet at index n - 1, empty rows kept, each cell as Excel shows it), or the records of a
 * `.csv`. Refused: other extensions, unreadable files, CSV that is not UTF-8.
 */
export async function readTableFile(cwd: string, file: string, language: Language): Promise<string[][]> {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    // The one safe reader: a regular file only, size-capped before it is read (a pipe or a device never hangs the import).
    bytes = readRegularFile(path, file, MAX_DOCUMENT_BYTES);
  } catch (error) {
    if (error instanceof UnsafeFileError) throw new QmsError(unsafeFileText(error, MAX_DOCUMENT_BYTES), { reason: 'unreadable', language });
    throw new QmsError(t(language, 'usage.cannot-read', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }), { reason: 'unreadable' });
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') {
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      throw new QmsError(t(language, 'table-file.utf-8-save-as', { file }), { reason: 'not-utf8' });
    }
    return parseCsv(text);
  }
  if (extension === '.xlsx') return readWorkbook(bytes, file, language);
  throw new QmsError(t(language, 'table-file.only-csv-xlsx-files', { file }), { reason: 'usage' });
}

async function readWorkbook(bytes: Buffer, file: string, language: Language): Promise<string[][]> {
  // Loaded here only, from its own chunk (scripts/build.mjs splits it out): other commands never parse it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new QmsError(t(language, 'table-file.readable-excel-xlsx-file', { message: (error as Error).message, file }), { reason: 'unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return rows;
}
