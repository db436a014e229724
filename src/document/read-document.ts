/** Reading a controlled document into plain data: front matter fields, approvals, history, legal basis, body headings, citations, mentions. */
import { parseArticleList } from '../legal/articles.js';
import { resolveLegalId } from '../legal/resolve.js';
import type { CitationRecognizer } from '../legal/recognizer-types.js';
import { scanBody, type BodyStructure } from '../markdown/scan.js';
import { FieldReader } from './fields.js';
import { asWritten, computeContentHashes } from './fingerprint.js';
import { readFrontMatterBlock } from './frontmatter.js';
import { MAX_REVISION, type ApprovalStep, type ApprovalStepName, type BodyCitation, type CodeMention, type ControlledDocument, type HistoryRow, type IssuedRevision, type LegalBasisItem, type RawFrontMatter } from '../model/document.js';
import { findMentions, type MentionMatcher } from './mentions.js';
import { defineWhenRead } from '../util/when-read.js';

/** What reading a controlled document needs to know of the repository. */
export interface DocumentReadContext {
  recognizer: CitationRecognizer;
  /** Canonical keys of the legal register. */
  legalKeys: ReadonlySet<string>;
  mentions: MentionMatcher;
  /** Numbers of administrative papers count as citations (config `legal.papers: report`). */
  papers?: boolean;
}

const STEPS: ApprovalStepName[] = ['prepared', 'reviewed', 'approved'];

/** The body of a front-matter-only reading: not scanned. */
const NO_BODY: BodyStructure = { headings: [], excluded: [], regions: [], strayMarkers: [] };

/** How much of a reading is wanted. */
export interface ReadOptions {
  /**
   * Only what summarizeDocument keeps: no content hashes (empty strings), approval steps, history
   * rows or last review. Such a reading is summarised, never kept.
   */
  summaryOnly?: boolean;
  /**
   * Compute `fingerprint` and `bodyHash` (the default). A caller that never compares content (qms
   * impact's report and plan) can go without: they are empty strings then. `when-recorded`: only
   * when the front matter records an approval fingerprint to compare them with (a reading only the
   * document rules see, which compare nothing else).
   */
  contentHashes?: boolean | 'when-recorded';
  /**
   * Only the fields the repository rules see of a document outside a scoped report
   * (frontMatterSummary: code, type, revision, status, obsolete, references, TTHC codes), and
   * nothing of the body: no title, dates, legal basis, history, headings, citations or mentions. A
   * scoped check reads the documents outside its report so (RuleMeta.outOfScope): such a reading
   * is never kept or cached.
   */
  frontMatterOnly?: boolean;
  /**
   * `false`: the body is scanned (headings, content hashes) but not searched for citations and code
   * mentions (`legalKeys` from the legal basis alone): a base version the change rules compare by
   * front matter and content only.
   */
  citations?: boolean;
}

/** Whether a reading computes its content hashes (see ReadOptions.contentHashes). */
function hashesWanted(frontMatter: RawFrontMatter | null, options: ReadOptions): boolean {
  if (options.summaryOnly || options.contentHashes === false) return false;
  if (options.contentHashes !== 'when-recorded') return true;
  const approval = frontMatter?.data.approval;
  const approved = approval !== null && typeof approval === 'object' ? (approval as Record<string, unknown>).approved : undefined;
  return approved !== null && typeof approved === 'object' && (approved as Record<string, unknown>).fingerprint !== undefined;
}

