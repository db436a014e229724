/** The report formats of qms check and formatReport, which renders findings in one of them through the table of formatters. */
import type { Finding } from '../model/repository.js';
import type { Formatter, ReportContext } from './context.js';
import { joinChunks } from './chunks.js';
import { formatGithub } from './github.js';
import { jsonChunks } from './json.js';
import { formatJunit } from './junit.js';
import { sarifChunks } from './sarif.js';
import { stylishReportChunks } from './stylish.js';

export type { FormatContext, Formatter, ReportContext } from './context.js';

/** The report formats of `qms check` (docs/output.md). */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** A report format's text in pieces (chunks.ts): joined, the formatter's text. */
export type ChunkedFormatter = (results: readonly Finding[], context: ReportContext) => Iterable<string>;

/**
 * Every format in pieces: the long ones (a finding per line or per object) a piece per
 * FINDINGS_PER_CHUNK findings; GitHub's commands and JUnit's XML, which CI reads, whole.
 */
const CHUNKED: Readonly<Record<Format, ChunkedFormatter>> = {
  stylish: stylishReportChunks,
  json: jsonChunks,
  sarif: sarifChunks,
  github: (findings, context) => [formatGithub(findings, context)],
  junit: (findings, context) => [formatJunit(findings, context)],
};

/** Every format's formatter: each one takes the findings and the complete context. */
export const FORMATTERS: Readonly<Record<Format, Formatter>> = Object.fromEntries(
  FORMATS.map((format) => [format, (findings: readonly Finding[], context: ReportContext) => joinChunks(CHUNKED[format](findings, context))]),
) as Record<Format, Formatter>;

/** Renders findings in a format: a pure function, so every format is testable without a process. */
export function formatReport(format: Format, findings: readonly Finding[], context: ReportContext): string {
  return FORMATTERS[format](findings, context);
}

/** formatReport's text in pieces, for a writer that need not hold it whole (qms check's stdout). */
export function reportChunks(format: Format, findings: readonly Finding[], context: ReportContext): Iterable<string> {
  return CHUNKED[format](findings, context);
}

/** Where rule pages are published: `QMS_DOCS_URL`, else the package's homepage. */
export function docsBaseUri(env: Record<string, string | undefined>): string {
  const base = env.QMS_DOCS_URL || 'https://qms.dev/';
  return base.endsWith('/') ? base : `${base}/`;
}
