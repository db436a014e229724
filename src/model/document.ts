/** The data read from a file: ControlledDocument (fields, approvals, history, citations), its cached DocumentSummary, and LegalEntry. */
import type { FindingMessage } from '../i18n/messages/findings.js';
import type { ArticleRef, Citation } from '../legal/citation-types.js';
import type { Position } from '../util/lines.js';

/**
 * What qms knows of one file after reading it: plain, JSON-serialisable data (so it can be cached
 * and moved between worker threads). Fields a person got wrong are left undefined here; the
 * frontmatter/schema rule reports them from `frontMatter`.
 */

/**
 * The highest revision qms reads: rules walk revisions 1..revision, so a front matter saying
 * `revision: 1e23` must not drive a loop. A larger value reads as missing and is reported by the schema.
 */
export const MAX_REVISION = 9999;

/** A problem found while reading a file, before any rule runs. */
export type ReadProblem = {
  ruleId: 'frontmatter/parse';
  position: Position;
} & FindingMessage;

/** The raw front matter with the position of every key. */
export interface RawFrontMatter {
  data: Record<string, unknown>;
  /** Position by path ("approval.prepared.date", "history.1"); see yaml.ts. */
  positions: Record<string, Position>;
  /** Plain scalars whose source text differs from their value ("0012"). */
  rawScalars: Record<string, string>;
  /** Position of the opening fence. */
  start: Position;
}

export interface Located<T> {
  value: T;
  position: Position;
}

export interface ApprovalStep {
  name?: string;
  title?: string;
  date?: string;
  fingerprint?: string;
  position: Position;
}

export type ApprovalStepName = 'prepared' | 'reviewed' | 'approved';

export interface LegalBasisItem {
  id: string;
  /** Canonical key of `id`, or null when it is not a usable id. */
  key: string | null;
  articles: ArticleRef[];
  position: Position;
}

export interface HistoryRow {
  revision?: number;
  date?: string;
  summary?: string;
  trigger?: string;
  triggerKey?: string | null;
  /** The day this revision took (or takes) effect, recorded by qms publish and kept by qms revise. */
  effective?: string;
  position: Position;
}

/** One revision that was issued: its number and the day it took (or takes) effect. */
export interface IssuedRevision {
  revision: number;
  effective: string;
}

/** A citation in the body, with its position. */
export interface BodyCitation extends Citation {
  position: Position;
}

export interface CodeMention {
  code: string;
  position: Position;
}

export interface ControlledDocument {
  kind: 'document';
  /** Path relative to the repository root, with `/`. */
  file: string;
  problems: ReadProblem[];
  frontMatter: RawFrontMatter | null;
  /** The front matter could be read (`frontMatter` is not null): rules look at such documents only. */
  readable: boolean;
  code?: Located<string>;
  title?: string;
  type?: Located<string>;
  revision?: Located<number>;
  status?: Located<string>;
  effective?: Located<string>;
  owner?: string;
  approval: Partial<Record<ApprovalStepName, ApprovalStep>>;
  legalBasis: LegalBasisItem[];
  references: Array<Located<string>>;
  /** The TTHC codes the document handles (`tthc`), each with its position. */
  tthc: Array<Located<string>>;
  history: HistoryRow[];
  /** The revisions issued, from the history rows' effective dates and the document's own (docs/lifecycle.md). */
  issued: IssuedRevision[];
  lastReview?: Located<string>;
  obsolete?: { date?: string; reason?: string; replacedBy?: string; position: Position };
  headings: Array<{ level: number; text: string; position: Position }>;
  citations: BodyCitation[];
  mentions: CodeMention[];
  /** Canonical keys of the register entries cited in `legal_basis` or in the body, sorted, once each. */
  legalKeys: string[];
  /** The content fingerprint as `sha256:<hex>` (docs/file-formats.md). */
  fingerprint: string;
  /** SHA-256 of the canonical body alone: a change of it is a change of content. */
  bodyHash: string;
  /** The text holds `qms:begin`/`qms:end` markers (generated/stale reads such documents again). */
  hasMarkers: boolean;
  /** Position of the first body line, for findings about the body as a whole. */
  bodyPosition: Position;
}

/**
 * What the rules that look at documents together (codes, references) and `qms impact` need of every
 * document: small enough that a warm run of a large repository loads it for all documents, while
 * the full reading is made again only for the documents that need it. The cache keeps it: a
 * change of its fields is a change of CACHE_FORMAT (cache/document-cache.ts).
 */
export type DocumentSummary = Pick<
  ControlledDocument,
  'file' | 'readable' | 'code' | 'title' | 'type' | 'revision' | 'status' | 'effective' | 'owner' | 'obsolete' | 'references' | 'mentions' | 'legalKeys' | 'issued' | 'tthc'
>;

/** The summary of a document: the same objects, without the rest of the reading. */
export function summarizeDocument(document: ControlledDocument): DocumentSummary {
  const summary: DocumentSummary = {
    file: document.file,
    readable: document.readable,
    references: document.references,
    mentions: firstMentions(document.mentions),
    legalKeys: document.legalKeys,
    issued: document.issued,
    tthc: document.tthc,
  };
  if (document.code) summary.code = document.code;
  if (document.title !== undefined) summary.title = document.title;
  if (document.type) summary.type = document.type;
  if (document.revision) summary.revision = document.revision;
  if (document.status) summary.status = document.status;
  if (document.effective) summary.effective = document.effective;
  if (document.owner !== undefined) summary.owner = document.owner;
  if (document.obsolete) summary.obsolete = document.obsolete;
  return summary;
}

/** The first mention of each code: a later one of the same code refers to the same document. */
function firstMentions(mentions: readonly CodeMention[]): CodeMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !seen.has(mention.code) && seen.add(mention.code));
}

export interface Relation {
  id: string;
  key: string | null;
  articles: ArticleRef[];
  position: Position;
}

export interface LegalEntry {
  kind: 'legal';
  file: string;
  problems: ReadProblem[];
  frontMatter: RawFrontMatter | null;
  id?: Located<string>;
  key: string | null;
  docKind?: string;
  title?: string;
  issuer?: string;
  signed?: Located<string>;
  effective?: Located<string>;
  expired?: Located<string>;
  aliases: string[];
  amends: Relation[];
  replaces: Relation[];
  repeals: Relation[];
  guides: Relation[];
  /** The shared register folder holding the entry (`legal.shared`); absent for the agency's own. */
  register?: string;
}
