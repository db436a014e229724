/** `qms list`: its commander wiring and run(): the internal or external master list, filtered by status and type, in a list format. */
import type { Command } from 'commander';
import { formatExternalList, formatInternalList, LIST_FORMATS } from '../../views/list-format.js';
import { externalRows, internalRows } from '../../views/master-list.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions, checkFormat } from './legal.js';

export interface ListOptions extends CommonOptions {
  external?: boolean;
  format: string;
  status: string[];
  type: string[];
}

const collectList = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

/** Wires `qms list` into the program. */
export function registerList(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(
    program
      .command('list')
      .description('the master lists an auditor asks for: Danh mục tài liệu nội bộ, or with --external Danh mục tài liệu bên ngoài'),
  )
    .option('--external', 'the external documents (the legal register with derived statuses) instead of the internal ones')
    .option('-f, --format <format>', `output format: ${LIST_FORMATS.join(', ')} (csv: UTF-8 with BOM and CRLF, for Excel)`, 'text')
    .option('--status <status>', 'only these statuses (repeatable or comma-separated): draft, approved, effective, obsolete; with --external in-force, amended, replaced, repealed, expired, not-yet-in-force', collectList, [])
    .option('--type <type>', 'only these types (repeatable or comma-separated): procedure, form … or their labels; with --external the kinds (Nghị định, Thông tư …)', collectList, [])
    .option('--no-cache', 'read every document afresh, without .qms/cache')
    .addHelpText(
      'after',
      `
Examples:
  qms list                                    internal documents: code, title, type, revision, effective date, status, owner
  qms list --status effective -f md > danh-muc-noi-bo.md
  qms list --external -f csv > danh-muc-ben-ngoai.csv    opens in Excel with Vietnamese text intact
  qms list --external --status replaced,repealed --today 2026-11-27

Headings follow --lang / QMS_LANG / the config's language. See docs/registers.md.`,
    )
    .action((options: ListOptions) => setExit(runList(options, io)));
}

export function runList(options: ListOptions, io: Io): number {
  const opened = options.external ? openWorkspace(io, options, { documents: 'register' }) : openWorkspace(io, options, { documents: 'summaries' });
  const format = checkFormat(options.format, opened.language);
  const context = { language: opened.language, organization: opened.loaded.config.organization, today: opened.today };
  const filter = { statuses: options.status, types: options.type };
  io.stdout.write(
    options.external
      ? formatExternalList(externalRows(opened.repository, filter, opened.language), format, context)
      : formatInternalList(internalRows(opened.repository, filter, opened.language), format, context),
  );
  return EXIT.ok;
}
