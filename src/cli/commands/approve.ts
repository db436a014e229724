/** `qms approve`: its commander wiring (step, name, title, date, help) running the approval plan through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planApprove, type ApproveOptions } from '../../lifecycle/approve.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms approve` into the program. */
export function registerApprove(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('approve')
      .argument('<code>')
      .requiredOption('--step <step>')
      .requiredOption('--name <name>')
      .requiredOption('--title <title>')
      .option('--date <date>'),
  )
    .action((code: string, options: ApproveOptions & CommonOptions) => setExit(runLifecycle('approve', io, options, (session) => planApprove(session, code, options))));
}
