/**
 * The end of every lifecycle command: render the generated regions of the new text, check the
 * document as `qms check` would (on the repository with the new text in place), write the file
 * atomically, and report.
 */
import { mkdirSync, rmdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { documentReadContext, indexByCode } from '../workspace/read-full.js';
import { allFindings, enabledRules, summarize } from '../lint/run.js';
import { documentFindings } from '../workspace/scan.js';
import { summarizeDocument, type ControlledDocument } from '../model/document.js';
import { readControlledDocument } from '../document/read-document.js';
import { ChangedOnDiskError, OutsideRootError, writeFilesAtomically } from '../write/atomic.js';
import { workTreeSource, type FileSource } from '../workspace/source.js';
import type { Finding, ReadingOptions, RepositoryIndex } from '../model/repository.js';
import { locator, renderDocument } from '../sections/render.js';
import { loadTemplates } from '../sections/templates.js';
import { bi, refuse, tr, type Language } from './messages.js';
import type { Session } from '../workspace/session.js';

/** A file's new text, ready to write. */
export interface Change {
  /** Path from the root, with `/`. */
  file: string;
  /** The text read (null: the file must not exist yet). */
  before: string | null;
  /** The new text, with its generated regions rendered. */
  after: string;
  /** Regions inserted and updated by rendering. */
  inserted: string[];
  updated: string[];
  /** Why rendering left part of the document alone (`file:line:column: message`). */
  renderProblems: string[];
}

/** Renders the generated regions of `text` (after its front matter was edited), as `qms render` would. */
export function renderChange(session: Session, file: string, before: string | null, text: string): Change {
  const { repository } = session;
  const document = readControlledDocument(file, text, documentReadContext(repository.config, repository.register));
  const templates = loadTemplates(session.root, session.config.language);
  const result = renderDocument(text, document, { register: repository.register, config: session.config, today: session.today, templates });
  const locate = locator(result.text);
  const renderProblems = result.problems.map((p) => {
    const { line, column } = locate(p.offset);
    return `${file}:${line}:${column}: ${p.message}`;
  });
  return { file, before, after: result.text, inserted: [...result.inserted], updated: [...new Set(result.updated)], renderProblems };
}

/** The repository as it will be once `file` holds `text`: what `qms check` will read after the write. */
export function repositoryWith(repository: RepositoryIndex, file: string, text: string): { repository: RepositoryIndex; document: ControlledDocument; text: string } {
  const document = readControlledDocument(file, text, documentReadContext(repository.config, repository.register));
  const summary = summarizeDocument(document);
  const documents = [...repository.documents.filter((d) => d.file !== file), summary].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const read = (f: string, options?: ReadingOptions): ControlledDocument | undefined => (f === file ? document : repository.read(f, options));
  const readMany = (files: readonly string[], options?: ReadingOptions): ControlledDocument[] => files.map((f) => read(f, options)).filter((d) => d !== undefined);
  const base = repository.source ?? workTreeSource(repository.root);
  const source: FileSource = {
    label: base.label,
    list: (include, legal) => {
      const files = base.list(include, legal);
      return files.documents.includes(file) ? files : { ...files, documents: [...files.documents, file].sort() };
    },
    readAll: (files) => {
      const others = base.readAll(files.filter((f) => f !== file));
      return { get: (f) => (f === file ? text : others.get(f)) };
    },
  };
  return { repository: { ...repository, documents, byCode: indexByCode(documents), read, readMany, source }, document, text };
}

/** The findings `qms check` will report for `file` once it holds `text` (see repositoryWith). */
export function findingsFor(after: { repository: RepositoryIndex; document: ControlledDocument; text: string }): Finding[] {
  const { repository, document, text } = after;
  const { root, config, today, register } = repository;
  const rules = enabledRules(config);
  return allFindings(documentFindings(document, text, { root, config, today, register, rules }), repository, rules, (f) => f === document.file);
}

/** Writes the change (all or nothing; refused when the file changed on disk since it was read). */
export function writeChange(session: Session, change: Change): void {
  const path = join(session.root, change.file);
  let created: string | undefined;
  if (change.before === null) created = mkdirSync(dirname(path), { recursive: true });
  try {
    writeFilesAtomically(session.root, [{ path, expected: change.before, content: change.after }]);
  } catch (error) {
    if (created !== undefined) removeEmptyFolders(created, dirname(path));
    if (error instanceof ChangedOnDiskError) {
      refuse(
        session.language,
        change.before === null ? 'exists' : 'changed-on-disk',
        change.before === null
          ? bi(`${change.file} vừa được tạo bởi người khác; không ghi gì`, `${change.file} appeared meanwhile; nothing was written`)
          : bi(`${change.file} đã thay đổi trên đĩa từ lúc đọc; không ghi gì: hãy chạy lại lệnh`, `${change.file} changed on disk since it was read; nothing was written: run the command again`),
      );
    }
    if (error instanceof OutsideRootError) refuse(session.language, 'outside-root', bi(`${error.message}; không ghi gì`, `${error.message}; nothing was written`));
    throw error;
  }
}

/** Removes the folders mkdirSync created (from `deepest` up to `first`), if they are still empty. */
function removeEmptyFolders(first: string, deepest: string): void {
  let folder = deepest;
  for (;;) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === first || relative(first, folder).startsWith('..')) return;
    folder = dirname(folder);
  }
}

/** The `check` part of a result: what `qms check` reports for the document after the command. */
export interface CheckSummary {
  errors: number;
  warnings: number;
  findings: Array<Pick<Finding, 'file' | 'line' | 'column' | 'severity' | 'ruleId' | 'message'>>;
}

export function checkSummary(findings: readonly Finding[]): CheckSummary {
  const { errors, warnings } = summarize(findings);
  return { errors, warnings, findings: findings.map(({ file, line, column, severity, ruleId, message }) => ({ file, line, column, severity, ruleId, message })) };
}

/** Human lines about the check after the command. */
export function describeCheck(language: Language, file: string, check: CheckSummary): string[] {
  if (check.findings.length === 0) return [tr(language, bi(`qms check: ${file} không có lỗi.`, `qms check: no findings for ${file}.`))];
  const lines = [
    tr(
      language,
      bi(
        `qms check vẫn báo ${check.errors} lỗi, ${check.warnings} cảnh báo cho ${file}:`,
        `qms check still reports ${check.errors} error(s), ${check.warnings} warning(s) for ${file}:`,
      ),
    ),
  ];
  for (const f of check.findings) lines.push(`  ${f.line}:${f.column}  ${f.severity}  ${f.ruleId}  ${f.message}`);
  return lines;
}
