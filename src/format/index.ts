import type { Summary } from '../lint/run.js';
import { RULES } from '../lint/catalogue.js';
import type { Finding } from '../model/repository.js';
import { QMS_VERSION } from '../version.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** The report formats of `qms check` (docs/output.md). */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  summary: Summary;
  color: boolean;
  checked: { documents: number; legal: number };
  /** Files the report covers (JUnit lists clean ones as passing tests). */
  files: readonly string[];
  /** Base of links to rule pages (SARIF helpUri, summary links). */
  docsBaseUri: string;
}

/** Renders findings in a format: a pure function, so every format is testable without a process. */
export function formatReport(format: Format, findings: readonly Finding[], context: ReportContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(findings, context.summary, { color: context.color, checked: context.checked });
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, RULES.map((rule) => rule.meta), { toolVersion: QMS_VERSION, docsBaseUri: context.docsBaseUri });
    case 'github':
      return formatGithub(findings);
    case 'junit':
      return formatJunit(findings, RULES.map((rule) => rule.meta), { files: context.files });
  }
}

/** Where rule pages are published: `QMS_DOCS_URL`, else the package's homepage. */
export function docsBaseUri(env: Record<string, string | undefined>): string {
  const base = env.QMS_DOCS_URL || 'https://qms.dev/';
  return base.endsWith('/') ? base : `${base}/`;
}
