/** CitationRecognizer: the interface of a compiled recognizer that finds legal citations in a text. */
import type { Citation } from './citation-types.js';

/** A compiled recognizer: finds citations in a text. */
export interface CitationRecognizer {
  find(text: string): Citation[];
}
