/** `qms revise`: its commander wiring (summary, trigger, date, help) running the new-revision plan through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planRevise, type ReviseOptions } from '../../lifecycle/revise.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms revise` into the program. */
export function registerRevise(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('revise')
      .description('start a new revision: revision + 1, a history row, status draft, review and approval cleared')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .requiredOption('--summary <text>', 'what changes in this revision (nội dung sửa đổi)')
      .option('--trigger <legal-doc>', 'the legal document that makes the revision necessary, in any citation form the register resolves')
      .option('--date <date>', 'date of the history row (YYYY-MM-DD; default: today)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  qms revise QT-KHCN-01 --summary "Rà soát định kỳ"
  qms revise QT-KHCN-03 --summary "Cập nhật theo Nghị định 107/2021/NĐ-CP" --trigger 107/2021/ND-CP --date 2026-12-01

The preparer stays; approval.reviewed, approval.approved and the effective date are removed until
the new revision is approved and published. An obsolete document is not revised.
${COMMON_HELP}`,
    )
    .action((code: string, options: ReviseOptions & CommonOptions) => setExit(runLifecycle('revise', io, options, (session) => planRevise(session, code, options))));
}
