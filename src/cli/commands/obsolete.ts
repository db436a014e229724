/** `qms obsolete`: its commander wiring (reason, date, successor, help) running the withdrawal plan through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planObsolete, type ObsoleteOptions } from '../../lifecycle/obsolete.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms obsolete` into the program. */
export function registerObsolete(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('obsolete')
      .argument('<code>')
      .requiredOption('--reason <text>')
      .option('--date <date>')
      .option('--replaced-by <code>')
      .option('--with-forms'),
  )
    .action((code: string, options: ObsoleteOptions & CommonOptions) => setExit(runLifecycle('obsolete', io, options, (session) => planObsolete(session, code, options))));
}
