/** Rule legal/amended: a cited legal document was amended and the document has not followed yet, within the three months allowed. */
import { ruleMeta, type Rule } from '../rule.js';
import { pendingUpdates } from './pending.js';

/** A legal change the QMS has not followed yet, while the three months run. */
export const legalAmended: Rule = {
  meta: ruleMeta({
    id: 'legal/amended',
    description: 'A cited legal document was amended by one in force, and the document has not followed yet; the three months to do so still run.',
    severity: 'warning',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4',
  }),
  checkDocuments({ repository, report }) {
    for (const update of pendingUpdates(repository)) {
      if (update.due >= repository.today) report({ file: update.document.file, position: update.position, message: `${update.message}: follow by ${update.due} — ${update.advice}` });
    }
  },
};
