/** JSON output of qms check (`--format json`): the findings as an array of plain objects. */
import type { Finding } from '../model/repository.js';
import type { FormatContext } from './context.js';

/** `--format json`: an array of findings (docs/output.md). The context adds nothing to it. */
export function formatJson(findings: readonly Finding[], _context: FormatContext): string {
  return `${JSON.stringify(
    findings.map(({ file, line, column, severity, ruleId, message }) => ({ file, line, column, severity, ruleId, message })),
    null,
    2,
  )}\n`;
}
