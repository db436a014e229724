/** `qms diff`: its commander wiring and run(): the unified diff between two revisions of a document, from git or the work tree. */
import { Option, type Command } from 'commander';
import { documentVersions, readRevision, versionOfRevision } from '../../git/history.js';
import { type Language } from '../../i18n/labels.js';

import { findDocuments } from '../../lookup/documents.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { readWorkTreeFile } from '../../workspace/source.js';
import { unifiedDiff } from '../../write/diff.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { t } from '../../i18n/messages/index.js';

export interface DiffOptions extends CommonOptions {
  unified?: string;
}

/** Wires `qms diff` into the program. */
export function registerDiff(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(
    program
      .command('diff')
      .argument('<code>')
      .argument('<revA>')
      .argument('<revB>'),
    false,
  )
    .addOption(new Option('-U, --unified <lines>').default('3'))
    .option('--no-cache')
    .action((code: string, revA: string, revB: string, options: DiffOptions) => setExit(runDiff(code, revA, revB, options, io)));
}

function revisionNumber(value: string, language: Language): number {
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new QmsError(t(language, 'diff.revision-integer-1', { value }));
}

export function runDiff(code: string, revA: string, revB: string, options: DiffOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const { language, root } = opened;
  const a = revisionNumber(revA, language);
  const b = revisionNumber(revB, language);
  const context = Number(options.unified ?? '3');
  if (!Number.isInteger(context) || context < 0) throw new QmsError(t(language, 'diff.unified-takes-number-lines', { unified: options.unified ?? '' }));
  const document = opened.repository.read(findDocuments(opened.repository, code, language).document.file)!;
  const versions = documentVersions(root, document.file, language);
  const current = readWorkTreeFile(root, document.file);
  const currentRevision = readRevision(current).revision;
  const known = [...new Set([...versions.map((v) => v.revision), currentRevision].filter((r): r is number => r !== null))].sort((x, y) => x - y);
  const textOf = (revision: number): { text: string; file: string; label: string } => {
    const version = versionOfRevision(versions, revision);
    if (version) return { text: version.text, file: version.file, label: `${t(language, 'diff.revision', {})} ${revision}, ${version.commit.slice(0, 7)}, ${version.date.slice(0, 10)}` };
    if (currentRevision === revision) return { text: current, file: document.file, label: `${t(language, 'diff.revision', {})} ${revision}, ${t(language, 'diff.committed', {})}` };
    const closest = [...known].sort((x, y) => Math.abs(x - revision) - Math.abs(y - revision) || x - y)[0];
    const hint = closest !== undefined ? t(language, 'diff.closest-there-are', { closest, known: known.map(String) }) : '';
    throw new QmsError(t(language, 'diff.has-no-revision-git', { hint, revision, code: document.code!.value }));
  };
  const before = textOf(a);
  const after = textOf(b);
  const diff = unifiedDiff(before.text, after.text, before.file, context);
  if (diff === '') {
    io.stderr.write(t(language, 'diff.revisions-have-same-text', { b, a }));
    return EXIT.ok;
  }
  // The headers name each revision's own file (a rename shows) and, after a tab, which revision it is.
  const [, , ...hunks] = diff.split('\n');
  io.stdout.write([`--- a/${before.file}\t(${before.label})`, `+++ b/${after.file}\t(${after.label})`, ...hunks].join('\n'));
  return EXIT.ok;
}
