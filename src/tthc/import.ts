/** `qms tthc import`: the rows of a TTHC list (CSV or XLSX, read by the workspace) as record fields, each unreadable row reported with its row number, and the plan of record writes. */
import { articleLabel } from '../impact/analyze.js';
import type { Language } from '../i18n/language.js';
import type { Register } from '../model/register.js';
import type { FileChange } from '../write/plan.js';
import { leadingTimeLimit } from './options.js';
import { editRecordText, newRecordText, recordFile, type TthcFields } from './record-text.js';
import { fold } from './step-table.js';
import { QmsError } from '../util/errors.js';
import { readFrontMatterBlock } from '../document/frontmatter.js';
import { t } from '../i18n/messages/index.js';

/** The columns qms reads, by the header words agencies use (folded: no diacritics, lower case). */
const HEADERS: Record<string, readonly string[]> = {
  code: ['ma tthc', 'ma thu tuc', 'ma so', 'ma', 'code', 'ma thu tuc hanh chinh'],
  name: ['ten thu tuc hanh chinh', 'ten thu tuc', 'ten tthc', 'name', 'thu tuc hanh chinh'],
  level: ['cap thuc hien', 'cap', 'level'],
  field: ['linh vuc', 'field'],
  agency: ['co quan thuc hien', 'co quan giai quyet', 'agency'],
  timeLimit: ['thoi han giai quyet', 'thoi han', 'time limit', 'thoi gian giai quyet'],
  fees: ['phi, le phi', 'phi le phi', 'phi/le phi', 'le phi', 'fees'],
  dossier: ['thanh phan ho so', 'ho so', 'dossier'],
  conditions: ['yeu cau, dieu kien', 'dieu kien', 'yeu cau dieu kien', 'conditions'],
  result: ['ket qua', 'ket qua giai quyet', 'ket qua thuc hien', 'result'],
  legalBasis: ['can cu phap ly', 'can cu', 'legal basis'],
  announcedBy: ['quyet dinh cong bo', 'qd cong bo', 'announced by'],
};

/** One row that could not be read: its row number as a spreadsheet shows it (the header is row 1). */
export interface ImportProblem {
  row: number;
  message: string;
}

export interface ImportedRow {
  row: number;
  code: string;
  fields: TthcFields;
}

export interface ImportReading {
  rows: ImportedRow[];
  problems: ImportProblem[];
}

/**
 * Reads the rows of a TTHC list: the first row (of the first ten) that names a code and a name
 * column is the header (a title may stand above it); code, name and time limit are needed; every
 * later row is one TTHC, numbered as a spreadsheet numbers it. `agency` stands in where the list has no agency column
 * (the config's organization). Legal-basis cells are read with the register's citation recognizer.
 */
