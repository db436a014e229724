/** The province report as Markdown (a table of agencies, then the affected and overdue documents of each), in Vietnamese or English. */
import { stripHostile } from '../util/terminal.js';
import { bi, tr, type Language } from '../i18n/language.js';
import { inverseLabel, LEGAL_STATUSES, legalStatusLabel, type RelationField } from '../i18n/labels.js';
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
  const t = (vi: string, en: string): string => tr(language, bi(vi, en));
  const lines: string[] = [`# ${t('Báo cáo hệ thống quản lý chất lượng của tỉnh', 'Province report of the quality management systems')}`, ''];
  if (report.legal.length > 0) {
    lines.push(`${t('Văn bản', 'Legal document')}: ${report.legal.map((legal) => legalLine(legal, language)).join('; ')}`, '');
  }
  const { totals } = report;
  lines.push(
    t(
      `${totals.agencies} cơ quan, ${totals.documents} tài liệu; ${totals.errors} lỗi ở ${totals.agenciesWithErrors} cơ quan; ${totals.affected} tài liệu chịu ảnh hưởng, ${totals.overdue} quá hạn cập nhật ở ${totals.agenciesOverdue} cơ quan.`,
      `${totals.agencies} agencies, ${totals.documents} documents; ${totals.errors} errors in ${totals.agenciesWithErrors} agencies; ${totals.affected} affected documents, ${totals.overdue} overdue in ${totals.agenciesOverdue} agencies.`,
    ),
    '',
    `| ${t('Cơ quan', 'Agency')} | ${t('Tài liệu', 'Documents')} | ${t('Lỗi', 'Errors')} | ${t('Cảnh báo', 'Warnings')} | ${t('Tài liệu có lỗi', 'Documents with errors')} | ${t('Chịu ảnh hưởng', 'Affected')} | ${t('Quá hạn', 'Overdue')} |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const agency of report.agencies) {
    lines.push(`| ${cell(agency.name)} | ${count(agency.documents)} | ${count(agency.errors)} | ${count(agency.warnings)} | ${count(agency.documentsWithErrors)} | ${count(agency.affected?.length ?? null)} | ${count(agency.overdue?.length ?? null)} |`);
  }
  for (const agency of report.agencies) lines.push(...agencySection(agency, language, t));
  return `${lines.join('\n')}\n`;
}

function agencySection(agency: AgencyReport, language: Language, t: (vi: string, en: string) => string): string[] {
  const lines = ['', `## ${cell(agency.name)}`, ''];
  if (agency.name !== agency.key) lines.push(`${t('Kho', 'Repository')}: \`${cell(agency.key).replace(/`/g, '')}\``, '');
  if (agency.missing.length > 0) {
    lines.push(`${t('Thiếu kết quả của', 'No output of')}: ${agency.missing.map((kind) => `qms ${kind}`).join(', ')}.`, '');
  }
  if (agency.affected === null) return lines;
  if (agency.affected.length === 0) {
    lines.push(t(`Không tài liệu nào chịu ảnh hưởng (tính đến ${agency.today}).`, `No document affected (as of ${agency.today}).`));
    return lines;
  }
  lines.push(
    `| ${t('Mã', 'Code')} | ${t('Tên', 'Title')} | ${t('Thay đổi', 'Change')} | ${t('Hạn cập nhật', 'Due')} | ${t('Tình trạng', 'State')} |`,
    '|---|---|---|---|---|',
  );
  for (const document of agency.affected) {
    const state = document.acknowledged ? t('đã cập nhật', 'followed') : document.overdue ? `**${t('quá hạn', 'overdue')}**` : t('chưa cập nhật', 'pending');
    lines.push(`| ${cell(document.code)} | ${cell(document.title)} | ${change(document, language)} | ${cell(document.due ?? '')} | ${state} |`);
  }
  return lines;
}
