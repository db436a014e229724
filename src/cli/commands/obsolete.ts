/** `qms obsolete`: its commander wiring (reason, date, successor, help) running the withdrawal plan through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planObsolete, type ObsoleteOptions } from '../../lifecycle/obsolete.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms obsolete` into the program. */
export function registerObsolete(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('obsolete')
      .description('withdraw a document: status obsolete with date, reason and successor; lists the documents that still reference it')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .requiredOption('--reason <text>', 'why it is withdrawn (lý do hủy bỏ)')
      .option('--date <date>', 'the date it is withdrawn (YYYY-MM-DD; default: today)')
      .option('--replaced-by <code>', 'the code of the document that replaces it')
      .option('--with-forms', 'withdraw its forms and the documents named after it (BM-01/QT-VP-01 for QT-VP-01) in the same change'),
  )
    .addHelpText(
      'after',
      `
Examples:
  qms obsolete QT-KHCN-02 --reason "Thủ tục hành chính đã bị bãi bỏ"
  qms obsolete QT-KHCN-02 --reason "Gộp vào QT-KHCN-05" --replaced-by QT-KHCN-05 --date 2026-12-01
  qms obsolete QT-VP-01 --reason "Thủ tục đã bị bãi bỏ" --with-forms   with BM-01/QT-VP-01, BM-02/QT-VP-01 …

The file stays, as the record of what was in force. Documents in use that reference it are listed:
qms check now reports them (ref/obsolete) until they are revised.
${COMMON_HELP}`,
    )
    .action((code: string, options: ObsoleteOptions & CommonOptions) => setExit(runLifecycle('obsolete', io, options, (session) => planObsolete(session, code, options))));
}
