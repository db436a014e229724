/**
 * The impact report: plain, JSON-serialisable data (docs/impact.md documents it as the
 * `--format json` output).
 */

export type ChangeRelation = 'amended' | 'replaced' | 'repealed';

/** A legal document as the report names it. */
export interface LegalRef {
  key: string;
  id: string;
  kind: string | null;
  title: string | null;
  issuer: string | null;
  signed: string | null;
  effective: string | null;
  /** Status on the day of the run. */
  status: string;
}

/** One change in the law: `old` was amended, replaced or repealed by `by`. */
export interface LegalChange {
  old: LegalRef;
  relation: ChangeRelation;
  by: LegalRef;
  /** Articles of `old` the change concerns (empty: the document as a whole). */
  articles: string[];
  /** Three months after `by` takes effect (QĐ 19/2014/QĐ-TTg Điều 4); null when `by` has no effective date. */
  due: string | null;
}

export interface CitationRef {
  line: number;
  column: number;
  text: string;
  articles: string[];
  source: 'legal_basis' | 'body';
}

/** One change as it concerns one document. */
export interface DocumentChange {
  relation: ChangeRelation;
  /** The cited document that changed, and what changed it (register ids). */
  cited: string;
  by: string;
  /** direct: cites a changed article or the whole document; review: cites only other articles. */
  precision: 'direct' | 'review';
  due: string | null;
  /** The document already lists `by` in legal_basis or as a history trigger. */
  acknowledged: boolean;
}

/** A controlled document that rests on a changed legal document. */
export interface AffectedDocument {
  file: string;
  code: string | null;
  title: string | null;
  type: string | null;
  revision: number | null;
  status: string | null;
  owner: string | null;
  /** The change that matters most: the first not yet acknowledged (replaced, repealed, then amended). */
  relation: ChangeRelation;
  cited: string;
  by: string;
  precision: 'direct' | 'review';
  due: string | null;
  /** Every change is acknowledged: nothing left to do. */
  acknowledged: boolean;
  /** Every change of the report that concerns this document. */
  changes: DocumentChange[];
  citations: CitationRef[];
  /**
   * The TTHC (codes) whose records rest on a changed document and that this document handles
   * (`tthc`): with no citation of its own, it is affected directly through them.
   */
  through: string[];
}

/** A TTHC record whose legal basis holds a changed document, and the documents handling the TTHC. */
export interface AffectedTthc {
  code: string;
  file: string;
  name: string | null;
  /** The changed documents its legal basis holds (register ids), with the articles it cites. */
  cites: Array<{ id: string; articles: string[] }>;
  /** The legal documents that changed them (register ids). */
  by: string[];
  /** The record has a change row whose trigger is one of `by`: it was updated already. */
  acknowledged: boolean;
  /** Codes (or files) of the documents handling it, not obsolete. */
  procedures: string[];
}

/** A legal document that guides a replaced or repealed one, and so may be affected too. */
export interface PossiblyAffectedLegal {
  legal: LegalRef;
  guides: string;
  documents: Array<{ file: string; code: string | null; title: string | null; citations: CitationRef[] }>;
}

/** A document linked to an affected one: its form, or a document referencing it, transitively. */
export interface DependentDocument {
  file: string;
  code: string;
  title: string | null;
  type: string | null;
  /** Codes from the affected document to this one. */
  path: string[];
}

export interface ImpactReport {
  query: string;
  today: string;
  legalDocument: LegalRef;
  changes: LegalChange[];
  affected: AffectedDocument[];
  /** TTHC records resting on a changed document (docs/tthc.md). */
  tthc: AffectedTthc[];
  possiblyAffected: PossiblyAffectedLegal[];
  dependents: DependentDocument[];
}
