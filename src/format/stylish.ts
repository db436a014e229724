/** The human output of qms check (`--format stylish`, the default): findings grouped by file, then a summary line. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../model/repository.js';
import type { Summary } from '../lint/run.js';
import type { FormatContext } from './context.js';
import type { Language } from '../i18n/language.js';
import { findingText } from '../i18n/messages/findings.js';
import { t } from '../i18n/messages/index.js';
import { FINDINGS_PER_CHUNK, joinChunks } from './chunks.js';

export interface StylishOptions {
  color: boolean;
  language: Language;
  /** Number of documents and register entries checked, for the summary line. */
  checked: { documents: number; legal: number };
}

/**
 * `--format stylish`, the formatter of the table in index.ts: `formatStylish` with the context's
 * summary, color and checked counts.
 */
export function formatStylishReport(findings: readonly Finding[], context: FormatContext): string {
  return joinChunks(stylishReportChunks(findings, context));
}

/** formatStylishReport's text in pieces (see chunks.ts). */
export function stylishReportChunks(findings: readonly Finding[], context: FormatContext): Iterable<string> {
  return stylishChunks(findings, context.summary, { color: context.color, checked: context.checked, language: context.language });
}

/**
 * The human report: findings grouped by file as `file:line:column  severity  message  ruleId`,
 * then a summary. A pure function of its inputs. It keeps this signature for `qms check --output`,
 * which prints the summary line alone (`formatStylish([], summary, …)`).
 */
export function formatStylish(findings: readonly Finding[], summary: Summary, options: StylishOptions): string {
  return joinChunks(stylishChunks(findings, summary, options));
}

/** formatStylish's text in pieces of FINDINGS_PER_CHUNK findings (see chunks.ts). */
function* stylishChunks(findings: readonly Finding[], summary: Summary, options: StylishOptions): Generator<string> {
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  let piece = '';
  let count = 0;
  const { language } = options;
  // What repeats over tens of thousands of findings is made once: a severity's label, a rule id, a file's name.
  const labels = new Map<string, string>();
  const label = (severity: Finding['severity']): string => {
    let text = labels.get(severity);
    if (text === undefined) labels.set(severity, (text = paint[severity](t(language, `severity.${severity}`, {}))));
    return text;
  };
  const dimmed = new Map<string, string>();
  const dim = (ruleId: string): string => {
    let text = dimmed.get(ruleId);
    if (text === undefined) dimmed.set(ruleId, (text = chalk.dim(ruleId)));
    return text;
  };
  let currentFile: string | undefined;
  let shownFile = '';
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) piece += '\n';
      shownFile = visible(finding.file);
      piece += `${chalk.underline(shownFile)}\n`;
      currentFile = finding.file;
    }
    piece += `  ${shownFile}:${finding.line}:${finding.column}  ${label(finding.severity)}  ${visible(findingText(language, finding))}  ${dim(finding.ruleId)}\n`;
    if (++count % FINDINGS_PER_CHUNK === 0) {
      yield piece;
      piece = '';
    }
  }
  if (count > 0) piece += '\n';
  const total = summary.errors + summary.warnings + summary.infos;
  const verdict = total === 0 ? chalk.green(`✓ ${t(language, 'report.clean', options.checked)}`) : `${summary.errors > 0 ? chalk.red('✖') : chalk.yellow('!')} ${t(language, 'report.found', { ...summary, ...options.checked })}`;
  yield `${piece}${verdict}\n`;
}

/**
 * Control characters from documents (a code holding an escape sequence or a line break) are shown
 * escaped, so a hostile file cannot clear the terminal or forge a finding line.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
