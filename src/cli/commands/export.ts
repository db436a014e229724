/** `qms export`: its commander wiring and run(): one document (and/or its Quyết định ban hành) as DOCX or PDF, through the one writer. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { findChromium, printPdf } from '../../browser/chromium.js';
import { exportContent, exportDocx, exportHtml, type ExportParts } from '../../export/issue.js';

import { parseDateOption, textOption } from '../../i18n/option-values.js';
import { findDocuments } from '../../lookup/documents.js';
import { refuse } from '../../util/errors.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { applyOutputs } from '../../write/apply.js';
import { previewOutputs, type OutputChange } from '../../write/plan.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { both, t } from '../../i18n/messages/index.js';

export interface ExportOptions extends CommonOptions {
  format?: string;
  decision?: boolean;
  decisionOnly?: boolean;
  out?: string;
  number?: string;
  parent?: string;
  place?: string;
  symbol?: string;
  date?: string;
  dryRun?: boolean;
}

/** Wires `qms export` into the program. */
export function registerExport(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(
    program
      .command('export')
      .argument('<code>'),
  )
    .addOption(new Option('--format <format>').default('docx'))
    .option('--decision')
    .option('--decision-only')
    .option('--out <file>')
    .option('--number <n>')
    .option('--parent <body>')
    .option('--place <name>')
    .option('--symbol <abbr>')
    .option('--date <date>')
    .option('--dry-run')
    .option('--json')
    .action((code: string, options: ExportOptions) => setExit(runExport(code, options, io)));
}

/** Runs `qms export` and returns its exit code. */
export function runExport(code: string, options: ExportOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const { language } = opened;
  const format = options.format ?? 'docx';
  if (format !== 'docx' && format !== 'pdf') refuse(language, 'usage', both('export.format-takes-docx-pdf', { format }));
  if (options.decision && options.decisionOnly) refuse(language, 'usage', both('export.decision-decision-only-do', {}));
  const parts: ExportParts = options.decisionOnly ? 'decision' : options.decision ? 'decision+procedure' : 'procedure';
  const found = findDocuments(opened.repository, code, language);
  const document = opened.repository.read(found.document.file)!;
  const text = opened.readText(document.file);
  const decisionOptions = {
    ...(options.number !== undefined ? { number: textOption(options.number, '--number', language) } : {}),
    ...(options.parent !== undefined ? { parent: textOption(options.parent, '--parent', language) } : {}),
    ...(options.place !== undefined ? { place: textOption(options.place, '--place', language) } : {}),
    ...(options.symbol !== undefined ? { symbol: textOption(options.symbol, '--symbol', language) } : {}),
    ...(options.date !== undefined ? { date: parseDateOption(options.date, '--date', language) } : {}),
  };
  const content = exportContent(document, text, opened.repository, opened.templates(), parts, decisionOptions, language);
  // The engine is looked for before any work, so a missing one is said at once.
  const bytes = format === 'docx' ? exportDocx(content) : printPdf(findChromium(io.env, language), exportHtml(content));

  const documentCode = document.code?.value ?? code;
  const defaultName = `${documentCode.replace(/[/\\:*?"<>|\s]+/g, '-')}${parts === 'decision' ? '-QD' : ''}.${format}`;
  const out = resolve(io.cwd, options.out ?? defaultName);
  const folder = dirname(out);
  const change: OutputChange = { file: basename(out), before: existsSync(out) ? readFileSync(out) : null, after: bytes };
  if (options.dryRun) {
    io.stdout.write(previewOutputs([change]) || t(language, 'export.unchanged-n', { file: change.file }));
    return EXIT.ok;
  }
  if (!existsSync(folder)) refuse(language, 'usage', both('output.no-folder', { folder }));
  applyOutputs(folder, [change], language);
  if (document.status?.value !== 'effective' && document.status?.value !== 'approved') {
    io.stderr.write(t(language, 'export.note-approved-n', { code: documentCode, status: document.status?.value ?? '?' }));
  }
  if (options.json) io.stdout.write(`${JSON.stringify({ ok: true, command: 'export', file: out, format, parts, bytes: bytes.length }, null, 2)}\n`);
  else io.stdout.write(t(language, 'export.wrote-bytes-n', { bytesCount: bytes.length, out }));
  return EXIT.ok;
}
