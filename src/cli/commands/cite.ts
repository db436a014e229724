/** `qms cite` and `qms uncite`: their commander wiring, running the legal-basis plans through the lifecycle runner. */
import type { Command } from 'commander';
import { COMMON_HELP, commonOptions } from '../lifecycle-options.js';
import { planCite, planUncite, type CiteOptions } from '../../lifecycle/cite.js';
import { runLifecycle } from '../lifecycle-run.js';
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';

/** Wires `qms cite` and `qms uncite` into the program. */
export function registerCite(program: Command, io: Io, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('cite')
      .description('add a legal document (or some of its articles) to a document\'s legal basis and render the region')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .argument('<legal-doc>', 'the legal document, in any citation form the register resolves: 118/2025/NĐ-CP')
      .option('--articles <list>', 'only these articles: "Điều 5, Điều 7" or "khoản 1 Điều 5"'),
  )
    .addHelpText('after', `\nExamples:\n  qms cite QT-VP-01 118/2025/NĐ-CP\n  qms cite QT-VP-01 "Nghị định 118/2025" --articles "Điều 5, Điều 7"\n${COMMON_HELP}`)
    .action((code: string, legal: string, options: CiteOptions & CommonOptions) => setExit(runLifecycle('cite', io, options, (session) => planCite(session, code, legal, options))));
  commonOptions(
    program
      .command('uncite')
      .description('remove a legal document from a document\'s legal basis and render the region')
      .argument('<code>', 'the document code, e.g. QT-KHCN-01')
      .argument('<legal-doc>', 'the legal document, in any citation form the register resolves'),
  )
    .addHelpText('after', `\nExample:\n  qms uncite QT-VP-01 61/2018/NĐ-CP\n${COMMON_HELP}`)
    .action((code: string, legal: string, options: CommonOptions) => setExit(runLifecycle('uncite', io, options, (session) => planUncite(session, code, legal))));
}
