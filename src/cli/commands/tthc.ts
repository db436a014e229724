/** `qms tthc add|set|show|list|import`: commander wiring and runs over the TTHC records (docs/tthc.md). */
import type { Finding } from '../../model/repository.js';
import { findingText } from '../../i18n/messages/findings.js';
import { t } from '../../i18n/messages/index.js';
import type { Command } from 'commander';

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
    .option('--name <name>', 'tên thủ tục hành chính')
    .option('--level <level>', 'cấp thực hiện: central, province, commune')
    .option('--field <field>', 'lĩnh vực')
    .option('--agency <agency>', 'cơ quan thực hiện')
    .option('--time-limit <limit>', 'thời hạn giải quyết: "10 ngày làm việc", "10 working-days", "15 days", "8 hours"')
    .option('--fee <name=amount>', 'phí, lệ phí: "Phí thẩm định=Không thu" (repeatable; replaces the list)', collect)
    .option('--no-fees', 'no fees (empties the list)')
    .option('--dossier <item>', 'thành phần hồ sơ: "name|original/copy|count|form" (repeatable; replaces the list)', collect)
    .option('--condition <text>', 'yêu cầu, điều kiện (repeatable; replaces the list)', collect)
    .option('--result <text>', 'kết quả giải quyết')
    .option('--legal-basis <item>', 'căn cứ pháp lý: "76/2018/NĐ-CP|Điều 5, Điều 6" (repeatable; replaces the list)', collect)
    .option('--announced-by <id>', 'the Quyết định công bố that announced it: 123/QĐ-UBND')
    .option('--announced-date <date>', 'its date (YYYY-MM-DD)')
    .option('--dry-run', 'print the change as a diff, write nothing');
}

/** Wires `qms tthc add|set|show|list|import` into the program. */
export function registerTthc(program: Command, io: Io, setExit: (code: number) => void): void {
  const tthc = program
    .command('tthc')
    .description('maintain the TTHC records (thủ tục hành chính as announced by the province) that procedures follow')
    .addHelpText(
      'after',
      `
Examples:
  qms tthc add VD.000101 --name "Cấp giấy phép …" --agency "Sở Khoa học và Công nghệ" --time-limit "15 ngày làm việc"
  qms tthc set VD.000101 --time-limit "10 ngày làm việc" --trigger 11/2026/NĐ-CP
  qms tthc show VD.000101
  qms tthc list
  qms tthc import danh-muc-tthc.xlsx --dry-run

Records live in tthc/<code>.md (config tthc.folder). See docs/tthc.md.`,
    );
  addCommonOptions(addFieldOptions(tthc.command('add').description('add a TTHC record (creates tthc/<code>.md)').argument('<code>', 'the national code: 1.004227, 2.000001')))
    .action((code: string, options: TthcWriteOptions) => setExit(runTthcAdd(code, options, io)));
  addCommonOptions(addFieldOptions(tthc.command('set').description('change a TTHC record; --trigger records the legal document that caused it').argument('<code>', 'the code of a recorded TTHC')))
    .option('--trigger <legal-doc>', 'the legal document that makes the change necessary, in any citation form the register resolves')
    .option('--summary <text>', 'what changed, for the record\'s changes (default: the fields changed)')
    .action((code: string, options: TthcWriteOptions) => setExit(runTthcSet(code, options, io)));
  addCommonOptions(tthc.command('show').description('one TTHC record, its legal basis with statuses, and the procedures handling it').argument('<code>', 'the code of a recorded TTHC'))
    .option('--json', 'print it as JSON')
    .option('--no-cache', 'read every document afresh, without .qms/cache')
    .action((code: string, options: CommonOptions) => setExit(runTthcShow(code, options, io)));
  addCommonOptions(tthc.command('list').description('every TTHC record: code, time limit, name and the procedures handling it'))
    .option('--json', 'print it as JSON')
    .option('--no-cache', 'read every document afresh, without .qms/cache')
    .action((options: CommonOptions) => setExit(runTthcList(options, io)));
  addCommonOptions(tthc.command('import').description('add or update TTHC records from a list as agencies receive it (CSV or XLSX)').argument('<file>', 'a .csv or .xlsx file: one TTHC a row, a header row naming the columns'))
    .option('--skip-invalid', 'write the rows that can be read and report the others (default: write nothing unless every row is valid)')
    .option('--dry-run', 'print the changes as a diff, write nothing')
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
