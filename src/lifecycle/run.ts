/**
 * How every lifecycle command runs: open the repository, plan the change (pure: texts in, text
 * out), see what `qms check` will say, write atomically, print the result (human or `--json`).
 */
import type { Io } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import type { RepositoryIndex } from '../model/repository.js';
import { QmsError } from '../util/errors.js';
import { checkSummary, describeCheck, findingsFor, repositoryWith, writeChange, type Change } from './apply.js';
import { bi, LifecycleError, refuse, tr } from './messages.js';
import { openSession, type CommonOptions, type Session } from '../workspace/session.js';

/** What a command plans. */
export interface Outcome {
  change: Change;
  /** The fields of the `--json` result (after `ok` and `command`). */
  result: Record<string, unknown>;
  /** Lines for people. */
  lines: string[];
  /** More of the result, from the repository as it is after the change (obsolete: who references it). */
  after?: (repository: RepositoryIndex) => { result: Record<string, unknown>; lines: string[] };
  /** Refuse, writing nothing, when qms check would report an error for the document (qms new). */
  requireClean?: boolean;
}

/** Runs a lifecycle command; refusals are QmsErrors (exit 2), printed as JSON too with --json. */
export function runLifecycle(command: string, io: Io, options: CommonOptions, plan: (session: Session) => Outcome): number {
  try {
    const session = openSession(io.cwd, io.env, options);
    const outcome = plan(session);
    const { change } = outcome;
    const after = repositoryWith(session.repository, change.file, change.after);
    const check = checkSummary(findingsFor(after));
    if (outcome.requireClean && check.errors > 0) {
      const lines = check.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);
      refuse(
        session.language,
        'not-clean',
        bi(`tài liệu mới sẽ không qua qms check, nên không tạo: ${lines.join('; ')}`, `the new document would fail qms check, so it was not created: ${lines.join('; ')}`),
        { findings: check.findings },
      );
    }
    writeChange(session, change);
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
      io.stderr.write(`qms: ${tr(session.language, bi('một số vùng sinh tự động không được ghi; sửa các dấu mốc rồi chạy qms render', 'some generated regions were not written: fix the markers, then run qms render'))}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (options.json && error instanceof QmsError) {
      const reason = error instanceof LifecycleError ? error.reason : 'error';
      const details = error instanceof LifecycleError ? error.details : {};
      io.stdout.write(`${JSON.stringify({ ok: false, command, error: { reason, message: error.message, ...details } }, null, 2)}\n`);
    }
    throw error;
  }
}
