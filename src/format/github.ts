/** GitHub Actions output of qms check: workflow-command annotations (`--format github`) and the Markdown step summary. */
import type { Severity } from '../config/types.js';
import type { Summary } from '../lint/run.js';
import type { Finding } from '../model/repository.js';
import type { FormatContext } from './context.js';
import type { Language } from '../i18n/language.js';
import { joined } from '../i18n/catalogue.js';
import { findingText } from '../i18n/messages/findings.js';
import { t } from '../i18n/messages/index.js';
import { ruleDocsUri } from './sarif.js';

/**
 * `--format github`: GitHub Actions workflow commands, one line per finding, which the runner
 * turns into annotations on the run and on the pull request's files (docs/output.md#github-actions):
 *
 *     ::error file=procedures/QT-KHCN-01.md,line=14,col=5,title=legal/superseded::cites Nghị định …
 *
 * Escaping is the one @actions/core applies and the runner undoes
 * (actions/toolkit packages/core/src/command.ts, escapeData and escapeProperty; actions/runner
 * src/Runner.Common/ActionCommand.cs, UnescapeData and UnescapeProperty):
 * - the message (data) escapes `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`, `%` first;
 * - property values (file, title) escape the same and also `:` → `%3A`, `,` → `%2C`, since `,`
 *   separates properties and `::` ends them.
 * An unescaped newline would end the command there; an unescaped `,` or `:` in a file name would
 * cut the property. Nothing else needs escaping: the line is UTF-8 like the rest of the log.
 * Of the context it uses the language of the messages.
 */
export function formatGithub(findings: readonly Finding[], context: FormatContext): string {
  return findings.map((finding) => `${githubCommand(finding, context.language)}\n`).join('');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function githubCommand(finding: Finding, language: Language): string {
  const properties = [
    `file=${escapeProperty(controlFree(finding.file))}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.ruleId)}`,
  ].join(',');
  return `::${COMMAND[finding.severity]} ${properties}::${escapeData(controlFree(findingText(language, finding)))}`;
}

/** A workflow command's data (the text after the second `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface GithubSummaryOptions {
  /** Number of files checked, for the headline. */
  checked: number;
  language: Language;
  /** Where the documentation lives (as for SARIF); rule ids link to their pages when it is given. */
  docsBaseUri?: string;
}

/**
 * GitHub shows at most this many annotations of each kind (error, warning, notice) per step, and
 * 50 per job (actions/toolkit docs/problem-matchers.md, "Limitations").
 */
export const ANNOTATIONS_PER_KIND = 10;

/**
 * GitHub refuses a step summary larger than 1 MiB; the table stops short of that, with a line
 * saying how many findings it leaves out.
 */
export const SUMMARY_BUDGET = 1_000_000;

const SIGN: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * A Markdown job summary for `$GITHUB_STEP_SUMMARY`: a headline with the counts, a note when
 * GitHub will not show every annotation, and a table of every finding.
 */
export function formatGithubSummary(findings: readonly Finding[], summary: Summary, options: GithubSummaryOptions): string {
  const { language } = options;
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0 && findings.length === 0) return `${t(language, 'report.github.clean', { files: options.checked })}\n`;

  const sign = summary.errors > 0 ? '❌' : '⚠️';
  const out: string[] = [`### ${sign} qms check: ${t(language, 'report.counts', summary)}`, '', t(language, 'report.github.files', { files: options.checked }), ''];

  const none = { errors: 0, warnings: 0, infos: 0 };
  const over: string[] = [];
  if (summary.errors > ANNOTATIONS_PER_KIND) over.push(t(language, 'report.counts', { ...none, errors: summary.errors }).split(', ')[0]!);
  if (summary.warnings > ANNOTATIONS_PER_KIND) over.push(t(language, 'report.counts', { ...none, warnings: summary.warnings }).split(', ')[1]!);
  if (summary.infos > ANNOTATIONS_PER_KIND) over.push(`${t(language, 'report.counts', { ...none, infos: summary.infos }).split(', ')[2]!} (notices)`);
  if (over.length > 0) out.push(t(language, 'report.github.note', { per: ANNOTATIONS_PER_KIND, over: joined(language, over) }), '');

  out.push(t(language, 'report.github.header', {}), '| --- | --- | --- | --- |');
  let size = utf8Length(out.join('\n'));
  let listed = 0;
  for (const finding of findings) {
    const rule = options.docsBaseUri
      ? `[${cell(finding.ruleId)}](${linkTarget(ruleDocsUri(options.docsBaseUri, `docs/rules/${finding.ruleId}.md`))})`
      : cell(finding.ruleId);
    const row = `| ${cell(`${finding.file}:${finding.line}:${finding.column}`)} | ${SIGN[finding.severity]} ${t(language, `severity.${finding.severity}`, {})} | ${rule} | ${cell(findingText(language, finding))} |`;
    const rowSize = utf8Length(row) + 1;
    // Room is kept for the closing line.
    if (size + rowSize > SUMMARY_BUDGET - 200) break;
    out.push(row);
    size += rowSize;
    listed++;
  }
  if (listed < findings.length) {
    const left = findings.length - listed;
    out.push('', t(language, 'report.github.more', { left }));
  }
  return `${out.join('\n')}\n`;
}

/**
 * Text for a GFM table cell, shown as written: Markdown punctuation is backslash-escaped (so `|`
 * cannot end the cell and `*`, `_`, `[`, `<`, `` ` `` format nothing), and line breaks become `<br>`.
 */
export function cell(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&!#]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '<br>');
}

/** A link destination cannot hold spaces or unbalanced parentheses: percent-encode them. */
function linkTarget(uri: string): string {
  return uri.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const ENCODER = new TextEncoder();

function utf8Length(text: string): number {
  return ENCODER.encode(text).length;
}

/**
 * Control characters other than line breaks (which escapeData encodes) would reach the job log
 * raw — an escape sequence in a document could repaint it — so they are shown escaped.
 */
function controlFree(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
