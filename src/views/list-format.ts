/**
 * The master lists in their four formats: text (a terminal), md (a report to print or convert),
 * csv (Excel), json (scripts). Headings follow the language; json keys do not.
 */
import { articlesSuffix, documentStatusLabel, EXTERNAL_HEADINGS, LABELS, INTERNAL_HEADINGS, legalStatusLabel, LIST_TITLES, showDate, type Language } from '../i18n/labels.js';
import { tr } from '../i18n/language.js';
import type { ActingDocument, ExternalRow, InternalRow } from './master-list.js';
import { csvTable, markdownTable, textTable, type CsvDelimiter, type Table } from './table.js';

export const LIST_FORMATS = ['text', 'md', 'csv', 'xlsx', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
/** The formats written as text (xlsx is a binary file: views/xlsx.ts). */
export type TextListFormat = Exclude<ListFormat, 'xlsx'>;

export interface ListContext {
  language: Language;
  organization: string;
  today: string;
  /** The CSV field separator: `,` (the default) or `;`, which Vietnamese Windows uses as its list separator. */
  delimiter?: CsvDelimiter;
}

/** The internal list (Danh mục tài liệu nội bộ) in a format. */
export function formatInternalList(rows: readonly InternalRow[], format: TextListFormat, context: ListContext): string {
  if (format === 'json') return `${JSON.stringify({ list: 'internal', organization: context.organization || null, today: context.today, documents: rows }, null, 2)}\n`;
  return frame(internalTable(rows, format, context), format, tr(context.language, LIST_TITLES.internal), rows.length, context);
}

/** The internal list as a table: dates ISO for csv and xlsx, as the language writes them otherwise. */
export function internalTable(rows: readonly InternalRow[], format: Exclude<ListFormat, 'json'>, context: ListContext): Table {
  const { language } = context;
  const date = (value: string | null): string => (format === 'csv' || format === 'xlsx' ? (value ?? '') : showDate(language, value));
  const h = INTERNAL_HEADINGS;
  const cells = (row: InternalRow, index: number): Record<keyof typeof h, string> => ({
    no: String(index + 1),
    code: row.code,
    title: row.title,
    type: language === 'vi' ? row.typeLabel : row.type,
    revision: (row.revision === null ? '' : String(row.revision)) + (row.draft ? ` (${tr(language, LABELS.revisionWord)} ${row.draft.revision}: ${documentStatusLabel(language, row.draft.status)})` : ''),
    effective: date(row.effective),
    status: documentStatusLabel(language, row.status),
    owner: row.owner ?? '',
  });
  // In a terminal the long title goes last; elsewhere the columns keep the auditor's order.
  const order: Array<keyof typeof h> = format === 'text' ? ['no', 'code', 'revision', 'effective', 'status', 'type', 'owner', 'title'] : ['no', 'code', 'title', 'type', 'revision', 'effective', 'status', 'owner'];
  return { headings: order.map((key) => tr(language, h[key])), rows: rows.map((row, index) => { const c = cells(row, index); return order.map((key) => c[key]); }) };
}

/** The external list (Danh mục tài liệu bên ngoài) in a format. */
export function formatExternalList(rows: readonly ExternalRow[], format: TextListFormat, context: ListContext): string {
  if (format === 'json') return `${JSON.stringify({ list: 'external', organization: context.organization || null, today: context.today, documents: rows }, null, 2)}\n`;
  return frame(externalTable(rows, format, context), format, tr(context.language, LIST_TITLES.external), rows.length, context);
}

/** The external list as a table: dates ISO for csv and xlsx, as the language writes them otherwise. */
export function externalTable(rows: readonly ExternalRow[], format: Exclude<ListFormat, 'json'>, context: ListContext): Table {
  const { language } = context;
  const date = (value: string | null): string => (format === 'csv' || format === 'xlsx' ? (value ?? '') : showDate(language, value));
  const acting = (list: readonly ActingDocument[]): string =>
    list.map((a) => `${a.id}${articlesSuffix(a.articles)}${a.inEffect ? '' : ` [${tr(language, LABELS.from)} ${date(a.effective)}]`}`).join('; ');
  const h = EXTERNAL_HEADINGS;
  const cells = (row: ExternalRow, index: number): Record<keyof typeof h, string> => ({
    no: String(index + 1),
    number: row.id,
    kind: row.kind ?? '',
    title: row.title ?? '',
    issuer: row.issuer ?? '',
    signed: date(row.signed),
    effective: date(row.effective),
    status: legalStatusLabel(language, row.status),
    amendedBy: acting(row.amendedBy),
    replacedBy: acting(row.replacedBy),
    repealedBy: acting(row.repealedBy),
  });
  const order: Array<keyof typeof h> =
    format === 'text'
      ? ['no', 'number', 'kind', 'signed', 'effective', 'status', 'amendedBy', 'replacedBy', 'repealedBy', 'title']
      : ['no', 'number', 'kind', 'title', 'issuer', 'signed', 'effective', 'status', 'amendedBy', 'replacedBy', 'repealedBy'];
  return { headings: order.map((key) => tr(language, h[key])), rows: rows.map((row, index) => { const c = cells(row, index); return order.map((key) => c[key]); }) };
}

/** The table with its title (text and md); CSV is the bare table, for a spreadsheet. */
function frame(table: Table, format: Exclude<TextListFormat, 'json'>, title: string, count: number, context: ListContext): string {
  if (format === 'csv') return csvTable(table, context.delimiter);
  const { language, organization, today } = context;
  const asOf = `${tr(language, LIST_TITLES.asOf)} ${showDate(language, today)} — ${tr(language, LIST_TITLES.total)}: ${count}`;
  if (format === 'md') {
    const head = [`# ${title}`, ''];
    if (organization) head.push(`**${organization}**`, '');
    head.push(asOf, '');
    return `${head.join('\n')}\n${count > 0 ? markdownTable(table) : `${tr(language, LIST_TITLES.none)}\n`}`;
  }
  const head = [organization ? `${title} — ${organization}` : title, asOf, ''];
  return `${head.join('\n')}\n${count > 0 ? textTable(table) : `${tr(language, LIST_TITLES.none)}\n`}`;
}
