/** Rule legal/update-overdue: a cited legal document was amended more than three months ago and the document has not followed. */
import { ruleMeta, type Rule } from '../rule.js';
import { pendingUpdates } from './pending.js';

/** A legal change the QMS should have followed more than three months ago. */
export const legalUpdateOverdue: Rule = {
  meta: ruleMeta({
    id: 'legal/update-overdue',
    severity: 'error',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4',
  }),
  checkDocuments({ repository, report }) {
    for (const update of pendingUpdates(repository)) {
      if (update.draft) continue;
      if (update.issuedAfter) {
        // First issued after the amendment took effect: wrong from its first day, not after three months.
        report({ file: update.document.file, position: update.position, messageId: 'legal/update-overdue.issued-after', data: { ...update.data, firstIssue: update.due } });
      } else if (update.due < repository.today) {
        report({ file: update.document.file, position: update.position, messageId: 'legal/update-overdue.overdue', data: { ...update.data, due: update.due } });
      }
    }
  },
};