/** Reads a controlled document into plain data. Never throws on bad content. */
export function readControlledDocument(file: string, text: string, context: DocumentReadContext, options: ReadOptions = {}): ControlledDocument {
  const block = readFrontMatterBlock(text);
  const { locate, bodyStart } = block;
  if (options.frontMatterOnly) options = { ...options, summaryOnly: true, citations: false };
  const structure = options.frontMatterOnly ? NO_BODY : scanBody(text, bodyStart);
  const searched = options.citations !== false;
  const prose = searched ? maskRanges(text, bodyStart, structure.excluded) : '';

  // A summary keeps only the cited keys: its citations go without their article references.
  // find() makes new objects for each call: they are moved to the text's offsets in place, not
  // copied (the properties keep their order, and `position` comes last, as a copy had it).
  const citations: BodyCitation[] = !searched ? [] : context.recognizer.find(prose, { papers: context.papers === true, articles: options.summaryOnly !== true }) as BodyCitation[];
  for (const citation of citations) {
    citation.start += bodyStart;
    citation.end += bodyStart;
    citation.articlesStart += bodyStart;
    citation.position = locate(citation.start);
  }
  const mentions: CodeMention[] = !searched ? [] : findMentions(prose, context.mentions, citations.map((c) => [c.start - bodyStart, c.end - bodyStart])).map(
    (m) => ({ code: m.code, position: locate(m.offset + bodyStart) }),
  );

  // The properties in their order, each added once: a property added, then made an accessor or
  // removed, would put every document in V8's slow dictionary mode.
  const document = {
    kind: 'document',
    file,
    problems: block.problems,
    frontMatter: block.frontMatter,
    readable: block.frontMatter !== null,
    approval: {},
    legalBasis: [],
    references: [],
    tthc: [],
    history: [],
    issued: [],
    headings: structure.headings.map((h) => ({ level: h.level, text: h.text, position: locate(h.offset) })),
    citations,
    mentions,
    legalKeys: [],
  } as Omit<ControlledDocument, 'fingerprint' | 'bodyHash' | 'hasMarkers' | 'bodyPosition'> as ControlledDocument;
  // Computed when first read: most readings are only summarised, or checked by rules that compare
  // no content, and hashing is a good share of reading.
  if (hashesWanted(block.frontMatter, options)) {
    defineWhenRead(document, ['fingerprint', 'bodyHash'], () => computeContentHashes(asWritten(block.frontMatter), text, bodyStart, structure.regions));
  } else {
    document.fingerprint = '';
    document.bodyHash = '';
  }
  document.hasMarkers = text.includes('qms:begin') || text.includes('qms:end');
  document.bodyPosition = locate(bodyStart);
  if (!block.frontMatter) {
    document.legalKeys = keysOf(citations);
    return document;
  }

  const fields = new FieldReader(block.frontMatter);
  const resolve = (id: string): string | null => resolveLegalId(id, context.recognizer, context.legalKeys);
  document.code = fields.locatedText('code');
  document.type = fields.locatedText('type');
  document.revision = fields.located('revision', revisionOf(fields.integer('revision')));
  document.status = fields.locatedText('status');
  document.references = fields.texts('references');
  document.tthc = fields.texts('tthc');
  readObsolete(fields, document);
  // What the rules see of a document outside a scoped report stops here (frontMatterSummary).
  if (options.frontMatterOnly) return document;
  document.title = fields.text('title');
  document.effective = fields.locatedDate('effective');
  document.owner = fields.text('owner');
  document.legalBasis = readLegalBasis(fields, resolve);
  document.legalKeys = keysOf([...document.legalBasis, ...citations]);
  // The summary keeps the issued revisions: the master lists show the revision in force from it.
  document.history = readHistory(fields, resolve);
  document.issued = issuedRevisions(document);
  if (options.summaryOnly) return document;
  for (const step of STEPS) {
    const path = `approval.${step}`;
    if (fields.value(path) === undefined || fields.value(path) === null) continue;
    const record: ApprovalStep = { position: fields.position(path) };
    const name = fields.text(`${path}.name`);
    const title = fields.text(`${path}.title`);
    const date = fields.date(`${path}.date`);
    const fingerprint = fields.text(`${path}.fingerprint`);
    if (name !== undefined) record.name = name;
    if (title !== undefined) record.title = title;
    if (date !== undefined) record.date = date;
    if (fingerprint !== undefined) record.fingerprint = fingerprint;
    document.approval[step] = record;
  }
  document.lastReview = fields.locatedDate('last_review');
  return document;
}

