/** Rule approval/changed: an approved document's content still matches the fingerprint recorded at approval. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** Content changed after approval is detected through the approval fingerprint. */
export const approvalChanged: Rule = {
  meta: ruleMeta({
    id: 'approval/changed',
    severity: 'error',
    isoClause: '7.5.2 c, 7.5.3.2 c',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const recorded = document.approval.approved?.fingerprint;
      if (!recorded || document.status?.value === 'draft') continue;
      if (recorded.trim().toLowerCase() !== document.fingerprint) {
        report({
          file: document.file,
          position: document.approval.approved!.position,
          messageId: 'approval/changed',
          data: { current: document.fingerprint.slice(0, 19), recorded: recorded.slice(0, 19), code: document.code?.value ?? document.file },
        });
      }
    }
  },
};
