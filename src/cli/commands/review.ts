/** `qms review`: its commander wiring (reviewer, outcome, note, help) running the periodic review plan through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planReview, type ReviewOptions } from '../../lifecycle/review.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms review` into the program. */
export function registerReview(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('review')
      .argument('<code>')
      .requiredOption('--by <name>')
      .requiredOption('--title <title>')
      .option('--outcome <outcome>')
      .option('--note <text>')
      .option('--date <date>'),
  )
    .action((code: string, options: ReviewOptions & CommonOptions) => setExit(runLifecycle('review', io, options, (session) => planReview(session, code, options))));
}
