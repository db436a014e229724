/** `qms report merge`: its commander wiring and run(): agency JSON outputs (list, check, impact) read from files, merged into one province report (Markdown or JSON). */
import { realpathSync, writeFileSync } from 'node:fs';
import { readRegularFile, UnsafeFileError } from '../../workspace/safe-read.js';
import { basename, dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { mergeProvince, UnknownOutputError, type AgencyOutput } from '../../province/merge.js';
import { provinceMarkdown } from '../../province/markdown.js';
import { resolveLanguage, type Language } from '../../i18n/language.js';
import { refuse } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { both } from '../../i18n/messages/index.js';

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
  const report = program.command('report');
  report
    .command('merge')
    .argument('<files...>')
    .addOption(new Option('-f, --format <format>').default('md'))
    .option('-o, --output <file>')
    .option('--lang <language>')
    .action((files: string[], options: MergeOptions) => setExit(runReportMerge(files, options, io)));
}

export function runReportMerge(files: readonly string[], options: MergeOptions, io: Io): number {
  const language = resolveLanguage(options.lang, undefined, io.env);
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    refuse(language, 'usage', both('report.unknown-format-use', { format: options.format, formats: [...FORMATS] }));
  }
  const outputs = readOutputs(files, io.cwd, language);
  let report;
  try {
    report = mergeProvince(outputs);
  } catch (error) {
    if (!(error instanceof UnknownOutputError)) throw error;
    refuse(language, 'unknown-output', both('report.message', { why: error.why, file: error.file }), { file: error.file });
  }
  const text = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : provinceMarkdown(report, language);
  if (options.output === undefined) io.stdout.write(text);
  else {
    const path = resolve(io.cwd, options.output);
    try {
      // A report is not a document of the repository: a plain write.
      writeFileSync(path, text);
    } catch (error) {
      refuse(language, 'write', both('usage.cannot-write-output', { file: path, reason: (error as NodeJS.ErrnoException).code ?? '' }));
    }
  }
  return EXIT.ok;
}

/** The files as agency outputs: regular files, size-capped, JSON; the agency is the folder's name. */
function readOutputs(files: readonly string[], cwd: string, language: Language): AgencyOutput[] {
  const folders = new Map<string, string>();
  return files.map((file) => {
    const path = resolve(cwd, file);
    // One open of a regular file, size-capped before reading (a pipe or a device never hangs the merge);
    // a link the user names is followed: these are the user's own files, not a repository's.
    let bytes: Buffer;
    try {
      bytes = readRegularFile(realpathSync.native(path), file, MAX_BYTES);
    } catch (error) {
      if (!(error instanceof UnsafeFileError)) refuse(language, 'not-found', both('report.there-no-file', { file }), { file });
      if (error.why === 'too-large') refuse(language, 'too-large', both('report.larger-than-bytes', { limit: MAX_BYTES, file }), { file });
      refuse(language, 'not-a-file', both('report.regular-file', { file }), { file });
    }
    const folder = basename(dirname(path));
    const seen = folders.get(folder);
    if (seen !== undefined && seen !== dirname(path)) {
      refuse(language, 'usage', both('report.are-both-named-one', { folder, seen, pathDirname: dirname(path) }));
    }
    folders.set(folder, dirname(path));
    try {
      return { folder, file: basename(path), data: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
    } catch {
      return refuse(language, 'not-json', both('report.json', { file }), { file });
    }
  });
}