export function readImportRows(table: readonly (readonly string[])[], register: Register, agency: string, language: Language): ImportReading {
  const columnIn = (cells: readonly string[], name: string): number => cells.findIndex((cell) => HEADERS[name]!.includes(fold(cell)));
  const found = table.slice(0, 10).findIndex((cells) => columnIn(cells, 'code') >= 0 && columnIn(cells, 'name') >= 0);
  const headerIndex = Math.max(found, 0);
  const column = (name: string): number => columnIn(table[headerIndex] ?? [], name);
  const columns = Object.fromEntries(Object.keys(HEADERS).map((name) => [name, column(name)])) as Record<keyof typeof HEADERS, number>;
  const missing = (['code', 'name', 'timeLimit'] as const).filter((name) => columns[name]! < 0);
  if (missing.length > 0) {
    const names = missing.map((m) => ({ code: 'Mã TTHC', name: 'Tên thủ tục hành chính', timeLimit: 'Thời hạn giải quyết' })[m]);
    throw new QmsError(t(language, 'import.header-row-has-no', { names }), { reason: 'usage' });
  }
  const rows: ImportedRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  table.slice(headerIndex + 1).forEach((cells, index) => {
    const row = headerIndex + index + 2;
    const cell = (name: string): string => {
      const at = columns[name]!;
      return at < 0 ? '' : (cells[at] ?? '').normalize('NFC').trim();
    };
    if (cells.every((c) => c.trim() === '')) return;
    const code = cell('code');
    const fail = (message: string): void => {
      problems.push({ row, message });
    };
    if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(code)) return fail(t(language, 'import.code-unreadable', { code }));
    if (seen.has(code)) return fail(t(language, 'import.code-repeated', { code, row: seen.get(code)! }));
    seen.set(code, row);
    const name = cell('name');
    if (name === '') return fail(t(language, 'import.name-missing', { code }));
    const timeLimit = leadingTimeLimit(cell('timeLimit'));
    if (timeLimit === undefined) return fail(t(language, 'import.time-limit-unreadable', { code, text: cell('timeLimit') }));
    const fields: TthcFields = { name, timeLimit };
    // A new record needs an agency: the list's, else the organization of the config; a recorded one keeps its own.
    const agencyCell = cell('agency') || (register.tthc.get(code) ? '' : agency);
    if (agencyCell === '' && !register.tthc.get(code)) return fail(t(language, 'import.agency-missing', { code }));
    if (agencyCell !== '') fields.agency = agencyCell;
    for (const key of ['level', 'field', 'result'] as const) if (cell(key) !== '') fields[key] = cell(key);
    if (cell('fees') !== '') fields.fees = readFees(cell('fees'));
    if (cell('dossier') !== '') fields.dossier = parts(cell('dossier')).map((part) => ({ name: part }));
    if (cell('conditions') !== '') fields.conditions = parts(cell('conditions')).filter((part) => !/^khong$/.test(fold(part)));
    if (cell('legalBasis') !== '') fields.legalBasis = readLegalBasis(cell('legalBasis'), register);
    if (cell('announcedBy') !== '') fields.announcedBy = { id: cell('announcedBy') };
    rows.push({ row, code, fields });
  });
  return { rows, problems };
}

/** Parts of a cell: one a line, or separated by ";". */
function parts(text: string): string[] {
  return text
    .split(/\r?\n|;/)
    .map((part) => part.replace(/^[-•+*]\s*/, '').trim())
    .filter(Boolean);
}

/** "Không" → no fees; "Phí thẩm định: 1.500.000 đồng; Lệ phí: …" → name and amount per part. */
function readFees(text: string): Array<{ name: string; amount: string }> {
  if (text === '' || /^khong( thu)?\.?$/.test(fold(text))) return [];
  return parts(text).map((part) => {
    const colon = part.indexOf(':');
    return colon > 0 ? { name: part.slice(0, colon).trim(), amount: part.slice(colon + 1).trim() } : { name: 'Phí, lệ phí', amount: part };
  });
}

/** Each cited document once, as the register names it when registered, with its articles. */
function readLegalBasis(text: string, register: Register): Array<{ id: string; articles: string[] }> {
  const items: Array<{ id: string; articles: string[] }> = [];
  for (const citation of register.recognizer.find(text)) {
    const entry = register.get(citation.key);
    const id = entry?.id?.value ?? /\d+\/(?:\d{4}\/)?[\p{L}\d-]+/u.exec(citation.text)?.[0] ?? citation.text;
    const existing = items.find((item) => item.id === id);
    const articles = citation.articles.map(articleLabel);
    if (existing) existing.articles.push(...articles.filter((a) => !existing.articles.includes(a)));
    else items.push({ id, articles });
  }
  return items;
}

/**
 * The record writes of the rows: new records for new codes; for a recorded code, the row's fields
 * over the record with a change row — or nothing when the row says what the record says already.
 */
export function planImport(rows: readonly ImportedRow[], register: Register, folder: string, today: string, source: string, readText: (file: string) => string): FileChange[] {
  const changes: FileChange[] = [];
  for (const { code, fields } of rows) {
    const record = register.tthc.get(code);
    if (!record) {
      changes.push({ file: recordFile(folder, code), before: null, after: newRecordText(code, fields) });
      continue;
    }
    const before = readText(record.file);
    const data = (text: string): string => JSON.stringify(readFrontMatterBlock(text).frontMatter?.data ?? null);
    if (data(editRecordText(record.file, before, fields)) === data(before)) continue;
    changes.push({ file: record.file, before, after: editRecordText(record.file, before, fields, { date: today, summary: `Cập nhật từ danh mục ${source}` }) });
  }
  return changes;
}