function readObsolete(fields: FieldReader, document: ControlledDocument): void {
  if (fields.value('obsolete') !== undefined) {
    const obsolete: NonNullable<ControlledDocument['obsolete']> = { position: fields.position('obsolete') };
    const date = fields.date('obsolete.date');
    const reason = fields.text('obsolete.reason');
    const replacedBy = fields.text('obsolete.replaced_by');
    if (date !== undefined) obsolete.date = date;
    if (reason !== undefined) obsolete.reason = reason;
    if (replacedBy !== undefined) obsolete.replacedBy = replacedBy;
    document.obsolete = obsolete;
  }
}

function keysOf(cited: ReadonlyArray<{ key: string | null }>): string[] {
  const keys = new Set<string>();
  for (const { key } of cited) if (key !== null) keys.add(key);
  return [...keys].sort();
}

function readLegalBasis(fields: FieldReader, resolve: (id: string) => string | null): LegalBasisItem[] {
  const items: LegalBasisItem[] = [];
  const count = fields.listLength('legal_basis');
  for (let i = 0; i < count; i++) {
    const path = `legal_basis.${i}`;
    const id = fields.text(path) ?? fields.text(`${path}.id`);
    if (id === undefined) continue;
    const articles = fields.texts(`${path}.articles`).map((a) => a.value);
    items.push({ id, key: resolve(id), articles: parseArticleList(articles), position: fields.position(path) });
  }
  return items;
}

/**
 * The revisions issued: each history row with an effective date, and the document's own revision
 * when its status is effective (a record kept before qms wrote effective dates into history rows).
 */
function issuedRevisions(document: ControlledDocument): IssuedRevision[] {
  const issued = new Map<number, string>();
  for (const row of document.history) if (row.revision !== undefined && row.effective !== undefined) issued.set(row.revision, row.effective);
  const revision = document.revision?.value;
  if (document.status?.value === 'effective' && revision !== undefined && document.effective) issued.set(revision, document.effective.value);
  return [...issued].map(([number, effective]) => ({ revision: number, effective })).sort((a, b) => a.revision - b.revision);
}

function readHistory(fields: FieldReader, resolve: (id: string) => string | null): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const count = fields.listLength('history');
  for (let i = 0; i < count; i++) {
    const path = `history.${i}`;
    const row: HistoryRow = { position: fields.position(path) };
    const revision = revisionOf(fields.integer(`${path}.revision`));
    const date = fields.date(`${path}.date`);
    const summary = fields.text(`${path}.summary`);
    const trigger = fields.text(`${path}.trigger`);
    const effective = fields.date(`${path}.effective`);
    if (revision !== undefined) row.revision = revision;
    if (effective !== undefined) row.effective = effective;
    if (date !== undefined) row.date = date;
    if (summary !== undefined) row.summary = summary;
    if (trigger !== undefined) {
      row.trigger = trigger;
      row.triggerKey = resolve(trigger);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The text with every excluded range blanked by spaces (line breaks kept), so offsets stay valid and
 * nothing in code blocks, comments or generated regions is taken for a citation.
 */
export function maskRanges(text: string, from: number, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text.slice(from);
  // Ranges may nest (a comment inside a generated region): mask their union, in order.
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let result = '';
  let cursor = from;
  for (const [start, end] of sorted) {
    if (end <= cursor) continue;
    const begin = Math.max(start, cursor);
    result += text.slice(cursor, begin) + text.slice(begin, end).replace(LINE_RUN, blanks);
    cursor = end;
  }
  return result + text.slice(cursor);
}

/** A run of characters within a line. */
const LINE_RUN = /[^\r\n]+/g;
/** Spaces to slice blanks from (grown on demand): one replacement a line run, not one a character. */
let spaces = ' '.repeat(1024);

/** As many spaces as `run` has code units. */
function blanks(run: string): string {
  if (run.length > spaces.length) spaces = ' '.repeat(run.length * 2);
  return spaces.slice(0, run.length);
}

/** A revision qms can walk (1..MAX_REVISION); anything else reads as missing (the schema reports it). */
function revisionOf(value: number | undefined): number | undefined {
  return value !== undefined && value <= MAX_REVISION ? value : undefined;
}
