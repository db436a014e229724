/** The text of a new TTHC record and the front matter edits of a changed one (docs/tthc.md): pure, text in, text out. */
import { editFileFrontMatter, type EditItem, type FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import { FRONT_MATTER_EDIT } from '../yaml-edit/errors.js';
import { formatScalar } from '../yaml-edit/yaml-format.js';
import { readFrontMatterBlock } from '../document/frontmatter.js';
import type { TimeUnit } from '../model/tthc.js';

/** The fields of a record a command may write; a list given replaces the record's list. */
export interface TthcFields {
  name?: string;
  level?: string;
  field?: string;
  agency?: string;
  timeLimit?: { value: number; unit: TimeUnit };
  fees?: Array<{ name: string; amount: string }>;
  dossier?: Array<{ name: string; kind?: string; count?: number; form?: string }>;
  conditions?: string[];
  result?: string;
  legalBasis?: Array<{ id: string; articles: string[] }>;
  announcedBy?: { id: string; date?: string };
}

/** Why a record changed: a row of `changes`. */
export interface TthcChangeRow {
  date: string;
  summary: string;
  trigger?: string;
}

const SCALARS = ['name', 'level', 'field', 'agency', 'result'] as const;

/** The file of a record: `<folder>/<code>.md`. */
export function recordFile(folder: string, code: string): string {
  return `${folder}/${code.normalize('NFC')}.md`;
}

/**
 * A new record: the front matter in the order of docs/tthc.md (lists in block style, one item a
 * line), then an empty body. Deterministic: the same fields give the same bytes.
 */
export function newRecordText(code: string, fields: TthcFields): string {
  const lines = ['---', `code: ${quoted(code)}`];
  for (const name of SCALARS.slice(0, 4)) {
    const value = fields[name];
    if (value !== undefined) lines.push(`${name}: ${formatScalar(value.normalize('NFC'), 'block')}`);
  }
  if (fields.timeLimit) lines.push(`time_limit: { value: ${fields.timeLimit.value}, unit: ${fields.timeLimit.unit} }`);
  lines.push(...blockList('fees', (fields.fees ?? []).map(flowMap)));
  lines.push(...blockList('dossier', (fields.dossier ?? []).map(flowMap)));
  lines.push(...blockList('conditions', (fields.conditions ?? []).map((c) => formatScalar(c.normalize('NFC'), 'block'))));
  if (fields.result !== undefined) lines.push(`result: ${formatScalar(fields.result.normalize('NFC'), 'block')}`);
  lines.push(...blockList('legal_basis', (fields.legalBasis ?? []).map(legalItem).map(flowMap)));
  if (fields.announcedBy) lines.push(`announced_by: ${flowMap(fields.announcedBy)}`);
  lines.push('changes: []', '---', '');
  return `${lines.join('\n')}\n`;
}

/**
 * The record's text with `fields` written over it (only the nodes named change; every other byte
 * stays) and, when given, a row appended to `changes`. A refusal names `file`: an import edits many.
 */
export function editRecordText(file: string, text: string, fields: TthcFields, change?: TthcChangeRow): string {
  const edits: FrontMatterEdit[] = [];
  const data = readFrontMatterBlock(text).frontMatter?.data ?? {};
  for (const name of SCALARS) {
    const value = fields[name];
    if (value !== undefined) edits.push({ op: 'set', path: [name], value: value.normalize('NFC') });
  }
  const mappings: Array<[string, string]> = [];
  const setMapping = (key: string, values: Readonly<Record<string, string | number | undefined>>): void => {
    const current = data[key];
    if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
      for (const [name, value] of Object.entries(values)) edits.push(value === undefined ? { op: 'delete', path: [key, name] } : { op: 'set', path: [key, name], value });
      return;
    }
    // An absent mapping (or one of the wrong type) is written whole as a flow mapping: a scalar
    // placeholder is set through the editor, which keeps every other byte, then replaced.
    mappings.push([key, flowMap(values)]);
    edits.push({ op: 'set', path: [key], value: placeholder(key) });
  };
  if (fields.timeLimit) setMapping('time_limit', { value: fields.timeLimit.value, unit: fields.timeLimit.unit });
  if (fields.announcedBy) setMapping('announced_by', { id: fields.announcedBy.id, date: fields.announcedBy.date });
  // A list is replaced item by item in place (keeping its position and style); emptied, the key goes.
  const replaceList = (key: string, items: readonly EditItem[] | undefined): void => {
    const current = data[key];
    const length = Array.isArray(current) ? current.length : 0;
    if (items === undefined || (items.length === 0 && Array.isArray(current) && length === 0)) return;
    if (items.length === 0 || (current !== undefined && current !== null && !Array.isArray(current))) {
      if (current !== undefined) edits.push({ op: 'delete', path: [key] });
      if (items.length === 0) return;
    }
    items.forEach((item, index) => edits.push(index < length ? { op: 'replace-item', path: [key, index], item } : { op: 'append', path: [key], item }));
    for (let index = length - 1; index >= items.length; index--) edits.push({ op: 'delete', path: [key, index] });
  };
  replaceList('fees', fields.fees?.map((fee) => ({ ...fee })));
  replaceList('dossier', fields.dossier?.map(dossierItem));
  replaceList('conditions', fields.conditions);
  replaceList('legal_basis', fields.legalBasis?.map(legalItem));
  if (change) edits.push({ op: 'append', path: ['changes'], item: { date: change.date, summary: change.summary, ...(change.trigger !== undefined ? { trigger: change.trigger } : {}) } });
  let result = editFileFrontMatter(file, text, edits, { reason: FRONT_MATTER_EDIT, details: { file } });
  for (const [key, flow] of mappings) result = result.replace(placeholder(key), flow);
  return result;
}


/** A scalar no record holds, standing in for a mapping while the editor runs. */
function placeholder(key: string): string {
  return `qms-mapping-${key}-placeholder`;
}

function dossierItem(item: NonNullable<TthcFields['dossier']>[number]): EditItem {
  const result: Record<string, string | number> = { name: item.name };
  if (item.kind !== undefined) result.kind = item.kind;
  if (item.count !== undefined) result.count = item.count;
  if (item.form !== undefined) result.form = item.form;
  return result;
}

function legalItem(item: { id: string; articles: string[] }): Record<string, string | readonly string[]> {
  return item.articles.length > 0 ? { id: item.id, articles: item.articles } : { id: item.id };
}

function blockList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.map((item) => `  - ${item}`)];
}

function flowMap(record: Readonly<Record<string, string | number | readonly string[] | undefined>>): string {
  const parts = Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v: string) => formatScalar(v, 'flow')).join(', ')}]` : formatScalar(value as string | number, 'flow')}`);
  return `{ ${parts.join(', ')} }`;
}

/** A code is always quoted: 1.004220 unquoted reads as the number 1.00422. */
function quoted(code: string): string {
  return `"${code.normalize('NFC').replace(/["\\]/g, '\\$&')}"`;
}
