/** `qms impact`'s text output: the legal changes, a table of affected documents with their citations, possibly affected and dependents. */
import { legalRefName } from './names.js';
import type { AffectedDocument, ImpactReport } from './types.js';

/** The readable impact report: changes, a table of affected documents with their citations, dependents. */
export function formatImpactText(report: ImpactReport): string {
  const lines: string[] = [];
  const subject = report.legalDocument;
  lines.push(`${legalRefName(subject, 'en')}${subject.title ? ` — ${subject.title}` : ''} (${statusSince(report)}, as of ${report.today})`, '');
  if (report.changes.length === 0) {
    lines.push('No amendment, replacement or repeal of or by this document is in the register: no document is affected.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('Changes');
  for (const change of report.changes) {
    const when = change.by.effective ? ` (in force ${change.by.effective}; QMS update due ${change.due})` : '';
    const articles = change.articles.length > 0 ? ` — ${change.articles.join(', ')}` : '';
    lines.push(`  ${legalRefName(change.old, 'en')} ${change.relation} by ${legalRefName(change.by, 'en')}${when}${articles}`);
  }
  lines.push('');
  const open = report.affected.filter((a) => !a.acknowledged);
  const done = report.affected.length - open.length;
  lines.push(`Affected documents: ${open.length} to revise${done > 0 ? `, ${done} already revised (acknowledged)` : ''}`);
  if (report.affected.length > 0) lines.push(...table(report.affected));
  if (report.tthc.length > 0) {
    lines.push('', 'TTHC records resting on it (update them: qms tthc set <code> --trigger …; then qms render)');
    for (const record of report.tthc) {
      const cites = record.cites.map((c) => `${c.articles.length > 0 ? `${c.articles.join(', ')} ` : ''}${c.id}`).join('; ');
      lines.push(`  ${record.code}${record.acknowledged ? ' ✓' : ''}  ${record.file}  cites ${cites}; handled by ${record.procedures.join(', ') || 'no document'}`);
    }
  }
  if (report.possiblyAffected.length > 0) {
    lines.push('', 'Possibly affected legal documents');
    for (const item of report.possiblyAffected) {
      const citing = item.documents.map((d) => d.code ?? d.file).join(', ') || 'no document';
      lines.push(`  ${legalRefName(item.legal, 'en')} guides ${item.guides}, which ended: review it (cited by ${citing})`);
    }
  }
  if (report.dependents.length > 0) {
    lines.push('', 'Dependent documents (forms and documents referencing the affected ones)');
    for (const dependent of report.dependents) lines.push(`  ${dependent.code}  ${dependent.file}  via ${dependent.path.join(' → ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * "amended since 2022-02-21": the subject's status on the day, dated by the latest change to it that
 * has taken effect — never the day of the run, which readers took for the amendment's date.
 */
function statusSince(report: ImpactReport): string {
  const subject = report.legalDocument;
  const dates = report.changes
    .filter((change) => change.old.key === subject.key && change.by.effective !== null && change.by.effective <= report.today)
    .map((change) => change.by.effective!)
    .sort();
  const since = dates.at(-1);
  return since === undefined ? subject.status : `${subject.status} since ${since}`;
}

function table(affected: AffectedDocument[]): string[] {
  const header = ['CODE', 'REV', 'RELATION', 'PRECISION', 'DUE', 'OWNER', 'FILE'];
  // NFC so combining marks of NFD files do not count as columns.
  const rows = affected.map((a) => [
    a.code ?? '?',
    String(a.revision ?? '?'),
    `${a.relation}${a.acknowledged ? ' ✓' : ''}`,
    a.through.length > 0 && a.citations.length === 0 ? `${a.precision} through TTHC ${a.through.join(', ')}` : a.precision,
    a.due ?? '-',
    a.owner ?? '-',
    a.file,
  ].map((cell) => cell.normalize('NFC')));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]): string => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`;
  const lines = [pad(header)];
  affected.forEach((document, index) => {
    lines.push(pad(rows[index]!));
    for (const change of document.changes.length > 1 ? document.changes : []) {
      lines.push(`      ${change.relation} by ${change.by}${change.acknowledged ? ' ✓ acknowledged' : ''} (${change.precision}, due ${change.due ?? '-'})`);
    }
    for (const citation of document.citations) {
      const articles = citation.articles.length > 0 ? `  [${citation.articles.join(', ')}]` : '';
      lines.push(`      ${`${citation.line}:${citation.column}`.padEnd(7)} ${citation.source.padEnd(11)} ${citation.text}${articles}`);
    }
  });
  return lines;
}

