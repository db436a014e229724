/** CitationRecognizer: the interface of a compiled recognizer that finds legal citations in a text. */
import type { Citation, FindOptions } from './citation-types.js';

/** A compiled recognizer: finds citations in a text. */
export interface CitationRecognizer {
  /**
   * Citations of legal documents in `text`; administrative papers too when `options.papers`. New
   * objects each call, the caller's own (the document reader moves them to its offsets in place).
   */
  find(text: string, options?: FindOptions): Citation[];
}
