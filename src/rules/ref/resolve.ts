/** A document's internal references (front matter `references` and codes in the body) resolved to the documents holding those codes. */
import type { DocumentSummary } from '../../model/document.js';
import type { Position } from '../../util/lines.js';
import { codeKey } from '../../model/documents.js';

/** A code of another controlled document named in front matter `references` or in the body. */
export interface InternalReference {
  code: string;
  position: Position;
  source: 'references' | 'body';
  /** The documents with this code (empty when unknown). */
  targets: readonly DocumentSummary[];
}

/**
 * Internal references of a document. A body match may run on into following words
 * ("QT-KHCN-01 UBND"): the longest known prefix wins, else the text up to its last digit.
 */
export function referencesOf(document: DocumentSummary, repository: { byCode: ReadonlyMap<string, readonly DocumentSummary[]> }): InternalReference[] {
  const memo = resolved.get(document);
  if (memo?.byCode === repository.byCode) return memo.references;
  const references = resolve(document, repository.byCode);
  resolved.set(document, { byCode: repository.byCode, references });
  return references;
}

/**
 * Internal references of a document, resolved afresh and not remembered: for a single pass over
 * every document (ref/unknown, ref/obsolete), where remembering them all would keep hundreds of
 * thousands of references alive for the rest of the run (tens of MB at 50,000 procedures).
 */
export function resolveReferences(document: DocumentSummary, repository: { byCode: ReadonlyMap<string, readonly DocumentSummary[]> }): InternalReference[] {
  return resolve(document, repository.byCode);
}

// Views, the lifecycle commands and qms impact's dependents ask for the same documents' references again and again.
const resolved = new WeakMap<DocumentSummary, { byCode: ReadonlyMap<string, readonly DocumentSummary[]>; references: InternalReference[] }>();

/** The targets of an unknown code: one empty list for all of them. */
const NONE: readonly DocumentSummary[] = Object.freeze([]);

function resolve(document: DocumentSummary, byCode: ReadonlyMap<string, readonly DocumentSummary[]>): InternalReference[] {
  const repository = { byCode };
  const result: InternalReference[] = [];
  for (const reference of document.references) {
    const code = codeKey(reference.value);
    result.push({ code, position: reference.position, source: 'references', targets: repository.byCode.get(code) ?? NONE });
  }
  const seen = new Set<string>();
  for (const mention of document.mentions) {
    const code = longestKnownPrefix(codeKey(mention.code), repository.byCode) ?? mention.code.replace(/[^\d]*$/, '');
    if (seen.has(code)) continue;
    seen.add(code);
    result.push({ code, position: mention.position, source: 'body', targets: repository.byCode.get(code) ?? NONE });
  }
  return result;
}

function longestKnownPrefix(code: string, byCode: ReadonlyMap<string, readonly DocumentSummary[]>): string | undefined {
  let candidate = code;
  for (;;) {
    if (byCode.has(candidate)) return candidate;
    const cut = candidate.search(/[-. /][^-. /]*$/);
    if (cut <= 0) return undefined;
    candidate = candidate.slice(0, cut);
  }
}
