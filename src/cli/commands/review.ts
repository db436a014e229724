/** `qms review`: its commander wiring (reviewer, outcome, note, help) running the periodic review plan through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planReview, REVIEW_OUTCOMES, type ReviewOptions } from '../../lifecycle/review.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms review` into the program. */
export function registerReview(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('review')
      .description('record a periodic review of a document in use (rà soát định kỳ): who, when, and whether it must change')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .requiredOption('--by <name>', 'who reviewed it (họ và tên)')
      .requiredOption('--title <title>', 'their title (chức vụ)')
      .option('--outcome <outcome>', `the conclusion: ${REVIEW_OUTCOMES.join(' or ')} (default: no-change)`)
      .option('--note <text>', 'a short note kept with the review')
      .option('--date <date>', 'the date of the review (YYYY-MM-DD; default: today)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  qms review QT-KHCN-01 --by "Trần Thị Bình" --title "Trưởng phòng"
  qms review QT-KHCN-01 --by "Trần Thị Bình" --title "Trưởng phòng" --outcome revise --note "Thời hạn giải quyết đã thay đổi"

It records last_review and a row in reviews: review/overdue is satisfied until the next interval
(review.interval_months in qms.config.yaml). With --outcome revise, run qms revise next.
${COMMON_HELP}`,
    )
    .action((code: string, options: ReviewOptions & CommonOptions) => setExit(runLifecycle('review', io, options, (session) => planReview(session, code, options))));
}
