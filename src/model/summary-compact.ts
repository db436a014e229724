/**
 * Keeping tens of thousands of document summaries small: the same values as the summary it is
 * given, in objects of their exact shape, with repeated strings and positions held once.
 */
import type { Position } from '../util/lines.js';
import { ownCopy } from '../util/strings.js';
import type { CodeMention, DocumentSummary, Located } from './document.js';

/**
 * What summaries share as they are compacted: one copy of each string (a status, a legal key, the
 * code another document mentions, a form's title repeated in thousands of forms) and one frozen
 * object per position.
 */
export class SummaryPool {
  private readonly strings = new Map<string, string>();
  private readonly positions = new Map<number, Position>();

  /** The pool's copy of `text`: own memory, not a view into the document it was cut from (see ownCopy). */
  text(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) this.strings.set((kept = ownCopy(text)), kept);
    return kept;
  }

  /** One frozen position per line and column (positions in front matter repeat from document to document). */
  position(position: Position): Position {
    // Lines and columns past 2^21 (two million) do not share: the key would not be exact.
    if (position.line >= 0x200000 || position.column >= 0x200000) return { line: position.line, column: position.column };
    const key = position.line * 0x200000 + position.column;
    let kept = this.positions.get(key);
    if (kept === undefined) this.positions.set(key, (kept = Object.freeze({ line: position.line, column: position.column })));
    return kept;
  }
}

/**
 * `summary` as the pool keeps it, for a repository's whole run: equal to it value for value (same
 * properties in the same order), `file` replaced by the caller's own string for the same path.
 * Measured at 10,000 procedures: see read-indexed.ts, where summaries from worker threads (each a
 * structured clone, every string and position its own) are compacted as they arrive.
 */
export function compactSummary(summary: DocumentSummary, file: string, pool: SummaryPool): DocumentSummary {
  const located = <T extends string | number>(item: Located<T>): Located<T> => ({ value: (typeof item.value === 'string' ? pool.text(item.value) : item.value) as T, position: pool.position(item.position) });
  const mention = (item: CodeMention): CodeMention => ({ code: pool.text(item.code), position: pool.position(item.position) });
  const compact: DocumentSummary = {
    file,
    readable: summary.readable,
    references: summary.references.map(located),
    mentions: summary.mentions.map(mention),
    legalKeys: summary.legalKeys.map((key) => pool.text(key)),
    issued: summary.issued.map((issued) => ({ revision: issued.revision, effective: pool.text(issued.effective) })),
    tthc: summary.tthc.map(located),
  };
  if (summary.code) compact.code = located(summary.code);
  if (summary.title !== undefined) compact.title = pool.text(summary.title);
  if (summary.type) compact.type = located(summary.type);
  if (summary.revision) compact.revision = located(summary.revision);
  if (summary.status) compact.status = located(summary.status);
  if (summary.effective) compact.effective = located(summary.effective);
  if (summary.owner !== undefined) compact.owner = pool.text(summary.owner);
  if (summary.obsolete) compact.obsolete = { ...summary.obsolete, position: pool.position(summary.obsolete.position) };
  return compact;
}
