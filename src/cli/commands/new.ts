/** `qms new`: its commander wiring (type, code, title, owner, folder, date, help) running the new-document plan through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planNew, type NewOptions } from '../../lifecycle/new.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms new` into the program. */
export function registerNew(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('new')
      .argument('<type>')
      .requiredOption('--code <code>')
      .requiredOption('--title <title>')
      .option('--owner <unit>')
      .option('--dir <folder>')
      .option('--date <date>'),
  )
    .action((type: string, options: NewOptions & CommonOptions) => setExit(runLifecycle('new', io, options, (session) => planNew(session, type, options))));
}
