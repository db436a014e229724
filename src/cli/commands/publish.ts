/** `qms publish`: its commander wiring (effective date, help) running the publish plan through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planPublish, type PublishOptions } from '../../lifecycle/publish.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms publish` into the program. */
export function registerPublish(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('publish')
      .argument('<code>')
      .requiredOption('--effective <date>'),
  )
    .action((code: string, options: PublishOptions & CommonOptions) => setExit(runLifecycle('publish', io, options, (session) => planPublish(session, code, options))));
}
