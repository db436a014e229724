/** What the report formats of qms check are given (ReportContext), and the one Formatter signature. */
import type { Summary } from '../lint/run.js';
import type { Finding } from '../model/repository.js';
import type { RuleMeta } from '../rules/rule.js';
import type { Language } from '../i18n/language.js';

/** Everything a report may show besides the findings, as `formatReport`'s caller builds it. */
export interface ReportContext {
  /** The language of the messages (the run's: --lang, QMS_LANG, the config, the locale). */
  language: Language;
  summary: Summary;
  color: boolean;
  /** Number of documents and register entries checked, for the summary line. */
  checked: { documents: number; legal: number };
  /** Files the report covers (JUnit lists clean ones as passing tests). */
  files: readonly string[];
  /** Base of links to rule pages (SARIF helpUri, summary links). */
  docsBaseUri: string;
  /** The rules' metadata (SARIF's descriptors, JUnit's details), from the lint engine (`ruleMetas()`). */
  rules: readonly RuleMeta[];
  /** qms's version, as `qms --version` prints it (the caller reads it: formatters read no file). */
  toolVersion: string;
}

/** The context a formatter receives (the same as its caller builds: nothing is filled in). */
export type FormatContext = ReportContext;

/** A report format: a pure function of the findings and the context. */
export type Formatter = (results: readonly Finding[], context: FormatContext) => string;
