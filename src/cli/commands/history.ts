/** `qms history`: its commander wiring and run(): a document's revisions from git as a table or JSON, plus any uncommitted revision. */
import type { Command } from 'commander';
import { documentVersions, readRevision, revisionChanges, type RevisionChange } from '../../git/history.js';
import { LABELS, showDate } from '../../i18n/labels.js';
import { tr } from '../../i18n/language.js';
import { findDocuments } from '../../lookup/documents.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { readWorkTreeFile } from '../../workspace/source.js';
import { textTable } from '../../views/table.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { both } from '../../i18n/messages/index.js';

export interface HistoryOptions extends CommonOptions {
  json?: boolean;
}

/** Wires `qms history` into the program. */
export function registerHistory(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(
    program
      .command('history')
      .argument('<code>'),
    false,
  )
    .option('--json')
    .option('--no-cache')
    .action((code: string, options: HistoryOptions) => setExit(runHistory(code, options, io)));
}

export function runHistory(code: string, options: HistoryOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const { language, root } = opened;
  const document = opened.repository.read(findDocuments(opened.repository, code, language).document.file)!;
  const versions = documentVersions(root, document.file, language);
  const revisions = revisionChanges(versions);
  const last = versions[versions.length - 1];
  const current = readWorkTreeFile(root, document.file);
  const uncommitted = last?.text === current && last.file === document.file ? null : { file: document.file, revision: readRevision(current).revision };
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ code: document.code!.value, file: document.file, revisions, uncommitted }, null, 2)}\n`);
    return EXIT.ok;
  }
  const t = (message: { vi: string; en: string }): string => tr(language, message);
  io.stdout.write(`${document.code!.value}  ${document.title ?? ''}  (${document.file})\n\n`);
  if (revisions.length === 0) {
    io.stdout.write(t(both('history.document-has-been-committed', {})));
    return EXIT.ok;
  }
  const renamed = revisions.some((r) => r.file !== document.file);
  const headings = [t(LABELS.revision), t(LABELS.commit), t(LABELS.date), t(LABELS.author), ...(renamed ? [t(LABELS.file)] : []), t(LABELS.change)];
  const summary = (r: RevisionChange): string => {
    if (!r.row) return t(both('history.no-history-row', {}));
    const trigger = r.row.trigger ? ` (${t(LABELS.trigger)} ${r.row.trigger})` : '';
    return `${r.row.date ? `${showDate(language, r.row.date)}: ` : ''}${r.row.summary ?? ''}${trigger}`;
  };
  const rows = revisions.map((r) => [String(r.revision ?? '?'), r.commit.slice(0, 7), showDate(language, r.date.slice(0, 10)), r.author, ...(renamed ? [r.file] : []), summary(r)]);
  io.stdout.write(textTable({ headings, rows }));
  if (uncommitted) {
    io.stdout.write(`\n${t(both('history.work-tree-has-uncommitted', { revision: String(uncommitted.revision ?? '?') }))}\n`);
  }
  return EXIT.ok;
}
