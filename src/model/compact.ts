/**
 * Keeping what a run holds for every document small (its summary, its findings): the same values,
 * in objects of their exact shape, with repeated strings and positions held once.
 */
import type { DataValue, MessageData } from '../i18n/catalogue.js';
import type { Position } from '../util/lines.js';
import { ownCopy } from '../util/strings.js';
import type { CodeMention, DocumentSummary, Located } from './document.js';
import type { Finding } from './repository.js';

/**
 * What summaries and findings share as they are compacted: one copy of each string (a status, a
 * legal key, the code another document mentions, a form's title repeated in thousands of forms, a
 * rule id) and one frozen object per position.
 */
export class CompactPool {
  private readonly strings = new Map<string, string>();
  private readonly positions = new Map<number, Position>();
  private readonly fields = new Map<string, Located<string | number>>();

  /**
   * `limit`: how many strings, positions and fields each the pool keeps at most (past it, a value
   * is its own copy); a pool that lives as long as the process (not a run) sets one.
   */
  constructor(private readonly limit = Infinity) {}

  /** The pool's copy of `text`: own memory, not a view into the document it was cut from (see ownCopy). */
  text(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) {
      kept = ownCopy(text);
      if (this.strings.size < this.limit) this.strings.set(kept, kept);
    }
    return kept;
  }

  /** One frozen position per line and column (positions in front matter repeat from document to document). */
  position(position: Position): Position {
    // Lines and columns past 2^21 (two million) do not share: the key would not be exact.
    if (position.line >= 0x200000 || position.column >= 0x200000) return { line: position.line, column: position.column };
    const key = position.line * 0x200000 + position.column;
    let kept = this.positions.get(key);
    if (kept === undefined) {
      kept = Object.freeze({ line: position.line, column: position.column });
      if (this.positions.size < this.limit) this.positions.set(key, kept);
    }
    return kept;
  }

  /**
   * One frozen object per value and position of a field documents of one template share (`type:
   * form` on line 4, `status: effective` on line 6): most documents' fields are the same objects.
   */
  field<T extends string | number>(located: Located<T>): Located<T> {
    const { value, position } = located;
    const key = `${typeof value === 'number' ? 'n' : 's'}${position.line}:${position.column}:${value}`;
    let kept = this.fields.get(key) as Located<T> | undefined;
    if (kept === undefined) {
      kept = Object.freeze({ value: (typeof value === 'string' ? this.text(value) : value) as T, position: this.position(position) });
      if (this.fields.size < Math.min(this.limit, FIELDS_LIMIT)) this.fields.set(key, kept);
    }
    return kept;
  }
}

/** How many distinct shared fields a pool keeps (past it, a field is its own object). */
const FIELDS_LIMIT = 65_536;

/**
 * `summary` as the pool keeps it, for a repository's whole run: equal to it value for value (same
 * properties in the same order), `file` replaced by the caller's own string for the same path.
 * Summaries from worker threads (each a structured clone, every string and position its own) are
 * compacted as they arrive (read-indexed.ts).
 */
export function compactSummary(summary: DocumentSummary, file: string, pool: CompactPool): DocumentSummary {
  const located = <T extends string | number>(item: Located<T>): Located<T> => ({ value: (typeof item.value === 'string' ? pool.text(item.value) : item.value) as T, position: pool.position(item.position) });
  const mention = (item: CodeMention): CodeMention => ({ code: pool.text(item.code), position: pool.position(item.position) });
  const compact: DocumentSummary = {
    file,
    readable: summary.readable,
    references: listOf(summary.references, located),
    mentions: listOf(summary.mentions, mention),
    legalKeys: listOf(summary.legalKeys, (key) => pool.text(key)),
    issued: listOf(summary.issued, (issued) => ({ revision: issued.revision, effective: pool.text(issued.effective) })),
    tthc: listOf(summary.tthc, located),
  };
  if (summary.code) compact.code = located(summary.code);
  if (summary.title !== undefined) compact.title = pool.text(summary.title);
  if (summary.type) compact.type = pool.field(summary.type);
  if (summary.revision) compact.revision = pool.field(summary.revision);
  if (summary.status) compact.status = pool.field(summary.status);
  if (summary.effective) compact.effective = pool.field(summary.effective);
  if (summary.owner !== undefined) compact.owner = pool.text(summary.owner);
  if (summary.obsolete) compact.obsolete = { ...summary.obsolete, position: pool.position(summary.obsolete.position) };
  return compact;
}

/**
 * One frozen empty list for every empty list of a compacted summary or findings (a form handles no
 * TTHC, most documents have no findings): a summary is read, never changed, and a change would throw.
 */
const EMPTY: readonly never[] = Object.freeze([]);

function listOf<T, U>(items: readonly T[], compact: (item: T) => U): U[] {
  return items.length === 0 ? (EMPTY as never as U[]) : items.map(compact);
}

/** The findings of a document as the pool keeps them (see compactFinding). */
export function compactFindings(findings: readonly Finding[], file: string, pool: CompactPool): Finding[] {
  return listOf(findings, (finding) => compactFinding(finding, file, pool));
}

/** `finding` as the pool keeps it: equal to it (same properties in the same order), its file `file` (the caller's own string) when it names that path. */
export function compactFinding(finding: Finding, file: string, pool: CompactPool): Finding {
  const data: Record<string, DataValue | undefined> = {};
  for (const key of Object.keys(finding.data)) data[key] = compactValue(finding.data[key], pool);
  return { file: finding.file === file ? file : pool.text(finding.file), line: finding.line, column: finding.column, severity: pool.text(finding.severity) as Finding['severity'], ruleId: pool.text(finding.ruleId), messageId: pool.text(finding.messageId) as Finding['messageId'], data: data as MessageData };
}

function compactValue(value: DataValue | undefined, pool: CompactPool): DataValue | undefined {
  if (typeof value === 'string') return pool.text(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return (value as readonly string[]).map((item) => pool.text(item));
  return value;
}
