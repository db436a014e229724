/** `qms render`: its commander wiring and run(): re-render the generated regions of documents in scope, with `--check` and `--dry-run`. */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { openWorkspace } from '../../workspace/open.js';
import { listRepositoryFiles } from '../../workspace/files.js';
import { readWorkTreeFile } from '../../workspace/source.js';
import { registerFilesOf } from '../../config/file-sets.js';
import { documentReadContext } from '../../model/reading.js';
import { readControlledDocument } from '../../document/read-document.js';
import { applyChanges } from '../../write/apply.js';
import { findingsAfter } from '../../lint/planned.js';
import { previewChanges, type FileChange } from '../../write/plan.js';
import { locator, renderDocument, type RenderContext, type RenderResult } from '../../sections/render.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { parseToday } from './options.js';
import { findingText } from '../../i18n/messages/findings.js';
import { both, t } from '../../i18n/messages/index.js';

export interface RenderCommandOptions {
  check?: boolean;
  dryRun?: boolean;
  today?: string;
}

/** Wires `qms render` into the program. */
export function registerRender(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('render')
    .argument('[paths...]')
    .option('--check')
    .option('--dry-run')
    .option('--today <date>')
    .action((paths: string[], options: RenderCommandOptions) => setExit(runRender(paths, options, io)));
}

/** Runs `qms render` and returns its exit code. */
export function runRender(paths: string[], options: RenderCommandOptions, io: Io): number {
  if (options.check && options.dryRun) throw new QmsError(both('usage.exclusive', { first: '--check', second: '--dry-run' }));
  const today = parseToday(options.today);
  const targets = (paths.length > 0 ? paths : ['.']).map((p) => resolve(io.cwd, p));
  for (const target of targets) {
    try {
      statSync(target);
    } catch {
      throw new QmsError(both('usage.no-such-path', { path: relative(io.cwd, target) || target }));
    }
  }
  // Rendering a document needs the register and the config, never the other documents: only those in scope are read.
  const workspace = openWorkspace(io, options, { documents: 'register', from: targets[0]! });
  const { root, repository, language } = workspace;
  const scopes = targets.map((target) => {
    const rel = relative(root, target).split(sep).join('/');
    if (rel.startsWith('..')) throw new QmsError(both('render.outside', { target, root }));
    return rel;
  });
  const inScope = (file: string): boolean => scopes.some((scope) => scope === '' || file === scope || file.startsWith(`${scope}/`));

  const context: RenderContext = { register: repository.register, config: workspace.config, today, templates: workspace.templates() };
  const files = listRepositoryFiles(root, workspace.config.documents, registerFilesOf(workspace.config)).documents.filter(inScope);
  const readContext = documentReadContext(workspace.config, repository.register);
  for (const scope of scopes) {
    if (scope !== '' && !files.some((file) => file === scope || file.startsWith(`${scope}/`))) {
      io.stderr.write(`qms: ${t(language, 'render.no-documents', { scope })}\n`);
    }
  }

  const changes: Array<{ file: string; before: string; result: RenderResult; clean: boolean }> = [];
  let problems = 0;
  let upToDate = 0;
  for (const file of files) {
    const text = readWorkTreeFile(root, file);
    const document = readControlledDocument(file, text, readContext);
    if (!document.frontMatter) {
      // Not a problem of rendering: qms check reports it (frontmatter/parse).
      io.stderr.write(`qms: ${t(language, 'render.skipped', { file: document.file })}\n`);
      continue;
    }
    const result = renderDocument(text, document, context);
    if (result.problems.length > 0) {
      const locate = locator(text);
      for (const problem of result.problems) {
        const { line, column } = locate(problem.offset);
        io.stderr.write(`qms: ${document.file}:${line}:${column}: ${findingText(language, problem)}\n`);
      }
      problems += result.problems.length;
    }
    if (result.changed) changes.push({ file: document.file, before: text, result, clean: result.problems.length === 0 });
    else upToDate++;
  }

  if (options.dryRun) {
    io.stdout.write(previewChanges(changes.map(fileChange)));
    // The summary goes to stderr, so `qms render --dry-run > changes.patch` is a clean patch.
    io.stderr.write(`${changes.length === 0 ? t(language, 'render.nothing', { upToDate }) : t(language, 'render.would', { count: changes.length })}\n`);
    return problems > 0 ? EXIT.findings : EXIT.ok;
  }
  if (options.check) {
    for (const change of changes) io.stdout.write(`${t(language, 'render.to-render', regions(change.file, change.result))}\n`);
    const command = `qms render${paths.length > 0 ? ` ${paths.join(' ')}` : ''}`;
    io.stdout.write(`${changes.length === 0 ? t(language, 'render.all-up-to-date', { upToDate }) : t(language, 'render.not-up-to-date', { count: changes.length, command })}\n`);
    return changes.length > 0 || problems > 0 ? EXIT.findings : EXIT.ok;
  }
  // Validated as qms check will read it: a document rendered without problems has no stale region left.
  const staleAfter = findingsAfter(repository, changes.filter((c) => c.clean).map(fileChange), workspace.templates).filter((f) => f.ruleId === 'generated/stale');
  if (staleAfter.length > 0) throw new Error(`rendering left ${staleAfter[0]!.file} out of date (${findingText('en', staleAfter[0]!)}); nothing was written`);
  // Every file or none; a file edited since it was read is not overwritten.
  applyChanges(root, changes.map(fileChange), language);
  for (const change of changes) io.stdout.write(`${t(language, 'render.rendered', regions(change.file, change.result))}\n`);
  io.stdout.write(`${changes.length === 0 ? t(language, 'render.nothing', { upToDate }) : t(language, 'render.done', { count: changes.length, upToDate })}\n`);
  return problems > 0 ? EXIT.findings : EXIT.ok;
}

/** A rendered document as a change for the one writer. */
function fileChange(change: { file: string; before: string; result: RenderResult }): FileChange {
  return { file: change.file, before: change.before, after: change.result.text };
}

/** The regions a rendering updated and inserted, for its line. */
function regions(file: string, result: RenderResult): { file: string; updated: string[]; inserted: string[] } {
  return { file, updated: [...new Set(result.updated)], inserted: [...result.inserted] };
}
