/** Small helpers over documents: name and code normalisation, a document's type config, readable and released documents. */
import type { DocumentTypeConfig, QmsConfig } from '../config/types.js';
import type { ControlledDocument, IssuedRevision } from './document.js';
import { memoByString } from '../util/strings.js';

/** Compares names and titles as people mean them: NFC, case-insensitive, spaces collapsed. */
export function normalizeName(text: string): string {
  return normalized(text);
}

// Titles and headings repeat across thousands of documents; people's names rarely do.
// Vietnamese has no locale-specific case mappings, so plain toLowerCase is exact (and fast).
const normalized = memoByString(10_000, (text) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** The code of a document as used for look-ups (NFC, trimmed). */
export function codeKey(code: string): string {
  return code.normalize('NFC').trim();
}

/** The config of a document's type, when the type is known. */
export function typeOf(document: Pick<ControlledDocument, 'type'>, repository: { config: QmsConfig }): DocumentTypeConfig | undefined {
  const type = document.type?.value;
  return type !== undefined && Object.hasOwn(repository.config.types, type) ? repository.config.types[type] : undefined;
}

/** Documents whose front matter could be read. */
export function readable<D extends { readable: boolean }>(repository: { documents: readonly D[] }): D[] {
  return repository.documents.filter((d) => d.readable);
}

/**
 * A document's status on a day: an effective document whose effective date is still to come is
 * `scheduled` (issued by a decision signed now, in force from that date), and effective from the
 * date on with no further command.
 */
export function statusOn(document: Pick<ControlledDocument, 'status' | 'effective'>, today: string): string | null {
  const status = document.status?.value ?? null;
  if (status === 'effective' && document.effective && document.effective.value > today) return 'scheduled';
  return status;
}

/**
 * The revision in force on a day: the latest issued revision that has taken effect, also while the
 * next one is drafted or approved; null for an obsolete document or one never in effect.
 */
export function revisionInForce(document: Pick<ControlledDocument, 'status' | 'issued'>, today: string): IssuedRevision | null {
  if (document.status?.value === 'obsolete') return null;
  let found: IssuedRevision | null = null;
  for (const issued of document.issued) if (issued.effective <= today && (found === null || issued.revision > found.revision)) found = issued;
  return found;
}

/**
 * The revision in force when it is an earlier one than the document's own: revision N while N+1 is
 * drafted or approved; null otherwise.
 */
export function earlierRevisionInForce(document: Pick<ControlledDocument, 'status' | 'issued' | 'revision'>, today: string): IssuedRevision | null {
  const inForce = revisionInForce(document, today);
  const revision = document.revision?.value;
  return inForce && revision !== undefined && inForce.revision < revision ? inForce : null;
}

/** The code a document is named after — QT-VP-01 for BM-01/QT-VP-01 — or undefined when its code names none. */
export function namedAfter(code: string): string | undefined {
  const slash = code.indexOf('/');
  return slash < 0 ? undefined : code.slice(slash + 1);
}

/**
 * The documents named after a code — its forms and annexes, BM-01/QT-VP-01 for QT-VP-01 — that are
 * not obsolete: part of it, withdrawn with it.
 */
export function membersOf<D extends Pick<ControlledDocument, 'code' | 'status' | 'readable'>>(documents: readonly D[], code: string): D[] {
  const key = codeKey(code);
  return documents.filter((d) => {
    const parent = d.readable && d.code !== undefined && d.status?.value !== 'obsolete' ? namedAfter(d.code.value) : undefined;
    return parent !== undefined && codeKey(parent) === key;
  });
}

/** Statuses under which a document is in use and must be under full control. */
export function isReleased(document: Pick<ControlledDocument, 'status'>): boolean {
  return document.status?.value === 'approved' || document.status?.value === 'effective';
}
