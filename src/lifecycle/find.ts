/**
 * Finding a controlled document by its code, as the officer types it: compared in NFC, so a code
 * typed or stored in NFD is found; an unknown code is refused naming the closest ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentReadContext } from '../workspace/read-full.js';
import type { ControlledDocument, DocumentSummary } from '../model/document.js';
import { readControlledDocument } from '../document/read-document.js';
import { editDistance } from '../util/shape.js';
import type { RepositoryIndex } from '../model/repository.js';
import { codeKey } from '../model/documents.js';
import { bi, list, refuse, type Language } from './messages.js';

/** A document found by code, read afresh from its file. */
export interface FoundDocument {
  document: ControlledDocument;
  /** The file's text as read now: edits start from it, and the write refuses a file changed since. */
  text: string;
}

/** Up to `count` known codes closest to `code` (edit distance, ignoring case), nearest first. */
export function closestCodes(code: string, codes: Iterable<string>, count = 3): string[] {
  const wanted = codeKey(code).toUpperCase();
  const scored: Array<[number, string]> = [];
  for (const known of codes) scored.push([editDistance(wanted, known.toUpperCase()), known]);
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return scored.slice(0, count).map(([, known]) => known);
}

/** Refuses an unknown code, naming the closest known ones. */
export function unknownCode(language: Language, code: string, repository: RepositoryIndex, option?: string): never {
  const closest = closestCodes(code, repository.byCode.keys());
  const what = option ? `${option} ` : '';
  const hint = closest.length > 0 ? bi(`; gần nhất: ${list('vi', closest)}`, `; the closest are ${list('en', closest)}`) : bi('', '');
  return refuse(
    language,
    'unknown-code',
    bi(`${what}không có tài liệu nào mã "${code}"${hint.vi}`, `${what}no document has the code "${code}"${hint.en}`),
    { code, closest },
  );
}

/** The one document with `code`; refuses an unknown code and a code two files share. */
export function findByCode(repository: RepositoryIndex, code: string, language: Language, option?: string): DocumentSummary {
  const documents = repository.byCode.get(codeKey(code)) ?? [];
  if (documents.length === 0) unknownCode(language, code, repository, option);
  if (documents.length > 1) {
    const files = documents.map((d) => d.file);
    refuse(
      language,
      'duplicate-code',
      bi(`mã "${code}" được dùng ở ${list('vi', files)}: sửa lỗi code/duplicate trước`, `the code "${code}" is used by ${list('en', files)}: fix code/duplicate first`),
      { code, files },
    );
  }
  return documents[0]!;
}

/** Finds a document by code and reads its file again, so the command works on what is on disk now. */
export function findDocument(repository: RepositoryIndex, code: string, language: Language): FoundDocument {
  const found = findByCode(repository, code, language);
  let text: string;
  try {
    text = readFileSync(join(repository.root, found.file), 'utf8');
  } catch (error) {
    return refuse(language, 'unreadable', bi(`không đọc được ${found.file}: ${(error as Error).message}`, `cannot read ${found.file}: ${(error as Error).message}`));
  }
  const document = readControlledDocument(found.file, text, documentReadContext(repository.config, repository.register));
  if (!document.frontMatter || !document.code || codeKey(document.code.value) !== codeKey(code)) {
    refuse(language, 'changed-on-disk', bi(`${found.file} vừa thay đổi trong khi đọc: hãy chạy lại lệnh`, `${found.file} changed while it was read: run the command again`));
  }
  return { document, text };
}
