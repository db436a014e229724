/** `qms list`: its commander wiring and run(): the internal or external master list, filtered by status and type, in a list format. */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { externalTable, formatExternalList, formatInternalList, internalTable, LIST_FORMATS, type ListFormat } from '../../views/list-format.js';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../views/table.js';
import { xlsxTable } from '../../views/xlsx.js';
import { LIST_TITLES } from '../../i18n/labels.js';
import { tr, type Language } from '../../i18n/language.js';
import { QmsError } from '../../util/errors.js';
import { writeOutputFile } from '../output-file.js';
import { externalRows, internalRows } from '../../views/master-list.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { both, t } from '../../i18n/messages/index.js';

export interface ListOptions extends CommonOptions {
  external?: boolean;
  format: string;
  delimiter?: string;
  output?: string;
  status: string[];
  type: string[];
}

const collectList = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

/** Wires `qms list` into the program. */
export function registerList(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(
    program
      .command('list'),
  )
    .option('--external')
    .addOption(new Option('-f, --format <format>').default('text'))
    .option('-o, --output <file>')
    .option('--delimiter <char>')
    .addOption(new Option('--status <status>').argParser(collectList).default([]))
    .addOption(new Option('--type <type>').argParser(collectList).default([]))
    .option('--no-cache')
    .action(async (options: ListOptions) => setExit(await runList(options, io)));
}

/** Runs `qms list` (and `qms legal list`, which is `--external`). */
export async function runList(options: ListOptions, io: Io): Promise<number> {
  const opened = options.external ? openWorkspace(io, options, { documents: 'register' }) : openWorkspace(io, options, { documents: 'summaries' });
  const { language } = opened;
  const format = checkFormat(options.format, language);
  const delimiter = delimiterOption(options.delimiter, format, language);
  const context = { language, organization: opened.loaded.config.organization, today: opened.today, ...(delimiter ? { delimiter } : {}) };
  const filter = { statuses: options.status, types: options.type };
  const internal = options.external ? undefined : internalRows(opened.repository, filter, language);
  const external = options.external ? externalRows(opened.repository, filter, language) : undefined;
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  if (format === 'xlsx') {
    if (output === undefined) throw new QmsError(both('list.xlsx-binary-file-write', {}), { reason: 'usage', language });
    const table = internal ? internalTable(internal, 'xlsx', context) : externalTable(external!, 'xlsx', context);
    const title = tr(language, internal ? LIST_TITLES.internal : LIST_TITLES.external);
    writeOutputFile(output, await xlsxTable(table, { title, organization: context.organization, today: context.today }));
    io.stdout.write(`${t(language, 'list.wrote-rows', { output: options.output!, rows: table.rows.length })}\n`);
    return EXIT.ok;
  }
  const text = internal ? formatInternalList(internal, format, context) : formatExternalList(external!, format, context);
  if (output === undefined) io.stdout.write(text);
  else writeOutputFile(output, text);
  return EXIT.ok;
}

/** `--delimiter`: `,` or `;`, for CSV only. */
function delimiterOption(value: string | undefined, format: ListFormat, language: Language): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  if (format !== 'csv') throw new QmsError(both('list.delimiter-goes-f-csv', {}), { reason: 'usage', language });
  if ((CSV_DELIMITERS as readonly string[]).includes(value)) return value as CsvDelimiter;
  throw new QmsError(both('list.delimiter-takes', { value }), { reason: 'usage', language });
}

/** A list format, or a QmsError naming the formats. */
export function checkFormat(format: string, language: Language): ListFormat {
  if ((LIST_FORMATS as readonly string[]).includes(format)) return format as ListFormat;
  throw new QmsError(t(language, 'list.unknown-format-use', { format, formats: [...LIST_FORMATS] }));
}
