/**
 * How every lifecycle command runs: open the repository, plan the change (pure: texts in, text
 * out), see what `qms check` will say, write atomically, print the result (human or `--json`).
 */
import type { Io } from './io.js';
import { EXIT } from './io.js';
import { applyChanges } from '../write/apply.js';
import { previewChanges } from '../write/plan.js';
import { refuse } from '../util/errors.js';
import { checkSummary, describeCheck, type Change, type Outcome } from '../lifecycle/apply.js';
import { findingsOn, repositoryWithTexts } from '../lint/planned.js';

import { openWorkspace, type CommonOptions, type Workspace } from '../workspace/open.js';
import { both, t } from '../i18n/messages/index.js';

/** Runs a lifecycle command; refusals are QmsErrors, which the entry point reports (as JSON too with --json). */
export function runLifecycle(command: string, io: Io, options: CommonOptions & { dryRun?: boolean }, plan: (session: Workspace) => Outcome): number {
  const session = openWorkspace(io, options, { documents: 'summaries' });
  session.opened?.saveCache();
  const outcome = plan(session);
  const { change } = outcome;
  const changes = [change, ...(outcome.alongside ?? [])];
  // The repository with the new texts in place, read once: checked now, and shown to outcome.after.
  const after = repositoryWithTexts(session.repository, changes);
  const check = checkSummary(findingsOn(after, [change], session.templates), session.language);
  if (outcome.requireClean && check.errors > 0) {
    const lines = check.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    refuse(
      session.language,
      'not-clean',
      both('lifecycle-run.new-document-would-fail', { valueJoin: lines.join('; ') }),
      { findings: check.findings },
    );
  }
  if (options.dryRun) {
    // The same plan, previewed: the diff every writing command prints, and nothing written.
    io.stdout.write(previewChanges(changes));
    return EXIT.ok;
  }
  applyChanges(session.root, changes, session.language);
  const extra = outcome.after?.(after.repository) ?? { result: {}, lines: [] };
  const rendered = { inserted: change.inserted, updated: change.updated, problems: change.renderProblems };
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ok: true, command, ...outcome.result, ...extra.result, rendered, check }, null, 2)}\n`);
  } else {
    const lines = [...outcome.lines, ...extra.lines, ...describeCheck(session.language, change.file, check)];
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  for (const problem of change.renderProblems) io.stderr.write(`qms: ${problem}\n`);
  if (change.renderProblems.length > 0 && !options.json) {
    io.stderr.write(`qms: ${t(session.language, 'lifecycle-run.some-generated-regions-were', {})}\n`);
  }
  return EXIT.ok;
}

/** Writes a lifecycle change through the one writer (all or nothing; refused when the file changed on disk since it was read). */
export function writeChange(session: Workspace, change: Change): void {
  applyChanges(session.root, [change], session.language);
}
