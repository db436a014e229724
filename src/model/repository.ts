/** The repository as rules see it: Finding, RepositoryIndex (summaries), Repository (read in full) and DocumentBatch (one rule batch). */
import type { QmsConfig, Severity } from '../config/types.js';
import type { MessageData } from '../i18n/catalogue.js';
import type { FindingMessageId } from '../i18n/messages/findings.js';
import type { ControlledDocument, DocumentSummary, LegalEntry } from './document.js';
import type { Register } from './register.js';
import type { SectionTemplates } from '../sections/templates.js';
import type { ChangeSet } from './change-set.js';

/** One finding, as printed and serialised. */
export interface Finding {
  /** Path relative to the repository root, with `/`. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  /** The message's id in the catalogue (src/i18n/messages): the text is made in the language of the run, from `data`. */
  messageId: FindingMessageId;
  /** The values the message is made with (plain JSON: cached and printed as is). */
  data: MessageData;
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
  /**
   * `false`: the caller never looks at the body's citations or code mentions, so they may be
   * missing (ReadOptions.citations; a reading that has them serves as well). Default `true`.
   */
  citations?: boolean;
}

/** The whole repository, every document read in full (the lifecycle, register and render commands). */
export interface Repository extends RepositoryIndex {
  documents: ControlledDocument[];
  byCode: Map<string, ControlledDocument[]>;
  /** The documents' texts, as read. */
  texts: ReadonlyMap<string, string>;
  /** The section templates, loaded on first use. */
  templates(): SectionTemplates;
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
  /** The texts of the documents. */
  texts: ReadonlyMap<string, string>;
  /** The section templates (loaded once, on first use: a broken override matters only where regions are rendered). */
  templates(): SectionTemplates;
}

/** How a repository was read, for `QMS_DEBUG=1`. */
export interface LoadStats {
  documents: number;
  legal: number;
  /** Read on worker threads. */
  parallel: boolean;
  /** Of those read, the documents read on the main thread while the workers read the others (a scoped check's few checked ones). */
  readOnMain?: number;
  /** Worker threads that died (out of their heap limit) and were replaced by one without it. */
  workersReplaced?: number;
  /** Documents whose summary (and findings) came from the cache. */
  cacheHits: number;
  /** Documents read from disk; the others the cache proved unchanged by their size, times and inode. */
  filesRead: number;
  /** The register's hash came from the cache's record (every register file unchanged), so no entry was read to open. */
  registerRecorded?: boolean;
  milliseconds: number;
}
