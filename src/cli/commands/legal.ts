/** `qms legal add|amend|replace|repeal|show|list`: commander wiring and runs, plus the -C/--lang/--today options other commands share. */
import { Option, type Command } from 'commander';
import { parseArticlesOption } from '../../register/articles.js';
import type { EntryFields } from '../../register/entry-text.js';
import { type Language } from '../../i18n/labels.js';

import { findingText } from '../../i18n/messages/findings.js';
import { t } from '../../i18n/messages/index.js';
import type { Finding } from '../../model/repository.js';
import { formatLegalView, legalView } from '../../views/legal-view.js';
import { requireLegalEntry } from '../../lookup/legal.js';
import { openWorkspace, type CommonOptions, type FullWorkspace } from '../../workspace/open.js';
import { parseDateOption } from '../../i18n/option-values.js';
import { impactCommand, planAdd, planRelation, validatePlan, type RegisterPlan, type WrittenRelation } from '../../register/edit.js';
import { previewChanges } from '../../write/plan.js';
import { applyChanges } from '../../write/apply.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { runList } from './list.js';

export interface LegalWriteOptions extends CommonOptions, EntryFields {
  alias: string[];
  file?: string;
  register?: string;
  dryRun?: boolean;
}

export interface LegalRelateOptions extends LegalWriteOptions {
  by: string;
  articles?: string;
}

export interface LegalShowOptions extends CommonOptions {
  json?: boolean;
}

export interface LegalListOptions extends CommonOptions {
  format: string;
  delimiter?: string;
  output?: string;
  status: string[];
  type: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const collectList = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function addEntryOptions(command: Command): Command {
  return command
    .option('--kind <kind>')
    .option('--title <title>')
    .option('--issuer <issuer>')
    .option('--signed <date>')
    .option('--effective <date>')
    .option('--expired <date>')
    .addOption(new Option('--alias <name>').argParser(collect).default([]))
    .option('--file <path>')
    .option('--register <folder>')
    .option('--dry-run');
}

/** Wires `qms legal add|amend|replace|repeal|show|list` into the program. */
export function registerLegal(program: Command, io: Io, setExit: (code: number) => void): void {
  const legal = program
    .command('legal');

  addCommonOptions(addEntryOptions(legal.command('add').argument('<id>')))
    .action((id: string, options: LegalWriteOptions) => setExit(runLegalAdd(id, options, io)));

  const relations: Array<[string, WrittenRelation]> = [
    ['amend', 'amends'],
    ['replace', 'replaces'],
    ['repeal', 'repeals'],
  ];
  for (const [name, relation] of relations) {
    addCommonOptions(
      addEntryOptions(
        legal
          .command(name)
          .argument('<legal-doc>')
          .requiredOption('--by <id>')
          .option('--articles <list>'),
      ),
    )
      .action((target: string, options: LegalRelateOptions) => setExit(runLegalRelate(relation, target, options, io)));
  }

  addCommonOptions(legal.command('show').argument('<legal-doc>'))
    .option('--json')
    .option('--no-cache')
    .action((id: string, options: LegalShowOptions) => setExit(runLegalShow(id, options, io)));

  addCommonOptions(legal.command('list'))
    .addOption(new Option('-f, --format <format>').default('text'))
    .option('-o, --output <file>')
    .option('--delimiter <char>')
    .addOption(new Option('--status <status>').argParser(collectList).default([]))
    .addOption(new Option('--type <kind>').argParser(collectList).default([]))
    .action(async (options: LegalListOptions) => setExit(await runList({ ...options, external: true }, io)));
}

/** The entry fields given as options, dates checked. */
function entryFields(options: LegalWriteOptions, language: Language): EntryFields {
  const fields: EntryFields = {};
  for (const name of ['kind', 'title', 'issuer'] as const) {
    const value = options[name]?.normalize('NFC').trim();
    if (value !== undefined && value !== '') fields[name] = value;
  }
  for (const name of ['signed', 'effective', 'expired'] as const) {
    const value = options[name];
    if (value !== undefined) fields[name] = parseDateOption(value, `--${name}`, language);
  }
  return fields;
}

export function runLegalAdd(id: string, options: LegalWriteOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'register' });
  const plan = planAdd(opened, { id, fields: entryFields(options, opened.language), aliases: options.alias, ...(options.file !== undefined ? { file: options.file } : {}), ...(options.register !== undefined ? { register: options.register } : {}) });
  return commit(opened, plan, options, io);
}

export function runLegalRelate(relation: WrittenRelation, target: string, options: LegalRelateOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'register' });
  const { language } = opened;
  const articles = options.articles !== undefined ? parseArticlesOption(options.articles, language) : [];
  const plan = planRelation(opened, {
    relation,
    target,
    by: options.by,
    articles,
    fields: entryFields(options, language),
    aliases: options.alias,
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.register !== undefined ? { register: options.register } : {}),
  });
  return commit(opened, plan, options, io);
}

/** Validates the plan as qms check would, then writes it (or prints it with --dry-run). */
function commit(opened: FullWorkspace, plan: RegisterPlan, options: LegalWriteOptions, io: Io): number {
  const { language } = opened;
  if (plan.writes.length === 0) {
    io.stdout.write(`${plan.summary.join('\n')}\n`);
    return EXIT.ok;
  }
  const validation = validatePlan(opened, plan);
  const line = (f: Finding): string => `  ${f.file}:${f.line}:${f.column}  ${t(language, `severity.${f.severity}`, {})}  ${findingText(language, f)}  ${f.ruleId}\n`;
  if (validation.errors.length > 0) {
    for (const finding of [...validation.errors, ...validation.warnings]) io.stderr.write(line(finding));
    const n = validation.errors.length;
    throw new QmsError(
      t(language, 'legal.refused-change-would-give', { n }),
    );
  }
  for (const finding of validation.warnings) io.stderr.write(line(finding));
  if (options.dryRun) {
    io.stdout.write(previewChanges(plan.writes));
    io.stdout.write(t(language, 'legal.dry-run-nothing-written', {}));
    return EXIT.ok;
  }
  applyChanges(opened.root, plan.writes, language);
  io.stdout.write(`${plan.summary.join('\n')}\n`);
  io.stdout.write(t(language, 'legal.next-find-documents-affected', { command: impactCommand(plan.impactId) }));
  return EXIT.ok;
}

export function runLegalShow(argument: string, options: LegalShowOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const entry = requireLegalEntry(argument, opened.repository.register, opened.language);
  const view = legalView(opened.repository, entry);
  io.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : formatLegalView(view, opened.language));
  return EXIT.ok;
}


