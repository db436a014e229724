/** `qms new`: its commander wiring (type, code, title, owner, folder, date, help) running the new-document plan through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planNew, type NewOptions } from '../../lifecycle/new.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms new` into the program. */
export function registerNew(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('new')
      .description('create a controlled document from its type\'s template: revision 1, draft, first history row, generated regions')
      .argument('<type>', 'document type: procedure, form, instruction, manual, or a type of qms.config.yaml')
      .requiredOption('--code <code>', 'the document code (mã hiệu), matching the type\'s pattern')
      .requiredOption('--title <title>', 'the title (tên tài liệu)')
      .option('--owner <unit>', 'the unit that owns the document (đơn vị chủ trì)')
      .option('--dir <folder>', 'folder from the repository root (default: procedures/, forms/, instructions/; the root for the manual)')
      .option('--date <date>', 'date of the first history row (YYYY-MM-DD; default: today)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  qms new procedure --code QT-KHCN-09 --title "Quy trình thẩm định công nghệ" --owner "Phòng Quản lý chuyên ngành"
  qms new form --code BM-01/QT-KHCN-09 --title "Phiếu thẩm định"     writes forms/BM-01-QT-KHCN-09.md
  qms new manual --code STCL --title "Sổ tay chất lượng" --json

The body comes from templates/documents/<type>.<language>.md (the repository's own copy first, then
the one shipped with qms), in the config's language. It refuses an unknown type, a code that breaks
the type's pattern or is already used, an existing file, and a template that would fail qms check.
${COMMON_HELP}`,
    )
    .action((type: string, options: NewOptions & CommonOptions) => setExit(runLifecycle('new', io, options, (session) => planNew(session, type, options))));
}
