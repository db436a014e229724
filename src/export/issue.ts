/** Planning `qms export`: the issued document and, on request, its decision, as DOCX bytes or printable HTML (pure: no engine, no file). */
import type { QmsConfig } from '../config/types.js';
import type { Language } from '../i18n/language.js';
import type { ControlledDocument } from '../model/document.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { SectionTemplates } from '../sections/templates.js';
import { decisionOf, type Decision, type DecisionSettings } from './decision.js';
import { docxBytes } from './docx.js';
import { issuedHtml } from './html.js';
import { issuedDocument, type IssuedDocument } from './model.js';

/** What the decision takes from the command line over the config's `issue`. */
export interface DecisionOptions {
  number?: string;
  parent?: string;
  place?: string;
  symbol?: string;
  /** ISO date of signing. */
  date?: string;
}

/** What to put in the file. */
export type ExportParts = 'procedure' | 'decision+procedure' | 'decision';

/** The issued document and its decision (when asked for), ready to lay out. */
export interface ExportContent {
  decision?: Decision;
  procedure?: IssuedDocument;
}

/** Reads the document and builds the decision; refuses (missing-decision-data) what the decision lacks. */
export function exportContent(
  document: ControlledDocument,
  text: string,
  repository: RepositoryIndex,
  templates: SectionTemplates,
  parts: ExportParts,
  options: DecisionOptions,
  language: Language,
): ExportContent {
  const issued = issuedDocument(document, text, repository, templates);
  const content: ExportContent = {};
  if (parts !== 'decision') content.procedure = issued;
  if (parts !== 'procedure') content.decision = decisionOf(issued, document, repository.register, templates, decisionSettings(repository.config, issued, options), language);
  return content;
}

/** The config's `issue` with the options over it; the date defaults to the approval date. */
export function decisionSettings(config: QmsConfig, issued: IssuedDocument, options: DecisionOptions): DecisionSettings {
  return {
    ...config.issue,
    organization: config.organization,
    number: options.number ?? '',
    parent: options.parent ?? config.issue.parent,
    place: options.place ?? config.issue.place,
    symbol: options.symbol ?? config.issue.symbol,
    date: options.date ?? issued.approvals[2]?.date ?? '',
  };
}

/** The DOCX file. */
export function exportDocx(content: ExportContent): Buffer {
  return docxBytes(content);
}

/** The HTML page a browser engine prints as the PDF. */
export function exportHtml(content: ExportContent): string {
  return issuedHtml(content);
}
