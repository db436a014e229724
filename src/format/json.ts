/** JSON output of qms check (`--format json`): the findings as an array of plain objects. */
import type { Finding } from '../model/repository.js';
import type { FormatContext } from './context.js';
import { findingText } from '../i18n/messages/findings.js';
import { joinChunks, jsonWithArrayInPieces, mapLazily } from './chunks.js';

/** The array's place in the document: the document is the array. */
const FINDINGS = '\u0000qms:findings\u0000';

/**
 * `--format json`: an array of findings (docs/output.md): the message in the run's language, with
 * its catalogue id and data so scripts need not read the text.
 */
export function formatJson(findings: readonly Finding[], context: FormatContext): string {
  return joinChunks(jsonChunks(findings, context));
}

/** formatJson's text in pieces (see chunks.ts). */
export function jsonChunks(findings: readonly Finding[], context: FormatContext): Iterable<string> {
  const objects = mapLazily(findings, (finding) => {
    const { file, line, column, severity, ruleId, messageId, data } = finding;
    return { file, line, column, severity, ruleId, message: findingText(context.language, finding), messageId, data };
  });
  return jsonWithArrayInPieces(FINDINGS, FINDINGS, objects);
}
