/** `qms impact -f md`: the review report for the leadership (Báo cáo rà soát văn bản) as Markdown, in Vietnamese or English. */
import { legalRefName } from './names.js';
import { formatVietnameseDate } from '../util/dates.js';
import type { ImpactReport, LegalRef } from './types.js';

const LABELS = {
  vi: {
    title: 'BÁO CÁO RÀ SOÁT VĂN BẢN',
    subtitle: 'Rà soát hệ thống quản lý chất lượng theo thay đổi của văn bản quy phạm pháp luật',
    date: 'Ngày lập',
    subject: 'Văn bản được rà soát',
    changes: '1. Thay đổi của văn bản pháp luật',
    affected: '2. Tài liệu nội bộ chịu ảnh hưởng',
    possibly: '3. Văn bản hướng dẫn có thể bị ảnh hưởng',
    dependents: '4. Tài liệu liên quan (biểu mẫu, tài liệu viện dẫn)',
    none: 'Không có.',
    columns: ['STT', 'Mã hiệu', 'Tên tài liệu', 'Lần ban hành', 'Đơn vị chủ trì', 'Quan hệ', 'Mức độ', 'Hạn cập nhật', 'Trạng thái'],
    relation: { amended: 'được sửa đổi, bổ sung bởi', replaced: 'được thay thế bởi', repealed: 'bị bãi bỏ bởi' },
    precision: { direct: 'Ảnh hưởng trực tiếp', review: 'Cần xem xét' },
    through: 'qua TTHC',
    state: { open: 'Cần sửa đổi', done: 'Đã cập nhật' },
    due: 'hạn cập nhật hệ thống quản lý chất lượng',
    law: 'theo Điều 4 Quyết định số 19/2014/QĐ-TTg',
    citations: 'Trích dẫn',
    line: 'dòng',
    guides: 'hướng dẫn',
    citedBy: 'được trích dẫn bởi',
    via: 'qua',
    sign: ['NGƯỜI LẬP', 'LÃNH ĐẠO PHÊ DUYỆT'],
  },
  en: {
    title: 'LEGAL CHANGE REVIEW REPORT',
    subtitle: 'Review of the quality management system after a change in legal documents',
    date: 'Date',
    subject: 'Legal document reviewed',
    changes: '1. Changes in the law',
    affected: '2. Affected internal documents',
    possibly: '3. Guiding documents possibly affected',
    dependents: '4. Related documents (forms, referencing documents)',
    none: 'None.',
    columns: ['No.', 'Code', 'Title', 'Revision', 'Owner', 'Relation', 'Precision', 'Update due', 'State'],
    relation: { amended: 'amended by', replaced: 'replaced by', repealed: 'repealed by' },
    precision: { direct: 'Directly affected', review: 'Needs review' },
    through: 'through TTHC',
    state: { open: 'To revise', done: 'Updated' },
    due: 'QMS update due',
    law: 'under Article 4 of Decision 19/2014/QĐ-TTg',
    citations: 'Citations',
    line: 'line',
    guides: 'guides',
    citedBy: 'cited by',
    via: 'via',
    sign: ['PREPARED BY', 'APPROVED BY'],
  },
} as const;

/** The review report an ISO officer hands to the leadership (Báo cáo rà soát văn bản), as Markdown. */
export function formatImpactMarkdown(report: ImpactReport, language: 'vi' | 'en', organization: string): string {
  const t = LABELS[language];
  const date = (iso: string | null): string => (iso === null ? '-' : language === 'vi' ? formatVietnameseDate(iso) : iso);
  const name = (ref: LegalRef): string => legalRefName(ref, language);
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const lines: string[] = [];
  if (organization) lines.push(`**${organization.toUpperCase()}**`, '');
  lines.push(`# ${t.title}`, '', `*${t.subtitle}*`, '', `- ${t.date}: ${date(report.today)}`, `- ${t.subject}: ${name(report.legalDocument)}${report.legalDocument.title ? ` — ${report.legalDocument.title}` : ''}`, '');
  lines.push(`## ${t.changes}`, '');
  if (report.changes.length === 0) lines.push(t.none);
  for (const change of report.changes) {
    const articles = change.articles.length > 0 ? ` (${change.articles.join(', ')})` : '';
    const due = change.due ? `; ${t.due}: ${date(change.due)} (${t.law})` : '';
    lines.push(`- ${name(change.old)}${articles} ${t.relation[change.relation]} ${name(change.by)}${change.by.effective ? ` (${date(change.by.effective)})` : ''}${due}`);
  }
  lines.push('', `## ${t.affected}`, '');
  if (report.affected.length === 0) lines.push(t.none);
  else {
    lines.push(`| ${t.columns.join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`);
    report.affected.forEach((a, index) => {
      lines.push(
        `| ${[String(index + 1), a.code ?? '', a.title ?? '', String(a.revision ?? ''), a.owner ?? '', `${t.relation[a.relation]} ${a.by}`, `${t.precision[a.precision]}${a.through.length > 0 && a.citations.length === 0 ? ` (${t.through} ${a.through.join(', ')})` : ''}`, date(a.due), a.acknowledged ? t.state.done : t.state.open].map(cell).join(' | ')} |`,
      );
    });
    lines.push('');
    for (const a of report.affected) {
      const places = a.citations.map((c) => `${t.line} ${c.line}: ${c.text}${c.articles.length > 0 ? ` (${c.articles.join(', ')})` : ''}`);
      lines.push(`- **${a.code ?? a.file}** (\`${a.file}\`) — ${t.citations}: ${places.join('; ')}`);
    }
  }
  lines.push('', `## ${t.possibly}`, '');
  if (report.possiblyAffected.length === 0) lines.push(t.none);
  for (const item of report.possiblyAffected) {
    const citing = item.documents.map((d) => d.code ?? d.file).join(', ');
    lines.push(`- ${name(item.legal)} ${t.guides} ${item.guides}${citing ? `; ${t.citedBy} ${citing}` : ''}`);
  }
  lines.push('', `## ${t.dependents}`, '');
  if (report.dependents.length === 0) lines.push(t.none);
  for (const dependent of report.dependents) lines.push(`- ${dependent.code} — ${dependent.title ?? ''} (${t.via} ${dependent.path.join(' → ')})`);
  lines.push('', `| ${t.sign[0]} | ${t.sign[1]} |`, '|:---:|:---:|', '| | |', '');
  return lines.join('\n');
}

