/**
 * The two master lists an auditor asks for (ISO 9001 clause 7.5.3): Danh mục tài liệu nội bộ (the
 * controlled documents) and Danh mục tài liệu bên ngoài (the legal register with derived statuses).
 * Rows are plain data; table.ts writes them as text, Markdown, CSV or JSON.
 */
import { earlierRevisionInForce, statusOn } from '../model/documents.js';
import type { ControlledDocument } from '../model/document.js';
import type { LegalEntry } from '../model/document.js';
import { foldPlain } from '../legal/fold.js';
import { hasTakenEffect, type LegalStatus } from '../model/register.js';
import type { RepositoryIndex } from '../model/repository.js';
import { QmsError } from '../util/errors.js';
import { articleText } from '../register/articles.js';
import { DOCUMENT_STATUSES, LEGAL_STATUSES, type Language } from '../i18n/labels.js';

import { closestNames } from '../lookup/closest.js';
import { t } from '../i18n/messages/index.js';

/** One controlled document in the internal list. */
export interface InternalRow {
  code: string;
  title: string;
  /** The type key of the config (procedure, form …). */
  type: string;
  /** The type's label in the config (Quy trình, Biểu mẫu …). */
  typeLabel: string;
  revision: number | null;
  effective: string | null;
  status: string | null;
  owner: string | null;
  file: string;
  /** The next revision being drafted or approved while `revision` stays in force; null when none. */
  draft: { revision: number; status: string | null } | null;
}

/** A document acting on a legal document: amends, replaces or repeals it. */
export interface ActingDocument {
  id: string;
  articles: string[];
  effective: string | null;
  /** Whether it has taken effect on the day of the list. */
  inEffect: boolean;
}

/** Who a register entry is: its id and key and the fields that identify it (the list and `qms legal show`). */
export interface LegalIdentity {
  id: string;
  key: string;
  kind: string | null;
  title: string | null;
  issuer: string | null;
  signed: string | null;
  effective: string | null;
  expired: string | null;
}

/** One legal document in the external list. */
export interface ExternalRow extends LegalIdentity {
  status: LegalStatus;
  amendedBy: ActingDocument[];
  replacedBy: ActingDocument[];
  repealedBy: ActingDocument[];
  file: string;
}

export interface ListFilter {
  statuses: string[];
  types: string[];
}

/** The internal list: every controlled document with a code, by type (config order) then code. */
export function internalRows(repository: RepositoryIndex, filter: ListFilter, language: Language): InternalRow[] {
  const typeKeys = Object.keys(repository.config.types);
  const statuses = checkValues(filter.statuses, DOCUMENT_STATUSES, '--status', language);
  const types = filter.types.map((wanted) => {
    const found = typeKeys.find((key) => foldPlain(key) === foldPlain(wanted) || foldPlain(repository.config.types[key]!.label) === foldPlain(wanted));
    if (found) return found;
    throw unknownValue('--type', wanted, [...typeKeys, ...typeKeys.map((k) => repository.config.types[k]!.label)], language);
  });
  const rows: InternalRow[] = [];
  for (const document of repository.documents) {
    if (!document.readable || !document.code) continue;
    const type = document.type?.value ?? '';
    const row: InternalRow = {
      code: document.code.value.normalize('NFC'),
      title: (document.title ?? '').normalize('NFC'),
      type,
      typeLabel: Object.hasOwn(repository.config.types, type) ? repository.config.types[type]!.label : type,
      revision: document.revision?.value ?? null,
      effective: document.effective?.value ?? null,
      // On the list's day: an issue that takes effect later reads as scheduled.
      status: statusOn(document, repository.today),
      owner: document.owner?.normalize('NFC') ?? null,
      file: document.file,
      draft: null,
    };
    withRevisionInForce(row, document, repository.today);
    if (statuses.length > 0 && !statuses.includes(row.status ?? '') && !statuses.includes(row.draft?.status ?? '')) continue;
    if (types.length > 0 && !types.includes(row.type)) continue;
    rows.push(row);
  }
  const rank = (type: string): number => (typeKeys.includes(type) ? typeKeys.indexOf(type) : typeKeys.length);
  return rows.sort((a, b) => rank(a.type) - rank(b.type) || compareCodes(a.code, b.code));
}

