/** The province report as Markdown (a table of agencies, then the affected and overdue documents of each), in Vietnamese or English. */
import { stripHostile } from '../util/terminal.js';
import { tr, type Language } from '../i18n/language.js';
import type { LabelId } from '../i18n/messages/labels.js';
import { t as msg } from '../i18n/messages/index.js';
import { inverseLabel, label, LEGAL_STATUSES, legalStatusLabel, type RelationField } from '../i18n/labels.js';
import type { LegalStatus } from '../model/register.js';
import type { AffectedDocument, AgencyReport, LegalDocumentRef, ProvinceReport } from './merge.js';

/** The relations of an impact output (`replaced` …) as the register's fields they come from. */
const RELATION_FIELDS: Record<string, RelationField> = { amended: 'amends', replaced: 'replaces', repealed: 'repeals' };

/** "bị thay thế bởi 118/2025/NĐ-CP" / "replaced by 118/2025/NĐ-CP". */
function change(document: AffectedDocument, language: Language): string {
  const field = RELATION_FIELDS[document.relation];
  const relation = field ? inverseLabel(language, field) : document.relation;
  return cell(`${relation} ${document.by ?? ''}`);
}

function legalLine(legal: LegalDocumentRef, language: Language): string {
  const status = legal.status && (LEGAL_STATUSES as readonly string[]).includes(legal.status) ? legalStatusLabel(language, legal.status as LegalStatus) : legal.status;
  return `**${cell(legal.id)}**${legal.title ? ` — ${cell(legal.title)}` : ''}${status ? `; ${cell(status)}` : ''}`;
}

/**
 * Text from an agency's repository made safe for a Markdown table and for a terminal: control
 * characters and bidirectional overrides removed, line breaks as spaces, `|`, `<` and `>` escaped.
 */
export function cell(text: string): string {
  // The same set of hostile characters the terminal writer escapes (controls, bidi marks and overrides, line separators).
  return stripHostile(text.replace(/[\r\n\t]+/g, ' '))
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
}

const count = (value: number | null): string => (value === null ? '—' : String(value));

/** The province report as Markdown. */
export function provinceMarkdown(report: ProvinceReport, language: Language): string {
  const t = (id: LabelId): string => tr(language, label(id));
  const lines: string[] = [`# ${t('label.province.province-report-of-the-quality-management-systems')}`, ''];
  if (report.legal.length > 0) {
    lines.push(`${t('label.province.legal-document')}: ${report.legal.map((legal) => legalLine(legal, language)).join('; ')}`, '');
  }
  const { totals } = report;
  lines.push(
    msg(language, 'province.totals', { ...totals }),
    '',
    `| ${t('label.province.agency')} | ${t('label.province.documents')} | ${t('label.province.errors')} | ${t('label.province.warnings')} | ${t('label.province.documents-with-errors')} | ${t('label.province.affected')} | ${t('label.province.overdue')} |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const agency of report.agencies) {
    lines.push(`| ${cell(agency.name)} | ${count(agency.documents)} | ${count(agency.errors)} | ${count(agency.warnings)} | ${count(agency.documentsWithErrors)} | ${count(agency.affected?.length ?? null)} | ${count(agency.overdue?.length ?? null)} |`);
  }
  for (const agency of report.agencies) lines.push(...agencySection(agency, language, t));
  return `${lines.join('\n')}\n`;
}

function agencySection(agency: AgencyReport, language: Language, t: (id: LabelId) => string): string[] {
  const lines = ['', `## ${cell(agency.name)}`, ''];
  if (agency.name !== agency.key) lines.push(`${t('label.province.repository')}: \`${cell(agency.key).replace(/`/g, '')}\``, '');
  if (agency.missing.length > 0) {
    lines.push(`${t('label.province.no-output-of')}: ${agency.missing.map((kind) => `qms ${kind}`).join(', ')}.`, '');
  }
  if (agency.affected === null) return lines;
  if (agency.affected.length === 0) {
    lines.push(msg(language, 'province.none-affected', { today: agency.today ?? '' }));
    return lines;
  }
  lines.push(
    `| ${t('label.province.code')} | ${t('label.province.title')} | ${t('label.province.change')} | ${t('label.province.due')} | ${t('label.province.state')} |`,
    '|---|---|---|---|---|',
  );
  for (const document of agency.affected) {
    const state = document.acknowledged ? t('label.province.followed') : document.overdue ? `**${t('label.province.overdue')}**` : t('label.province.pending');
    lines.push(`| ${cell(document.code)} | ${cell(document.title)} | ${change(document, language)} | ${cell(document.due ?? '')} | ${state} |`);
  }
  return lines;
}
