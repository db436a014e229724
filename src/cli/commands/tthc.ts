/** `qms tthc add|set|show|list|import`: commander wiring and runs over the TTHC records (docs/tthc.md). */
import type { Finding } from '../../model/repository.js';
import { findingText } from '../../i18n/messages/findings.js';
import { t } from '../../i18n/messages/index.js';
import { Option, type Command } from 'commander';

import { requireLegalEntry } from '../../lookup/legal.js';
import { parseDateOption } from '../../i18n/option-values.js';
import { displayName } from '../../model/register.js';
import { fieldsFromOptions, type TthcOptionValues } from '../../tthc/options.js';
import { planTthcAdd, planTthcSet, requireRecord, type TthcPlan, type TthcPlanContext } from '../../tthc/plan.js';
import { introducedFindings } from '../../tthc/validate.js';
import { formatTthcList, formatTthcView, tthcRows, tthcView } from '../../views/tthc-view.js';
import { QmsError } from '../../util/errors.js';
import { openWorkspace, type CommonOptions, type FullWorkspace } from '../../workspace/open.js';
import { applyChanges } from '../../write/apply.js';
import { previewChanges } from '../../write/plan.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { runTthcImport, type TthcImportOptions } from './tthc-import.js';

export interface TthcWriteOptions extends CommonOptions, TthcOptionValues {
  trigger?: string;
  summary?: string;
  dryRun?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function addFieldOptions(command: Command): Command {
  return command
    .option('--name <name>')
    .option('--level <level>')
    .option('--field <field>')
    .option('--agency <agency>')
    .option('--time-limit <limit>')
    .addOption(new Option('--fee <name=amount>').argParser(collect))
    .option('--no-fees')
    .addOption(new Option('--dossier <item>').argParser(collect))
    .addOption(new Option('--condition <text>').argParser(collect))
    .option('--result <text>')
    .addOption(new Option('--legal-basis <item>').argParser(collect))
    .option('--announced-by <id>')
    .option('--announced-date <date>')
    .option('--dry-run');
}

/** Wires `qms tthc add|set|show|list|import` into the program. */
export function registerTthc(program: Command, io: Io, setExit: (code: number) => void): void {
  const tthc = program
    .command('tthc');
  addCommonOptions(addFieldOptions(tthc.command('add').argument('<code>')))
    .action((code: string, options: TthcWriteOptions) => setExit(runTthcAdd(code, options, io)));
  addCommonOptions(addFieldOptions(tthc.command('set').argument('<code>')))
    .option('--trigger <legal-doc>')
    .option('--summary <text>')
    .action((code: string, options: TthcWriteOptions) => setExit(runTthcSet(code, options, io)));
  addCommonOptions(tthc.command('show').argument('<code>'))
    .option('--json')
    .option('--no-cache')
    .action((code: string, options: CommonOptions) => setExit(runTthcShow(code, options, io)));
  addCommonOptions(tthc.command('list'))
    .option('--json')
    .option('--no-cache')
    .action((options: CommonOptions) => setExit(runTthcList(options, io)));
  addCommonOptions(tthc.command('import').argument('<file>'))
    .option('--skip-invalid')
    .option('--dry-run')
    .action(async (file: string, options: TthcImportOptions) => setExit(await runTthcImport(file, options, io)));
}

/** What planning a record write needs, from a workspace opened on the register. */
export function planContext(opened: FullWorkspace): TthcPlanContext {
  return { register: opened.repository.register, folder: opened.config.tthc.folder, language: opened.language, today: opened.today, readText: opened.readText, exists: opened.exists };
}

export function runTthcAdd(code: string, options: TthcWriteOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'register' });
  const fields = fieldsFromOptions(withDate(options, opened.language), opened.language);
  return commitTthc(opened, planTthcAdd(planContext(opened), code, fields), options, io);
}

export function runTthcSet(code: string, options: TthcWriteOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'register' });
  const { language, repository } = opened;
  const fields = fieldsFromOptions(withDate(options, language), language);
  // The trigger is named as the register names it, so the record's change row resolves.
  const trigger = options.trigger === undefined ? undefined : (requireLegalEntry(options.trigger, repository.register, language).id?.value ?? options.trigger);
  const plan = planTthcSet(planContext(opened), code, fields, { ...(trigger !== undefined ? { trigger } : {}), ...(options.summary !== undefined ? { summary: options.summary } : {}) });
  return commitTthc(opened, plan, options, io);
}

function withDate(options: TthcWriteOptions, language: 'vi' | 'en'): TthcWriteOptions {
  return options.announcedDate === undefined ? options : { ...options, announcedDate: parseDateOption(options.announcedDate, '--announced-date', language) };
}

/** Checks the plan as qms check would check the records, then writes it (or prints it with --dry-run). */
export function commitTthc(opened: FullWorkspace, plan: TthcPlan, options: { dryRun?: boolean }, io: Io): number {
  const { language } = opened;
  if (plan.writes.length === 0) {
    io.stdout.write(`${plan.summary.join('\n')}\n`);
    return EXIT.ok;
  }
  const after = opened.registerWith(new Map(plan.writes.map((write) => [write.file, write.after])));
  const { errors, warnings } = introducedFindings(opened.repository, after, plan.writes);
  const line = (f: Finding): string => `  ${f.file}:${f.line}:${f.column}  ${t(language, `severity.${f.severity}`, {})}  ${findingText(language, f)}  ${f.ruleId}\n`;
  for (const finding of [...errors, ...warnings]) io.stderr.write(line(finding));
  if (errors.length > 0) {
    const n = errors.length;
    throw new QmsError(t(language, 'tthc.refused-change-would-give', { n }), { reason: 'invalid' });
  }
  if (options.dryRun) {
    io.stdout.write(previewChanges(plan.writes));
    io.stdout.write(t(language, 'tthc.dry-run-nothing-written', {}));
    return EXIT.ok;
  }
  applyChanges(opened.root, plan.writes, language);
  io.stdout.write(`${plan.summary.join('\n')}\n`);
  io.stdout.write(t(language, 'tthc.next-render-procedures-tthc', {}));
  return EXIT.ok;
}

export function runTthcShow(code: string, options: CommonOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const record = requireRecord(opened.repository.register, code, opened.language);
  const view = tthcView(opened.repository, record, (key, fallback) => displayName(opened.repository.register.get(key), fallback));
  io.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : formatTthcView(view, opened.language));
  return EXIT.ok;
}

export function runTthcList(options: CommonOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const rows = tthcRows(opened.repository);
  io.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : formatTthcList(rows, opened.language));
  return EXIT.ok;
}
