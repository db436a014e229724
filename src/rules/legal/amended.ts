/** Rule legal/amended: a cited legal document was amended and the document has not followed yet: within the three months allowed, or a draft. */
import { ruleMeta, type Rule } from '../rule.js';
import { pendingUpdates } from './pending.js';

/** A legal change the QMS has not followed yet, while the three months run. */
export const legalAmended: Rule = {
  meta: ruleMeta({
    id: 'legal/amended',
    severity: 'warning',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4',
  }),
  checkDocuments({ repository, report }) {
    for (const update of pendingUpdates(repository)) {
      if (update.draft) report({ file: update.document.file, position: update.position, messageId: 'legal/amended.draft', data: update.data });
      else if (update.due >= repository.today && !update.issuedAfter) report({ file: update.document.file, position: update.position, messageId: 'legal/amended.pending', data: { ...update.data, due: update.due } });
    }
  },
};
