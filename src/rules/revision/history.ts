/** Rule revision/history: history rows cover revisions 1..current without gaps or duplicates, in order, dated consistently. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** The change history (theo dõi sửa đổi) accounts for every revision. */
export const revisionHistory: Rule = {
  meta: ruleMeta({
    id: 'revision/history',
    description: 'History rows cover revisions 1..revision without gaps, the last row is the current revision, and dates do not go backwards or pass the effective date.',
    severity: 'error',
    isoClause: '7.5.2, 7.5.3.2 c',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const revision = document.revision?.value;
      if (revision === undefined || revision < 1) continue;
      const rows = document.history;
      const at = rows[rows.length - 1]?.position ?? document.revision!.position;
      if (rows.length === 0) {
        report({ file: document.file, position: document.revision!.position, message: `revision ${revision} has no history: add a history row for each revision 1..${revision}` });
        continue;
      }
      const { missing, count } = missingRevisions(rows, revision);
      if (count > 0) {
        const more = count > missing.length ? ` and ${count - missing.length} more` : '';
        report({ file: document.file, position: at, message: `history has no row for revision ${missing.join(', ')}${more} (rows must cover 1..${revision})` });
      }
      const seen = new Set<number>();
      rows.forEach((row, index) => {
        if (row.revision === undefined) return;
        if (seen.has(row.revision)) report({ file: document.file, position: row.position, message: `history has two rows for revision ${row.revision}` });
        seen.add(row.revision);
        if (row.revision > revision) report({ file: document.file, position: row.position, message: `history row for revision ${row.revision} is ahead of the document's revision ${revision}` });
        const previous = rows[index - 1];
        if (previous?.revision !== undefined && row.revision < previous.revision) {
          report({ file: document.file, position: row.position, message: `history rows are out of order: revision ${row.revision} comes after ${previous.revision}` });
        }
        if (previous?.date && row.date && row.date < previous.date) {
          report({ file: document.file, position: row.position, message: `history date ${row.date} of revision ${row.revision} is earlier than the row before (${previous.date})` });
        }
        // A draft's new row is dated after the effective date of the revision it replaces.
        if (row.date && document.effective && document.status?.value !== 'draft' && row.date > document.effective.value) {
          report({ file: document.file, position: row.position, message: `history date ${row.date} of revision ${row.revision} is after the effective date ${document.effective.value}` });
        }
      });
      const last = rows[rows.length - 1]!;
      if (last.revision !== undefined && last.revision !== revision && rows.some((row) => row.revision === revision)) {
        report({ file: document.file, position: last.position, message: `the last history row is revision ${last.revision}, but the document is at revision ${revision}` });
      }
    }
  },
};

/** The most missing revisions a finding lists; the rest are counted. */
const LISTED_MISSING = 20;

/**
 * The first missing revisions of 1..revision (at most LISTED_MISSING) and how many are missing in
 * all: work bounded by the rows, not by the revision number the front matter states.
 */
function missingRevisions(rows: ReadonlyArray<{ revision?: number }>, revision: number): { missing: number[]; count: number } {
  const present = new Set<number>();
  for (const row of rows) if (row.revision !== undefined && row.revision >= 1 && row.revision <= revision) present.add(row.revision);
  const missing: number[] = [];
  for (let n = 1; n <= revision && missing.length < LISTED_MISSING; n++) if (!present.has(n)) missing.push(n);
  return { missing, count: revision - present.size };
}
