/** `qms publish`: its commander wiring (effective date, help) running the publish plan through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planPublish, type PublishOptions } from '../../lifecycle/publish.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms publish` into the program. */
export function registerPublish(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('publish')
      .description('bring an approved document into force (status effective, with its effective date)')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .requiredOption('--effective <date>', 'the date it comes into force (ngày hiệu lực, YYYY-MM-DD): on or after the approval, not in the future'),
  )
    .addHelpText(
      'after',
      `
Examples:
  qms publish QT-KHCN-09 --effective 2026-03-15
  qms publish QT-KHCN-09 --effective 2026-03-15 --json

It refuses a document without all three approval steps, and one whose content no longer matches the
fingerprint recorded at approval (approval/changed).
${COMMON_HELP}`,
    )
    .action((code: string, options: PublishOptions & CommonOptions) => setExit(runLifecycle('publish', io, options, (session) => planPublish(session, code, options))));
}
