import type { DocumentTypeConfig } from '../config/types.js';
import type { ControlledDocument } from '../document/model.js';
import type { Repository } from './types.js';

/** Compares names and titles as people mean them: NFC, case-insensitive, spaces collapsed. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** The code of a document as used for look-ups (NFC, trimmed). */
export function codeKey(code: string): string {
  return code.normalize('NFC').trim();
}

/** The config of a document's type, when the type is known. */
export function typeOf(document: ControlledDocument, repository: Repository): DocumentTypeConfig | undefined {
  const type = document.type?.value;
  return type !== undefined && Object.hasOwn(repository.config.types, type) ? repository.config.types[type] : undefined;
}

/** Documents whose front matter could be read. */
export function readable(repository: Repository): ControlledDocument[] {
  return repository.documents.filter((d) => d.frontMatter !== null);
}

/** Statuses under which a document is in use and must be under full control. */
export function isReleased(document: ControlledDocument): boolean {
  return document.status?.value === 'approved' || document.status?.value === 'effective';
}
