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
  if (only?.key && id.slice(0, only.start).trim() === '' && id.slice(only.end).trim() === '') return only.key;
  return key;
}
