/** The content of the TTHC regions (dossier, time limit, fees, conditions, result) as mdast, drawn from the TTHC records a procedure handles. */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { ControlledDocument } from '../model/document.js';
import type { Register } from '../model/register.js';
import type { TthcRecord } from '../model/tthc.js';
import { fill, type SectionTemplates } from './templates.js';

/** The generated regions drawn from TTHC records (docs/tthc.md). */
export const TTHC_REGIONS = ['tthc-dossier', 'tthc-time-limit', 'tthc-fees', 'tthc-conditions', 'tthc-result'] as const;
export type TthcRegionName = (typeof TTHC_REGIONS)[number];

export function isTthcRegion(name: string): name is TthcRegionName {
  return (TTHC_REGIONS as readonly string[]).includes(name);
}

/** The records of the TTHC a document handles, in the order of its `tthc` field (codes without a record left out, each once). */
export function recordsOf(document: Pick<ControlledDocument, 'tthc'>, register: Register): TthcRecord[] {
  const records: TthcRecord[] = [];
  for (const { value } of document.tthc) {
    const record = register.tthcRecord(value);
    if (record && !records.includes(record)) records.push(record);
  }
  return records;
}

/**
 * A TTHC region's content: one block per record; with more than one record each block starts with
 * the record's code and name. Nothing (an empty tree) when the document handles no recorded TTHC.
 */
export function buildTthcRegion(name: TthcRegionName, document: ControlledDocument, register: Register, templates: SectionTemplates): Root {
  const t = templates.tthc;
  const records = recordsOf(document, register);
  const captions: Record<TthcRegionName, string> = {
    'tthc-dossier': t.dossier_caption,
    'tthc-time-limit': t.time_limit_caption,
    'tthc-fees': t.fees_caption,
    'tthc-conditions': t.conditions_caption,
    'tthc-result': t.result_caption,
  };
  if (records.length === 0) return { type: 'root', children: [] };
  const children: RootContent[] = captions[name].trim() === '' ? [] : [paragraph([{ type: 'strong', children: [{ type: 'text', value: captions[name].trim() }] }])];
  for (const record of records) {
    if (records.length > 1) children.push(paragraph([{ type: 'emphasis', children: [{ type: 'text', value: oneLine(fill(t.record, { code: record.code?.value ?? '', name: record.name ?? '' })) }] }]));
    children.push(...blockOf(name, record, templates));
  }
  return { type: 'root', children };
}

function blockOf(name: TthcRegionName, record: TthcRecord, templates: SectionTemplates): RootContent[] {
  const t = templates.tthc;
  switch (name) {
    case 'tthc-dossier':
      return [
        table(
          [t.dossier_number, t.dossier_name, t.dossier_kind, t.dossier_count, t.dossier_form],
          record.dossier.map((item, index) => [String(index + 1), item.name, item.kind ?? '', item.count === undefined ? '' : String(item.count), item.form ?? '']),
        ),
      ];
    case 'tthc-time-limit':
      return record.timeLimit ? [paragraph([{ type: 'text', value: oneLine(fill(t.time_limit, { value: String(record.timeLimit.value), unit: t[record.timeLimit.unit] })) }])] : [];
    case 'tthc-fees':
      return record.fees.length === 0 ? [paragraph([{ type: 'text', value: t.no_fees }])] : [table([t.fee_name, t.fee_amount], record.fees.map((fee) => [fee.name, fee.amount]))];
    case 'tthc-conditions':
      return record.conditions.length === 0 ? [paragraph([{ type: 'text', value: t.no_conditions }])] : [list(record.conditions)];
    case 'tthc-result':
      return record.result === undefined ? [] : [paragraph([{ type: 'text', value: oneLine(record.result) }])];
  }
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function list(items: readonly string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((text): ListItem => ({ type: 'listItem', spread: false, children: [paragraph([{ type: 'text', value: oneLine(text) }])] })),
  };
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Table {
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value): TableCell => ({ type: 'tableCell', children: oneLine(value) === '' ? [] : [{ type: 'text', value: oneLine(value) }] })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
