import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { loadRepository } from '../../check/load.js';
import { analyzeImpact } from '../../impact/analyze.js';
import { formatImpactMarkdown } from '../../impact/format-markdown.js';
import { formatImpactText } from '../../impact/format-text.js';
import { resolveLegalArgument } from '../../impact/resolve-argument.js';
import { findRoot } from '../../repo/root.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { parseToday } from './options.js';

export interface ImpactCommandOptions {
  format: string;
  today?: string;
  root?: string;
}

const FORMATS = ['text', 'json', 'md'];

/** Wires `qms impact` into the program. */
export function registerImpact(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('impact')
    .description('find every document affected when a legal document is amended, replaced or repealed')
    .argument('<legal-doc>', 'the legal document, in any citation form: 61/2018/NĐ-CP, 61/2018/ND-CP, "Luật Đất đai 2013"')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (md: the review report for the leadership)`, 'text')
    .option('--today <date>', 'the date to assess against (YYYY-MM-DD)')
    .option('-C, --root <folder>', 'the repository (default: the one holding the current folder)')
    .addHelpText(
      'after',
      `
Examples:
  qms impact 61/2018/NĐ-CP              documents resting on 61/2018, and what amends it
  qms impact 107/2021/ND-CP             follows what 107/2021 amends, in either direction
  qms impact "Luật Đất đai 2013" -f md  the review report (Báo cáo rà soát văn bản) as Markdown
  qms impact 43/2014/NĐ-CP -f json      the report as JSON (docs/impact.md)

Exit codes: 0 whether or not documents are affected; 2 for an unknown document or a broken register.`,
    )
    .action((legalDocument: string, options: ImpactCommandOptions) => setExit(runImpact(legalDocument, options, io)));
}

/** Runs `qms impact` (the report) and returns its exit code. */
export function runImpact(legalDocument: string, options: ImpactCommandOptions, io: Io): number {
  if (!FORMATS.includes(options.format)) throw new QmsError(`unknown format "${options.format}": use ${FORMATS.join(', ')}`);
  const today = parseToday(options.today);
  const root = findRoot(resolve(io.cwd, options.root ?? '.'));
  const loaded = loadConfig(root);
  const repository = loadRepository(root, loaded, today);
  const key = resolveLegalArgument(legalDocument, repository.register);
  const report = analyzeImpact(repository, key, legalDocument);
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'md') io.stdout.write(formatImpactMarkdown(report, loaded.config.language, loaded.config.organization));
  else io.stdout.write(formatImpactText(report));
  return EXIT.ok;
}
