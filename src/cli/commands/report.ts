/** `qms report merge`: its commander wiring and run(): agency JSON outputs (list, check, impact) read from files, merged into one province report (Markdown or JSON). */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { mergeProvince, UnknownOutputError, type AgencyOutput } from '../../province/merge.js';
import { provinceMarkdown } from '../../province/markdown.js';
import { bi, resolveLanguage, type Language } from '../../i18n/language.js';
import { refuse } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';

/** The largest output file read: far above a real agency's JSON, far below what would exhaust memory. */
const MAX_BYTES = 64 * 1024 * 1024;
const FORMATS = ['md', 'json'] as const;

interface MergeOptions {
  format: string;
  output?: string;
  lang?: string;
}

/** Wires `qms report merge` into the program. */
export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  const report = program.command('report').description('reports across repositories: merge the JSON outputs of many agencies into one province report');
  report
    .command('merge')
    .description('merge agency outputs (qms list / check / impact --format json), one folder per agency, into one province report')
    .argument('<files...>', 'JSON files: in each folder (one per agency) the output of qms list, qms check and qms impact')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'md')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--lang <language>', 'language of the Markdown report: vi or en (default: QMS_LANG, the locale)')
    .addHelpText(
      'after',
      `
Examples:
  qms report merge qms-report/*/*.json > province.md
  qms report merge qms-report/*/*.json --format json --output province.json

Each folder holds one agency's outputs (the CI artifact of its repository); which command wrote a
file is read from its content. Per agency: documents, errors, and for the legal document of its
impact output the affected documents and those overdue. Exit 0 when the report is made. See docs/ci.md.`,
    )
    .action((files: string[], options: MergeOptions) => setExit(runReportMerge(files, options, io)));
}

export function runReportMerge(files: readonly string[], options: MergeOptions, io: Io): number {
  const language = resolveLanguage(options.lang, undefined, io.env);
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    refuse(language, 'usage', bi(`không biết định dạng "${options.format}": dùng ${FORMATS.join(' hoặc ')}`, `unknown format "${options.format}": use ${FORMATS.join(' or ')}`));
  }
  const outputs = readOutputs(files, io.cwd, language);
  let report;
  try {
    report = mergeProvince(outputs);
  } catch (error) {
    if (!(error instanceof UnknownOutputError)) throw error;
    refuse(language, 'unknown-output', bi(`${error.file}: không phải JSON của qms check, list hay impact (${error.why})`, `${error.file}: ${error.why}`), { file: error.file });
  }
  const text = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : provinceMarkdown(report, language);
  if (options.output === undefined) io.stdout.write(text);
  else {
    const path = resolve(io.cwd, options.output);
    try {
      // A report is not a document of the repository: a plain write.
      writeFileSync(path, text);
    } catch (error) {
      refuse(language, 'write', bi(`không ghi được --output ${path}: ${(error as NodeJS.ErrnoException).code ?? ''}`, `cannot write --output ${path}: ${(error as NodeJS.ErrnoException).code ?? ''}`));
    }
  }
  return EXIT.ok;
}

/** The files as agency outputs: regular files, size-capped, JSON; the agency is the folder's name. */
function readOutputs(files: readonly string[], cwd: string, language: Language): AgencyOutput[] {
  const folders = new Map<string, string>();
  return files.map((file) => {
    const path = resolve(cwd, file);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      refuse(language, 'not-found', bi(`không có tệp ${file}`, `there is no file ${file}`), { file });
    }
    if (!stat.isFile()) refuse(language, 'not-a-file', bi(`${file} không phải tệp thường`, `${file} is not a regular file`), { file });
    if (stat.size > MAX_BYTES) refuse(language, 'too-large', bi(`${file} lớn hơn ${MAX_BYTES} byte`, `${file} is larger than ${MAX_BYTES} bytes`), { file });
    const folder = basename(dirname(path));
    const seen = folders.get(folder);
    if (seen !== undefined && seen !== dirname(path)) {
      refuse(language, 'usage', bi(`${dirname(path)} và ${seen} cùng tên thư mục "${folder}": mỗi cơ quan một thư mục có tên riêng`, `${dirname(path)} and ${seen} are both named "${folder}": one folder per agency, each named differently`));
    }
    folders.set(folder, dirname(path));
    try {
      return { folder, file: basename(path), data: JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown };
    } catch {
      return refuse(language, 'not-json', bi(`${file} không phải JSON`, `${file} is not JSON`), { file });
    }
  });
}
