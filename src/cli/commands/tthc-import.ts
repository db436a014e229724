/** `qms tthc import <file.csv|xlsx>`: reads a TTHC list, plans a record write per row, and writes nothing unless every row is valid (or --skip-invalid). */
import { basename } from 'node:path';

import { planImport, readImportRows } from '../../tthc/import.js';
import { QmsError } from '../../util/errors.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { readTableFile } from '../../workspace/table-file.js';
import { EXIT, type Io } from '../io.js';
import { commitTthc } from './tthc.js';
import { t } from '../../i18n/messages/index.js';

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
  for (const problem of reading.problems) io.stderr.write(`  ${file}: ${t(language, 'tthc-import.row', {})} ${problem.row}: ${problem.message}\n`);
  if (reading.problems.length > 0 && !options.skipInvalid) {
    const n = reading.problems.length;
    throw new QmsError(
      t(language, 'tthc-import.refused-row-cannot-read', { n }),
      { reason: 'invalid-rows', details: { rows: reading.problems.map((p) => p.row) } },
    );
  }
  const writes = planImport(reading.rows, repository.register, opened.config.tthc.folder, opened.today, basename(file), opened.readText);
  const created = writes.filter((w) => w.before === null).length;
  const summary = [
    t(language, 'tthc-import.imported-rows-from-new', { rows: reading.rows.length, file, created, updated: writes.length - created, unchanged: reading.rows.length - writes.length, skipped: reading.problems.length }),
  ];
  const code = commitTthc(opened, { writes, summary }, options, io);
  return reading.problems.length > 0 && code === EXIT.ok ? EXIT.findings : code;
}
