/**
 * The words of the registry commands (legal, list, show, history, diff) in Vietnamese and English:
 * statuses, relations, column headings and messages. Dates are shown as dd/mm/yyyy in Vietnamese
 * text and as ISO dates everywhere else.
 */
import { bi, type Bilingual, type Language } from './language.js';
import type { LegalStatus } from '../model/register.js';
import { formatVietnameseDate } from '../util/dates.js';

export type { Language } from './language.js';

/** A date for people: 21/02/2022 in Vietnamese, 2022-02-21 in English; '' for none. */
export function showDate(language: Language, date: string | null | undefined): string {
  if (!date) return '';
  return language === 'vi' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatVietnameseDate(date) : date;
}

/** The statuses of a controlled document. */
export const DOCUMENT_STATUSES = ['draft', 'approved', 'scheduled', 'effective', 'obsolete'] as const;

const DOCUMENT_STATUS: Record<string, Bilingual> = {
  draft: bi('Dự thảo', 'draft'),
  approved: bi('Đã phê duyệt', 'approved'),
  scheduled: bi('Đã ban hành, chưa đến ngày hiệu lực', 'issued, not yet in effect'),
  effective: bi('Đang hiệu lực', 'effective'),
  obsolete: bi('Hết hiệu lực', 'obsolete'),
};

export function documentStatusLabel(language: Language, status: string | null | undefined): string {
  if (!status) return '';
  const label = DOCUMENT_STATUS[status];
  return label ? label[language] : status;
}

/** The derived statuses of a legal document (docs/file-formats.md). */
export const LEGAL_STATUSES: readonly LegalStatus[] = ['in-force', 'amended', 'replaced', 'repealed', 'expired', 'not-yet-in-force'];

const LEGAL_STATUS: Record<LegalStatus, Bilingual> = {
  'in-force': bi('Còn hiệu lực', 'in force'),
  amended: bi('Còn hiệu lực, đã được sửa đổi, bổ sung', 'in force, amended'),
  replaced: bi('Hết hiệu lực (bị thay thế)', 'no longer in force (replaced)'),
  repealed: bi('Hết hiệu lực (bị bãi bỏ)', 'no longer in force (repealed)'),
  expired: bi('Hết hiệu lực (hết thời hạn)', 'no longer in force (expired)'),
  'not-yet-in-force': bi('Chưa có hiệu lực', 'not yet in force'),
};

export function legalStatusLabel(language: Language, status: LegalStatus): string {
  return LEGAL_STATUS[status][language];
}

export type RelationField = 'amends' | 'replaces' | 'repeals' | 'guides';

const RELATION: Record<RelationField, Bilingual> = {
  amends: bi('sửa đổi, bổ sung', 'amends'),
  replaces: bi('thay thế', 'replaces'),
  repeals: bi('bãi bỏ', 'repeals'),
  guides: bi('hướng dẫn', 'guides'),
};

const INVERSE: Record<RelationField, Bilingual> = {
  amends: bi('được sửa đổi, bổ sung bởi', 'amended by'),
  replaces: bi('bị thay thế bởi', 'replaced by'),
  repeals: bi('bị bãi bỏ bởi', 'repealed by'),
  guides: bi('được hướng dẫn bởi', 'guided by'),
};

export function relationLabel(language: Language, field: RelationField): string {
  return RELATION[field][language];
}

export function inverseLabel(language: Language, field: RelationField): string {
  return INVERSE[field][language];
}

/** "Điều 1, Điều 5" after a relation, or ''. */
export function articlesSuffix(articles: readonly string[]): string {
  return articles.length > 0 ? ` (${articles.join(', ')})` : '';
}

/** Column headings of the internal master list (Danh mục tài liệu nội bộ). */
export const INTERNAL_HEADINGS = {
  no: bi('STT', 'No.'),
  code: bi('Mã hiệu', 'Code'),
  title: bi('Tên tài liệu', 'Title'),
  type: bi('Loại tài liệu', 'Type'),
  revision: bi('Lần ban hành', 'Revision'),
  effective: bi('Ngày hiệu lực', 'Effective date'),
  status: bi('Tình trạng', 'Status'),
  owner: bi('Đơn vị chủ trì', 'Owner'),
} as const;

