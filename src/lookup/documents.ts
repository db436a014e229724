/**
 * Finding what a person named on the command line: a controlled document by its code, a legal
 * document by any citation form. Nothing found is a QmsError (exit 2) naming the closest.
 */
import type { ControlledDocument, DocumentSummary, LegalEntry } from '../model/document.js';
import { canonicalKey } from '../legal/key.js';
import type { Register } from '../model/register.js';
import { editDistance } from '../util/shape.js';
import type { RepositoryIndex } from '../model/repository.js';
import { codeKey } from '../model/documents.js';
import { QmsError } from '../util/errors.js';
import { bi, tr, type Language } from '../i18n/labels.js';

/** A code compared loosely: NFC, upper case, without spaces, with `/`, `.` and `_` as `-`. */
export function looseCode(code: string): string {
  return code.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, '').replace(/[/._]/g, '-');
}

/**
 * The document with `code`: exactly as written (NFC), else loosely (case, spaces, `/` written as `-`
 * as in file names), else by its file path. Several documents with one code are reported on stderr
 * by the caller through `duplicates`.
 */
export function findDocument(repository: RepositoryIndex, code: string, language: Language): { document: ControlledDocument; duplicates: ControlledDocument[] } {
  // Found among the summaries, read in full (the duplicates too: the caller reports them).
  const found = (first: DocumentSummary, others: readonly DocumentSummary[]) => ({
    document: repository.read(first.file)!,
    duplicates: repository.readMany(others.map((d) => d.file)),
  });
  const exact = repository.byCode.get(codeKey(code));
  if (exact && exact.length > 0) return found(exact[0]!, exact.slice(1));
  const wanted = looseCode(code);
  const loose = repository.documents.filter((d) => d.code && looseCode(d.code.value) === wanted);
  if (loose.length > 0) return found(loose[0]!, loose.slice(1));
  const path = code.replace(/\\/g, '/').replace(/^\.\//, '');
  const byFile = repository.documents.find((d) => d.file === path && d.code);
  if (byFile) return found(byFile, []);
  const codes = repository.documents.flatMap((d) => (d.code ? [d.code.value] : []));
  const closest = closestNames(code, codes, looseCode);
  const hint = closest.length > 0 ? tr(language, bi(`; gần nhất: ${closest.join(', ')}`, `; the closest are ${closest.join(', ')}`)) : '';
  throw new QmsError(tr(language, bi(`không có tài liệu nào mã hiệu "${code}"${hint}`, `no document has the code "${code}"${hint}`)));
}

/** The three names closest to `wanted` (edit distance after `normalize`), best first. */
export function closestNames(wanted: string, names: readonly string[], normalize: (name: string) => string, count = 3): string[] {
  const target = normalize(wanted);
  const scored = [...new Set(names)].map((name) => [editDistance(target, normalize(name)), name] as const);
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return scored.slice(0, count).map(([, name]) => name);
}

/** The register key of a legal document named in any citation form, or null when the register has none. */
export function findLegalKey(argument: string, register: Register, language: Language): string | null {
  const key = canonicalKey(argument);
  if (key && register.get(key)) return key;
  const found = register.recognizer.find(argument).filter((c) => c.key !== null || c.candidates.length > 0);
  const only = found.length === 1 ? found[0]! : undefined;
  // Only when the whole argument is the citation: "61/2018/NĐ-CP sửa đổi" names nothing.
  const whole = only !== undefined && argument.slice(0, only.start).trim() === '' && argument.slice(only.end).trim() === '';
  if (whole && only.key && register.get(only.key)) return only.key;
  if (whole && only.candidates.length > 1) {
    const names = only.candidates.map((k) => register.get(k)?.id?.value ?? k);
    throw new QmsError(tr(language, bi(`"${argument}" có thể là ${names.join(' hoặc ')}: ghi đầy đủ số hiệu`, `"${argument}" could mean ${names.join(' or ')}: give the full number`)));
  }
  return null;
}

/** The registered entry named by `argument`; a QmsError naming the three closest ids when there is none. */
export function requireLegalEntry(argument: string, register: Register, language: Language): LegalEntry {
  const key = findLegalKey(argument, register, language);
  const entry = key ? register.get(key) : undefined;
  if (entry) return entry;
  const closest = closestLegalIds(argument, register);
  const hint = closest.length > 0 ? tr(language, bi(`; gần nhất: ${closest.join(', ')}`, `; the closest are ${closest.join(', ')}`)) : '';
  throw new QmsError(
    tr(
      language,
      bi(`"${argument}" không có trong sổ đăng ký văn bản pháp luật${hint} (thêm bằng qms legal add)`, `"${argument}" is not in the legal register${hint} (add it with qms legal add)`),
    ),
  );
}

/** The ids of the three registered documents closest to `argument` (by key and aliases). */
export function closestLegalIds(argument: string, register: Register): string[] {
  const wanted = (canonicalKey(argument) ?? argument).toUpperCase();
  const scored: Array<[number, string]> = [];
  for (const [key, entry] of register.byKey) {
    const names = [key, ...entry.aliases.map((a) => canonicalKey(a) ?? a)];
    scored.push([Math.min(...names.map((name) => editDistance(wanted, name))), entry.id?.value ?? key]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return scored.slice(0, 3).map(([, id]) => id);
}
