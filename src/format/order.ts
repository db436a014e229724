/** The order of findings in reports: by file, line, column, then rule id (the same order as lint/run.ts's compareFindings). */
import type { Finding } from '../model/repository.js';

/**
 * Compares findings by file (UTF-16 code units), line, column, then rule id. A copy of
 * compareFindings in src/lint/run.ts, which src/format may not import at run time;
 * test/format/purity.test.ts checks the two agree.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