/** Column headings of the external master list (Danh mục tài liệu bên ngoài). */
export const EXTERNAL_HEADINGS = {
  no: bi('STT', 'No.'),
  number: bi('Số, ký hiệu', 'Number'),
  kind: bi('Loại văn bản', 'Kind'),
  title: bi('Trích yếu', 'Title'),
  issuer: bi('Cơ quan ban hành', 'Issuer'),
  signed: bi('Ngày ban hành', 'Signed'),
  effective: bi('Ngày hiệu lực', 'Effective'),
  status: bi('Tình trạng hiệu lực', 'Status'),
  amendedBy: bi('Được sửa đổi, bổ sung bởi', 'Amended by'),
  replacedBy: bi('Bị thay thế bởi', 'Replaced by'),
  repealedBy: bi('Bị bãi bỏ bởi', 'Repealed by'),
} as const;

export const LIST_TITLES = {
  internal: bi('DANH MỤC TÀI LIỆU NỘI BỘ', 'INTERNAL DOCUMENTS MASTER LIST'),
  external: bi('DANH MỤC TÀI LIỆU BÊN NGOÀI', 'EXTERNAL DOCUMENTS MASTER LIST'),
  asOf: bi('Tính đến ngày', 'As of'),
  total: bi('Tổng số', 'Total'),
  none: bi('(không có tài liệu nào)', '(no documents)'),
} as const;

/** Labels of the `show`, `legal show` and `history` outputs. */
export const LABELS = {
  code: bi('Mã hiệu', 'Code'),
  title: bi('Tên tài liệu', 'Title'),
  type: bi('Loại tài liệu', 'Type'),
  revision: bi('Lần ban hành', 'Revision'),
  status: bi('Tình trạng', 'Status'),
  effective: bi('Ngày hiệu lực', 'Effective'),
  owner: bi('Đơn vị chủ trì', 'Owner'),
  file: bi('Tệp', 'File'),
  lastReview: bi('Rà soát gần nhất', 'Last review'),
  inForce: bi('Lần đang hiệu lực', 'In force'),
  obsolete: bi('Hết hiệu lực', 'Obsolete'),
  approval: bi('Phê duyệt', 'Approval'),
  prepared: bi('Soạn thảo', 'Prepared'),
  reviewed: bi('Xem xét', 'Reviewed'),
  approved: bi('Phê duyệt', 'Approved'),
  fingerprintOk: bi('nội dung khớp dấu vân tay đã phê duyệt', 'content matches the approved fingerprint'),
  fingerprintChanged: bi('nội dung đã thay đổi sau khi phê duyệt', 'content changed after approval'),
  legalBasis: bi('Căn cứ pháp lý', 'Legal basis'),
  bodyCitations: bi('Văn bản khác được viện dẫn trong nội dung', 'Other legal documents cited in the body'),
  notRegistered: bi('không có trong sổ đăng ký văn bản', 'not in the legal register'),
  history: bi('Theo dõi sửa đổi', 'Change history'),
  references: bi('Tài liệu liên quan', 'References'),
  referencedBy: bi('Được viện dẫn bởi', 'Referenced by'),
  unknownCode: bi('không có tài liệu này', 'no such document'),
  none: bi('(không có)', '(none)'),
  kind: bi('Loại văn bản', 'Kind'),
  legalTitle: bi('Trích yếu', 'Title'),
  issuer: bi('Cơ quan ban hành', 'Issuer'),
  signed: bi('Ngày ban hành', 'Signed'),
  expired: bi('Ngày hết hiệu lực', 'Expires'),
  aliases: bi('Tên gọi khác', 'Aliases'),
  relations: bi('Quan hệ', 'Relations'),
  inverse: bi('Văn bản tác động', 'Acted on by'),
  citedBy: bi('Tài liệu viện dẫn', 'Cited by'),
  notYet: bi('chưa có hiệu lực', 'not yet in effect'),
  from: bi('từ', 'from'),
  commit: bi('Commit', 'Commit'),
  date: bi('Ngày', 'Date'),
  author: bi('Người thực hiện', 'Author'),
  change: bi('Nội dung sửa đổi', 'Change'),
  trigger: bi('theo', 'following'),
  uncommitted: bi('chưa commit', 'not committed'),
  renamed: bi('đổi tên từ', 'renamed from'),
} as const;
