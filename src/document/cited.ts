/** Every legal citation of a document, from its legal_basis and its body, as one list (memoised per document). */
import type { ArticleRef } from '../legal/citation-types.js';
import type { ControlledDocument } from '../model/document.js';
import type { Position } from '../util/lines.js';

/** A legal document cited by a controlled document, from its legal_basis or its body. */
export interface CitedLegalDocument {
  key: string | null;
  text: string;
  articles: ArticleRef[];
  position: Position;
  source: 'legal_basis' | 'body';
  /** For an unresolved short citation: the entries it could mean. */
  candidates: string[];
}

/**
 * Every legal citation of a document. History rows and triggers are records of past changes, not
 * citations, so they are not here.
 */
export function citationsOf(document: ControlledDocument): CitedLegalDocument[] {
  const memo = document as { [CITED]?: CitedLegalDocument[] };
  let cited = memo[CITED];
  if (!cited) Object.defineProperty(document, CITED, { value: (cited = collect(document)), enumerable: false });
  return cited;
}

/**
 * Several rules ask for the same document's citations: kept on the document (not enumerable, so
 * not copied or posted), not in a WeakMap, whose values a young collection keeps alive with their
 * documents' texts (see util/when-read.ts).
 */
const CITED = Symbol('citations');

function collect(document: ControlledDocument): CitedLegalDocument[] {
  const fromBasis = document.legalBasis.map((item) => ({
    key: item.key,
    text: item.id,
    articles: item.articles,
    position: item.position,
    source: 'legal_basis' as const,
    candidates: [],
  }));
  const fromBody = document.citations.map((citation) => ({
    key: citation.key,
    text: citation.text.replace(/\s+/g, ' '),
    articles: citation.articles,
    position: citation.position,
    source: 'body' as const,
    candidates: citation.candidates,
  }));
  return [...fromBasis, ...fromBody];
}
