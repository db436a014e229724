/** JSON output of qms check (`--format json`): the findings as an array of plain objects. */
import type { Finding } from '../model/repository.js';
import type { FormatContext } from './context.js';
import { findingText } from '../i18n/messages/findings.js';

/**
 * `--format json`: an array of findings (docs/output.md): the message in the run's language, with
 * its catalogue id and data so scripts need not read the text.
 */
export function formatJson(findings: readonly Finding[], context: FormatContext): string {
  return `${JSON.stringify(
    findings.map((finding) => {
      const { file, line, column, severity, ruleId, messageId, data } = finding;
      return { file, line, column, severity, ruleId, message: findingText(context.language, finding), messageId, data };
    }),
    null,
    2,
  )}\n`;
}
