import type { QmsConfig, Severity } from '../config/types.js';
import type { ControlledDocument, DocumentSummary, LegalEntry } from '../document/model.js';
import type { Register } from '../register/register.js';
import type { ChangeSet } from '../change/changeset.js';
import type { FileSource } from '../repo/source.js';
import type { LoadStats } from '../check/load.js';
import type { Position } from '../util/lines.js';

/** What a rule is, for people and for reports (docs, SARIF). */
export interface RuleMeta {
  /** Stable id, `group/name`. */
  id: string;
  /** One sentence: what the rule asks for. */
  description: string;
  severity: Severity;
  /** The ISO 9001:2015 clause (or legal article) the rule serves. */
  isoClause: string;
  /** Path of the rule's documentation page in this repository. */
  docs: string;
}

/** One finding, as printed and serialised. */
export interface Finding {
  /** Path relative to the repository root, with `/`. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

/** The repository as rules that look at documents together see it: every document summarised. */
export interface RepositoryIndex {
  root: string;
  config: QmsConfig;
  /** The day of the run (ISO date): `--today` or the local date. */
  today: string;
  documents: readonly DocumentSummary[];
  legal: LegalEntry[];
  register: Register;
  /** Documents by code (NFC), more than one when codes are duplicated. */
  byCode: ReadonlyMap<string, readonly DocumentSummary[]>;
  /** The full reading of a controlled document of the repository (undefined for any other file). */
  read(file: string, options?: ReadingOptions): ControlledDocument | undefined;
  /** The full readings of several documents, in order; other files are left out. */
  readMany(files: readonly string[], options?: ReadingOptions): ControlledDocument[];
  /** Where the files were read from (the work tree, HEAD or the index), for rules that read text again. */
  source?: FileSource;
  /** How the repository was read. */
  stats?: LoadStats;
  /** What changed since a base commit (`qms check --base`): the change/* rules' subject. */
  change?: ChangeSet;
}

/** What a caller of `read` needs of a reading. */
export interface ReadingOptions {
  /**
   * `false`: the caller never compares content, so `fingerprint` and `bodyHash` may be empty
   * strings (a reading that has them serves as well). Default `true`.
   */
  contentHashes?: boolean;
}

/** The whole repository, every document read in full (the lifecycle, register and render commands). */
export interface Repository extends RepositoryIndex {
  documents: ControlledDocument[];
  byCode: Map<string, ControlledDocument[]>;
}

/**
 * What a document rule sees: some documents read in full, with the config, the register and the
 * day, and nothing of the other documents, so that its findings on a document can be cached with
 * that document and computed on any thread.
 */
export interface DocumentBatch {
  root: string;
  config: QmsConfig;
  today: string;
  register: Register;
  documents: readonly ControlledDocument[];
  /** The texts of the documents, when the caller holds them (else rules read them from `source`). */
  texts?: ReadonlyMap<string, string>;
  source?: FileSource;
}

export interface Report {
  file: string;
  position: Position;
  message: string;
  /** A report may be milder than the rule's severity (never stronger); see frontmatter/schema. */
  severity?: Severity;
}

export interface RuleContext<Subject> {
  repository: Subject;
  report(report: Report): void;
}

/**
 * A rule has one or both checks. `checkDocuments` reports only on the documents of the batch, from
 * nothing but them, the config, the register and the day: its findings are cached per document
 * and computed on worker threads. `checkRepository` sees every document summarised (codes,
 * references), the register and the change set.
 */
export interface Rule {
  meta: RuleMeta;
  checkDocuments?(context: RuleContext<DocumentBatch>): void;
  checkRepository?(context: RuleContext<RepositoryIndex>): void;
}

/** Builds a rule's metadata with its docs path derived from its id. */
export function ruleMeta(meta: Omit<RuleMeta, 'docs'>): RuleMeta {
  return { ...meta, docs: `docs/rules/${meta.id}.md` };
}
