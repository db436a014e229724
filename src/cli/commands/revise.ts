/** `qms revise`: its commander wiring (summary, trigger, date, help) running the new-revision plan through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planRevise, type ReviseOptions } from '../../lifecycle/revise.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms revise` into the program. */
export function registerRevise(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('revise')
      .argument('<code>')
      .requiredOption('--summary <text>')
      .option('--trigger <legal-doc>')
      .option('--date <date>'),
  )
    .action((code: string, options: ReviseOptions & CommonOptions) => setExit(runLifecycle('revise', io, options, (session) => planRevise(session, code, options))));
}
