/**
 * The words of the registry commands (legal, list, show, history, diff) in Vietnamese and English:
 * statuses, relations, column headings and messages. Dates are shown as dd/mm/yyyy in Vietnamese
 * text and as ISO dates everywhere else.
 */
import type { Bilingual, Language } from './language.js';
import { LABEL_MESSAGES, type LabelId } from './messages/labels.js';
import type { LegalStatus } from '../model/register.js';
import { formatVietnameseDate } from '../util/dates.js';

export type { Language } from './language.js';

/** A label of the catalogue (src/i18n/messages/labels.ts) in both languages, for the tables below. */
export function label(id: LabelId): Bilingual {
  const entry = LABEL_MESSAGES[id];
  return { vi: entry.vi({}), en: entry.en({}), id };
}

/** A date for people: 21/02/2022 in Vietnamese, 2022-02-21 in English; '' for none. */
export function showDate(language: Language, date: string | null | undefined): string {
  if (!date) return '';
  return language === 'vi' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatVietnameseDate(date) : date;
}

/** The statuses of a controlled document. */
export const DOCUMENT_STATUSES = ['draft', 'approved', 'scheduled', 'effective', 'obsolete'] as const;

const DOCUMENT_STATUS: Record<string, Bilingual> = {
  draft: label('label.document-status.draft'),
  approved: label('label.document-status.approved'),
  scheduled: label('label.document-status.scheduled'),
  effective: label('label.document-status.effective'),
  obsolete: label('label.document-status.obsolete'),
};

export function documentStatusLabel(language: Language, status: string | null | undefined): string {
  if (!status) return '';
  const label = DOCUMENT_STATUS[status];
  return label ? label[language] : status;
}

/** The derived statuses of a legal document (docs/file-formats.md). */
export const LEGAL_STATUSES: readonly LegalStatus[] = ['in-force', 'amended', 'replaced', 'repealed', 'expired', 'not-yet-in-force'];

const LEGAL_STATUS: Record<LegalStatus, Bilingual> = {
  'in-force': label('label.legal-status.in-force'),
  amended: label('label.legal-status.amended'),
  replaced: label('label.legal-status.replaced'),
  repealed: label('label.legal-status.repealed'),
  expired: label('label.legal-status.expired'),
  'not-yet-in-force': label('label.legal-status.not-yet-in-force'),
};

export function legalStatusLabel(language: Language, status: LegalStatus): string {
  return LEGAL_STATUS[status][language];
}

export type RelationField = 'amends' | 'replaces' | 'repeals' | 'guides';

const RELATION: Record<RelationField, Bilingual> = {
  amends: label('label.relation.amends'),
  replaces: label('label.relation.replaces'),
  repeals: label('label.relation.repeals'),
  guides: label('label.relation.guides'),
};

const INVERSE: Record<RelationField, Bilingual> = {
  amends: label('label.inverse.amends'),
  replaces: label('label.inverse.replaces'),
  repeals: label('label.inverse.repeals'),
  guides: label('label.inverse.guides'),
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
  no: label('label.internal-headings.no'),
  code: label('label.internal-headings.code'),
  title: label('label.internal-headings.title'),
  type: label('label.internal-headings.type'),
  revision: label('label.internal-headings.revision'),
  effective: label('label.internal-headings.effective'),
  status: label('label.internal-headings.status'),
  owner: label('label.internal-headings.owner'),
} as const;

/** Column headings of the external master list (Danh mục tài liệu bên ngoài). */
export const EXTERNAL_HEADINGS = {
  no: label('label.external-headings.no'),
  number: label('label.external-headings.number'),
  kind: label('label.external-headings.kind'),
  title: label('label.external-headings.title'),
  issuer: label('label.external-headings.issuer'),
  signed: label('label.external-headings.signed'),
  effective: label('label.external-headings.effective'),
  status: label('label.external-headings.status'),
  amendedBy: label('label.external-headings.amended-by'),
  replacedBy: label('label.external-headings.replaced-by'),
  repealedBy: label('label.external-headings.repealed-by'),
} as const;

export const LIST_TITLES = {
  internal: label('label.list-titles.internal'),
  external: label('label.list-titles.external'),
  asOf: label('label.list-titles.as-of'),
  total: label('label.list-titles.total'),
  none: label('label.list-titles.none'),
} as const;

/** Labels of the `show`, `legal show` and `history` outputs. */
export const LABELS = {
  code: label('label.labels.code'),
  title: label('label.labels.title'),
  type: label('label.labels.type'),
  revision: label('label.labels.revision'),
  status: label('label.labels.status'),
  effective: label('label.labels.effective'),
  owner: label('label.labels.owner'),
  file: label('label.labels.file'),
  lastReview: label('label.labels.last-review'),
  inForce: label('label.labels.in-force'),
  obsolete: label('label.labels.obsolete'),
  approval: label('label.labels.approval'),
  prepared: label('label.labels.prepared'),
  reviewed: label('label.labels.reviewed'),
  approved: label('label.labels.approved'),
  fingerprintOk: label('label.labels.fingerprint-ok'),
  fingerprintChanged: label('label.labels.fingerprint-changed'),
  legalBasis: label('label.labels.legal-basis'),
  bodyCitations: label('label.labels.body-citations'),
  notRegistered: label('label.labels.not-registered'),
  history: label('label.labels.history'),
  references: label('label.labels.references'),
  referencedBy: label('label.labels.referenced-by'),
  unknownCode: label('label.labels.unknown-code'),
  none: label('label.labels.none'),
  kind: label('label.labels.kind'),
  legalTitle: label('label.labels.legal-title'),
  issuer: label('label.labels.issuer'),
  signed: label('label.labels.signed'),
  expired: label('label.labels.expired'),
  aliases: label('label.labels.aliases'),
  relations: label('label.labels.relations'),
  inverse: label('label.labels.inverse'),
  citedBy: label('label.labels.cited-by'),
  notYet: label('label.labels.not-yet'),
  from: label('label.labels.from'),
  commit: label('label.labels.commit'),
  date: label('label.labels.date'),
  author: label('label.labels.author'),
  change: label('label.labels.change'),
  trigger: label('label.labels.trigger'),
  uncommitted: label('label.labels.uncommitted'),
  renamed: label('label.labels.renamed'),
  revisionWord: label('label.labels.revision-word'),
  since: label('label.labels.since'),
  sameCode: label('label.labels.same-code'),
  line: label('label.labels.line'),
  inBody: label('label.labels.in-body'),
} as const;
