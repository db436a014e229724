/** Whether a document's substance changed between base and head, and the changed documents readable on both sides. */
import type { ControlledDocument } from '../model/document.js';
import { asWritten, canonicalJson, substantiveFields } from '../document/fingerprint.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { ChangedFile } from '../model/change-set.js';

/**
 * Whether a document's substance changed between base and head: its body, or a front matter field
 * other than the editorial ones (approval, status, effective, history, last_review, obsolete) and
 * the revision itself. Line endings, Unicode normalisation and generated regions are not substance.
 */
export function substanceChanged(base: ControlledDocument, head: ControlledDocument): boolean {
  if (base.bodyHash !== head.bodyHash) return true;
  const fields = (document: ControlledDocument): string => canonicalJson(substantiveFields(asWritten(document.frontMatter), ['revision']));
  return fields(base) !== fields(head);
}

/** A changed document at head with its base version, both with readable front matter. */
export interface ComparedDocument {
  change: ChangedFile;
  base: ControlledDocument;
  head: ControlledDocument;
}

/** Modified and renamed documents readable on both sides. */
export function comparedDocuments(repository: RepositoryIndex): ComparedDocument[] {
  const result: ComparedDocument[] = [];
  for (const change of repository.change?.documents ?? []) {
    if (change.status === 'deleted' || change.status === 'added' || !change.baseDocument?.frontMatter) continue;
    // The change rules compare front matter and content, never citations.
    const head = repository.read(change.file, { citations: false });
    if (head?.frontMatter) result.push({ change, base: change.baseDocument, head });
  }
  return result;
}
