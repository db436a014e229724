/** The report formats of qms check and formatReport, which renders findings in one of them through the table of formatters. */
import type { Finding } from '../model/repository.js';
import type { Formatter, ReportContext } from './context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylishReport } from './stylish.js';

export type { FormatContext, Formatter, ReportContext } from './context.js';

/** The report formats of `qms check` (docs/output.md). */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** Every format's formatter: each one takes the findings and the complete context. */
export const FORMATTERS: Readonly<Record<Format, Formatter>> = {
  stylish: formatStylishReport,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

/** Renders findings in a format: a pure function, so every format is testable without a process. */
export function formatReport(format: Format, findings: readonly Finding[], context: ReportContext): string {
  return FORMATTERS[format](findings, context);
}

/** Where rule pages are published: `QMS_DOCS_URL`, else the package's homepage. */
export function docsBaseUri(env: Record<string, string | undefined>): string {
  const base = env.QMS_DOCS_URL || 'https://qms.dev/';
  return base.endsWith('/') ? base : `${base}/`;
}
