/**
 * The one lookup of a controlled document named on the command line, used by every command
 * (show, history, diff, new, revise, approve, publish, obsolete …). The matching rule, in order:
 *   1. the code exactly, compared in NFC (a code stored or typed in NFD is found);
 *   2. the code loosely: upper case, without spaces, with `/`, `.` and `_` read as `-`
 *      (so `bm-01-qt-hctp-01`, as in file names, finds BM-01/QT-HCTP-01);
 *   3. the document's file path from the repository root (`procedures/QT-HCTP-01.md`).
 * Nothing found is refused (reason `unknown-code`) naming the three closest codes.
 */
import type { Language } from '../i18n/language.js';
import type { DocumentSummary } from '../model/document.js';
import { codeKey } from '../model/documents.js';
import type { RepositoryIndex } from '../model/repository.js';
import { refuse } from '../util/errors.js';
import { closestNames } from './closest.js';
import { both } from '../i18n/messages/index.js';

/** A code compared loosely: NFC, upper case, without spaces, with `/`, `.` and `_` as `-`. */
export function looseCode(code: string): string {
  return code.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, '').replace(/[/._]/g, '-');
}

/** The documents `spelling` names under the matching rule (first rule that matches); several when codes are duplicated. */
export function matchDocuments(repository: Pick<RepositoryIndex, 'byCode' | 'documents'>, spelling: string): DocumentSummary[] {
  const exact = repository.byCode.get(codeKey(spelling));
  if (exact && exact.length > 0) return [...exact];
  const wanted = looseCode(spelling);
  const loose = repository.documents.filter((d) => d.code && looseCode(d.code.value) === wanted);
  if (loose.length > 0) return loose;
  const path = spelling.replace(/\\/g, '/').replace(/^\.\//, '');
  return repository.documents.filter((d) => d.file === path && d.code);
}

/**
 * The documents `spelling` names: the first, and any others sharing its code (for the caller to
 * report). Refuses an unknown code naming the closest; `option` names the option it came from.
 */
export function findDocuments(repository: RepositoryIndex, spelling: string, language: Language, option?: string): { document: DocumentSummary; duplicates: DocumentSummary[] } {
  const found = matchDocuments(repository, spelling);
  if (found.length === 0) unknownCode(language, spelling, repository, option);
  return { document: found[0]!, duplicates: found.slice(1) };
}

/** The one document `spelling` names; refuses an unknown code and a code two files share (reason `duplicate-code`). */
export function findOneDocument(repository: RepositoryIndex, spelling: string, language: Language, option?: string): DocumentSummary {
  const { document, duplicates } = findDocuments(repository, spelling, language, option);
  if (duplicates.length > 0) {
    const files = [document, ...duplicates].map((d) => d.file);
    refuse(
      language,
      'duplicate-code',
      both('documents.code-used-fix-code', { files, spelling }),
      { code: spelling, files },
    );
  }
  return document;
}

/** Refuses an unknown code, naming the closest known ones. */
export function unknownCode(language: Language, code: string, repository: RepositoryIndex, option?: string): never {
  const codes = repository.documents.flatMap((d) => (d.code ? [d.code.value.normalize('NFC')] : []));
  const closest = closestNames(code, codes, looseCode);
  const what = option ? `${option} ` : '';
  return refuse(language, 'unknown-code', both('documents.no-document-has-code', { what, code, closest }), { code, closest });
}
