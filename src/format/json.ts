import type { Finding } from '../model/repository.js';

/** `--format json`: an array of findings (docs/output.md). */
export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(
    findings.map(({ file, line, column, severity, ruleId, message }) => ({ file, line, column, severity, ruleId, message })),
    null,
    2,
  )}\n`;
}
