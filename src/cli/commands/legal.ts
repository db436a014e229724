/** `qms legal add|amend|replace|repeal|show|list`: commander wiring and runs, plus the -C/--lang/--today options other commands share. */
import type { Command } from 'commander';
import { parseArticlesOption } from '../../register/articles.js';
import type { EntryFields } from '../../register/entry-text.js';
import { type Language } from '../../i18n/labels.js';

import { findingText } from '../../i18n/messages/findings.js';
import { t } from '../../i18n/messages/index.js';
import type { Finding } from '../../model/repository.js';
import { LIST_FORMATS } from '../../views/list-format.js';
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
    .option('--kind <kind>', 'loại văn bản: Luật, Nghị định, Thông tư, Quyết định, Nghị quyết, Tiêu chuẩn …')
    .option('--title <title>', 'trích yếu: the title')
    .option('--issuer <issuer>', 'cơ quan ban hành: Chính phủ, Quốc hội, Bộ Khoa học và Công nghệ …')
    .option('--signed <date>', 'ngày ban hành (YYYY-MM-DD)')
    .option('--effective <date>', 'ngày có hiệu lực (YYYY-MM-DD)')
    .option('--expired <date>', 'ngày hết hiệu lực, for a document with a fixed end (YYYY-MM-DD)')
    .option('--alias <name>', 'another name it is cited by, e.g. "Luật Đất đai 2024" (repeatable)', collect, [])
    .option('--file <path>', 'the file of a new entry (default: legal/<kind>-<number>.md)')
    .option('--register <folder>', 'write to this shared register (one of legal.shared in the config) instead of the agency\'s own legal/')
    .option('--dry-run', 'print the change as a diff, write nothing');
}

/** Wires `qms legal add|amend|replace|repeal|show|list` into the program. */
export function registerLegal(program: Command, io: Io, setExit: (code: number) => void): void {
  const legal = program
    .command('legal')
    .description('maintain the legal register (sổ theo dõi văn bản pháp luật): add entries, record amendments, replacements and repeals')
    .addHelpText(
      'after',
      `
Examples:
  qms legal add 61/2018/NĐ-CP --kind "Nghị định" --title "Về thực hiện cơ chế một cửa …" --issuer "Chính phủ" --signed 2018-04-23 --effective 2018-06-21
  qms legal amend 61/2018/NĐ-CP --by 107/2021/NĐ-CP --articles "Điều 1, Điều 5" --kind "Nghị định" --title "…" --issuer "Chính phủ" --signed 2021-12-06 --effective 2022-02-21
  qms legal replace 43/2014/NĐ-CP --by 102/2024/NĐ-CP
  qms legal show 61/2018/NĐ-CP
  qms legal list --status amended

Every write is checked as qms check checks the register (register/* and frontmatter/* rules) before
anything is written, and refused with the findings it would cause. See docs/registers.md.`,
    );

  addCommonOptions(addEntryOptions(legal.command('add').description('add a legal document to the register (creates legal/<kind>-<number>.md)').argument('<id>', 'its number: 61/2018/NĐ-CP, 45/2013/QH13, 101/QĐ-BKHCN, TCVN ISO 9001:2015')))
    .addHelpText('after', '\nExample:\n  qms legal add 30/2020/NĐ-CP --kind "Nghị định" --title "Về công tác văn thư" --issuer "Chính phủ" --signed 2020-03-05 --effective 2020-03-05\n')
    .action((id: string, options: LegalWriteOptions) => setExit(runLegalAdd(id, options, io)));

  const relations: Array<[string, WrittenRelation, string, string]> = [
    ['amend', 'amends', 'record that --by amends (sửa đổi, bổ sung) a registered document', 'qms legal amend 61/2018/NĐ-CP --by 107/2021/NĐ-CP --articles "Điều 1, Điều 5"'],
    ['replace', 'replaces', 'record that --by replaces (thay thế) a registered document', 'qms legal replace 43/2014/NĐ-CP --by 102/2024/NĐ-CP --kind "Nghị định" --title "…" --issuer "Chính phủ" --signed 2024-07-30 --effective 2024-08-01'],
    ['repeal', 'repeals', 'record that --by repeals (bãi bỏ) a registered document, or some of its articles', 'qms legal repeal 110/2004/NĐ-CP --by 30/2020/NĐ-CP'],
  ];
  for (const [name, relation, description, example] of relations) {
    addCommonOptions(
      addEntryOptions(
        legal
          .command(name)
          .description(description)
          .argument('<legal-doc>', 'the older, registered document, in any citation form')
          .requiredOption('--by <id>', 'the newer document: edited when registered, else created (then --kind, --title, --issuer, --signed and --effective are needed)')
          .option('--articles <list>', 'only these articles: "Điều 1, Điều 5", "khoản 2 Điều 3" (default: the whole document)'),
      ),
    )
      .addHelpText('after', `\nExample:\n  ${example}\n\nThe relation is stored on the newer document (--by); an existing entry is edited in place (only the new\nYAML nodes are written). Then run the printed qms impact command.\n`)
      .action((target: string, options: LegalRelateOptions) => setExit(runLegalRelate(relation, target, options, io)));
  }

  addCommonOptions(legal.command('show').description('one register entry: its fields, status, relations both ways and the documents citing it').argument('<legal-doc>', 'in any citation form: 61/2018/NĐ-CP, 61/2018/ND-CP, "Luật Đất đai 2013"'))
    .option('--json', 'print it as JSON')
    .option('--no-cache', 'read every document afresh, without .qms/cache')
    .addHelpText('after', '\nExample:\n  qms legal show "Luật Đất đai 2013" --today 2026-11-27\n')
    .action((id: string, options: LegalShowOptions) => setExit(runLegalShow(id, options, io)));

  addCommonOptions(legal.command('list').description('the register with derived statuses (the external master list; same as qms list --external)'))
    .option('-f, --format <format>', `output format: ${LIST_FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the list to this file instead of the screen (required for xlsx)')
    .option('--delimiter <char>', 'the CSV separator: "," (the default) or ";" for Excel on Vietnamese Windows')
    .option('--status <status>', 'only these statuses: in-force, amended, replaced, repealed, expired, not-yet-in-force (repeatable, or comma-separated)', collectList, [])
    .option('--type <kind>', 'only these kinds: "Nghị định", "Thông tư" … (repeatable, or comma-separated)', collectList, [])
    .addHelpText('after', '\nExample:\n  qms legal list --status replaced,repealed\n')
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


