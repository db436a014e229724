/** `qms cite` and `qms uncite`: their commander wiring, running the legal-basis plans through the lifecycle runner. */
import type { Command } from 'commander';
import { commonOptions } from '../lifecycle-options.js';
import { planCite, planUncite, type CiteOptions } from '../../lifecycle/cite.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms cite` and `qms uncite` into the program. */
export function registerCite(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('cite')
      .argument('<code>')
      .argument('<legal-doc>')
      .option('--articles <list>'),
  )
    .action((code: string, legal: string, options: CiteOptions & CommonOptions) => setExit(runLifecycle('cite', io, options, (session) => planCite(session, code, legal, options))));
  commonOptions(
    program
      .command('uncite')
      .argument('<code>')
      .argument('<legal-doc>'),
  )
    .action((code: string, legal: string, options: CommonOptions) => setExit(runLifecycle('uncite', io, options, (session) => planUncite(session, code, legal))));
}
