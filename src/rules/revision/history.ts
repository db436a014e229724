/** Rule revision/history: history rows cover revisions 1..current without gaps or duplicates, in order, dated consistently. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** The change history (theo dõi sửa đổi) accounts for every revision. */
export const revisionHistory: Rule = {
  meta: ruleMeta({
    id: 'revision/history',
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
        report({ file: document.file, position: document.revision!.position, messageId: 'revision/history.none', data: { revision } });
        continue;
      }
      const { missing, count } = missingRevisions(rows, revision);
      if (count > 0) {
        report({ file: document.file, position: at, messageId: 'revision/history.missing', data: { missing: missing.map(String), more: count - missing.length, revision } });
      }
      const seen = new Set<number>();
      rows.forEach((row, index) => {
        if (row.revision === undefined) return;
        if (seen.has(row.revision)) report({ file: document.file, position: row.position, messageId: 'revision/history.duplicate', data: { revision: row.revision } });
        seen.add(row.revision);
        if (row.revision > revision) report({ file: document.file, position: row.position, messageId: 'revision/history.ahead', data: { row: row.revision, revision } });
        const previous = rows[index - 1];
        if (previous?.revision !== undefined && row.revision < previous.revision) {
          report({ file: document.file, position: row.position, messageId: 'revision/history.order', data: { row: row.revision, previous: previous.revision } });
        }
        if (previous?.date && row.date && row.date < previous.date) {
          report({ file: document.file, position: row.position, messageId: 'revision/history.date-earlier', data: { date: row.date, row: row.revision, previous: previous.date } });
        }
        // A draft's new row is dated after the effective date of the revision it replaces.
        if (row.date && document.effective && document.status?.value !== 'draft' && row.date > document.effective.value) {
          report({ file: document.file, position: row.position, messageId: 'revision/history.date-after-effective', data: { date: row.date, row: row.revision, effective: document.effective.value } });
        }
      });
      const last = rows[rows.length - 1]!;
      if (last.revision !== undefined && last.revision !== revision && rows.some((row) => row.revision === revision)) {
        report({ file: document.file, position: last.position, messageId: 'revision/history.last', data: { last: last.revision, revision } });
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
