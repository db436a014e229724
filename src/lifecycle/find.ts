/**
 * The document a lifecycle command works on: found by the one lookup (lookup/documents.ts) and
 * read afresh from the workspace, so the command edits what is on disk now.
 */
import { type Language } from '../i18n/language.js';
import { findOneDocument } from '../lookup/documents.js';
import type { ControlledDocument } from '../model/document.js';
import { codeKey } from '../model/documents.js';
import { readControlledDocument } from '../document/read-document.js';
import { documentReadContext } from '../model/reading.js';
import type { Workspace } from '../workspace/open.js';
import { refuse } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/** A document found by code, read afresh from its file. */
export interface FoundDocument {
  document: ControlledDocument;
  /** The file's text as read now: edits start from it, and the write refuses a file changed since. */
  text: string;
}

/** Finds a document by code (refusing an unknown or shared code) and reads its file again. */
export function findDocument(session: Workspace, code: string, language: Language): FoundDocument {
  const { repository } = session;
  const found = findOneDocument(repository, code, language);
  let text: string;
  try {
    text = session.readText(found.file);
  } catch (error) {
    return refuse(language, 'unreadable', both('usage.cannot-read', { file: found.file, reason: (error as Error).message }));
  }
  const document = readControlledDocument(found.file, text, documentReadContext(repository.config, repository.register));
  if (!document.frontMatter || !document.code || codeKey(document.code.value) !== codeKey(found.code!.value)) {
    refuse(language, 'changed-on-disk', both('find.changed-while-was-read', { file: found.file }));
  }
  return { document, text };
}
