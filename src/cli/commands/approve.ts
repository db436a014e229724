/** `qms approve`: its commander wiring (step, name, title, date, help) running the approval plan through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planApprove, type ApproveOptions } from '../../lifecycle/approve.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms approve` into the program. */
export function registerApprove(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('approve')
      .description('record one approval step (prepared, reviewed, approved); with all three the document is approved')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .requiredOption('--step <step>', 'prepared (soạn thảo), reviewed (xem xét) or approved (phê duyệt)')
      .requiredOption('--name <name>', 'full name of the person (họ và tên)')
      .requiredOption('--title <title>', 'their title (chức vụ), as types.<type>.reviewers / approvers name it')
      .option('--date <date>', 'date of the step (YYYY-MM-DD; default: today)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  qms approve QT-KHCN-09 --step prepared --name "Nguyễn Văn An" --title "Chuyên viên" --date 2026-03-01
  qms approve QT-KHCN-09 --step reviewed --name "Trần Thị Bình" --title "Trưởng phòng" --date 2026-03-05
  qms approve QT-KHCN-09 --step approved --name "Lê Văn Cường" --title "Giám đốc" --date 2026-03-10

Steps go in order (prepared ≤ reviewed ≤ approved, each after the one before); the reviewer and
approver hold titles the config allows; the approver is not the preparer (unless
approval.allow_self_approval). The approved step records the content fingerprint.
${COMMON_HELP}`,
    )
    .action((code: string, options: ApproveOptions & CommonOptions) => setExit(runLifecycle('approve', io, options, (session) => planApprove(session, code, options))));
}
