/** `qms impact`'s text output: the legal changes, a table of affected documents with their citations, possibly affected and dependents, in the run's language. */
import type { Language } from '../i18n/language.js';
import { dateIn } from '../i18n/catalogue.js';
import { t } from '../i18n/messages/index.js';
import { legalRefName } from './names.js';
import type { AffectedDocument, ImpactReport } from './types.js';

/** The readable impact report: changes, a table of affected documents with their citations, dependents. */
export function formatImpactText(report: ImpactReport, language: Language): string {
  const lines: string[] = [];
  const subject = report.legalDocument;
  const title = subject.title ? ` — ${subject.title}` : '';
  lines.push(t(language, 'impact.subject', { name: legalRefName(subject, language), title, status: subject.status, since: statusSince(report), today: report.today }), '');
  if (report.changes.length === 0) {
    lines.push(t(language, 'impact.no-change', {}));
    return `${lines.join('\n')}\n`;
  }
  lines.push(t(language, 'impact.changes', {}));
  for (const change of report.changes) {
    const when = change.by.effective ? { inForce: change.by.effective, ...(change.due ? { due: change.due } : {}) } : {};
    lines.push(`  ${t(language, 'impact.change', { old: legalRefName(change.old, language), relation: change.relation, by: legalRefName(change.by, language), articles: change.articles, ...when })}`);
  }
  lines.push('');
  const open = report.affected.filter((a) => !a.acknowledged);
  lines.push(t(language, 'impact.affected', { open: open.length, done: report.affected.length - open.length }));
  if (report.affected.length > 0) lines.push(...table(report.affected, language));
  if (report.tthc.length > 0) {
    lines.push('', t(language, 'impact.tthc.heading', {}));
    for (const record of report.tthc) {
      const cites = record.cites.map((c) => `${c.articles.length > 0 ? `${c.articles.join(', ')} ` : ''}${c.id}`).join('; ');
      lines.push(`  ${t(language, 'impact.tthc.record', { code: record.code, acknowledged: record.acknowledged, file: record.file, cites, procedures: record.procedures })}`);
    }
  }
  if (report.possiblyAffected.length > 0) {
    lines.push('', t(language, 'impact.possibly', {}));
    for (const item of report.possiblyAffected) {
      const citing = item.documents.map((d) => d.code ?? d.file);
      lines.push(`  ${t(language, 'impact.possibly-item', { name: legalRefName(item.legal, language), guides: item.guides, citing })}`);
    }
  }
  if (report.dependents.length > 0) {
    lines.push('', t(language, 'impact.dependents', {}));
    for (const dependent of report.dependents) lines.push(`  ${t(language, 'impact.via', { code: dependent.code, file: dependent.file, path: dependent.path })}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The day the subject's status began: the latest change to it that has taken effect ('' when none) —
 * never the day of the run, which readers took for the amendment's date.
 */
function statusSince(report: ImpactReport): string {
  const subject = report.legalDocument;
  const dates = report.changes
    .filter((change) => change.old.key === subject.key && change.by.effective !== null && change.by.effective <= report.today)
    .map((change) => change.by.effective!)
    .sort();
  return dates.at(-1) ?? '';
}

function table(affected: AffectedDocument[], language: Language): string[] {
  const header = t(language, 'impact.columns', {}).split('|');
  const precision = (value: 'direct' | 'review'): string => t(language, `impact.precision.${value}`, {});
  const relation = (value: string): string => t(language, 'impact.relation', { relation: value });
  // NFC so combining marks of NFD files do not count as columns.
  const rows = affected.map((a) =>
    [
      a.code ?? '?',
      String(a.revision ?? '?'),
      `${relation(a.relation)}${a.acknowledged ? ' ✓' : ''}`,
      a.through.length > 0 && a.citations.length === 0 ? t(language, 'impact.precision.through', { precision: precision(a.precision), tthc: a.through }) : precision(a.precision),
      a.due ? dateIn(language, a.due) : '-',
      a.owner ?? '-',
      a.file,
    ].map((cell) => cell.normalize('NFC')),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]): string => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`;
  const lines = [pad(header)];
  affected.forEach((document, index) => {
    lines.push(pad(rows[index]!));
    for (const change of document.changes.length > 1 ? document.changes : []) {
      lines.push(`      ${t(language, 'impact.also', { relation: change.relation, by: change.by, acknowledged: change.acknowledged, precision: precision(change.precision), due: change.due ?? '' })}`);
    }
    for (const citation of document.citations) {
      const articles = citation.articles.length > 0 ? `  [${citation.articles.join(', ')}]` : '';
      const source = t(language, `impact.source.${citation.source}`, {});
      lines.push(`      ${`${citation.line}:${citation.column}`.padEnd(7)} ${source.padEnd(11)} ${citation.text}${articles}`);
    }
  });
  return lines;
}