/** Codes in natural order: QT-KHCN-2 before QT-KHCN-10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'vi', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The order of kinds in the list: the hierarchy of legal documents, then the rest, standards last. */
const KIND_ORDER = ['hien phap', 'bo luat', 'luat', 'phap lenh', 'nghi quyet', 'nghi dinh', 'quyet dinh', 'chi thi', 'thong tu lien tich', 'thong tu'];

function kindRank(kind: string | null): number {
  const folded = foldPlain(kind ?? '');
  const index = KIND_ORDER.indexOf(folded);
  if (index >= 0) return index;
  return /^(tieu chuan|tcvn|iso|standard)/.test(folded) ? KIND_ORDER.length + 1 : KIND_ORDER.length;
}

/**
 * While revision N+1 is drafted or approved, the list names revision N — the one in use at the
 * points of use — with its effective date, and the revision in progress beside it.
 */
function withRevisionInForce(row: InternalRow, document: Pick<ControlledDocument, 'status' | 'effective' | 'issued' | 'revision'>, today: string): void {
  const inForce = earlierRevisionInForce(document, today);
  if (!inForce) return;
  row.draft = { revision: document.revision!.value, status: row.status };
  row.revision = inForce.revision;
  row.effective = inForce.effective;
  row.status = 'effective';
}

/** The external list: every registered legal document with its status on `repository.today`. */
export function externalRows(repository: RepositoryIndex, filter: ListFilter, language: Language): ExternalRow[] {
  const statuses = checkValues(filter.statuses, LEGAL_STATUSES, '--status', language);
  const known = [...new Set([...repository.register.byKey.values()].flatMap((e) => (e.docKind ? [e.docKind.normalize('NFC')] : [])))];
  for (const wanted of filter.types) {
    if (!known.some((kind) => foldPlain(kind) === foldPlain(wanted))) throw unknownValue('--type', wanted, known, language);
  }
  const kinds = filter.types.map(foldPlain);
  const rows: ExternalRow[] = [];
  for (const entry of repository.register.byKey.values()) {
    const row = externalRow(repository, entry);
    if (statuses.length > 0 && !statuses.includes(row.status)) continue;
    if (kinds.length > 0 && !kinds.includes(foldPlain(row.kind ?? ''))) continue;
    rows.push(row);
  }
  return rows.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.signed ?? '').localeCompare(b.signed ?? '') || compareCodes(a.id, b.id));
}

export function externalRow(repository: RepositoryIndex, entry: LegalEntry): ExternalRow {
  const { register, today } = repository;
  const acting = (relation: 'amends' | 'replaces' | 'repeals'): ActingDocument[] =>
    register
      .incoming(entry.key!)
      .filter((incoming) => incoming.relation === relation)
      .map((incoming) => ({
        id: (incoming.by.id?.value ?? incoming.by.key ?? '').normalize('NFC'),
        articles: incoming.source.articles.map(articleText),
        effective: incoming.by.effective?.value ?? null,
        inEffect: hasTakenEffect(incoming.by, today),
      }));
  return {
    id: (entry.id?.value ?? entry.key!).normalize('NFC'),
    key: entry.key!,
    kind: entry.docKind?.normalize('NFC') ?? null,
    title: entry.title?.normalize('NFC') ?? null,
    issuer: entry.issuer?.normalize('NFC') ?? null,
    signed: entry.signed?.value ?? null,
    effective: entry.effective?.value ?? null,
    expired: entry.expired?.value ?? null,
    status: register.status(entry.key!, today).status,
    amendedBy: acting('amends'),
    replacedBy: acting('replaces'),
    repealedBy: acting('repeals'),
    file: entry.file,
  };
}

/** Option values (comma-separated or repeated), each checked against the known ones. */
function checkValues(values: readonly string[], known: readonly string[], option: string, language: Language): string[] {
  return values.map((value) => {
    if (known.includes(value)) return value;
    throw unknownValue(option, value, known, language);
  });
}

function unknownValue(option: string, value: string, known: readonly string[], language: Language): QmsError {
  const closest = closestNames(value, known, (name) => foldPlain(name), 1)[0];
  const hint = closest ? t(language, 'master-list.closest', { closest }) : '';
  return new QmsError(t(language, 'master-list.does-take-use', { option, value, hint, known: [...known] }));
}
