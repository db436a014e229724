/** `qms tthc import <file.csv|xlsx>`: reads a TTHC list, plans a record write per row, and writes nothing unless every row is valid (or --skip-invalid). */
import { basename } from 'node:path';
import { bi, tr } from '../../i18n/language.js';
import { planImport, readImportRows } from '../../tthc/import.js';
import { QmsError } from '../../util/errors.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { readTableFile } from '../../workspace/table-file.js';
import { EXIT, type Io } from '../io.js';
import { commitTthc } from './tthc.js';

export interface TthcImportOptions extends CommonOptions {
  skipInvalid?: boolean;
  dryRun?: boolean;
}

/** Runs `qms tthc import`: unreadable rows are listed with their row numbers on stderr. */
export async function runTthcImport(file: string, options: TthcImportOptions, io: Io): Promise<number> {
  const opened = openWorkspace(io, options, { documents: 'register' });
  const { language, repository } = opened;
  const table = await readTableFile(io.cwd, file, language);
  const reading = readImportRows(table, repository.register, opened.config.organization, language);
  for (const problem of reading.problems) io.stderr.write(`  ${file}: ${tr(language, bi('dòng', 'row'))} ${problem.row}: ${problem.message}\n`);
  if (reading.problems.length > 0 && !options.skipInvalid) {
    const n = reading.problems.length;
    throw new QmsError(
      tr(language, bi(`từ chối: ${n} dòng không đọc được (ở trên); không ghi gì (dùng --skip-invalid để nhập các dòng còn lại)`, `refused: ${n} row${n === 1 ? '' : 's'} cannot be read (above); nothing was written (--skip-invalid imports the others)`)),
      { reason: 'invalid-rows', details: { rows: reading.problems.map((p) => p.row) } },
    );
  }
  const writes = planImport(reading.rows, repository.register, opened.config.tthc.folder, opened.today, basename(file), opened.readText);
  const created = writes.filter((w) => w.before === null).length;
  const summary = [
    tr(language, bi(`Nhập ${reading.rows.length} dòng từ ${file}: ${created} bản ghi mới, ${writes.length - created} bản ghi cập nhật, ${reading.rows.length - writes.length} không đổi${reading.problems.length > 0 ? `, ${reading.problems.length} dòng bỏ qua` : ''}`, `Imported ${reading.rows.length} rows from ${file}: ${created} new records, ${writes.length - created} updated, ${reading.rows.length - writes.length} unchanged${reading.problems.length > 0 ? `, ${reading.problems.length} rows skipped` : ''}`)),
  ];
  const code = commitTthc(opened, { writes, summary }, options, io);
  return reading.problems.length > 0 && code === EXIT.ok ? EXIT.findings : code;
}
