/**
 * The end of every lifecycle command: render the generated regions of the new text, and check the
 * document as `qms check` would (on the repository with the new text in place: lint/planned.ts).
 */
import { findingText } from '../i18n/messages/findings.js';
import { t } from '../i18n/messages/index.js';
import { documentReadContext } from '../model/reading.js';
import { summarize } from '../lint/run.js';
import { readControlledDocument } from '../document/read-document.js';
import type { FileChange } from '../write/plan.js';
import type { Finding, RepositoryIndex } from '../model/repository.js';
import { locator, renderDocument } from '../sections/render.js';
import { type Language } from '../i18n/language.js';
import type { Workspace } from '../workspace/open.js';

/** A file's new text (generated regions rendered), ready for the one writer. */
export interface Change extends FileChange {
  /** Regions inserted and updated by rendering. */
  inserted: string[];
  updated: string[];
  /** Why rendering left part of the document alone (`file:line:column: message`). */
  renderProblems: string[];
}

/** Renders the generated regions of `text` (after its front matter was edited), as `qms render` would. */
export function renderChange(session: Workspace, file: string, before: string | null, text: string): Change {
  const { repository } = session;
  const document = readControlledDocument(file, text, documentReadContext(repository.config, repository.register));
  const templates = session.templates();
  const result = renderDocument(text, document, { register: repository.register, config: session.config, today: session.today, templates });
  const locate = locator(result.text);
  const renderProblems = result.problems.map((p) => {
    const { line, column } = locate(p.offset);
    return `${file}:${line}:${column}: ${findingText(session.language, p)}`;
  });
  return { file, before, after: result.text, inserted: [...result.inserted], updated: [...new Set(result.updated)], renderProblems };
}

/** The `check` part of a result: what `qms check` reports for the document after the command. */
export interface CheckSummary {
  errors: number;
  warnings: number;
  /** Each finding with its message in the run's language, and the message's id and data. */
  findings: Array<Pick<Finding, 'file' | 'line' | 'column' | 'severity' | 'ruleId' | 'messageId' | 'data'> & { message: string }>;
}

/** What `qms check` reports, summarised, the messages in `language`. */
export function checkSummary(findings: readonly Finding[], language: Language): CheckSummary {
  const { errors, warnings } = summarize(findings);
  return {
    errors,
    warnings,
    findings: findings.map((finding) => {
      const { file, line, column, severity, ruleId, messageId, data } = finding;
      return { file, line, column, severity, ruleId, message: findingText(language, finding), messageId, data };
    }),
  };
}

/** Human lines about the check after the command. */
export function describeCheck(language: Language, file: string, check: CheckSummary): string[] {
  if (check.findings.length === 0) return [t(language, 'apply.check-no-findings', { file })];
  const lines = [
    t(language, 'apply.check-still-reports-error', { file, warnings: check.warnings, errors: check.errors }),
  ];
  for (const f of check.findings) lines.push(`  ${f.line}:${f.column}  ${t(language, `severity.${f.severity}`, {})}  ${f.ruleId}  ${f.message}`);
  return lines;
}

/** What a command plans. */
export interface Outcome {
  change: Change;
  /** Other documents changed in the same plan, written with it or not at all (obsolete --with-forms). */
  alongside?: Change[];
  /** The fields of the `--json` result (after `ok` and `command`). */
  result: Record<string, unknown>;
  /** Lines for people. */
  lines: string[];
  /** More of the result, from the repository as it is after the change (obsolete: who references it). */
  after?: (repository: RepositoryIndex) => { result: Record<string, unknown>; lines: string[] };
  /** Refuse, writing nothing, when qms check would report an error for the document (qms new). */
  requireClean?: boolean;
}
