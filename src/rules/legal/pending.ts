/** The legal amendments in force that a document cites but has not taken in, with their three-month due date (QĐ 19/2014 Điều 4). */
import type { ControlledDocument, LegalEntry } from '../../model/document.js';
import { legalName } from '../../model/register.js';
import type { LegalName } from '../../i18n/catalogue.js';
import { articleKey } from '../../legal/articles.js';
import { addMonths } from '../../util/dates.js';
import type { Position } from '../../util/lines.js';
import type { DocumentBatch } from '../../model/repository.js';
import { citationsOf } from '../../document/cited.js';
import { statusOn } from './status.js';

/** Months the QMS has to follow a legal change (Quyết định 19/2014/QĐ-TTg, Điều 4). */
export const UPDATE_MONTHS = 3;

/** A legal change a document has not yet taken in. */
export interface PendingUpdate {
  document: ControlledDocument;
  /** The cited document that changed. */
  cited: LegalEntry;
  /** The in-force document that amends it. */
  by: LegalEntry;
  /**
   * The date by which the QMS must follow: 3 months after `by` takes effect, or — for a document
   * first issued after that (`issuedAfter`) — its first issue: it had to follow from the start.
   */
  due: string;
  /** The document's first issue (history row of revision 1) came after `by` took effect. */
  issuedAfter: boolean;
  /** The document is a draft: not in use yet, so it is told at once (legal/amended), never overdue. */
  draft: boolean;
  position: Position;
  /** The data of the finding messages (legal/amended.*, legal/update-overdue.*): names, dates, the id to acknowledge, the document to revise. */
  data: { cited: LegalName; by: LegalName; inForce: string; byId: string; code: string };
}

/**
 * Amendments in force to documents a controlled document (a draft too) cites, that the document
 * neither lists in legal_basis nor acknowledges in a history row (`trigger`). Replacements and repeals are
 * legal/superseded's. Where the register lists the amended articles and every citation names
 * other articles, the amendment does not concern the document.
 */
export function pendingUpdates(repository: DocumentBatch): PendingUpdate[] {
  let pending = memo.get(repository);
  if (!pending) memo.set(repository, (pending = collect(repository)));
  return pending;
}

// legal/amended and legal/update-overdue split one computation by due date.
const memo = new WeakMap<DocumentBatch, PendingUpdate[]>();

function collect(repository: DocumentBatch): PendingUpdate[] {
  const { register, today } = repository;
  const pending: PendingUpdate[] = [];
  for (const document of repository.documents) {
    const status = document.status?.value;
    if (!document.readable || status === 'obsolete') continue;
    const firstIssue = document.history.find((row) => row.revision === 1)?.date;
    const acknowledged = new Set<string>();
    for (const item of document.legalBasis) if (item.key) acknowledged.add(item.key);
    for (const row of document.history) if (row.triggerKey) acknowledged.add(row.triggerKey);
    const citations = citationsOf(document);
    const seen = new Set<string>();
    for (const cited of citations) {
      if (!cited.key || seen.has(cited.key)) continue;
      seen.add(cited.key);
      const entry = register.get(cited.key);
      if (!entry) continue;
      const { status: legalStatus, by } = statusOn(register, cited.key, today);
      if (legalStatus !== 'amended') continue;
      const ofThis = citations.filter((c) => c.key === cited.key);
      for (const change of by) {
        const amending = change.by;
        if (!amending.key || acknowledged.has(amending.key) || !amending.effective) continue;
        if (!concernsCitedArticles(change.source.articles.map(articleKey), ofThis.map((c) => c.articles.map(articleKey)))) continue;
        const issuedAfter = firstIssue !== undefined && firstIssue > amending.effective.value;
        const due = issuedAfter ? firstIssue : addMonths(amending.effective.value, UPDATE_MONTHS);
        pending.push({
          document,
          cited: entry,
          by: amending,
          due,
          issuedAfter,
          draft: status === 'draft',
          position: cited.position,
          data: {
            cited: legalName(entry, cited.text),
            by: legalName(amending, change.source.id),
            inForce: amending.effective.value,
            byId: amending.id?.value ?? change.source.id,
            code: document.code?.value ?? document.file,
          },
        });
      }
    }
  }
  return pending;
}

/** Whether an amendment of `amended` articles touches a document citing `citedSets` (one set per citation). */
function concernsCitedArticles(amended: string[], citedSets: string[][]): boolean {
  if (amended.length === 0) return true;
  // A citation of the whole document is concerned by any amendment.
  if (citedSets.some((set) => set.length === 0)) return true;
  return citedSets.some((set) => set.some((article) => amended.includes(article)));
}
