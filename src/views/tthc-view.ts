/** What `qms tthc show` and `qms tthc list` print: a record with its legal basis' statuses and the procedures handling it, and the list of records. */
import { tr, type Language } from '../i18n/language.js';
import { label } from '../i18n/labels.js';
import type { LabelId } from '../i18n/messages/labels.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { TthcRecord } from '../model/tthc.js';
import { articleLabel } from '../impact/analyze.js';
import { t as msg } from '../i18n/messages/index.js';

/** A document that names the TTHC in `tthc`. */
export interface HandlingDocument {
  file: string;
  code: string | null;
  title: string | null;
  status: string | null;
}

/** One record as `qms tthc show --json` prints it. */
export interface TthcView {
  code: string;
  file: string;
  name: string | null;
  level: string | null;
  field: string | null;
  agency: string | null;
  timeLimit: { value: number; unit: string } | null;
  fees: Array<{ name: string; amount: string }>;
  dossier: Array<{ name: string; kind: string | null; count: number | null; form: string | null }>;
  conditions: string[];
  result: string | null;
  legalBasis: Array<{ id: string; name: string; articles: string[]; status: string | null }>;
  announcedBy: { id: string; date: string | null } | null;
  changes: Array<{ date: string | null; summary: string | null; trigger: string | null }>;
  procedures: HandlingDocument[];
}

/** The documents naming `code` in `tthc`, from the summaries (no document is read again). */
export function handlingDocuments(repository: RepositoryIndex, code: string): HandlingDocument[] {
  const wanted = code.normalize('NFC');
  return repository.documents
    .filter((d) => d.readable && (d.tthc ?? []).some((t) => t.value.normalize('NFC') === wanted))
    .map((d) => ({ file: d.file, code: d.code?.value ?? null, title: d.title ?? null, status: d.status?.value ?? null }));
}

/** The view of one record; `nameOf(key, fallback)` names a registered legal document. */
export function tthcView(repository: RepositoryIndex, record: TthcRecord, nameOf: (key: string, fallback: string) => string): TthcView {
  const code = record.code?.value ?? record.file;
  return {
    code,
    file: record.file,
    name: record.name ?? null,
    level: record.level ?? null,
    field: record.field ?? null,
    agency: record.agency ?? null,
    timeLimit: record.timeLimit ? { value: record.timeLimit.value, unit: record.timeLimit.unit } : null,
    fees: record.fees,
    dossier: record.dossier.map((d) => ({ name: d.name, kind: d.kind ?? null, count: d.count ?? null, form: d.form ?? null })),
    conditions: record.conditions,
    result: record.result ?? null,
    legalBasis: record.legalBasis.map((item) => ({
      id: item.id,
      name: item.key ? nameOf(item.key, item.id) : item.id,
      articles: item.articles.map(articleLabel),
      status: item.key && repository.register.get(item.key) ? repository.register.status(item.key, repository.today).status : null,
    })),
    announcedBy: record.announcedBy ? { id: record.announcedBy.id, date: record.announcedBy.date ?? null } : null,
    changes: record.changes.map((c) => ({ date: c.date ?? null, summary: c.summary ?? null, trigger: c.trigger ?? null })),
    procedures: handlingDocuments(repository, code),
  };
}

/** The record as text, Vietnamese or English labels. */
export function formatTthcView(view: TthcView, language: Language): string {
  const l = (id: LabelId): string => tr(language, label(id));
  const lines = [`${view.code}  ${view.name ?? ''}`.trimEnd(), `  ${l('label.tthc-view.file')}: ${view.file}`];
  const field = (id: LabelId, value: string | null): void => {
    if (value !== null) lines.push(`  ${l(id)}: ${value}`);
  };
  field('label.tthc-view.level', view.level);
  field('label.tthc-view.field', view.field);
  field('label.tthc-view.agency', view.agency);
  field('label.tthc-view.time-limit', view.timeLimit ? `${view.timeLimit.value} ${unitWords(view.timeLimit.unit, language)}` : null);
  field('label.tthc-view.fees', view.fees.length === 0 ? l('label.tthc-view.none') : view.fees.map((f) => `${f.name}: ${f.amount}`).join('; '));
  if (view.dossier.length > 0) {
    lines.push(`  ${l('label.tthc-view.dossier')}:`);
    view.dossier.forEach((d, i) => lines.push(`    ${i + 1}. ${d.name}${d.kind ? ` (${d.kind}${d.count !== null ? `, ${d.count}` : ''})` : ''}${d.form ? ` — ${d.form}` : ''}`));
  }
  if (view.conditions.length > 0) lines.push(`  ${l('label.tthc-view.conditions')}:`, ...view.conditions.map((c) => `    - ${c}`));
  field('label.tthc-view.result', view.result);
  if (view.legalBasis.length > 0) {
    lines.push(`  ${l('label.tthc-view.legal-basis')}:`);
    for (const item of view.legalBasis) lines.push(`    - ${item.articles.length > 0 ? `${item.articles.join(', ')} ` : ''}${item.name}${item.status ? ` [${item.status}]` : ` [${l('label.tthc-view.not-registered')}]`}`);
  }
  field('label.tthc-view.announced-by', view.announcedBy ? `${view.announcedBy.id}${view.announcedBy.date ? ` (${view.announcedBy.date})` : ''}` : null);
  if (view.changes.length > 0) {
    lines.push(`  ${l('label.tthc-view.changes')}:`);
    for (const c of view.changes) lines.push(`    ${c.date ?? '?'}  ${c.summary ?? ''}${c.trigger ? ` (${l('label.tthc-view.trigger')}: ${c.trigger})` : ''}`);
  }
  lines.push(`  ${l('label.tthc-view.procedures-handling-it')}: ${view.procedures.length === 0 ? l('label.tthc-view.none') : ''}`.trimEnd());
  for (const p of view.procedures) lines.push(`    ${p.code ?? p.file}  ${p.title ?? ''}  (${p.file})`.trimEnd());
  return `${lines.join('\n')}\n`;
}

/** One row of `qms tthc list`. */
export interface TthcRow {
  code: string;
  file: string;
  name: string | null;
  timeLimit: { value: number; unit: string } | null;
  procedures: string[];
}

/** Every record, by code. */
export function tthcRows(repository: RepositoryIndex): TthcRow[] {
  return [...repository.register.tthc.byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, record]) => ({
      code,
      file: record.file,
      name: record.name ?? null,
      timeLimit: record.timeLimit ? { value: record.timeLimit.value, unit: record.timeLimit.unit } : null,
      procedures: handlingDocuments(repository, code).map((d) => d.code ?? d.file),
    }));
}

export function formatTthcList(rows: readonly TthcRow[], language: Language): string {
  if (rows.length === 0) return msg(language, 'tthc-view.no-tthc-records-yet', {});
  const lines = rows.map((row) => {
    const limit = row.timeLimit ? `${row.timeLimit.value} ${unitWords(row.timeLimit.unit, language)}` : '—';
    const procedures = row.procedures.length === 0 ? msg(language, 'tthc-view.no-procedure', {}) : row.procedures.join(', ');
    return `${row.code}\t${limit}\t${row.name ?? ''}\t${procedures}`;
  });
  return `${lines.join('\n')}\n`;
}

function unitWords(unit: string, language: Language): string {
  const words: Record<string, LabelId> = { 'working-days': 'label.tthc-view.working-days', days: 'label.tthc-view.days', hours: 'label.tthc-view.working-hours' };
  const id = words[unit];
  return id ? tr(language, label(id)) : unit;
}
