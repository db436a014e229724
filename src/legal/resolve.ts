/** Resolving a legal document named in front matter (id, alias, short form) to its register key, and whether a citation is the whole text. */
import { foldPlain } from './fold.js';
import { canonicalKey } from './key.js';
import type { CitationRecognizer } from './recognizer-types.js';

/**
 * The canonical key of a legal document named in front matter (legal_basis, trigger, relations):
 * its own canonical key when the register has it, else whatever single citation the text is
 * (an alias such as "Luật Đất đai 2013", a short form "Nghị định 61/2018"), else its canonical key.
 */
export function resolveLegalId(id: string, recognizer: CitationRecognizer, knownKeys: ReadonlySet<string>): string | null {
  const key = canonicalKey(id);
  if (key === null || knownKeys.has(key)) return key;
  const found = recognizer.find(id);
  const only = found.length === 1 ? found[0] : undefined;
  if (only?.key && isWholeCitation(id, only.start, only.end)) return only.key;
  return key;
}

/** Kind words (and a law's name) may stand before the number: "Nghị định số 61/2018/NĐ-CP", "Luật Đất đai số 45/2013/QH13". */
const LEADING = /^(?:(?:bo luat|luat|nghi dinh|nd|thong tu lien tich|thong tu|ttlt|tt|quyet dinh|qd|nghi quyet|nq|chi thi|phap lenh)(?: [a-z0-9 ]*?)?)?(?: ?so)?$/;

/**
 * Whether a citation found in `text` is all of it — the name of one document, not a sentence that
 * mentions one (which may mean another document): only kind words may stand before it.
 */
export function isWholeCitation(text: string, start: number, end: number): boolean {
  return LEADING.test(foldPlain(text.slice(0, start))) && text.slice(end).trim() === '';
}
